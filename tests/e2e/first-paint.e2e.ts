import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { closeSessionsAfterEach } from './browser';
import { buildShareLink } from './team-links';

const newSession = closeSessionsAfterEach();

/** Holds back the app's own JavaScript, to see what is painted before it runs. */
async function holdBackTheApp(page: Page) {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
}

/** "Loading…" as shown (the static copy has one per page that waits for the app). */
const shownLoading = (page: Page) => page.getByText('Loading…').filter({ visible: true });

const homeHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: /see the shape of your skills/ });

test('before any JavaScript has run, a first visit to home already shows the home page', async () => {
  const { page, baseUrl } = await newSession();
  await holdBackTheApp(page);
  await page.goto(baseUrl);
  expect(await homeHeading(page).isVisible()).toBe(true);
  expect(await page.getByRole('link', { name: 'Start assessment' }).isVisible()).toBe(true);
  expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
});

test('a first visit to the assessment shows its first step at once, and no questions to lose', async () => {
  const { page, baseUrl } = await newSession();
  await holdBackTheApp(page);
  await page.goto(new URL('#/assess', baseUrl).href);
  expect(await page.getByRole('heading', { level: 1, name: 'Statistics' }).isVisible()).toBe(true);
  expect(await page.getByRole('complementary', { name: 'How to answer' }).isVisible()).toBe(true);
  expect(await shownLoading(page).count()).toBe(1);
  expect(await page.getByRole('radio').count()).toBe(0);
  expect(await homeHeading(page).isVisible()).toBe(false);
});

test('what is painted before the app runs is styled by the app’s stylesheet alone', async () => {
  const { page, baseUrl } = await newSession();
  await holdBackTheApp(page);
  const display = (selector: string) =>
    page.evaluate((each) => {
      const element = document.querySelector(each);
      return element && getComputedStyle(element).display;
    }, selector);
  await page.goto(baseUrl);
  // Home's own styles (home.css) and the assessment's (quiz.css, whose page is a chunk of
  // its own): a step list unstyled would read as a bulleted list.
  expect(await display('.first-paint__page--home .hero__tagline')).toBe('block');
  await page.goto(new URL('#/assess', baseUrl).href);
  expect(await display('.first-paint__page--assess .quiz-progress__steps')).toBe('flex');
});

test('any other route shows the header and "Loading…"; a returning visitor gets no stale buttons', async () => {
  const deepLink = await newSession();
  await holdBackTheApp(deepLink.page);
  await deepLink.page.goto(new URL('#/team', deepLink.baseUrl).href);
  expect(await homeHeading(deepLink.page).isVisible()).toBe(false);
  expect(await deepLink.page.getByRole('heading', { level: 1 }).count()).toBe(0);
  expect(await deepLink.page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
  expect(await shownLoading(deepLink.page).count()).toBe(1);

  // A returning visitor who chose the dark theme: it applies before the first paint,
  // and the buttons (which may read "Continue assessment") wait for the app.
  const returning = await newSession();
  const { page, baseUrl } = returning;
  await holdBackTheApp(page);
  await page.goto(new URL('#/team', baseUrl).href);
  await page.evaluate(() => {
    localStorage.setItem('tshape', JSON.stringify({ version: 4, state: null }));
    localStorage.setItem('tshape:settings', JSON.stringify({ theme: 'dark' }));
  });
  await page.close();
  const again = await returning.context.newPage();
  await holdBackTheApp(again);
  await again.goto(baseUrl);
  expect(await again.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await homeHeading(again).isVisible()).toBe(true);
  expect(await again.getByRole('link', { name: 'Start assessment' }).isVisible()).toBe(false);
  // Their assessment may resume at any step: not the static first step.
  await again.goto(new URL('#/assess', baseUrl).href);
  await again.reload();
  expect(await again.getByRole('heading', { level: 1 }).count()).toBe(0);
  expect(await shownLoading(again).count()).toBe(1);
});

test('"Start assessment" followed before the app runs still leads to the first step', async () => {
  const { page, baseUrl } = await newSession();
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  // Not waited for "load": once painted, the page adds the app's script, and a script
  // that is held back (not refused) holds the load event back with it.
  await page.goto(baseUrl, { waitUntil: 'domcontentloaded' });
  await page.getByRole('link', { name: 'Start assessment' }).click();
  // The app's code is held back: only index.html's own script can show the step. Waited
  // for, not read at once, as a loaded machine may paint a frame late.
  await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor({ timeout: 5_000 });
  expect(await homeHeading(page).isVisible()).toBe(false);

  release();
  await page.getByRole('radiogroup').first().waitFor();
  expect(await page.getByRole('heading', { level: 1, name: 'Statistics' }).isVisible()).toBe(true);
  expect(new URL(page.url()).hash).toBe('#/assess');
});

test('the app’s code is fetched only once the static page has painted', async () => {
  const session = await newSession();
  const { page } = session;
  await session.goto();
  await page.getByRole('link', { name: 'Start assessment' }).waitFor();
  const timing = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/.*\.js$/.test(entry.name));
    return { paint: paint?.startTime, firstScript: Math.min(...scripts.map((s) => s.startTime)) };
  });
  expect(timing.paint).toBeGreaterThan(0);
  expect(timing.firstScript).toBeGreaterThanOrEqual(timing.paint ?? Infinity);
});

