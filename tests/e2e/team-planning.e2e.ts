import { expect, test } from 'vitest';
import type { AreaId } from '../../src/data/bank-types';
import {
  closeSessionsAfterEach,
  downloadFrom,
  expectNoAxeViolations,
  type Session,
} from './browser';
import { hasFocus, tabTo } from './keyboard';
import { memberRows, pasteLinks } from './team-driver';
import { buildShareLink } from './team-links';

const newSession = closeSessionsAfterEach();

/**
 * Name, levels per area in bank order (Stats, Business, Software, Experiments,
 * Deployment) and the areas each wants to grow in, as their links carry them.
 * Deep (≥ 70): Stats Ada; Business Hedy; Software Grace, Margaret; Experiments nobody;
 * Deployment Grace, Margaret.
 */
const TEAM: readonly (readonly [string, readonly number[], readonly AreaId[]])[] = [
  ['Ada', [4, 2, 2, 3, 1], ['deployment']],
  ['Grace', [1, 2, 4, 1, 5], ['statistics']],
  ['Linus', [2, 3, 3, 2, 2], ['deployment', 'experimentation']],
  ['Margaret', [2, 1, 4, 1, 4], []],
  ['Hedy', [3, 4, 1, 3, 0], ['production-software']],
];
const NAMES = TEAM.map(([name]) => name);

async function addTeam(session: Session) {
  await session.goto('#/team');
  await pasteLinks(
    session,
    TEAM.map(([name, levels, growth]) =>
      buildShareLink(session.baseUrl, name, levels, undefined, growth),
    ).join('\n'),
  );
  await expect.poll(() => memberRows(session).count()).toBe(TEAM.length);
}

/** The list right after the heading "Pairs to learn from each other", item by item. */
function pairItems(session: Session) {
  return session.page
    .getByRole('heading', { name: 'Pairs to learn from each other' })
    .locator('xpath=following::ul[1]')
    .getByRole('listitem')
    .allTextContents();
}

function alerts(session: Session) {
  return session.page
    .getByRole('list', { name: 'Gaps and single points of failure' })
    .getByRole('listitem')
    .allTextContents();
}

function hireProfile(session: Session) {
  return session.page
    .getByRole('table', { name: 'Next hire profile' })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        row.querySelector('th')?.textContent,
        row.querySelector('td')?.textContent,
      ]),
    );
}

test('pairs from the links’ interests, with the reason, and the wishes nobody here can meet', async () => {
  const session = await newSession();
  await addTeam(session);
  await expect
    .poll(() => pairItems(session))
    .toEqual([
      'Grace could learn from AdaAda is deep in Statistics; Grace wants to grow there.',
      'Hedy could learn from GraceGrace is deep in Production software; Hedy wants to grow there.',
      'Ada could learn from MargaretMargaret is deep in Deployment; Ada wants to grow there.',
      'Linus could learn from GraceGrace is deep in Deployment; Linus wants to grow there.',
    ]);
  await session.page
    .getByText('Nobody included is deep in Experimentation, where Linus wants to grow')
    .waitFor();
  await expectNoAxeViolations(session.page);
  session.expectClean();
});

test('leaving a member out changes coverage, alerts and pairs, and is remembered', async () => {
  const session = await newSession();
  const { page } = session;
  await addTeam(session);
  expect(await alerts(session)).not.toContain('Only Grace is deep in Deployment.');
  const include = page.getByRole('checkbox', { name: 'Include Margaret' });
  expect(await include.isChecked()).toBe(true);

  await include.uncheck();
  await expect.poll(() => alerts(session)).toContain('Only Grace is deep in Deployment.');
  expect(await alerts(session)).toContain('Only Grace is deep in Production software.');
  // Still on the team, and named as left out above the figures.
  expect(await memberRows(session).locator('th').allTextContents()).toEqual(NAMES);
  await page
    .getByText('Margaret is left out for now; every figure here is for the other 4 of 5.')
    .waitFor();
  // Grace may mentor two people at most: the third wish is named instead.
  await page
    .getByText('also wants to grow in', { exact: false })
    .filter({ hasText: 'already has 2 pairs' })
    .waitFor();
  expect((await pairItems(session)).join(' ')).not.toContain('Margaret');
  const deployment = page.locator('.bus-factor__area').filter({ hasText: 'Deployment' });
  expect(await deployment.locator('.bus-factor__count').textContent()).toBe('1');

  await page.reload();
  await expect.poll(() => include.isChecked()).toBe(false);
  await expect.poll(() => alerts(session)).toContain('Only Grace is deep in Deployment.');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Include everyone' }).click();
  await expect.poll(() => include.isChecked()).toBe(true);
  expect(await alerts(session)).not.toContain('Only Grace is deep in Deployment.');
  session.expectClean();
});

