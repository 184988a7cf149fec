import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../../src/data/question-bank';
import { REFERENCE_PROFILES } from '../../src/data/reference-profiles';
import { encodeReplyPayload } from '../../src/domain/peer-codec';
import { parseShareLink } from '../../src/domain/share-codec';
import { encodeTargetPayload } from '../../src/domain/target-codec';
import { closeSessionsAfterEach, downloadFrom, expectNoAxeViolations } from './browser';
import { hasFocus, tabTo } from './keyboard';
import { completeAssessment } from './quiz-driver';
import { savedStateIn } from './saved-data';
import { buildShareLink } from './team-links';
import { buildLevels } from '../../src/testing/builders';

const newSession = closeSessionsAfterEach();

/** Levels per step, in quiz order: Statistics 80, Business 40, Software 40, Experimentation 60, Deployment 20. */
const ADA = [4, 2, 2, 3, 1];
const ACME = {
  title: 'Senior ML engineer at Acme',
  areas: { statistics: 60, 'production-software': 70, deployment: 75 },
};

async function withResult(options: Parameters<typeof newSession>[0] = {}) {
  const session = await newSession(options);
  await session.goto('#/assess');
  await completeAssessment(session.page, ADA);
  return session;
}

/** The rows of the "Gap to target" table: area, your score, target, gap. */
async function gapRows(page: Page) {
  const table = page.getByRole('table', { name: 'Gap to target' });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
      ),
    );
}

/** The list that follows the heading "Next steps": its items' headings. */
async function nextSteps(page: Page) {
  const section = page.locator('section', {
    has: page.getByRole('heading', { name: 'Next steps', exact: true }),
  });
  return section.getByRole('list').first().getByRole('heading', { level: 3 }).allTextContents();
}

test('areas ticked on the results page are kept and travel in the share link', async () => {
  const session = await withResult();
  const { page } = session;
  const group = page.getByRole('group', { name: 'Areas you want to grow in' });
  const link = page.getByRole('textbox', { name: 'Share link' });
  const before = await link.inputValue();
  expect(await group.getByRole('checkbox').count()).toBe(5);

  await group.getByRole('checkbox', { name: 'Deployment' }).check();
  await group.getByRole('checkbox', { name: 'Production software' }).check();
  await expect.poll(() => link.inputValue()).not.toBe(before);
  const decoded = parseShareLink(await link.inputValue());
  expect(decoded.ok && decoded.result.growthAreas).toEqual(['production-software', 'deployment']);

  await page.reload();
  await page.getByRole('heading', { name: 'Your T-shape' }).waitFor();
  expect(await group.getByRole('checkbox', { name: 'Deployment' }).isChecked()).toBe(true);
  expect(await group.getByRole('checkbox', { name: 'Statistics' }).isChecked()).toBe(false);
  session.expectClean();
});

