import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import { createProfile, launchOnProfile, removeProfile } from '../tools/chromium.mjs';

export interface SessionOptions {
  /** Block all site data in the profile, as "block cookies" does in a real browser. */
  blockStorage?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Another server of the app (e.g. a copy of the build that a test changes); the suite's by default. */
  baseUrl?: string;
}

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly baseUrl: string;
  /** Opens a route of the app, e.g. "#/assess". */
  goto(route?: string, page?: Page): Promise<void>;
  /** Fails on console errors, uncaught exceptions, CSP violations or foreign requests. */
  expectClean(): void;
  /**
   * Quits the browser the way a person does and starts it again on the same
   * profile, as after a restart: only what reached the profile on disk is left.
   * The returned session owns the profile; this one is closed.
   */
  reopen(): Promise<Session>;
  close(): Promise<void>;
}

/**
 * For a test file whose tests open several browsers: returns `newSession`, and every
 * session it opened is closed after each test. Call once, at the top of the file.
 */
export function closeSessionsAfterEach(): (options?: SessionOptions) => Promise<Session> {
  const open: Session[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((session) => session.close()));
  });
  return async (options) => {
    const session = await openSession(options);
    open.push(session);
    return session;
  };
}

/** A fresh browser profile per test, so no test sees another's saved data. */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const userDataDir = await createProfile('tshape-e2e-');
  if (options.blockStorage) {
    await mkdir(path.join(userDataDir, 'Default'), { recursive: true });
    await writeFile(
      path.join(userDataDir, 'Default', 'Preferences'),
      JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
    );
  }
  return launch(userDataDir, options);
}

/** Starts Chromium on a profile directory and watches its every page for problems. */
async function launch(userDataDir: string, options: SessionOptions): Promise<Session> {
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const context = await launchOnProfile(userDataDir, {
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

  let ownsProfile = true;

  return {
    context,
    page,
    baseUrl,
    async goto(route = '', target = page) {
      await target.goto(new URL(route, baseUrl).href);
      await target.getByRole('main').waitFor();
      // The app has taken over from index.html's static first paint.
      await target.waitForFunction(() => !document.querySelector('.first-paint'));
    },
    expectClean() {
      expect(problems).toEqual([]);
    },
    async reopen() {
      ownsProfile = false;
      await context.close();
      return launch(userDataDir, options);
    },
    async close() {
      await context.close();
      if (ownsProfile) await removeProfile(userDataDir);
    },
  };
}

/** Clicks a button that offers a download and returns the file's name, text and path on disk. */
export async function downloadFrom(page: Page, button: string) {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await pending;
  const filePath = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(filePath, 'utf8'), path: filePath };
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