test('with everyone left out each section says so, and nothing breaks', async () => {
  const session = await newSession();
  const { page } = session;
  await addTeam(session);
  for (const name of NAMES) await page.getByRole('checkbox', { name: `Include ${name}` }).uncheck();
  await page.getByText('everyone is left out for now').first().waitFor();
  await page.getByText('Everyone is left out for now: include someone to see pairs.').waitFor();
  await page
    .getByText('Everyone is left out for now: include someone to see a next hire.')
    .waitFor();
  expect(await page.getByRole('table', { name: 'Next hire profile' }).count()).toBe(0);
  session.expectClean();
});

test('the next hire: its profile, nearest role and why, and the hiring profile as Markdown', async () => {
  const session = await newSession();
  const { page } = session;
  await addTeam(session);
  await page.getByRole('heading', { name: 'Next hire' }).scrollIntoViewIfNeeded();
  expect(await hireProfile(session)).toEqual([
    ['Statistics', '80'],
    ['Experimentation', '80'],
    ['Business communication', '40'],
    ['Production software', '40'],
    ['Deployment', '40'],
  ]);
  await page.getByText('A suggestion drawn from the team’s own share links').first().waitFor();
  await page.getByText('Nearest reference role:').waitFor();
  await page
    .getByText('Nobody included is deep in Experimentation now; this hire would be.')
    .waitFor();
  // Drawn as a T-shape beside the table.
  await page.locator('.next-hire .chart--tshape .chart__bar').first().waitFor();

  const file = await downloadFrom(page, 'Download hiring profile');
  expect(file.name).toMatch(/hiring-profile\.md$/);
  expect(file.text).toMatch(/^# Hiring profile: /);
  expect(file.text).toContain('| Experimentation | Advanced (deep) | 80 |');
  expect(file.text).toContain('### Experimentation: Advanced');
  expect(file.text).toContain('suggestion drawn from the team’s own share links');

  // The summary carries the pairs and the hire; the CSV the interests.
  await page.getByRole('button', { name: 'Copy summary' }).click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  expect(summary).toContain('## Pairs to learn from each other');
  expect(summary).toContain('- Grace could learn from Ada:');
  expect(summary).toContain('## Next hire');
  const csv = await downloadFrom(page, 'Download CSV');
  expect(csv.text).toContain('wants to grow in');
  expect(csv.text).toContain(',Experimentation; Deployment,');
  session.expectClean();
});

test('anonymous mode leaves no name in the pairs, the checkboxes, the hire or the exports', async () => {
  const session = await newSession();
  const { page } = session;
  await addTeam(session);
  await page.getByRole('checkbox', { name: 'Include Hedy' }).uncheck();
  await page.getByRole('checkbox', { name: 'Anonymous' }).check();
  await expect
    .poll(() => memberRows(session).locator('th').allTextContents())
    .toEqual(['Member 1', 'Member 2', 'Member 3', 'Member 4', 'Member 5']);
  const main = (await page.getByRole('main').textContent()) ?? '';
  for (const name of NAMES) expect(main).not.toContain(name);
  for (const item of await pairItems(session)) {
    expect(item).toMatch(/^Member \d could learn from Member \d/);
  }
  // The checkboxes are named by the labels on screen.
  expect(await page.getByRole('checkbox', { name: /^Include Member \d$/ }).count()).toBe(5);
  expect(
    await page.getByRole('checkbox', { name: /^Include Member \d$/, checked: false }).count(),
  ).toBe(1);

  const profile = await downloadFrom(page, 'Download hiring profile');
  await page.getByRole('button', { name: 'Copy summary' }).click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  for (const name of NAMES) {
    expect(profile.text).not.toContain(name);
    expect(summary).not.toContain(name);
  }
  expect(summary).toMatch(/Left out of these figures for now: Member \d\./);
  await expectNoAxeViolations(page);
  session.expectClean();
});

test('keyboard only, at phone width: untick a member, read the pairs, download the profile', async () => {
  const session = await newSession({ viewport: { width: 390, height: 844 } });
  const { page } = session;
  await addTeam(session);
  const include = page.getByRole('checkbox', { name: 'Include Ada' });
  await page.getByRole('textbox', { name: 'Share links' }).focus();
  await tabTo(page, include, { backwards: true, limit: 60 });
  await page.keyboard.press('Space');
  await expect.poll(() => include.isChecked()).toBe(false);
  expect(await hasFocus(include)).toBe(true);
  await expect
    .poll(() => alerts(session))
    .toContain('Nobody is deep in Statistics: no one scores 70 or more.');

  const download = page.getByRole('button', { name: 'Download hiring profile' });
  await tabTo(page, download, { backwards: true, limit: 80 });
  const pending = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await pending).suggestedFilename()).toMatch(/hiring-profile\.md$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  await expectNoAxeViolations(page);
  session.expectClean();
});
