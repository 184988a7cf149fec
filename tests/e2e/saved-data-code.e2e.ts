import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { closeSessionsAfterEach } from './browser';
import { QUESTION_BANK_VERSION } from '../../src/data/bank-version';
import { tshapeKeys } from './saved-data';

const newSession = closeSessionsAfterEach();

/** The code that reads saved data: the chunk `read-saved` of vite.config.ts. */
const DECODER = /\/assets\/read-saved-[\w-]+\.js$/;

/**
 * What the page has fetched, as its own resource timing says: served by the network or
 * by the service worker alike (Playwright's request events miss some a worker serves).
 */
function fetched(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  );
}

test('the first page, with nothing saved, never fetches the code that reads saved data; a return visit does, and finds its answers', async () => {
  const session = await newSession();
  const { page } = session;
  await session.goto('#/');
  // Idle after the first render: the service worker is in, so nothing more comes.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const firstPage = await fetched(page);
  expect(firstPage.some((path) => /\/assets\/index-[\w-]+\.js$/.test(path))).toBe(true);
  expect(firstPage.filter((path) => DECODER.test(path))).toEqual([]);

  // (Once answering, the quiz fetches the results page ahead, whose link codec needs
  // the same library: from here on the chunk may come for that reason too.)
  await page.getByRole('link', { name: 'Start assessment' }).click();
  await page.getByRole('main').getByRole('radiogroup').first().getByRole('radio').nth(3).check();
  await expect.poll(() => tshapeKeys(page).then((keys) => 'tshape:progress' in keys)).toBe(true);

  // A return visit as most are: served by the service worker.
  await page.reload();
  await page.getByRole('main').getByRole('radiogroup').first().waitFor();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect((await fetched(page)).filter((path) => DECODER.test(path))).toHaveLength(1);
  expect(await page.getByRole('radio', { checked: true }).count()).toBe(1);
  session.expectClean();
});

test('when the code that reads saved data cannot be fetched, the page says to reload and touches nothing saved', async () => {
  const session = await newSession();
  const { page } = session;
  // Saved data, put there from a page of the origin that runs no app code (so no
  // service worker is installed, and nothing answers the request but the server).
  await page.goto(new URL('robots.txt', session.baseUrl).href);
  const saved = {
    tshape: JSON.stringify({ version: 5, state: null }),
    'tshape:progress': JSON.stringify({
      bankVersion: QUESTION_BANK_VERSION,
      startedAt: Date.UTC(2026, 11, 4),
      step: 0,
      answers: { 'stats-estimation': { value: 3, at: Date.UTC(2026, 11, 4), ms: 4_000 } },
    }),
  };
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, saved);

  // "A deploy" a moment ago: the decoder of the build this page loads is gone.
  await page.route(DECODER, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto(new URL('#/assess', session.baseUrl).href);
  await page.getByRole('heading', { level: 1, name: 'This page needs a reload' }).waitFor();
  expect(await page.getByRole('alert').textContent()).toMatch(/Your answers and results are saved/);
  expect(await tshapeKeys(page)).toEqual(saved);

  // Once the code is there again, a reload opens the app on what was saved.
  await page.unroute(DECODER);
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Reload tshape' }).click();
  await reloaded;
  await page.getByRole('main').getByRole('radiogroup').first().waitFor();
  expect(await page.getByRole('radio', { checked: true }).count()).toBe(1);
  expect(await tshapeKeys(page)).toEqual(saved);
});
