// Issue 18: nothing lost, nothing resurrected, success only when true — in Chromium,
// with two tabs, failing reads, a nearly full storage and files past the limits.
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import type { SavedState } from '../../src/store/saved-state';
import { STORE_KEY, STORE_VERSION } from '../../src/store/saved-limits';
import { buildResult } from '../../src/testing/builders';
import { openSession, type Session } from './browser';
import { savedStateIn, tshapeKeys } from './saved-data';
import { buildSharePayload } from './team-links';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Three results, two teams and two shared results, as tshape 3 kept them (one value). */
function realisticState(): SavedState {
  return {
    progress: null,
    results: [1, 2, 3].map((day) =>
      buildResult({ id: `result-${day}`, completedAt: `2026-11-0${day}T10:00:00.000Z` }),
    ),
    teams: ['Platform', 'Growth'].map((name, index) => ({
      id: `team-${index}`,
      name,
      createdAt: `2026-11-0${index + 1}T10:00:00.000Z`,
      anonymous: false,
      members: [
        buildSharePayload('Grace', [4, 2, 3, 3, 5]),
        buildSharePayload('Linus', [1, 3, 5, 2, 4]),
      ],
    })),
    sharedResults: ['Ada', 'Edsger'].map((name) => ({
      payload: buildSharePayload(name, [3, 3, 3, 3, 3]),
      savedAt: '2026-11-05T10:00:00.000Z',
    })),
    plans: [],
    settings: { theme: 'system' },
  };
}

async function seed(page: Page, state: SavedState): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STORE_KEY,
    JSON.stringify({ state, version: 3 }),
  ] as const);
  await page.reload();
  // The app splits the old value into records as it starts.
  await expect
    .poll(async () => (await tshapeKeys(page))[STORE_KEY])
    .toBe(JSON.stringify({ version: STORE_VERSION, state: null }));
}

