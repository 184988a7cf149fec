import { encodeTargetPayload } from '../../src/domain/target-codec';
import { afterEach, expect, test } from 'vitest';
import { openSession, type Session } from './browser';
import { completeAssessment } from './quiz-driver';
import { openTeamSetup, showTeamChart } from './team-driver';
import { auditTargetSize } from './target-size';
import { buildShareLink } from './team-links';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Targets placed by hand: what 2.5.8 forbids, and each exception it allows. */
const FIXTURE = `
<style>
  body { margin: 0; font: 16px/1.5 sans-serif; }
  .at { position: absolute; margin: 0; }
  .small { width: 16px; height: 16px; padding: 0; border: 0; }
  .hidden { position: absolute; width: 1px; height: 1px; opacity: 0; }
</style>
<button class="at small" style="left: 10px; top: 10px">crowded</button>
<button class="at small" style="left: 30px; top: 10px">crowded too</button>
<button class="at small" style="left: 200px; top: 10px">alone</button>
<button class="at" style="left: 300px; top: 10px; width: 30px; height: 30px">big</button>
<button class="at small" style="left: 332px; top: 17px">beside big</button>
<p class="at" style="left: 0; top: 100px; width: 400px">Read <a href="#">the guide</a> first.</p>
<input class="at" type="checkbox" aria-label="plain box" style="left: 10px; top: 200px">
<input class="at" type="checkbox" aria-label="plain box too" style="left: 30px; top: 200px">
<input class="at" type="checkbox" aria-label="shrunk box" style="left: 10px; top: 300px; width: 16px; height: 16px">
<input class="at" type="checkbox" aria-label="shrunk box too" style="left: 30px; top: 300px; width: 16px; height: 16px">
<label class="at" style="left: 10px; top: 400px; padding: 8px"><input class="hidden" type="radio">roomy label</label>
<input id="tiny" class="hidden" type="checkbox">
<label for="tiny" class="at" style="left: 200px; top: 500px; font-size: 12px; line-height: 14px">tiny label</label>
<button class="at small" style="left: 200px; top: 516px">under it</button>
<a class="at" href="#" style="left: 10px; top: 500px; display: block; font-size: 12px; line-height: 14px">link one</a>
<a class="at" href="#" style="left: 10px; top: 516px; display: block; font-size: 12px; line-height: 14px">link two</a>
`;

test('the target-size audit flags what WCAG 2.5.8 forbids and spares its exceptions', async () => {
  session = await openSession();
  const { page } = session;
  await page.setContent(FIXTURE);
  const audit = await auditTargetSize(page);
  expect(audit.failures.map((failure) => failure.replace(/ is .*/, ''))).toEqual([
    'button “crowded”',
    'button “crowded too”',
    'button “beside big”',
    'input[type=checkbox] “shrunk box”',
    'input[type=checkbox] “shrunk box too”',
    'label “tiny label”',
    'button “under it”',
    'a “link one”',
    'a “link two”',
  ]);
  // Spared: "alone" (spacing), "big" (size), "the guide" (inline), the plain boxes
  // (the browser's own size) and the hidden radio, measured by its roomy label; the
  // hidden checkbox is measured by the label linked to it.
  expect(audit.checked).toBe(15);
});

const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`every page and state has targets of at least 24 × 24 px or enough space (${name}, WCAG 2.5.8)`, async () => {
    session = await openSession({ viewport });
    const { page, baseUrl } = session;
    const checked: Record<string, number> = {};
    const failures: Record<string, readonly string[]> = {};
    async function audit(state: string) {
      // Whatever a disclosure hides is a target once it is open.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      await page.waitForTimeout(200);
      const result = await auditTargetSize(page);
      checked[state] = result.checked;
      if (result.failures.length > 0) failures[state] = result.failures;
    }

    await session.goto('#/');
    await audit('home');
    await session.goto('#/assess');
    await page.getByRole('main').getByRole('radiogroup').first().waitFor();
    await audit('a quiz step');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('alert').first().waitFor();
    await audit('a quiz step with unanswered items');
    await completeAssessment(page, [4, 2, 2, 3, 1]);
    await session.goto('#/assess');
    await completeAssessment(page, [2, 3, 4, 1, 5]);
    await page.locator('.chart--tshape .chart__bar').first().waitFor();
    await audit('results');

    await page.goto(buildShareLink(baseUrl, 'Ada', [1, 2, 4, 1, 5]));
    await page.getByText('self-reported').first().waitFor();
    await audit('a shared result');
    await page.getByRole('button', { name: 'Compare with my result' }).click();
    await page.getByRole('table').first().waitFor();
    await audit('a comparison');
    await session.goto('#/r/AQEAbc');
    await page.getByRole('alert').first().waitFor();
    await audit('a bad link');

    await session.goto('#/team');
    await page
      .getByRole('textbox', { name: 'Share links' })
      .fill(
        ['Ada', 'Grace', 'Linus']
          .map((person, index) => buildShareLink(baseUrl, person, [index, 2, 3, 1, 4]))
          .join('\n'),
      );
    await page.getByRole('button', { name: 'Add to team' }).click();
    await showTeamChart(page);
    await audit('a team with members');
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByRole('button', { name: 'Exit presentation' }).waitFor();
    await audit('present mode');
    await page.getByRole('button', { name: 'Exit presentation' }).click();
    await openTeamSetup(page);
    await page.getByRole('textbox', { name: 'New team' }).fill('Platform');
    await page.getByRole('button', { name: 'Create team' }).click();
    await page.getByRole('combobox', { name: 'Team', exact: true }).waitFor();
    await audit('two teams');

    await session.goto('#/history');
    await page.getByRole('button', { name: 'Compare with a past result' }).click();
    await page.getByRole('table', { name: /Change per area/ }).waitFor();
    await audit('history with a comparison');
    await page
      .getByRole('button', { name: /^Delete the result of/ })
      .first()
      .click();
    await page.getByRole('dialog', { name: 'Delete this result?' }).waitFor();
    await audit('a confirmation dialog');
    await page.keyboard.press('Escape');

    await session.goto('#/plan');
    await page
      .getByRole('checkbox', { name: /^Done: / })
      .first()
      .check();
    await audit('a growth plan');
    await page.getByRole('combobox', { name: 'Target profile' }).selectOption('own');
    await page
      .getByRole('group', { name: 'Your targets per area' })
      .getByRole('spinbutton', { name: 'Deployment' })
      .waitFor();
    await audit('a growth plan with own targets');
    await session.goto(`#/t/${encodeTargetPayload({ title: 'Lead', areas: { deployment: 70 } })}`);
    await page.getByRole('button', { name: 'Use as my target' }).waitFor();
    await audit('a target link');

    await session.goto('#/data');
    await audit('your data');
    await session.goto('#/how-scoring-works');
    await audit('how the scoring works');
    await session.goto('#/nowhere');
    await audit('page not found');
    await session.goto('#/assess');
    await page.getByRole('main').getByRole('radio').first().check();
    await session.goto('#/');
    await page.getByRole('link', { name: 'Continue assessment' }).waitFor();
    await audit('home with answers in progress');

    expect(failures).toEqual({});
    // Each state had its targets measured, so none passed by being empty.
    expect(Object.entries(checked).filter(([, count]) => count < 2)).toEqual([]);
    session.expectClean();
  }, 120_000);
}
