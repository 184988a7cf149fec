import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { downloadFrom, expectNoAxeViolations, closeSessionsAfterEach } from './browser';
import { hasFocus, tabTo } from './keyboard';
import { completeAssessment } from './quiz-driver';
import { memberRows, openTeamSetup, pasteLinks, showTeamChart } from './team-driver';
import { buildShareLink } from './team-links';
import { STORE_KEY, STORE_VERSION } from '../../src/store/saved-limits';
import { EMPTY_SAVED_STATE } from '../../src/store/record-storage';
import { buildResult } from '../../src/testing/builders';

const newSession = closeSessionsAfterEach();

test('pasting three links and garbage adds three members, shows coverage and names the bad line', async () => {
  const session = await newSession();
  const { page, baseUrl } = session;
  await session.goto('#/team');
  const ada = buildShareLink(baseUrl, 'Ada', [4, 2, 2, 3, 1]);
  const grace = buildShareLink(baseUrl, 'Grace', [1, 2, 4, 1, 5]);
  const linus = buildShareLink(baseUrl, 'Linus', [2, 3, 3, 2, 2]);
  await pasteLinks(
    session,
    [
      `Ada: ${ada}`,
      '',
      `  ${grace}  `,
      'this is not a link at all',
      `Linus said ${linus}.`,
      ada,
    ].join('\n'),
  );
  await expect.poll(() => memberRows(session).count()).toBe(3);
  const alert = page.getByRole('alert');
  await expect.poll(() => alert.textContent()).toMatch(/Line 4.*this is not a link at all/);
  await expect
    .poll(() => page.getByRole('status').filter({ hasText: 'added' }).textContent())
    .toMatch(/3 people added.*1 link was already/);
  expect(await memberRows(session).locator('th').allTextContents()).toEqual([
    'Ada',
    'Grace',
    'Linus',
  ]);
  await page.getByRole('heading', { name: 'Team coverage' }).waitFor();
  await expect
    .poll(() => page.getByText(/Only Grace is deep in Deployment/).count())
    .toBeGreaterThan(0);
  await showTeamChart(page);
  await expectNoAxeViolations(page);

  // The team is kept: a reload brings it back.
  await page.reload();
  await expect.poll(() => memberRows(session).count()).toBe(3);
  session.expectClean();
});

test('colliding names are told apart, and anonymous mode hides every name on screen and in exports', async () => {
  const session = await newSession();
  const { page, baseUrl } = session;
  await session.goto('#/team');
  await pasteLinks(
    session,
    [
      buildShareLink(baseUrl, 'Ada', [4, 2, 2, 3, 1]),
      buildShareLink(baseUrl, 'Ada', [1, 1, 4, 1, 4]),
      buildShareLink(baseUrl, null, [2, 2, 2, 2, 2]),
    ].join('\n'),
  );
  await expect
    .poll(() => memberRows(session).locator('th').allTextContents())
    .toEqual(['Ada', 'Ada (2)', 'Member 3']);

  await page.getByRole('checkbox', { name: 'Anonymous' }).check();
  await expect.poll(() => page.getByRole('main').textContent()).not.toContain('Ada');
  const csv = await downloadFrom(session.page, 'Download CSV');
  expect(csv.text).not.toContain('Ada');
  const file = await downloadFrom(session.page, 'Download team file');
  expect(file.text).not.toContain('Ada');
  // The links themselves are re-made without names: decode them to be sure.
  const { decodeSharePayload } = await import('../../src/domain/share-codec');
  for (const member of JSON.parse(file.text).members as { link: string }[]) {
    const decoded = decodeSharePayload(member.link);
    expect(decoded.ok && decoded.result.name).toBe(null);
  }
  await page.getByRole('button', { name: 'Copy summary' }).click();
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  // Which member the alerts name depends on the team's shuffled order.
  expect(summary).toMatch(/Member [123]/);
  expect(summary).not.toContain('Ada');
  session.expectClean();
});

test('the team file round-trips into a fresh browser, and a cut-off file is refused', async () => {
  const first = await newSession();
  await first.goto('#/team');
  await pasteLinks(
    first,
    [
      buildShareLink(first.baseUrl, 'Ada', [4, 2, 2, 3, 1]),
      buildShareLink(first.baseUrl, 'Grace', [1, 2, 4, 1, 5]),
    ].join('\n'),
  );
  await expect.poll(() => memberRows(first).count()).toBe(2);
  await openTeamSetup(first.page);
  await first.page.getByRole('textbox', { name: 'Team name' }).fill('Platform');
  const file = await downloadFrom(first.page, 'Download team file');
  expect(file.name).toBe('platform.tshape-team.json');

  const second = await newSession();
  const { page } = second;
  await second.goto('#/team');
  await page.getByLabel('Import team file').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file.text.slice(0, file.text.length / 2)),
  });
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toMatch(/cut\.json” could not be imported\. This file is not JSON/);
  expect(await page.getByRole('alert').textContent()).not.toMatch(/\.\./);
  await expect.poll(() => page.getByRole('table', { name: 'Team members' }).count()).toBe(0);

  await page.getByLabel('Import team file').setInputFiles(file.path);
  await page.getByRole('heading', { level: 1, name: 'Platform' }).waitFor();
  await expect
    .poll(() => memberRows(second).locator('th').allTextContents())
    .toEqual(['Ada', 'Grace']);
  first.expectClean();
  second.expectClean();
});

