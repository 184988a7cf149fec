import { afterEach, expect, test } from 'vitest';
import { expectNoAxeViolations, openSession, type Session } from './browser';
import { completeAssessment } from './quiz-driver';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('the theme follows the system, can be chosen, and is remembered', async () => {
  session = await openSession({ colorScheme: 'dark' });
  const { page } = session;
  await session.goto();
  // The page's ink: light on dark, pure black in high contrast, near-black in light.
  const ink = () => page.evaluate(() => getComputedStyle(document.body).color);
  expect(await ink()).toBe('rgb(236, 235, 230)');
  await page.getByLabel('Theme').selectOption({ label: 'High contrast' });
  await expect.poll(ink).toBe('rgb(0, 0, 0)');
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
    .toBe('contrast');
  await page.getByLabel('Theme').selectOption({ label: 'Light' });
  await expect.poll(ink).toBe('rgb(27, 30, 34)');
  session.expectClean();
});

for (const [name, scheme, choice] of [
  ['dark', 'dark', null],
  ['high contrast', 'light', 'High contrast'],
] as const) {
  test(`home, quiz, results and the growth plan pass axe in the ${name} theme`, async () => {
    session = await openSession({ colorScheme: scheme });
    const { page } = session;
    await session.goto();
    if (choice) await page.getByLabel('Theme').selectOption({ label: choice });
    await expectNoAxeViolations(page);
    await session.goto('#/assess');
    await expectNoAxeViolations(page);
    await completeAssessment(page, [4, 2, 2, 3, 1]);
    await page.locator('.chart--tshape .chart__bar').first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Plan your growth' }).click();
    await page
      .getByRole('checkbox', { name: /^Done: / })
      .first()
      .check();
    await page.locator('.chart--tshape .chart__bar').first().waitFor();
    await expectNoAxeViolations(page);
    session.expectClean();
  });
}
