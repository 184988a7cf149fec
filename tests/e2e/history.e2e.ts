import { afterEach, expect, test } from 'vitest';
import { downloadFrom, expectNoAxeViolations, openSession, type Session } from './browser';
import { drawEveryChart } from './charts';
import { hasFocus, tabTo } from './keyboard';
import { answerChecks, answerStep, completeAssessment } from './quiz-driver';
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
  // The ratings carry over; the knowledge checks are asked afresh.
  await expect.poll(() => page.getByRole('radio', { checked: true }).count()).toBe(7);
  for (let step = 0; step < 4; step += 1) {
    await answerChecks(page);
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

  // The three were taken within a minute, yet each reads apart: list, pickers and chart.
  const list = page.getByRole('table', { name: 'Your results' });
  await expect.poll(() => list.locator('tbody tr').count()).toBe(3);
  const rowNames = await list.getByRole('rowheader').allTextContents();
  expect(rowNames).toHaveLength(3);
  expect(new Set(rowNames).size).toBe(3);

  // Compared, the oldest with the newest: the shape change leads, over a before/after T-shape.
  const earlier = page.getByRole('combobox', { name: 'Earlier result' });
  await earlier.selectOption({
    label: (await earlier.getByRole('option').last().textContent()) ?? '',
  });
  await page.getByRole('button', { name: 'Compare with a past result' }).click();
  await page.getByRole('heading', { name: 'Your shape changed: Emerging → Generalist' }).waitFor();
  await page
    .getByRole('listitem')
    .filter({ hasText: 'Statistics rose 40 points, from 20 to 60, and is now broad.' })
    .waitFor();
  const beforeAfter = page.locator('.history__before-after');
  await beforeAfter.locator('svg.recharts-surface').waitFor();
  // Both results drawn: the later one's T, the earlier one's outline over it.
  await expect.poll(() => beforeAfter.locator('.chart__compare').count()).toBe(1);
  expect(await beforeAfter.locator('.chart__bar').count()).toBeGreaterThan(0);

  await drawEveryChart(page);
  await expect.poll(() => page.locator('.chart--growth .recharts-curve').count()).toBe(5);
  const ticks = await page
    .locator('.chart--growth .recharts-xAxis-tick-labels text')
    .allTextContents();
  expect(ticks).toHaveLength(3);
  expect(new Set(ticks).size).toBe(3);
  // Each line's markers (drawn in a layer of their own, in the lines' order) take its colour.
  const lines = await page.locator('.chart--growth').evaluate((chart) => {
    const dots = [...chart.querySelectorAll('.recharts-line-dots')];
    return [...chart.querySelectorAll('.recharts-line .recharts-curve')].map((curve, index) => ({
      stroke: getComputedStyle(curve).stroke,
      dash: curve.getAttribute('stroke-dasharray') ?? '',
      fills: [
        ...new Set(
          [...(dots[index]?.querySelectorAll('path') ?? [])].map(
            (marker) => getComputedStyle(marker).fill,
          ),
        ),
      ],
      shapes: [...(dots[index]?.querySelectorAll('path') ?? [])].length,
    }));
  });
  expect(lines).toHaveLength(5);
  for (const line of lines) {
    expect(line.fills).toEqual([line.stroke]);
    expect(line.shapes).toBe(3);
  }
  // Three colours for five lines: the two lines of a side differ by their dash as well.
  expect(new Set(lines.map((line) => line.stroke)).size).toBe(3);
  expect(new Set(lines.map((line) => `${line.stroke} ${line.dash}`)).size).toBe(5);
  await expectNoAxeViolations(page);

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
  const backup = JSON.parse((await downloadFrom(page, 'Download my data')).text);
  expect(backup.state.results).toHaveLength(1);
  expect(backup.state.sharedResults).toHaveLength(1);
  session.expectClean();
});

test('history works with the keyboard alone: open a result, compare two, delete (asked first)', async () => {
  session = await openSession();
  const { page } = session;
  for (const level of [1, 3]) {
    await session.goto('#/assess');
    await completeAssessment(page, level);
  }
  await session.goto('#/history');
  await page.reload(); // so that Tab starts from the top of the page
  const list = page.getByRole('table', { name: 'Your results' });
  await expect.poll(() => list.locator('tbody tr').count()).toBe(2);

  // Open the older result; focus moves into the new page, not to nowhere.
  await tabTo(page, list.getByRole('link', { name: /^Open the result of/ }).last());
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: /^You are Emerging/ }).waitFor();
  await expect.poll(() => hasFocus(page.getByRole('main'))).toBe(true);
  // Back through the header: Shift+Tab from the page reaches "History".
  await tabTo(page, page.getByRole('link', { name: 'History' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect.poll(() => list.locator('tbody tr').count()).toBe(2);

  // Pick the two results with the arrow keys, then compare.
  const earlier = page.getByRole('combobox', { name: 'Earlier result' });
  const later = page.getByRole('combobox', { name: 'Later result' });
  const [newest, oldest] = await earlier
    .getByRole('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  await tabTo(page, earlier);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => earlier.inputValue()).toBe(newest);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => earlier.inputValue()).toBe(oldest);
  await page.keyboard.press('Tab');
  expect(await hasFocus(later)).toBe(true);
  await page.keyboard.press('Home');
  await expect.poll(() => later.inputValue()).toBe(newest);
  await tabTo(page, page.getByRole('button', { name: 'Compare with a past result' }));
  await page.keyboard.press('Enter');
  const change = page.getByRole('table', { name: /Change per area/ });
  await expect
    .poll(() => change.locator('tbody tr td:last-child').allTextContents())
    .toEqual(['+40', '+40', '+40', '+40', '+40']);

  // Delete asks first; Escape cancels and hands focus back to the button that asked.
  const deleteOldest = list.getByRole('button', { name: /^Delete the result of/ }).last();
  await tabTo(page, deleteOldest, { backwards: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Delete this result?' });
  await dialog.waitFor();
  expect(await hasFocus(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  expect(await hasFocus(deleteOldest)).toBe(true);
  expect(await list.locator('tbody tr').count()).toBe(2);

  // Then for real: the row goes, and focus lands on the list rather than nowhere.
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await tabTo(page, dialog.getByRole('button', { name: 'Delete result' }));
  await page.keyboard.press('Enter');
  await expect
    .poll(() => list.locator('tbody tr td:first-of-type').allTextContents())
    .toEqual(['Generalist']);
  await expect
    .poll(() => hasFocus(page.getByRole('heading', { level: 2, name: 'Results' })))
    .toBe(true);
  session.expectClean();
});
