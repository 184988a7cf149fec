import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { closeSessionsAfterEach } from './browser';

const newSession = closeSessionsAfterEach();

/** Holds back the app's own JavaScript, to see what is painted before it runs. */
async function holdBackTheApp(page: Page) {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
}

const homeHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: /see the shape of your skills/ });

test('before any JavaScript has run, a first visit to home already shows the home page', async () => {
  const { page, baseUrl } = await newSession();
  await holdBackTheApp(page);
  await page.goto(baseUrl);
  expect(await homeHeading(page).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Start assessment' }).isVisible()).toBe(true);
  expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
});

test('the static home page shows on no other route, and not a returning visitor’s buttons', async () => {
  const deepLink = await newSession();
  await holdBackTheApp(deepLink.page);
  await deepLink.page.goto(new URL('#/team', deepLink.baseUrl).href);
  expect(await homeHeading(deepLink.page).count()).toBe(0);
  expect(await deepLink.page.getByRole('navigation').count()).toBe(0);

  // A returning visitor who chose the dark theme: it applies before the first paint,
  // and the buttons (which may read "Continue assessment") wait for the app.
  const returning = await newSession();
  const { page, baseUrl } = returning;
  await holdBackTheApp(page);
  await page.goto(new URL('#/team', baseUrl).href);
  await page.evaluate(() =>
    localStorage.setItem('tshape', JSON.stringify({ state: { settings: { theme: 'dark' } } })),
  );
  await page.close();
  const again = await returning.context.newPage();
  await holdBackTheApp(again);
  await again.goto(baseUrl);
  expect(await again.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await homeHeading(again).isVisible()).toBe(true);
  expect(await again.getByRole('button', { name: 'Start assessment' }).isVisible()).toBe(false);
});

test('the app takes over from the first paint: one page, and nothing the policy refuses', async () => {
  const session = await newSession();
  const { page } = session;
  await session.goto();
  await page.getByRole('button', { name: 'Start assessment' }).waitFor();
  await expect.poll(() => page.locator('.first-paint').count()).toBe(0);
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  expect(await page.locator('#main').count()).toBe(1);
  session.expectClean();
});

test('index.html declares its charset in the first 1024 bytes and its policy before anything it governs', async () => {
  const { context, baseUrl } = await newSession();
  const html = await (await context.request.get(baseUrl)).text();
  expect(html.indexOf('<meta charset="UTF-8"')).toBeGreaterThan(0);
  expect(html.indexOf('<meta charset="UTF-8"')).toBeLessThan(1024);
  const policyAt = html.indexOf('http-equiv="Content-Security-Policy"');
  expect(policyAt).toBeGreaterThan(0);
  for (const tag of ['<script', '<link']) {
    expect({ tag, before: html.indexOf(tag) > policyAt }).toEqual({ tag, before: true });
  }
});
