/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { loadModules } from './tests/tools/vite-servers.mjs';

/**
 * The production build's Content-Security-Policy (DESIGN.md, "Quality bars").
 * `connect-src 'none'` is the proof that nothing leaves the browser. The build adds
 * the hash of its one inline script to `script-src` (builtIndexHtml).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** Only a header can forbid framing; the build adds it to the policy in dist/_headers. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/**
 * index.html as built: static pages for the first paint, the one inline script that
 * picks among them and then loads the app, and the Content-Security-Policy, which
 * lets that script (and no other inline one) through by its hash. The pages are
 * rendered by the app's own components (src/app/first-paint.tsx), loaded through a
 * throwaway Vite server (tests/tools/vite-servers.mjs). Vite's own tags for the entry module and its preloads are
 * taken out: the script adds them once the page is painted. Build only: the dev
 * server injects inline scripts for hot reload.
 */
function builtIndexHtml(): Plugin {
  let outDir = 'dist';
  let builtPolicy: string | undefined;
  return {
    name: 'tshape-index-html',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    // The host's headers (public/_headers) give the page the same policy as the meta
    // tag, and frame-ancestors, which only a header can carry.
    async closeBundle() {
      if (builtPolicy === undefined) return;
      const file = path.join(outDir, '_headers');
      const headers = await readFile(file, 'utf8');
      const line = /^(\s+Content-Security-Policy:) written by the build$/gm;
      if (!line.test(headers)) throw new Error('public/_headers has no page policy to write.');
      const policy = `${builtPolicy}; ${FRAME_ANCESTORS}`;
      await writeFile(
        file,
        headers.replace(line, (_match, name: string) => `${name} ${policy}`),
      );
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        const entryTag = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
        const preloadTag = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
        const entry = entryTag.exec(html)?.[1];
        if (!entry) throw new Error('The built index.html has no entry module script.');
        const preloads = [...html.matchAll(preloadTag)].map((match) => match[1]);
        const [firstPaint] = await loadModules(['/src/app/first-paint.tsx']);
        const page: string = firstPaint.renderFirstPaint();
        const pages = bundle ? pageChunks(bundle, entry, firstPaint.PAGE_MODULES) : {};
        const script: string = firstPaint.firstPaintScript({ entry, preloads, pages });
        const scriptHash = createHash('sha256').update(script).digest('base64');
        const policy = CONTENT_SECURITY_POLICY.replace(
          "script-src 'self'",
          `script-src 'self' 'sha256-${scriptHash}'`,
        );
        builtPolicy = policy;
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes('<div id="root"></div>') || !html.includes(charset)) {
          throw new Error(
            'index.html needs <meta charset="UTF-8" /> and an empty <div id="root">.',
          );
        }
        // Straight after the charset (which must come within the first 1024 bytes): the
        // policy before anything it governs, the script before the stylesheet it would
        // otherwise wait for.
        const policyMeta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        // Replaced by functions, so no `$` in the page is read as a replacement pattern.
        return html
          .replace(entryTag, '')
          .replace(preloadTag, '')
          .replace(charset, () => `${charset}\n    ${policyMeta}\n    <script>${script}</script>`)
          .replace('<div id="root"></div>', () => `<div id="root">${page}</div>`);
      },
    },
  };
}

/**
 * For each route (keyed as PAGE_MODULES), the chunks its page needs that the entry
 * (`./assets/…` as index.html names it) does not already bring: the page's own chunk
 * and every chunk it imports.
 */
function pageChunks(
  bundle: Rollup.OutputBundle,
  entry: string,
  pageModules: Record<string, string>,
): Record<string, string[]> {
  const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
  const withImports = (fileName: string, into = new Set<string>()) => {
    if (into.has(fileName)) return into;
    into.add(fileName);
    for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? []) {
      withImports(imported, into);
    }
    return into;
  };
  const fromEntry = withImports(entry.replace(/^\.\//, ''));
  return Object.fromEntries(
    Object.entries(pageModules).map(([route, module]) => {
      const chunk = chunks.find((each) => each.facadeModuleId?.endsWith(`/${module}`));
      if (!chunk) throw new Error(`No chunk for ${module} (the page of ${route}).`);
      const needed = [...withImports(chunk.fileName)].filter((file) => !fromEntry.has(file));
      return [route, needed.map((file) => `./${file}`)];
    }),
  );
}

/**
 * Marks chunks for eager compiling (V8's explicit compile hint, Chrome 136 on; other
 * browsers read a comment): a marked file is compiled whole in the background while it
 * downloads, where a lazy one compiles function by function on the main thread the
 * first time each runs.
 * - The chunks that carry Recharts: such a chunk is only fetched to draw a chart at
 *   once, and drawing calls most of it. Compiled lazily, the first T-shape took about
 *   1.5 times as long to draw (README, "Measure it").
 * - The entry (React and the shell): its update paths (re-rendering, committing a
 *   changed attribute) first run on a person's first click, and compiling them there
 *   took about 15 ms of a first answer's main thread at 4× CPU (a trace; none with
 *   the hint). Lighthouse found no cost at load (home and quiz 100, blocking time no
 *   longer); the bench's answer INP, in 8 ms steps, moved within its noise (issue 18).
 * Added after minifying, so the comment stays first in the file.
 */
function compileEagerly(): Plugin {
  const hint = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'tshape-compile-eagerly',
    apply: 'build',
    generateBundle: {
      // After Vite puts its preload map (__vite__mapDeps) at the top of the entry: V8
      // reads the hint only as the file's first line.
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue;
          const recharts = chunk.moduleIds.some((id) => id.includes('/node_modules/recharts/'));
          if (chunk.isEntry || recharts) chunk.code = hint + chunk.code;
        }
      },
    },
  };
}

