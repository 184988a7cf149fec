import { readFile } from 'node:fs/promises';
import { afterEach, expect, test } from 'vitest';
import { expectNoAxeViolations, openSession, type Session } from './browser';
import { answerStep, completeAssessment } from './quiz-driver';
import { buildShareLink } from './team-links';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('two results are listed, compared per area, retaken prefilled, and deleted one at a time', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto('#/assess');
  await completeAssessment(page, [2, 2, 2, 2, 2]);

  // A retake starts from the last answers: only Deployment moves, to level 4.
  await session.goto('#/history');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Retake' }).click();
  await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  await page.getByText(/starts from your last answers/).waitFor();
  await expect.poll(() => page.getByRole('radio', { checked: true }).count()).toBe(8);
  for (let step = 0; step < 4; step += 1) {
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('heading', { level: 1, name: 'Deployment' }).waitFor();
  await answerStep(page, 4);
  await page.getByRole('button', { name: 'See results' }).click();
  await page.getByRole('heading', { name: 'Your T-shape', level: 1 }).waitFor();

  await session.goto('#/history');
  const list = page.getByRole('table', { name: 'Your results' });
  await expect.poll(() => list.locator('tbody tr').count()).toBe(2);
  expect(await list.locator('tbody tr td:first-of-type').allTextContents()).toEqual([
    'T-shaped',
    'Generalist',
  ]);

  await page.getByRole('button', { name: 'Compare with a past result' }).click();
  const change = page.getByRole('table', { name: /Change per area/ });
  await change.waitFor();
  const rows = await change
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent)),
    );
  expect(rows).toEqual([
    ['Statistics', '40', '40', '0'],
    ['Business communication', '40', '40', '0'],
    ['Production software', '40', '40', '0'],
    ['Experimentation', '40', '40', '0'],
    ['Deployment', '40', '80', '+40'],
  ]);
  await expectNoAxeViolations(page);

  // Delete the older one; the newer stays.
  await page
    .getByRole('button', { name: /^Delete the result of/ })
    .last()
    .click();
  await page
    .getByRole('dialog', { name: 'Delete this result?' })
    .getByRole('button', { name: 'Delete result' })
    .click();
  await expect.poll(() => list.locator('tbody tr').count()).toBe(1);
  expect(await list.locator('tbody tr td:first-of-type').allTextContents()).toEqual(['T-shaped']);
  session.expectClean();
});

test('with three results a growth line appears, and any result opens as a full page', async () => {
  session = await openSession();
  const { page } = session;
  for (const level of [1, 2, 3]) {
    await session.goto('#/assess');
    await completeAssessment(page, level);
  }
  await session.goto('#/history');
  await page.locator('.chart--growth .recharts-curve').first().waitFor();
  await expect.poll(() => page.locator('.chart--growth .recharts-curve').count()).toBe(5);
  await page
    .getByRole('link', { name: /^Open the result of/ })
    .last()
    .click();
  // The oldest result: every rating at level 1, so every area at 20.
  await page.getByRole('heading', { name: /^You are Emerging/ }).waitFor();
  await expectNoAxeViolations(page);
  session.expectClean();
});

test('a shared link saved into history is kept as someone else’s result, never mixed with mine', async () => {
  session = await openSession();
  const { page, baseUrl } = session;
  await session.goto('#/assess');
  await completeAssessment(page, [2, 2, 2, 2, 2]);

  const link = buildShareLink(baseUrl, 'Grace', [1, 2, 4, 1, 5]);
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Grace' }).waitFor();
  await page.getByRole('button', { name: 'Save to my history' }).click();
  await expect
    .poll(() => page.getByRole('status').filter({ hasText: 'Saved in your' }).count())
    .toBe(1);
  await page.getByRole('button', { name: 'Saved to my history' }).waitFor();

  await session.goto('#/history');
  const mine = page.getByRole('table', { name: 'Your results' });
  await expect.poll(() => mine.locator('tbody tr').count()).toBe(1);
  expect(await mine.textContent()).not.toContain('Grace');
  const shared = page.getByRole('table', { name: 'Results others shared with you' });
  expect(await shared.locator('tbody th').allTextContents()).toEqual(['Grace']);
  await expectNoAxeViolations(page);

  // It opens as the shared, read-only page, not as one of my results.
  await page.getByRole('link', { name: 'Open Grace’s result' }).click();
  await page.getByRole('heading', { level: 1, name: 'Grace' }).waitFor();
  await page.getByText('Self-reported').waitFor();

  // It travels in "Download my data" apart from my own results.
  await session.goto('#/data');
  await page.getByText('1 result someone shared with you').waitFor();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const backup = JSON.parse(await readFile(await (await pending).path(), 'utf8'));
  expect(backup.state.results).toHaveLength(1);
  expect(backup.state.sharedResults).toHaveLength(1);
  session.expectClean();
});
