import { afterEach, expect, test } from 'vitest';
import { decodeSharePayload } from '../../src/domain/share-codec';
import { encodeTeamFile } from '../../src/domain/team-file';
import { memberFromPayload, type TeamMember } from '../../src/domain/team-members';
import { encodeBackup } from '../../src/store/backup';
import type { SavedState } from '../../src/store/saved-state';
import { STORE_KEY, STORE_VERSION } from '../../src/store/saved-limits';
import { buildResult } from '../../src/testing/builders';
import { downloadFrom, openSession, type Session } from './browser';
import { expectNothingInjected, HOSTILE_NAMES, hostileLevels } from './hostile-names';
import { memberRows, pasteLinks, showTeamChart } from './team-driver';
import { buildSharePayload, buildShareLink } from './team-links';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const SHOWN = HOSTILE_NAMES.map((each) => each.shown);
const PAYLOADS = HOSTILE_NAMES.map((each, index) =>
  buildSharePayload(each.name, hostileLevels(index)),
);
const linksOn = (baseUrl: string) =>
  HOSTILE_NAMES.map((each, index) => buildShareLink(baseUrl, each.name, hostileLevels(index)));

async function expectHostileMembers(current: Session) {
  await expect.poll(() => memberRows(current).locator('th').allTextContents()).toEqual(SHOWN);
  await showTeamChart(current.page);
  await expectNothingInjected(current.page);
}

/** The saved data gets through the next load: not put aside as unreadable, the team still there. */
async function expectKeptAfterReload(current: Session, teamName: string) {
  await current.page.reload();
  await current.page.getByRole('heading', { level: 1, name: teamName }).waitFor();
  expect(await current.page.getByText('could not read your saved data').count()).toBe(0);
  await expectHostileMembers(current);
}

test('links pasted into a team with hostile names show each name as text and run nothing', async () => {
  const current = await openSession();
  session = current;
  await current.goto('#/team');
  // Each link comes after its name, as in a chat log, so the surrounding text is hostile too.
  await pasteLinks(
    current,
    linksOn(current.baseUrl)
      .map((link, index) => `${SHOWN[index]}: ${link}`)
      .join('\n'),
  );
  await expectHostileMembers(current);
  await expectKeptAfterReload(current, 'My team');
  current.expectClean();
});

test('the CSV and the Markdown summary of a team with hostile names defuse them', async () => {
  const current = await openSession();
  session = current;
  const { page } = current;
  await current.goto('#/team');
  await pasteLinks(current, linksOn(current.baseUrl).join('\n'));
  await expect.poll(() => memberRows(current).count()).toBe(HOSTILE_NAMES.length);

  const csv = await downloadFrom(page, 'Download CSV');
  const rows = csv.text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1, -1);
  // Every name that a spreadsheet would read as a formula starts with an apostrophe.
  expect(rows.map(firstCsvCell)).toEqual(
    SHOWN.map((name) => (/^[=+\-@\t\r]/.test(name) ? `'${name}` : name)),
  );
  for (const row of rows) expect(row).not.toMatch(/^"?[=+\-@\t\r]/);

  await page.getByRole('button', { name: 'Copy summary' }).click();
  await page.getByRole('status').filter({ hasText: 'Summary copied' }).waitFor();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  // Each area has three people deep in it, so the coverage table names all fifteen…
  expect(markdown).toContain('\\<img src=x onerror=window.\\_\\_pwned=1\\>');
  expect(markdown).toContain('\\<script\\>window.\\_\\_pwned=1\\</script\\>');
  expect(markdown).toContain('\\[click\\](javascript:window.\\_\\_pwned=1)');
  expect(markdown).toContain('Tom \\&amp; \\&lt;Jerry\\&gt;');
  // …and not one of them brings raw HTML, a link or a table cell break with it.
  expect(markdown).not.toMatch(/(^|[^\\])[<[]/m);
  // Each table (coverage, next hire) keeps its header's number of cells in every row.
  const cells = (line: string) => line.split(/(?<!\\)\|/).length;
  const tables = markdown
    .split(/\n(?!\|)/)
    .map((block) => block.split('\n').filter((line) => line.startsWith('|')));
  expect(cells(markdown.split('\n').find((line) => line.startsWith('| Area | Min')) ?? '')).toBe(7);
  for (const rows of tables) {
    for (const row of rows) expect(cells(row)).toBe(cells(rows[0] ?? ''));
  }
  await expectNothingInjected(page);
  current.expectClean();
});

test('a team file with hostile names and a hostile, overlong team name imports as plain text', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto('#/team');
  const members = PAYLOADS.map((payload) => memberFromPayload(payload)).filter(
    (member): member is TeamMember => member !== null,
  );
  // A right-to-left override up front, markup, and 50 emoji: two UTF-16 units each.
  const teamName = `\u202E<img src=x onerror=window.__pwned=1> ${'🦄'.repeat(50)}`;
  await page.getByLabel('Import team file').setInputFiles({
    name: 'hostile.tshape-team.json',
    mimeType: 'application/json',
    buffer: Buffer.from(encodeTeamFile(teamName, members, false, new Date())),
  });
  // Cut to what the saved data can hold (80 UTF-16 units), never halfway through an emoji.
  const shownTeamName = `<img src=x onerror=window.__pwned=1> ${'🦄'.repeat(21)}`;
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent())
    .toBe(shownTeamName);
  await expectHostileMembers(session);
  await expectKeptAfterReload(session, shownTeamName);
  session.expectClean();
});

