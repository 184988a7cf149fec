import { afterEach, expect, test } from 'vitest';
import { expectNoAxeViolations, openSession, type Session } from './browser';
import { answerStep, completeAssessment } from './quiz-driver';

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
