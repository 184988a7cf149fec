import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_PATH } from './chromium-path';

/** The flags that keep Debian's Chromium quiet and offline on this machine. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface SessionOptions {
  /** Block all site data in the profile, as "block cookies" does in a real browser. */
  blockStorage?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly baseUrl: string;
  /** Opens a route of the app, e.g. "#/assess". */
  goto(route?: string, page?: Page): Promise<void>;
  /** Fails on console errors, uncaught exceptions, CSP violations or foreign requests. */
  expectClean(): void;
  close(): Promise<void>;
}

/** A fresh browser profile per test, so no test sees another's saved data. */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const baseUrl = inject('baseUrl');
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'tshape-e2e-'));
  if (options.blockStorage) {
    await mkdir(path.join(userDataDir, 'Default'), { recursive: true });
    await writeFile(
      path.join(userDataDir, 'Default', 'Preferences'),
      JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
    );
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const problems: string[] = [];
  const origin = new URL(baseUrl).origin;
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) {
        problems.push(`request outside the app: ${url}`);
      }
    });
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);

  return {
    context,
    page,
    baseUrl,
    async goto(route = '', target = page) {
      await target.goto(new URL(route, baseUrl).href);
      await target.getByRole('main').waitFor();
    },
    expectClean() {
      expect(problems).toEqual([]);
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs axe with the WCAG 2.2 A/AA rules and fails on any violation, whatever its impact.
 * The wcag22aa tag also switches on axe's `target-size` rule (2.5.8), off by default;
 * target-size.ts measures every page and state geometrically beside it.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
  expect(summary).toEqual([]);
}
