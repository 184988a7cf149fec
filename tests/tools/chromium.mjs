// @ts-check
// One way to start Chromium, for the end-to-end tests, the bench and the tools: Debian's
// binary (no browser is ever downloaded), with the flags that keep it quiet and offline
// on this machine, and a fresh profile for the callers that need one on disk. Plain
// JavaScript with JSDoc types, so the .mjs tools run it in Node as it is and the
// TypeScript tests import it type-checked (tsconfig.json: allowJs; `@ts-check` above).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Debian's Chromium, or another binary named by CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, no sandbox (containers), no GPU, and none of Chromium's own traffic. */
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

/**
 * Throws, saying how to get one, when there is no Chromium at CHROMIUM_PATH.
 * @param {string} who what needs it, e.g. "the end-to-end tests"
 */
export function requireChromium(who) {
  if (existsSync(CHROMIUM_PATH)) return;
  throw new Error(
    `No Chromium at ${CHROMIUM_PATH}, and ${who} drive Debian's Chromium: install it with ` +
      '`apt-get update && apt-get install -y chromium`, or set CHROMIUM_PATH to another ' +
      'Chromium binary.',
  );
}

/**
 * A browser whose contexts each start empty (Playwright's own throwaway profile).
 * @param {import('playwright-core').LaunchOptions} [options]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium(options = {}) {
  return chromium.launch({
    ...options,
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    headless: true,
  });
}

/**
 * A new, empty profile directory; removeProfile deletes it.
 * @param {string} [prefix] names the temporary directory, to tell whose it is
 */
export function createProfile(prefix = 'tshape-chromium-') {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/**
 * Deletes a profile directory. Retried: Chromium's helper processes (the service
 * worker's storage among them) may still be writing for a moment after it exits.
 * @param {string} profile
 */
export async function removeProfile(profile) {
  await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}

/**
 * Chromium on a profile directory, as a person's browser: what reaches the disk is there
 * when it is started again on the same directory.
 * @param {string} profile a directory from createProfile
 * @param {Parameters<typeof chromium.launchPersistentContext>[1]} [options]
 * @returns {Promise<import('playwright-core').BrowserContext>}
 */
export function launchOnProfile(profile, options = {}) {
  return chromium.launchPersistentContext(profile, {
    ...options,
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    headless: true,
  });
}

/**
 * Starts Chromium itself (not through Playwright) with a DevTools port, on a fresh
 * profile, as chrome-launcher would for Lighthouse; runs `use(port)`, then stops it and
 * removes the profile.
 * @template T
 * @param {(port: number) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withDevToolsChromium(use) {
  const profile = await createProfile('tshape-devtools-');
  const browser = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise((resolve) => browser.once('exit', resolve));
  try {
    /** @type {number} */
    const port = await new Promise((resolve, reject) => {
      let log = '';
      const timer = setTimeout(() => reject(new Error('Chromium gave no DevTools port')), 30_000);
      browser.stderr.on('data', (data) => {
        log += data;
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      browser.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited (${code}) before opening a DevTools port`));
      });
    });
    return await use(port);
  } finally {
    browser.kill();
    await exited;
    await removeProfile(profile);
  }
}
