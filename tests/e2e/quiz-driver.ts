import type { Page } from 'playwright-core';

/**
 * Answers every radio group on the current quiz step: ratings at `level`
 * (or a per-group choice), checks and other groups with their first option.
 */
export async function answerStep(page: Page, level: number | ((name: string) => number)) {
  const groups = page.getByRole('main').getByRole('radiogroup');
  // The quiz is loaded on demand: wait for it before counting its questions.
  await groups.first().waitFor();
  const count = await groups.count();
  for (let index = 0; index < count; index += 1) {
    const group = groups.nth(index);
    const radios = group.getByRole('radio');
    const options = await radios.count();
    const name = (await group.getAttribute('aria-labelledby')) ?? '';
    const choice = options === 6 ? (typeof level === 'number' ? level : level(name)) : 0;
    await radios.nth(choice).check();
  }
  return count;
}

/**
 * Answers what a retake asks afresh on this step (the knowledge checks and the foil,
 * never carried over) with the first option, and leaves the carried-over ratings be.
 */
export async function answerChecks(page: Page) {
  const groups = page.getByRole('main').getByRole('radiogroup');
  await groups.first().waitFor();
  const count = await groups.count();
  for (let index = 0; index < count; index += 1) {
    const radios = groups.nth(index).getByRole('radio');
    if ((await groups.nth(index).getByRole('radio', { checked: true }).count()) === 0) {
      await radios.first().check();
    }
  }
}

/** Takes the whole assessment from the first step: every rating at `level`, or one level per step. */
export async function completeAssessment(page: Page, level: number | readonly number[]) {
  for (let step = 0; step < 5; step += 1) {
    await answerStep(page, typeof level === 'number' ? level : (level[step] ?? 0));
    const next = page.getByRole('button', { name: step === 4 ? 'See results' : 'Next' });
    await next.click();
  }
  await page.getByRole('heading', { name: 'Your T-shape' }).waitFor();
}

/** Opens a result's collapsed data table ("Show … as a table") and returns it. */
export async function openDataTable(page: Page, summary: string | RegExp, tableName: string) {
  await page.getByText(summary).click();
  const table = page.getByRole('table', { name: tableName });
  await table.waitFor();
  return table;
}