test('a plan: choose a role, read the gap, tick a step and note it, reload, download', async () => {
  const session = await withResult();
  const { page } = session;
  await page.getByRole('checkbox', { name: 'Deployment' }).check();
  await page.getByRole('link', { name: 'Plan your growth' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your growth plan' }).waitFor();

  const select = page.getByRole('combobox', { name: 'Target profile' });
  const options = await select.locator('option').allTextContents();
  for (const role of REFERENCE_PROFILES) expect(options).toContain(role.name);
  await select.selectOption({ label: 'ML engineer' });
  const ml = REFERENCE_PROFILES.find((role) => role.name === 'ML engineer');
  if (!ml) throw new Error('no ML engineer role');
  const mine = {
    statistics: 80,
    'business-communication': 40,
    'production-software': 40,
    experimentation: 60,
    deployment: 20,
  };
  await expect
    .poll(() => gapRows(page))
    .toEqual(
      (
        [
          ['Statistics', 'statistics'],
          ['Business communication', 'business-communication'],
          ['Production software', 'production-software'],
          ['Experimentation', 'experimentation'],
          ['Deployment · you want to grow here', 'deployment'],
        ] as const
      ).map(([name, id]) => {
        const gap = ml.areas[id] - mine[id];
        return [name, String(mine[id]), String(ml.areas[id]), gap > 0 ? String(gap) : 'Met'];
      }),
    );

  const steps = await nextSteps(page);
  expect(steps.length).toBeGreaterThan(0);
  expect(steps.length).toBeLessThanOrEqual(3);
  // Deployment is wanted and furthest below the role: its step comes first.
  expect(steps[0]).toContain('(Deployment)');
  const first = steps[0]?.replace(/\s*\(.*\)$/, '') ?? '';
  await page.getByRole('checkbox', { name: `Done: ${first}` }).check();
  await page.getByText(`Note and evidence for ${first}`).click();
  await page
    .getByRole('textbox', { name: `Private note on ${first}` })
    .fill('Pair with Grace on the next release');
  await page
    .getByRole('textbox', { name: `Evidence link for ${first}` })
    .fill('https://git.example/pr/42');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Your growth plan' }).waitFor();
  expect(await select.inputValue()).toBe(`reference:${ml.id}`);
  expect(await page.getByRole('checkbox', { name: `Done: ${first}` }).isChecked()).toBe(true);
  expect(await page.getByRole('textbox', { name: `Private note on ${first}` }).inputValue()).toBe(
    'Pair with Grace on the next release',
  );
  // Kept locally, never in the share link.
  const saved = await savedStateIn(page);
  expect(saved.plans.at(-1)?.steps[0]).toMatchObject({
    done: true,
    evidence: 'https://git.example/pr/42',
  });

  const file = await downloadFrom(page, 'Download plan');
  expect(file.name).toMatch(/^tshape-plan-\d{4}-\d{2}-\d{2}\.md$/);
  expect(file.text).toContain('# Growth plan: ML engineer');
  expect(file.text).toContain('| Deployment (want to grow) | 20 | 80 | 60 |');
  expect(file.text).toContain(`1. [x] **${first}** (Deployment)`);
  expect(file.text).toContain('My note: Pair with Grace on the next release');
  session.expectClean();
});

test('a target link shows the target, changes nothing until used, and the gap follows it', async () => {
  const session = await withResult();
  const { page } = session;
  const before = await savedStateIn(page);
  await session.goto(`#/t/${encodeTargetPayload(ACME)}`);
  await page.getByRole('heading', { level: 1, name: ACME.title }).waitFor();
  await page.locator('.chart--tshape').first().waitFor();
  expect(
    await page.getByRole('table', { name: 'Target per area' }).locator('tbody tr').count(),
  ).toBe(5);
  expect((await savedStateIn(page)).plans).toEqual(before.plans);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Use as my target' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your growth plan' }).waitFor();
  const select = page.getByRole('combobox', { name: 'Target profile' });
  expect(await select.inputValue()).toBe('link');
  expect(await select.locator('option:checked').textContent()).toBe(`From a link: ${ACME.title}`);
  const rows = await gapRows(page);
  expect(rows.map((row) => row[2])).toEqual(['60', '—', '70', '—', '75']);
  expect(rows.map((row) => row[3])).toEqual(['Met', '—', '30', '—', '55']);
  session.expectClean();
});

test('own targets at or below the result everywhere: the plan says so and steps towards a new depth', async () => {
  const session = await withResult();
  const { page } = session;
  await session.goto('#/plan');
  await page.getByRole('combobox', { name: 'Target profile' }).selectOption('own');
  for (const area of [
    'Statistics',
    'Experimentation',
    'Business communication',
    'Production software',
    'Deployment',
  ]) {
    await page.getByRole('spinbutton', { name: area }).fill('20');
  }
  await expect
    .poll(async () => (await gapRows(page)).map((row) => row[3]))
    .toEqual(['Met', 'Met', 'Met', 'Met', 'Met']);
  await page
    .getByText('You meet or pass the target in every area it sets.', { exact: false })
    .waitFor();
  // Statistics (80) is the strongest area: deep already; Experimentation (60) is next.
  expect(await nextSteps(page)).toEqual([expect.stringContaining('(Experimentation)')]);
  // A field that holds no target says so, and what was kept stays.
  await page.getByRole('spinbutton', { name: 'Deployment' }).fill('250');
  await page.getByText('A whole number from 0 to 100.').waitFor();
  await page.reload();
  expect(await page.getByRole('spinbutton', { name: 'Deployment' }).inputValue()).toBe('20');
  session.expectClean();
});