/** A saved state whose every name is hostile: display name, team name, members. */
const HOSTILE_TEAM_NAME = '<script>window.__pwned=1</script> retro';
const HOSTILE_DISPLAY_NAME = '<img src=x onerror=window.__pwned=1>'.repeat(5);
const HOSTILE_STATE: SavedState = {
  progress: null,
  results: [buildResult()],
  teams: [
    {
      id: 'team-hostile',
      name: HOSTILE_TEAM_NAME,
      createdAt: '2026-11-20T10:00:00.000Z',
      anonymous: false,
      members: PAYLOADS,
    },
  ],
  sharedResults: PAYLOADS.map((payload) => ({ payload, savedAt: '2026-11-21T10:00:00.000Z' })),
  plans: [],
  settings: { theme: 'system', displayName: HOSTILE_DISPLAY_NAME, activeTeamId: 'team-hostile' },
};

/** The results page keeps the display name as typed, and the link carries it cut to 40 characters. */
async function expectHostileState(current: Session) {
  const { page } = current;
  await current.goto('#/results');
  await page.getByRole('heading', { name: 'Your T-shape' }).waitFor();
  expect(await page.getByRole('textbox', { name: 'Display name' }).inputValue()).toBe(
    HOSTILE_DISPLAY_NAME,
  );
  const link = page.getByRole('textbox', { name: 'Share link' });
  await expect.poll(() => link.inputValue()).toContain('#/r/');
  const decoded = decodeSharePayload((await link.inputValue()).split('#/r/')[1] ?? '');
  expect(decoded.ok && decoded.result.name).toBe('<img src=x onerror=window.__pwned=1><img');
  await expectNothingInjected(page);

  await current.goto('#/team');
  await page.getByRole('heading', { level: 1, name: HOSTILE_TEAM_NAME }).waitFor();
  await expectHostileMembers(current);

  // The same names, saved into history as others' results.
  await current.goto('#/history');
  const shared = page.getByRole('table', { name: 'Results others shared with you' });
  await expect.poll(() => shared.locator('tbody tr').count()).toBe(PAYLOADS.length);
  await expectNothingInjected(page);
}

test('a backup file full of hostile names imports as plain text', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto('#/data');
  await page.getByLabel('Import my data').setInputFiles({
    name: 'hostile-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(encodeBackup(HOSTILE_STATE, new Date())),
  });
  await page
    .getByRole('dialog', { name: 'Import this file?' })
    .getByRole('button', { name: 'Replace my data' })
    .click();
  await expect.poll(() => page.getByText('1 completed result').count()).toBe(1);
  await expectHostileState(session);
  session.expectClean();
});

test('hostile names already in saved data show as plain text on the results and team pages', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto();
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STORE_KEY,
    JSON.stringify({ state: HOSTILE_STATE, version: STORE_VERSION }),
  ] as const);
  await page.reload();
  await expectHostileState(session);
  session.expectClean();
});

/** The first cell of an RFC 4180 row, unquoted. */
function firstCsvCell(row: string): string {
  const quoted = /^"((?:[^"]|"")*)"/.exec(row);
  return quoted ? (quoted[1] ?? '').replaceAll('""', '"') : (row.split(',')[0] ?? '');
}
