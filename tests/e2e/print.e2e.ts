import { afterEach, beforeEach, expect, test } from 'vitest';
import { openSession, type Session } from './browser';
import { completeAssessment } from './quiz-driver';

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(async () => {
  await session.close();
});

/** How many pages a PDF holds: one `/Type /Page` object per page (`/Pages` is the tree). */
function countPdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test('a printed result is one A4 page with the verdict and all three charts, and no form or button', async () => {
  const { page } = session;
  await session.goto('#/assess');
  // Flags and a borderline area too: the longest verdict a result has.
  await completeAssessment(page, [2, 3, 4, 1, 5]);
  await page.getByRole('heading', { name: 'Your T-shape' }).waitFor();
  // Printed straight away, from the top: the charts further down are drawn for the print.
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(countPdfPages(pdf)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  for (const chart of ['.chart--tshape', '.chart--radar', '.chart--spectrum']) {
    expect(await page.locator(chart).first().isVisible(), chart).toBe(true);
  }
  expect(await page.getByRole('heading', { level: 2 }).first().isVisible()).toBe(true);
  const controls = page.locator('main').locator('button, input, select, textarea, summary');
  const visible = await controls.evaluateAll((elements) =>
    elements
      .filter((element) => element.checkVisibility())
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(visible).toEqual([]);
  session.expectClean();
});
