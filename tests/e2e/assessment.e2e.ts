import { afterEach, beforeEach, expect, test } from 'vitest';
import { expectNoAxeViolations, openSession, type Session } from './browser';
import { tabTo } from './keyboard';
import { answerStep, openDataTable } from './quiz-driver';

const AREAS = [
  'Statistics',
  'Business communication',
  'Production software',
  'Experimentation',
  'Deployment',
];

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(async () => {
  await session.close();
});

test('home introduces tshape, promises privacy and starts the assessment on the first area', async () => {
  const { page } = session;
  await session.goto();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/tshape/i);
  await expect.poll(() => page.getByText(/nothing is sent anywhere/i).count()).toBe(1);
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Start assessment' }).click();
  await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  expect(page.url()).toContain('#/assess');
  await expect
    .poll(() => page.getByText(/highest statement that was true of you/i).count())
    .toBe(1);
  session.expectClean();
});

test('every step names its area, holds six-level ratings and four-option checks, and passes axe', async () => {
  const { page } = session;
  await session.goto('#/assess');
  let ratings = 0;
  let checks = 0;
  for (const [index, area] of AREAS.entries()) {
    await page.getByRole('heading', { level: 1, name: area }).waitFor();
    await expectNoAxeViolations(page);
    const groups = page.getByRole('main').getByRole('radiogroup');
    for (const group of await groups.all()) {
      const radios = await group.getByRole('radio').count();
      expect([6, 4]).toContain(radios);
      if (radios === 6) ratings += 1;
      else checks += 1;
    }
    await answerStep(page, 2);
    await page.getByRole('button', { name: index === 4 ? 'See results' : 'Next' }).click();
  }
  expect(ratings).toBe(34); // 33 items and the foil
  expect(checks).toBe(10);
  session.expectClean();
});

test('a rating lists its levels in ascending order, Not yet first', async () => {
  const { page } = session;
  await session.goto('#/assess');
  const first = page.getByRole('main').getByRole('radiogroup').first();
  await first.waitFor();
  const names = await first
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
  expect(names).toEqual(['0', '1', '2', '3', '4', '5']);
  await expect
    .poll(() =>
      first
        .getByRole('radio')
        .first()
        .evaluate((radio) => radio.closest('label')?.textContent),
    )
    .toMatch(/^0\s*Not yet/);
});

test('the progress bar counts answers and the whole quiz ends on a saved, dated result', async () => {
  const { page } = session;
  await session.goto();
  await page.getByRole('link', { name: 'Start assessment' }).click();
  const progress = page.getByRole('progressbar', { name: 'Assessment progress' });
  await expect.poll(() => progress.getAttribute('aria-valuenow')).toBe('0');
  await answerStep(page, 3);
  await expect.poll(() => progress.getAttribute('aria-valuenow')).toBe('9');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { level: 1, name: 'Business communication' }).waitFor();

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  await expect.poll(() => page.getByRole('radio', { checked: true }).count()).toBe(9);
  await page.getByRole('button', { name: 'Next' }).click();

  for (let step = 1; step < 5; step += 1) {
    await answerStep(page, 3);
    await page.getByRole('button', { name: step === 4 ? 'See results' : 'Next' }).click();
  }
  await page.getByRole('heading', { name: 'Your T-shape' }).waitFor();
  const table = await openDataTable(page, 'Show breadth and depth as a table', 'Area scores');
  await expect.poll(() => table.getByRole('row').count()).toBe(6);
  await expect
    .poll(() => table.getByRole('row', { name: /Deployment/ }).textContent())
    .toContain('60');

  // The result is stored: it survives a reload, and home offers a fresh start.
  await page.reload();
  await page.getByRole('heading', { name: 'Your T-shape' }).waitFor();
  await expect.poll(() => page.getByText(/^Completed /).count()).toBe(1);
  await session.goto('#/');
  await page.getByRole('link', { name: 'Start assessment' }).waitFor();
  session.expectClean();
});

test('a reload mid-quiz resumes on the same step with every answer intact', async () => {
  const { page } = session;
  await session.goto();
  await page.getByRole('link', { name: 'Start assessment' }).click();
  await answerStep(page, 4);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { level: 1, name: 'Business communication' }).waitFor();
  const groups = page.getByRole('main').getByRole('radiogroup');
  await groups.nth(0).getByRole('radio').nth(1).check();
  await groups.nth(1).getByRole('radio').nth(5).check();
  const before = await page
    .getByRole('progressbar', { name: 'Assessment progress' })
    .getAttribute('aria-valuenow');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Business communication' }).waitFor();
  await expect.poll(() => groups.nth(0).getByRole('radio').nth(1).isChecked()).toBe(true);
  await expect.poll(() => groups.nth(1).getByRole('radio').nth(5).isChecked()).toBe(true);
  await expect.poll(() => groups.nth(2).getByRole('radio', { checked: true }).count()).toBe(0);
  await expect
    .poll(() =>
      page.getByRole('progressbar', { name: 'Assessment progress' }).getAttribute('aria-valuenow'),
    )
    .toBe(before);

  // Closing the tab and coming back from home offers to continue.
  await session.goto('#/');
  await page.getByRole('link', { name: 'Continue assessment' }).click();
  await page.getByRole('heading', { level: 1, name: 'Business communication' }).waitFor();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect.poll(() => page.getByRole('radio', { checked: true }).count()).toBe(9);
  session.expectClean();
});