test('a deep link fetches its page with the app’s own code, not after it has run', async () => {
  const session = await newSession();
  const { page, baseUrl } = session;
  await page.goto(buildShareLink(baseUrl, 'Ada', [1, 2, 4, 1, 5]));
  await page.getByText('self-reported').first().waitFor();
  const timing = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const find = (name: string) =>
      resources.find((entry) => new RegExp(`/assets/${name}-[^/]*\\.js$`).test(entry.name));
    return {
      appFetched: find('index')?.responseEnd,
      pageRequested: find('shared-result-page')?.startTime,
    };
  });
  expect(timing.appFetched).toBeGreaterThan(0);
  // Requested with the app, so before the app's own code could have asked for it.
  expect(timing.pageRequested).toBeLessThanOrEqual(timing.appFetched ?? 0);
});

test('the app takes over from the first paint: one page, and nothing the policy refuses', async () => {
  const session = await newSession();
  const { page } = session;
  await session.goto();
  await page.getByRole('link', { name: 'Start assessment' }).waitFor();
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

test('the charts’ code and the entry are marked to compile while they download; a page’s own code is not', async () => {
  const session = await newSession();
  const { page, context, baseUrl } = session;
  await page.goto(buildShareLink(baseUrl, 'Ada', [1, 2, 4, 1, 5]));
  await page.locator('#chart-tshape .chart__bar').first().waitFor();
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\/assets\/.*\.js$/.test(name)),
  );
  const bodies = await Promise.all(
    scripts.map(async (url) => ({ url, body: await (await context.request.get(url)).text() })),
  );
  const hinted = (body: string) => body.startsWith('//# allFunctionsCalledOnLoad\n');
  // The chunk that defines Recharts' <Surface> (another may only query its class name).
  const recharts = bodies.filter(({ body }) => /[`'"]recharts-surface[`'"]/.test(body));
  expect(recharts.length).toBeGreaterThan(0);
  expect(recharts.every(({ body }) => hinted(body))).toBe(true);
  // The entry: React's update paths first run on a person's first click (vite.config.ts).
  const entry = bodies.filter(({ url }) => /\/assets\/index-[^/]*\.js$/.test(url));
  expect(entry.length).toBe(1);
  expect(entry.every(({ body }) => hinted(body))).toBe(true);
  const pageCode = bodies.filter(({ url }) => /\/assets\/shared-result-page-[^/]*\.js$/.test(url));
  expect(pageCode.length).toBe(1);
  expect(pageCode.some(({ body }) => hinted(body))).toBe(false);
});