/** Fills the rest of this origin's storage, so nothing more of any size fits. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let chunk = 'x'.repeat(256 * 1024);
    for (let index = 0; chunk.length > 0; index += 1) {
      try {
        localStorage.setItem(`filler-${index}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
}

const radios = (page: Page, group: number) =>
  page.getByRole('main').getByRole('radiogroup').nth(group).getByRole('radio');

test('deletions in one tab stay deleted while another tab answers, and after both reload', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto();
  await seed(page, realisticState());
  await session.goto('#/assess');
  await radios(page, 0).nth(2).check();

  const other = await session.context.newPage();
  await session.goto('#/history', other);
  await other
    .getByRole('button', { name: /^Delete the result of/ })
    .first()
    .waitFor();
  await other
    .getByRole('button', { name: /^Delete the result of/ })
    .first()
    .click();
  await other.getByRole('button', { name: 'Delete result' }).click();
  await expect
    .poll(() => other.getByRole('button', { name: /^Delete the result of/ }).count())
    .toBe(2);
  await radios(page, 1).nth(3).check();
  await expect.poll(async () => (await savedStateIn(page)).results.length).toBe(2);

  await session.goto('#/data', other);
  await other.getByText('2 completed results', { exact: true }).waitFor();
  await other.getByRole('button', { name: 'Delete all my data' }).click();
  await other
    .getByRole('dialog', { name: 'Delete all your data?' })
    .getByRole('button', { name: 'Delete everything' })
    .click();
  await other.getByText('All your tshape data was deleted from this browser.').waitFor();
  await other.getByText('0 completed results', { exact: true }).waitFor();
  await other.getByText('0 teams', { exact: true }).waitFor();
  await other.getByText('0 results others shared with you', { exact: true }).waitFor();

  // The answering tab lost its answers too (everything was deleted), and writes back
  // nothing it was showing: only its own next answer.
  await expect.poll(() => radios(page, 0).nth(2).isChecked()).toBe(false);
  await radios(page, 0).nth(4).check();
  await expect
    .poll(async () => Object.keys(await tshapeKeys(page)).sort())
    .toEqual(['tshape', 'tshape:progress']);
  for (const tab of [page, other]) await tab.reload();
  await session.goto('#/data', other);
  await other.getByText('0 completed results', { exact: true }).waitFor();
  expect(await savedStateIn(page)).toMatchObject({ results: [], teams: [], sharedResults: [] });
  session.expectClean();
});

test('when reads of the saved data fail, tshape says so and writes nothing over it', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto();
  await seed(page, realisticState());
  const before = await tshapeKeys(page);
  expect(Object.keys(before)).toHaveLength(8);

  const failing = await session.context.newPage();
  await failing.addInitScript(() => {
    const getItem = Storage.prototype.getItem;
    Storage.prototype.getItem = function (key: string) {
      if (key.startsWith('tshape')) throw new DOMException('Read failed', 'UnknownError');
      return getItem.call(this, key);
    };
  });
  await session.goto('#/history', failing);
  await failing
    .getByRole('alert')
    .filter({ hasText: 'tshape cannot read your saved data in this browser just now' })
    .waitFor();
  await failing.getByText(/Your saved results cannot be read/).waitFor();
  await session.goto('#/assess', failing);
  await radios(failing, 0).nth(3).check();
  await radios(failing, 1).nth(3).check();
  await failing.getByText('Not saved: this tab keeps answers in memory only').waitFor();
  expect(await tshapeKeys(page)).toEqual(before);
  session.expectClean();
});

test('with no room to upgrade saved data, it is shown, kept as it was, and nothing is written', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto();
  const state = realisticState();
  await page.evaluate(
    ([key, value]) => {
      localStorage.setItem(key, value);
      // Fill the rest of the storage, so the upgrade has no room to write a second copy.
      let chunk = 'x'.repeat(256 * 1024);
      for (let index = 0; chunk.length > 0; index += 1) {
        try {
          localStorage.setItem(`filler-${index}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length / 2);
        }
      }
    },
    [STORE_KEY, JSON.stringify({ state, version: 3 })] as const,
  );
  await page.reload();
  await page.getByRole('alert').filter({ hasText: 'needs a little more room' }).waitFor();
  await session.goto('#/history');
  await expect
    .poll(() => page.getByRole('button', { name: /^Delete the result of/ }).count())
    .toBe(3);
  await session.goto('#/assess');
  await radios(page, 0).nth(3).check();
  expect(Object.keys(await tshapeKeys(page))).toEqual([STORE_KEY]);
  expect(JSON.parse((await tshapeKeys(page))[STORE_KEY] ?? '')).toEqual({ state, version: 3 });
  session.expectClean();
});

test('unreadable saved data with no room to keep it aside is left where it is, never written over', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto();
  const state = realisticState();
  const damaged = {
    ...state,
    results: [...state.results, { ...buildResult({ id: 'level-7' }), responses: { x: 7 } }],
  };
  const raw = JSON.stringify({ state: damaged, version: 3 });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STORE_KEY,
    raw,
  ] as const);
  await fillStorage(page);
  await page.reload();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: 'could not read part of your saved data' });
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/results\.3\.responses/);
  await session.goto('#/assess');
  await radios(page, 0).nth(3).check();
  await radios(page, 1).nth(2).check();
  expect((await tshapeKeys(page))[STORE_KEY]).toBe(raw);
  session.expectClean();
});

test('a merge past the shared-results limit keeps 200, says what it left out, and loads back', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto();
  const shared = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, index) => ({
      payload: buildSharePayload(`${prefix} ${index}`, [2, 2, 2, 2, 2]),
      savedAt: '2026-11-05T10:00:00.000Z',
    }));
  await seed(page, { ...realisticState(), sharedResults: shared('Mine', 150) });
  await session.goto('#/data');
  const file = JSON.stringify({
    format: 'tshape-backup',
    exportedAt: '2026-11-30T10:00:00.000Z',
    version: 3,
    state: { ...realisticState(), results: [], teams: [], sharedResults: shared('Theirs', 150) },
  });
  await page.getByLabel('Import my data').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await page
    .getByRole('dialog', { name: 'Import this file?' })
    .getByRole('button', { name: 'Merge' })
    .click();
  await page
    .getByText(
      'The imported file was merged into your data: 0 results, 0 teams and 50 shared results added. 100 shared results were left out: your history keeps at most 200.',
    )
    .waitFor();
  await page.reload();
  await page.getByText('200 results others shared with you', { exact: true }).waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  session.expectClean();
});

test('a team file that does not fit is not said to be added; nothing changes', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto('#/team');
  await page.evaluate(() => {
    let chunk = 'x'.repeat(256 * 1024);
    for (let index = 0; chunk.length > 0; index += 1) {
      try {
        localStorage.setItem(`filler-${index}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
    // Room for a small team, not for 120 people.
    localStorage.removeItem('filler-0');
    localStorage.setItem('filler-0', 'x'.repeat(256 * 1024 - 2_000));
  });
  const members = Array.from({ length: 120 }, (_, index) => ({
    link: `https://tshape.example/#/r/${buildSharePayload(`Person ${index}`, [3, 2, 4, 1, 2])}`,
  }));
  await page.getByLabel('Import team file').setInputFiles({
    name: 'team.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'tshape-team', version: 1, name: 'Big team', members }),
    ),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'could not be saved' });
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Nothing changed.');
  expect(await page.getByText(/people added/).count()).toBe(0);
  expect(await page.getByRole('heading', { level: 1, name: 'Big team' }).count()).toBe(0);
  await page.reload();
  expect((await savedStateIn(page)).teams).toEqual([]);
  session.expectClean();
});
