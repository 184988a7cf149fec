import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { expectNoAxeViolations, closeSessionsAfterEach } from './browser';
import { serveCopiesOfBuild } from './build-copy';
import { answerStep, completeAssessment } from './quiz-driver';
import { buildShareLink } from './team-links';

const newSession = closeSessionsAfterEach();
const serveCopyOfBuild = serveCopiesOfBuild();

/** Waits for the service worker to finish precaching, then reloads so it controls the page. */
async function installServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await page.getByRole('main').waitFor();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('the build is installable: a manifest with proper icons, and a service worker', async () => {
  const session = await newSession();
  const { page, context, baseUrl } = session;
  await session.goto();
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href ?? '', baseUrl).href;
  const manifest = await (await context.request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({
    name: expect.stringContaining('tshape'),
    short_name: 'tshape',
    display: 'standalone',
    start_url: './',
  });
  const icons: { src: string; sizes: string; purpose: string }[] = manifest.icons;
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of icons) {
    const response = await context.request.get(new URL(icon.src, manifestUrl).href);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // A PNG's width and height sit at bytes 16–23 of its header.
    const [width, height] = icon.sizes.split('x').map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
  }
  await installServiceWorker(page);
  session.expectClean();
});

test('loaded once, tshape works offline: assessment, results with charts, and a share link', async () => {
  const session = await newSession();
  const { page, context, baseUrl } = session;
  await session.goto();
  await installServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /tshape/ }).waitFor();
  await page.getByRole('link', { name: 'Start assessment' }).click();
  await completeAssessment(page, [4, 2, 2, 3, 1]);
  await page.locator('.chart--tshape .chart__bar').first().waitFor();
  await page.getByRole('meter', { name: 'Spectrum position' }).waitFor();

  // A link someone sent, opened in a new tab while still offline.
  const tab = await context.newPage();
  await tab.goto(buildShareLink(baseUrl, 'Grace', [1, 2, 4, 1, 5]));
  await tab.getByRole('heading', { level: 1, name: 'Grace' }).waitFor();
  await tab.locator('.chart--tshape .chart__bar').first().waitFor();
  await expectNoAxeViolations(tab);
  await context.setOffline(false);
  session.expectClean();
});

test('a new version is offered, not forced, and updating keeps every answer', async () => {
  const build = await serveCopyOfBuild();
  const session = await newSession({ baseUrl: build.url });
  const { page } = session;
  await session.goto();
  await installServiceWorker(page);

  await session.goto('#/assess');
  await answerStep(page, 3);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { level: 1, name: 'Business communication' }).waitFor();
  const answered = await page
    .getByRole('progressbar', { name: 'Assessment progress' })
    .getAttribute('aria-valuenow');

  // Ship a new version: a changed service worker, as every new build brings.
  const worker = path.join(build.dir, 'sw.js');
  await writeFile(worker, `${await readFile(worker, 'utf8')}\n// a newer build\n`);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const offer = page.getByText('A new version of tshape is ready.');
  await offer.waitFor();
  await expectNoAxeViolations(page);
  // Nothing happens until the person chooses: still on the same step.
  await page.getByRole('heading', { level: 1, name: 'Business communication' }).waitFor();

  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Update now' }).click();
  await reloaded;
  await page.getByRole('heading', { level: 1, name: 'Business communication' }).waitFor();
  expect(
    await page
      .getByRole('progressbar', { name: 'Assessment progress' })
      .getAttribute('aria-valuenow'),
  ).toBe(answered);
  expect(await offer.count()).toBe(0);
  session.expectClean();
});

test('"Update now" in one tab reloads the other open tabs into the new version, answers kept', async () => {
  const build = await serveCopyOfBuild();
  const session = await newSession({ baseUrl: build.url });
  const { page, context } = session;
  await session.goto();
  await installServiceWorker(page);

  // A second tab, mid-quiz, on the old version.
  const other = await context.newPage();
  await session.goto('#/assess', other);
  await answerStep(other, 2);
  await other.getByRole('button', { name: 'Next' }).click();
  await other.getByRole('heading', { level: 1, name: 'Business communication' }).waitFor();
  // Its app watches the worker once idle (at the latest after five seconds).
  await other.waitForTimeout(5500);

  const worker = path.join(build.dir, 'sw.js');
  await writeFile(worker, `${await readFile(worker, 'utf8')}\n// a newer build\n`);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  await page.getByText('A new version of tshape is ready.').waitFor();

  const otherReloaded = other.waitForEvent('load');
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Update now' }).click();
  await Promise.all([reloaded, otherReloaded]);
  // The other tab is on the new version, on its step, with its answers: never blank.
  await other.getByRole('heading', { level: 1, name: 'Business communication' }).waitFor();
  await expect
    .poll(() => other.evaluate(() => document.getElementById('root')?.childElementCount))
    .toBeGreaterThan(0);
  await other.getByRole('button', { name: 'Back' }).click();
  await other.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  await expect.poll(() => other.getByRole('radio', { checked: true }).count()).toBeGreaterThan(0);
  session.expectClean();
});