test('"Next" with unanswered items keeps the step, alerts and focuses the first unanswered group', async () => {
  const { page } = session;
  await session.goto('#/assess');
  const groups = page.getByRole('main').getByRole('radiogroup');
  await groups.nth(0).getByRole('radio').nth(2).check();
  await groups.nth(1).getByRole('radio').nth(2).check();
  await page.getByRole('button', { name: 'Next' }).click();

  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toMatch(/7 questions .* need an answer/);
  await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('role'));
  expect(focused).toBe('radiogroup');
  const focusedName = await page.evaluate(() => {
    const id = document.activeElement?.getAttribute('aria-labelledby');
    return id ? document.getElementById(id)?.textContent : null;
  });
  const thirdName = await groups.nth(2).evaluate((group) => {
    const id = group.getAttribute('aria-labelledby');
    return id ? document.getElementById(id)?.textContent : null;
  });
  expect(focusedName).toBe(thirdName);
  await expectNoAxeViolations(page);
  session.expectClean();
});

test('"Start over" asks first and keeps the answers when cancelled', async () => {
  const { page } = session;
  await session.goto('#/assess');
  await answerStep(page, 1);
  await page.getByRole('button', { name: 'Start over' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start over?' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => page.getByRole('radio', { checked: true }).count()).toBe(9);

  await page.getByRole('button', { name: 'Start over' }).click();
  await dialog.getByRole('button', { name: /start over/i }).click();
  await expect.poll(() => page.getByRole('radio', { checked: true }).count()).toBe(0);
  await expect
    .poll(() =>
      page.getByRole('progressbar', { name: 'Assessment progress' }).getAttribute('aria-valuenow'),
    )
    .toBe('0');
  session.expectClean();
});

test('the whole assessment can be taken with the keyboard alone', async () => {
  const { page } = session;
  await session.goto();
  // The first Tab reaches the skip link; keep tabbing through the header to the button.
  await page.keyboard.press('Tab');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe('Skip to content');
  await tabTo(page, page.getByRole('link', { name: 'Start assessment' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();

  for (let step = 0; step < 5; step += 1) {
    const groups = await page.getByRole('main').getByRole('radiogroup').count();
    // Tab into each group; ArrowRight picks the next level (the first press selects level 1).
    for (let group = 0; group < groups; group += 1) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Tab'); // Back
    await page.keyboard.press('Tab'); // Next / See results
    await page.keyboard.press('Enter');
    if (step < 4) await page.getByRole('heading', { level: 1, name: AREAS[step + 1] }).waitFor();
  }
  await page.getByRole('heading', { name: 'Your T-shape' }).waitFor();
  // ArrowDown from an unchecked group selects its second option: level 1 for every rating,
  // so every area scores 20 and the spectrum sits exactly in the middle.
  const meter = page.getByRole('meter', { name: 'Spectrum position' });
  await expect.poll(() => meter.getAttribute('aria-valuenow')).toBe('0');
  // Then share by keyboard: "Share" moves to the name field, and the link is copied.
  await tabTo(page, page.getByRole('button', { name: 'Share', exact: true }));
  await page.keyboard.press('Enter');
  const name = page.getByRole('textbox', { name: 'Display name' });
  await expect.poll(() => name.evaluate((field) => field === document.activeElement)).toBe(true);
  await page.keyboard.type('Kay');
  await page.keyboard.press('Tab'); // the share link
  await page.keyboard.press('Tab'); // Copy share link
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe('Copy share link');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  session.expectClean();
});

test('the build carries the Content-Security-Policy that forbids any connection', async () => {
  const { page } = session;
  await session.goto();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("connect-src 'none'");
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self'");
  // A fetch from the page itself is refused by the policy, not by chance.
  const outcome = await page.evaluate(() =>
    fetch('/index.html').then(
      () => 'sent',
      () => 'refused',
    ),
  );
  expect(outcome).toBe('refused');
});

test('on a direct visit to the quiz, the first answer keeps keyboard focus where it is', async () => {
  const { page } = session;
  await session.goto('#/assess');
  const first = page.getByRole('main').getByRole('radiogroup').first();
  await first.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => first.getByRole('radio').nth(1).isChecked()).toBe(true);
  await expect
    .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
    .toBe('1');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => first.getByRole('radio').nth(2).isChecked()).toBe(true);
});
