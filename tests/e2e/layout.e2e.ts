import { expect, test } from 'vitest';
import { closeSessionsAfterEach } from './browser';
import { drawEveryChart } from './charts';
import { completeAssessment } from './quiz-driver';

const newSession = closeSessionsAfterEach();
const PHONE = { width: 390, height: 844 };

test('on a phone the navigation is one row of tabs, and the first question starts in the first screen', async () => {
  const { page, goto, expectClean } = await newSession({ viewport: PHONE });
  await goto('#/assess');
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  const tops = await links.evaluateAll((elements) =>
    elements.map((element) => Math.round(element.getBoundingClientRect().top)),
  );
  expect(tops).toHaveLength(5);
  expect(new Set(tops).size).toBe(1);
  // Every tab in full view, none wrapped onto a row of its own.
  const rights = await links.evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect().right),
  );
  expect(Math.max(...rights)).toBeLessThanOrEqual(PHONE.width);

  const firstQuestion = page.getByRole('main').getByRole('radiogroup').first();
  const box = await firstQuestion.boundingBox();
  expect(box?.y).toBeLessThan(PHONE.height - 60);
  expectClean();
});

test('on a phone a heading breaks between words, never inside "T-shape"', async () => {
  const { page, goto, expectClean } = await newSession({ viewport: { width: 320, height: 700 } });
  await goto('#/assess');
  await completeAssessment(page, [2, 3, 4, 1, 5]);
  const heading = page.getByRole('heading', { level: 1, name: 'Your T-shape' });
  await heading.waitFor();
  const lines = await heading.evaluate((element) => {
    const range = document.createRange();
    const text = [...element.querySelectorAll('span')].find(
      (span) => span.textContent === 'T-shape',
    );
    if (!text) return -1;
    range.selectNodeContents(text);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(lines).toBe(1);
  expectClean();
});

test('on a wide screen the verdict stays in view beside the charts as they scroll', async () => {
  const { page, goto, expectClean } = await newSession({ viewport: { width: 1280, height: 900 } });
  await goto('#/assess');
  await completeAssessment(page, [2, 3, 4, 1, 5]);
  const verdict = page.getByRole('heading', { level: 2, name: /^You are/ });
  await verdict.waitFor();
  await drawEveryChart(page);
  await page.getByRole('heading', { name: 'Profile' }).scrollIntoViewIfNeeded();
  const radar = await page.locator('.chart--radar').boundingBox();
  const statement = await verdict.boundingBox();
  expect(radar && statement).toBeTruthy();
  if (!radar || !statement) return;
  // Both on the screen at once, side by side.
  expect(statement.y).toBeGreaterThanOrEqual(0);
  expect(statement.y + statement.height).toBeLessThanOrEqual(900);
  expect(statement.x).toBeGreaterThan(radar.x + radar.width);
  expectClean();
});

test('a table wider than a phone says that it scrolls sideways', async () => {
  const { page, goto, expectClean } = await newSession({ viewport: { width: 320, height: 700 } });
  await goto('#/assess');
  await completeAssessment(page, [2, 3, 4, 1, 5]);
  await page.getByRole('heading', { name: 'Your T-shape' }).waitFor();
  await page.getByText('Show breadth and depth as a table').click();
  const region = page.getByRole('region', { name: 'Area scores' });
  // Four columns do not fit 320 px: the table scrolls, and says so.
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  const hint = () =>
    region
      .locator('caption')
      .evaluate((caption) =>
        getComputedStyle(caption, '::after').content.includes('Scroll sideways'),
      );
  expect(await hint()).toBe(true);
  // The hint is not part of the table's name, which stays what its caption says.
  expect(await page.getByRole('region', { name: 'Area scores', exact: true }).count()).toBe(1);
  // Scrolled to its end, there is no more to the side, and the hint goes.
  await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  await expect.poll(hint).toBe(false);
  expectClean();
});
