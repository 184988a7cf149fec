import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every folder under src/features is a feature, fenced off from the others. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** What each layer of src/ may not import (STYLE.md's layers, lowest first). */
const LAYER_ZONES = [
  {
    target: ['./src/domain', './src/data'],
    from: [
      './src/app',
      './src/features',
      './src/store',
      './src/lib',
      './src/charts',
      './src/components',
    ],
    message: 'domain/ and data/ are pure: they import nothing from the UI or the browser.',
  },
  {
    target: './src/data',
    from: './src/domain',
    message: 'data/ holds data only; domain/ reads it, not the other way round.',
  },
  {
    target: ['./src/store', './src/lib', './src/charts', './src/components'],
    from: ['./src/app', './src/features'],
    message: 'Lower layers never import features or the app shell.',
  },
  {
    target: ['./src/charts', './src/components'],
    from: './src/store',
    message: 'Charts and components draw what they are given: the page reads the store.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'Features never import the app shell: it imports them (through routes).',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move the shared piece down a layer.',
  })),
];

/** Test helpers (src/testing) never reach the build: only tests import them. */
const TESTING_ZONE = {
  target: './src',
  from: './src/testing',
  message: 'src/testing is for tests only; the app must not ship it.',
};

/** Nothing leaves the browser: the network APIs are not to be used anywhere in src/. */
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'tshape never talks to a network: everything stays in the browser.',
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'tests/e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  importPlugin.flatConfigs.recommended,
  importPlugin.flatConfigs.typescript,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      'import/no-cycle': 'error',
      // TypeScript resolves every import already, including package "exports" maps.
      'import/no-unresolved': 'off',
      'import/no-default-export': 'off',
      'import/no-named-as-default-member': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    plugins: { ...jsxA11y.flatConfigs.strict.plugins, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      ...reactHooks.configs.recommended.rules,
      // A radio group with a visible legend is a fieldset whose role is radiogroup (ARIA in HTML).
      'jsx-a11y/no-noninteractive-element-to-interactive-role': [
        'error',
        { fieldset: ['radiogroup'] },
      ],
      'import/no-default-export': 'error',
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS],
      'no-restricted-properties': [
        'error',
        { object: 'navigator', property: 'sendBeacon', message: 'No network: nothing is sent.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML strings.',
        },
        {
          selector: 'MemberExpression[property.name=/^(inner|outer)HTML$/]',
          message: 'Render text, never HTML strings.',
        },
      ],
      'import/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'import/no-restricted-paths': ['error', { zones: [...LAYER_ZONES, TESTING_ZONE] }],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/data/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'recharts'],
              message: 'domain/ and data/ are pure TypeScript: no React, zustand or charts.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...NETWORK_GLOBALS,
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'].map(
          (name) => ({ name, message: 'domain/ and data/ do not touch the browser.' }),
        ),
      ],
    },
  },
);