test('a kept peer rating shows beside your score in the gap, and the gap stays your own', async () => {
  const session = await withResult();
  const { page } = session;
  const reply = encodeReplyPayload({
    bankVersion: QUESTION_BANK.version,
    askerName: null,
    raterName: 'Grace',
    ratings: buildLevels({
      statistics: 2,
      'business-communication': 2,
      'production-software': 2,
      experimentation: 2,
      deployment: 2,
    }),
  });
  await session.goto(`#/peer/${reply}`);
  await page.getByRole('button', { name: 'Keep this rating' }).click();
  await page.getByText(/kept/i).first().waitFor();
  await session.goto('#/plan');
  await page
    .getByRole('combobox', { name: 'Target profile' })
    .selectOption({ label: 'ML engineer' });
  const headers = await page
    .getByRole('table', { name: 'Gap to target' })
    .locator('thead th')
    .allTextContents();
  expect(headers).toEqual(['Area', 'Your score', 'Peer', 'Target', 'Gap']);
  const rows = await gapRows(page);
  expect(rows.map((row) => row[2])).toEqual(['40', '40', '40', '40', '40']);
  expect(rows.map((row) => row[1])).toEqual(['80', '40', '40', '60', '20']);
  expect(rows.at(-1)?.[4]).toBe('60');
  session.expectClean();
});

test('with no result yet the plan says what to do first, and a target link is kept for then', async () => {
  const session = await newSession();
  const { page } = session;
  await session.goto('#/plan');
  await page.getByRole('heading', { level: 1, name: 'Your growth plan' }).waitFor();
  await page.getByText(/take the assessment first/).waitFor();

  await session.goto(`#/t/${encodeTargetPayload(ACME)}`);
  await page.getByRole('button', { name: 'Use as my target' }).click();
  await page.getByText(/Kept as your target/).waitFor();
  await session.goto('#/plan');
  await page.getByText(`Your target is kept for then: ${ACME.title}`).waitFor();

  await page.getByRole('link', { name: 'Start assessment' }).click();
  await completeAssessment(page, ADA);
  await page.getByRole('link', { name: 'Plan your growth' }).click();
  expect(await page.getByRole('combobox', { name: 'Target profile' }).inputValue()).toBe('link');
  expect((await gapRows(page)).map((row) => row[2])).toEqual(['60', '—', '70', '—', '75']);
  session.expectClean();
});

test('bad and wrong-kind links say what they are, and the rest of the app works', async () => {
  const session = await withResult();
  const { page } = session;
  const payload = encodeTargetPayload(ACME);

  await session.goto(`#/t/${payload.slice(0, -6)}`);
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').textContent()).toMatch(/cut short|damaged/i);
  await page.getByRole('link', { name: 'Go to your growth plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your growth plan' }).waitFor();

  // A share link pasted as a target, and a target link pasted into the team.
  const paste = page.getByRole('textbox', { name: 'Paste a link with a target' });
  await paste.fill(buildShareLink(session.baseUrl, 'Grace', [1, 2, 4, 1, 5]));
  await page.getByRole('button', { name: 'Open target link' }).click();
  expect(await page.getByRole('alert').textContent()).toMatch(/share link.*not a target link/i);
  await paste.fill(`${session.baseUrl}#/t/${payload}`);
  await page.getByRole('button', { name: 'Open target link' }).click();
  await page.getByRole('heading', { level: 1, name: ACME.title }).waitFor();

  await session.goto('#/team');
  await page.getByRole('textbox', { name: 'Share links' }).fill(`${session.baseUrl}#/t/${payload}`);
  await page.getByRole('button', { name: 'Add to team' }).click();
  await page
    .getByText(/target link.*not a share link/i)
    .first()
    .waitFor();
  session.expectClean();
});

test('the plan works by keyboard alone, is axe clean and fits a phone', async () => {
  const session = await withResult({ viewport: { width: 390, height: 844 } });
  const { page } = session;
  await session.goto('#/plan');
  await page.getByRole('heading', { level: 1, name: 'Your growth plan' }).waitFor();
  const select = page.getByRole('combobox', { name: 'Target profile' });
  await tabTo(page, select);
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await savedStateIn(page)).plans.length).toBe(1);
  expect(await select.inputValue()).not.toBe('');
  const done = page.getByRole('checkbox', { name: /^Done: / }).first();
  await tabTo(page, done, { limit: 40 });
  await page.keyboard.press('Space');
  await expect.poll(() => done.isChecked()).toBe(true);
  expect(await hasFocus(done)).toBe(true);

  await page.locator('.chart--tshape').first().waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
  session.expectClean();
});