test('the CSV has a header and one row per member, with every area and sub-skill', async () => {
  const session = await newSession();
  await session.goto('#/team');
  await pasteLinks(
    session,
    [
      buildShareLink(session.baseUrl, 'Ada', [4, 2, 2, 3, 1]),
      buildShareLink(session.baseUrl, '=HYPERLINK("x")', [1, 2, 4, 1, 5]),
    ].join('\n'),
  );
  await expect.poll(() => memberRows(session).count()).toBe(2);
  const csv = await downloadFrom(session.page, 'Download CSV');
  expect(csv.text.startsWith('\uFEFF')).toBe(true);
  const lines = csv.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(/^"?member"?,/i);
  expect(lines[0]).toContain('Deployment');
  expect(lines[1]).toMatch(/^"?Ada"?,/);
  // A name that looks like a formula is defused for spreadsheets.
  expect(lines[2]).toMatch(/^"?'=HYPERLINK/);
  session.expectClean();
});

test('present mode fills the screen with one slide at a time and comes back', async () => {
  const session = await newSession();
  const { page } = session;
  await session.goto('#/team');
  await pasteLinks(session, buildShareLink(session.baseUrl, 'Ada', [4, 2, 2, 3, 1]));
  await page.getByRole('button', { name: 'Present' }).click();
  const slides = page.getByRole('dialog');
  await slides.getByRole('button', { name: 'Exit presentation' }).waitFor();
  const fills = await slides.evaluate((dialog) => {
    const box = dialog.getBoundingClientRect();
    return box.width >= window.innerWidth - 1 && box.top <= 1 && box.height >= innerHeight - 1;
  });
  expect(fills).toBe(true);
  await slides.getByText('Slide 1 of 6').waitFor();
  await slides.getByRole('button', { name: 'Exit presentation' }).click();
  await page.getByRole('button', { name: 'Present' }).waitFor();
  expect(await page.getByRole('dialog').count()).toBe(0);
  session.expectClean();
});

test('a shared result joins the team with one click', async () => {
  const session = await newSession();
  const { page } = session;
  await page.goto(buildShareLink(session.baseUrl, 'Ada', [4, 2, 2, 3, 1]));
  await page.getByRole('button', { name: 'Add to a team' }).click();
  await page.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
  await expect.poll(() => memberRows(session).locator('th').allTextContents()).toEqual(['Ada']);
  session.expectClean();
});

test('past 200 members a clear message, and nothing already there is lost', async () => {
  const session = await newSession();
  const { page } = session;
  await session.goto('#/team');
  const links = Array.from({ length: 205 }, (_, index) =>
    buildShareLink(session.baseUrl, `Person ${index + 1}`, [index % 6, 2, 3, (index >> 2) % 6, 1]),
  );
  await pasteLinks(session, links.join('\n'));
  await expect.poll(() => memberRows(session).count(), { timeout: 20_000 }).toBe(200);
  await expect
    .poll(() => page.getByRole('status').filter({ hasText: 'added' }).textContent())
    .toMatch(/at most 200/);
  await showTeamChart(page);
  session.expectClean();
});

test('teams are kept by name: create, switch, rename, remove a member, add my result, delete', async () => {
  const session = await newSession();
  const { page, baseUrl } = session;
  await session.goto('#/assess');
  await completeAssessment(page, [2, 2, 3, 2, 4]);
  await session.goto('#/team');
  // A name of zero-width characters alone is refused, and no team is made.
  await page.getByRole('textbox', { name: 'New team' }).fill('\u200b\u200d');
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect
    .poll(() => page.getByRole('alert').first().textContent())
    .toMatch(/needs at least one visible/);
  expect(await page.getByRole('heading', { level: 1, name: 'Your team' }).count()).toBe(1);
  await page.getByRole('textbox', { name: 'New team' }).fill('Platform');
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.getByRole('heading', { level: 1, name: 'Platform' }).waitFor();
  await pasteLinks(
    session,
    [
      buildShareLink(baseUrl, 'Ada', [4, 2, 2, 3, 1]),
      buildShareLink(baseUrl, 'Grace', [1, 2, 4, 1, 5]),
    ].join('\n'),
  );
  await expect.poll(() => memberRows(session).count()).toBe(2);
  await page.getByRole('button', { name: 'Remove Ada' }).click();
  await page.getByRole('button', { name: 'Add my latest result' }).click();
  await expect
    .poll(() => memberRows(session).locator('th').allTextContents())
    .toEqual(['Grace', 'Member 2']);

  await openTeamSetup(page);
  await page.getByRole('textbox', { name: 'New team' }).fill('Growth');
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.getByRole('heading', { level: 1, name: 'Growth' }).waitFor();
  await page.getByRole('textbox', { name: 'Team name' }).fill('Growth squad');
  await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Platform (2)' });
  await expect.poll(() => memberRows(session).count()).toBe(2);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Platform' }).waitFor();

  await openTeamSetup(page);
  await page.getByRole('button', { name: 'Delete team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Platform”?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => memberRows(session).count()).toBe(2);
  await page.getByRole('button', { name: 'Delete team' }).click();
  await dialog.getByRole('button', { name: 'Delete team' }).click();
  await page.getByRole('heading', { level: 1, name: 'Growth squad' }).waitFor();
  await expectNoAxeViolations(page);
  session.expectClean();
});

test('a retro can be run with the keyboard alone: add, anonymise, export, present and leave', async () => {
  const session = await newSession();
  const { page, baseUrl } = session;
  await session.goto('#/team');
  await page.getByRole('heading', { name: 'Add people' }).waitFor();

  // From the top of the page, Tab walks the skip link, the header and the team picker.
  await tabTo(page, page.getByRole('textbox', { name: 'Share links' }));
  await page.keyboard.type(
    [
      buildShareLink(baseUrl, 'Ada', [4, 2, 2, 3, 1]),
      buildShareLink(baseUrl, 'Grace', [1, 2, 4, 1, 5]),
      buildShareLink(baseUrl, 'Linus', [2, 3, 3, 2, 2]),
    ].join('\n'),
  );
  const add = page.getByRole('button', { name: 'Add to team' });
  await tabTo(page, add);
  await page.keyboard.press('Enter');
  await expect
    .poll(() => memberRows(session).locator('th').allTextContents())
    .toEqual(['Ada', 'Grace', 'Linus']);
  // Announced politely, and focus stays where it was.
  await expect
    .poll(() => page.getByRole('status').filter({ hasText: 'added' }).textContent())
    .toMatch(/^3 people added\./);
  expect(await hasFocus(add)).toBe(true);

  // The coverage (with its Anonymous switch) now leads the page, above the add box.
  const anonymous = page.getByRole('checkbox', { name: 'Anonymous' });
  await tabTo(page, anonymous, { backwards: true, limit: 60 });
  await page.keyboard.press('Space');
  await expect.poll(() => anonymous.isChecked()).toBe(true);
  await expect
    .poll(() => memberRows(session).locator('th').allTextContents())
    .toEqual(['Member 1', 'Member 2', 'Member 3']);
  await expect.poll(() => page.getByRole('main').textContent()).not.toContain('Grace');

  await tabTo(page, page.getByRole('button', { name: 'Download CSV' }), { limit: 60 });
  const pending = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const csv = await pending;
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = await readFile(await csv.path(), 'utf8');
  expect(csvText).toContain('Member 3');
  expect(csvText).not.toContain('Grace');

  await tabTo(page, page.getByRole('button', { name: 'Copy summary' }));
  await page.keyboard.press('Space');
  await page.getByRole('status').filter({ hasText: 'Summary copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/Member [123]/);
  expect(copied).not.toContain('Grace');

  // Present mode shows the slides full screen, focus on Next; the keys move between slides.
  const present = page.getByRole('button', { name: 'Present' });
  await tabTo(page, present, { backwards: true, limit: 60 });
  await page.keyboard.press('Enter');
  const slides = page.getByRole('dialog');
  const next = slides.getByRole('button', { name: 'Next' });
  await next.waitFor();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
  expect(await hasFocus(next)).toBe(true);
  await expectNoAxeViolations(page);
  await page.keyboard.press('ArrowRight');
  await slides.getByText('Slide 2 of 6').waitFor();
  await page.keyboard.press('End');
  await slides.getByText('Slide 6 of 6').waitFor();

  await page.keyboard.press('Escape');
  await present.waitFor();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBe(null);
  expect(await hasFocus(present)).toBe(true);
  session.expectClean();
});

test('a saved result a link cannot carry (dated 2019) is refused with a reason, not a crash', async () => {
  const session = await newSession();
  const { page } = session;
  await session.goto();
  const state = {
    ...EMPTY_SAVED_STATE,
    results: [buildResult({ completedAt: '2019-06-01T10:00:00.000Z' })],
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STORE_KEY,
    JSON.stringify({ state, version: STORE_VERSION }),
  ] as const);
  await page.reload();
  await session.goto('#/team');
  await page.getByRole('textbox', { name: 'New team' }).fill('Platform');
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.getByRole('button', { name: 'Add my latest result' }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('cannot join a team');
  expect(await page.getByRole('table', { name: 'Team members' }).count()).toBe(0);
  // The page carries on: the team is there and its heading still shown.
  await page.getByRole('heading', { level: 1, name: 'Platform' }).waitFor();
  session.expectClean();
});
