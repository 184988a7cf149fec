import { expect, test } from 'vitest';
import {
  downloadFrom,
  expectNoAxeViolations,
  closeSessionsAfterEach,
  type Session,
} from './browser';
import { completeAssessment } from './quiz-driver';
import { memberRows, openTeamSetup, pasteLinks } from './team-driver';
import { buildShareLink } from './team-links';
import { savedStateIn, tshapeKeys } from './saved-data';

const newSession = closeSessionsAfterEach();

test('download my data, import it in a fresh browser, and delete it all', async () => {
  const first = await newSession();
  await first.goto('#/assess');
  await completeAssessment(first.page, [4, 2, 2, 3, 1]);
  await first.goto('#/data');
  await expectNoAxeViolations(first.page);
  const pending = first.page.waitForEvent('download');
  await first.page.getByRole('button', { name: 'Download my data' }).click();
  const file = await pending;
  const path = await file.path();

  const second = await newSession();
  const { page } = second;
  await second.goto('#/data');
  // Another app on the same origin keeps its data through "Delete all my data".
  await page.evaluate(() => localStorage.setItem('someone-else', 'keep me'));
  await page.getByLabel('Import my data').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Import this file?' });
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect.poll(() => page.getByText('1 completed result').count()).toBe(1);
  await second.goto('#/results');
  await page
    .getByRole('heading', {
      name: 'You are most likely a Narrow T — Business communication and Production software sit on the breadth line — or T-shaped',
    })
    .waitFor();

  await second.goto('#/data');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page
    .getByRole('dialog', { name: 'Delete all your data?' })
    .getByRole('button', { name: 'Delete everything' })
    .click();
  await expect.poll(() => page.getByText('0 completed results').count()).toBe(1);
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  expect(keys).toEqual(['someone-else']);
  first.expectClean();
  second.expectClean();
});

test('a broken backup file is refused with a reason and changes nothing', async () => {
  const session = await newSession();
  const { page } = session;
  await session.goto('#/data');
  await page.getByLabel('Import my data').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "tshape-backup", "version": 2, "state": {'),
  });
  await expect
    .poll(() => page.getByRole('alert').textContent())
    .toMatch(/backup\.json.*cut off.*Nothing changed/);
  expect(await tshapeKeys(page)).toEqual({});
  session.expectClean();
});

/** Every tshape key in this origin's storage, its value parsed: the person's whole saved data. */
async function savedTshapeData(session: Session) {
  return session.page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('tshape'))
        .map((key) => [key, JSON.parse(localStorage.getItem(key) ?? 'null') as unknown]),
    ),
  );
}

test('download, delete everything, import with Replace: the saved data is identical', async () => {
  const session = await newSession();
  const { page, baseUrl } = session;
  // A result, a display name, a theme, two teams (one anonymous), answers in progress.
  await session.goto('#/assess');
  await completeAssessment(page, [4, 2, 2, 3, 1]);
  await page.getByRole('textbox', { name: 'Display name' }).fill('Ada Lovelace');
  await page.getByLabel('Theme').selectOption('dark');
  const verdict = page.getByRole('heading', { name: /^You are / });
  const heading = await verdict.textContent();
  expect(heading).toMatch(/^You are most likely a Narrow T/);
  await session.goto('#/team');
  await page.getByRole('textbox', { name: 'New team' }).fill('Platform');
  await page.getByRole('button', { name: 'Create team' }).click();
  await pasteLinks(
    session,
    [
      buildShareLink(baseUrl, 'Grace', [1, 2, 4, 1, 5]),
      buildShareLink(baseUrl, 'Linus', [2, 3, 3, 2, 2]),
    ].join('\n'),
  );
  await expect.poll(() => memberRows(session).count()).toBe(2);
  await page.getByRole('checkbox', { name: 'Anonymous' }).check();
  await openTeamSetup(page);
  await page.getByRole('textbox', { name: 'New team' }).fill('Growth');
  await page.getByRole('button', { name: 'Create team' }).click();
  await page.getByRole('heading', { level: 1, name: 'Growth' }).waitFor();
  await session.goto('#/');
  await page.getByRole('link', { name: 'Start assessment' }).click();
  const groups = page.getByRole('main').getByRole('radiogroup');
  await groups.nth(0).getByRole('radio').nth(3).check();
  await groups.nth(1).getByRole('radio').nth(1).check();

  const before = await savedTshapeData(session);
  expect(await savedStateIn(page)).toMatchObject({
    progress: { step: 0 },
    results: [{ bankVersion: 2 }],
    teams: [{ name: 'Platform', anonymous: true }, { name: 'Growth' }],
    settings: { theme: 'dark', displayName: 'Ada Lovelace' },
  });

  await session.goto('#/data');
  const backup = await downloadFrom(page, 'Download my data');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page
    .getByRole('dialog', { name: 'Delete all your data?' })
    .getByRole('button', { name: 'Delete everything' })
    .click();
  await expect.poll(() => page.getByText('0 completed results').count()).toBe(1);
  expect(await savedTshapeData(session)).toEqual({});

  await page.getByLabel('Import my data').setInputFiles(backup.path);
  await page
    .getByRole('dialog', { name: 'Import this file?' })
    .getByRole('button', { name: 'Replace my data' })
    .click();
  await expect.poll(() => page.getByText('1 completed result').count()).toBe(1);
  await expect.poll(() => savedTshapeData(session)).toEqual(before);

  await session.goto('#/results');
  await expect.poll(() => verdict.textContent()).toBe(heading);
  session.expectClean();
});