/**
 * Fails the build when any built chunk holds a module from src/testing (builders, the
 * test renderer, jsdom shims). ESLint fences src/testing off from the app's files;
 * this checks what was actually bundled, so a path ESLint cannot see (an import.meta
 * glob, a re-export through a package) cannot ship test code either.
 */
export function refuseTestCode(): Plugin {
  return {
    name: 'tshape-refuse-test-code',
    apply: 'build',
    generateBundle(_options, bundle) {
      const found = Object.values(bundle).flatMap((item) =>
        item.type === 'chunk'
          ? item.moduleIds
              .filter((id) => id.includes('/src/testing/'))
              .map((id) => `${item.fileName} holds ${id}`)
          : [],
      );
      if (found.length > 0) this.error(`Test code reached the build: ${found.join('; ')}.`);
    },
  };
}

/**
 * Installable and offline once loaded: a web app manifest, and a service worker that
 * precaches the app shell and every chunk (the charts too), so the assessment, results
 * and share links all work without a network. `prompt`: a new version waits until the
 * person chooses to reload (src/app/app-update.ts), so no answer is ever cut off; the
 * generated worker then takes over when sent `{ type: 'SKIP_WAITING' }`.
 */
function offlineApp() {
  return VitePWA({
    registerType: 'prompt',
    // Registered by the app's own few lines once idle (src/lib/service-worker.ts, called
    // from src/main.tsx): no inline script, and no workbox-window on the page.
    injectRegister: false,
    includeAssets: ['favicon.svg', 'robots.txt', 'icons/apple-touch-icon-180.png'],
    manifest: {
      id: './',
      name: 'tshape — your skills’ T-shape',
      short_name: 'tshape',
      description:
        'A private self-assessment for data and ML people: your T-shape and where you sit between Stats and Engineering. Nothing leaves your browser.',
      lang: 'en-GB',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f7f6f2',
      theme_color: '#2f5d50',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: 'icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,txt,webmanifest}'],
      cleanupOutdatedCaches: true,
      // Hash routes all load index.html; nothing else is ever fetched.
      navigateFallback: 'index.html',
    },
  });
}

/**
 * The first page's code in one file. Left to itself, Rolldown put React, its JSX runtime
 * and its own runtime in three small chunks beside the entry, each gzipped apart, so a
 * first visit fetched four files; one group of every module the entry loads statically
 * (the `$initial` tag) makes them one, and lazy chunks import them from the entry, as
 * they import the rest of it already. Home's JavaScript as the bench counts it (gzip -9)
 * went from 81.8 kB to 80.8 kB, and every lazy chunk lost a little too. (Dropping Vite's
 * modulepreload polyfill, `build.modulePreload`, took 0.2 kB before that: index.html
 * names no module to preload, its script adds the links, and a browser without
 * modulepreload, such as Safari before 17, loses the head start, never a module.)
 *
 * `read-saved`: what reads saved data (the schemas, valibot and the record decoder),
 * which the first page never fetches with nothing saved (src/main.tsx), in one file for
 * a return visit and for the pages that decode links (the share codec uses valibot).
 * Taking it out of the entry made the first page 3.4 kB smaller (82.6 → 79.2 kB); a
 * return visit fetches 0.8 kB more than before (83.4 kB, in three files it was 84.1).
 */
const FIRST_PAGE_IN_ONE_CHUNK = {
  groups: [
    { name: 'index', tags: ['$initial' as const] },
    {
      name: 'read-saved',
      test: /node_modules\/valibot\/|src\/store\/(saved-state|record-decoding)\.ts$/,
    },
  ],
};

export default defineConfig({
  base: './',
  plugins: [react(), builtIndexHtml(), compileEagerly(), refuseTestCode(), offlineApp()],
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: FIRST_PAGE_IN_ONE_CHUNK } },
  },
  preview: { host: '127.0.0.1', strictPort: false },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
  },
});
