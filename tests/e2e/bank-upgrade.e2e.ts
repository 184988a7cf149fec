// Question bank 2 ships while people hold links and results made with bank 1: those keep
// opening with the shape and position they had, and a retake starts from what still
// means the same.
import { afterEach, expect, test } from 'vitest';
import { BANK_V1 } from '../../src/data/bank-v1';
import type { SavedState } from '../../src/store/saved-state';
import { STORE_KEY } from '../../src/store/saved-limits';
import { buildChecks, buildLevels, buildResult } from '../../src/testing/builders';
import { expectNoAxeViolations, openSession, type Session } from './browser';
import { answerChecks, answerStep } from './quiz-driver';
import { tshapeKeys } from './saved-data';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

// Made by version 1 (src/domain/share-codec.test.ts checks it byte by byte): Ada, deep
// in Statistics (73) and Experimentation (77), broad in Business communication (44).
const V1_LINK = 'AQEJ05YnC2mVwiCEX7GHIiQDweAMQWRhIExvdmVsYWNl8Um2TA';

test('a whole assessment on bank 2: 33 items, two checks per area and one foil', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto('#/assess');
  const progress = page.getByRole('progressbar', { name: 'Assessment progress' });
  await progress.waitFor();
  expect(await progress.getAttribute('aria-valuemax')).toBe('44');
  let asked = 0;
  for (let step = 0; step < 5; step += 1) {
    asked += await answerStep(page, 3);
    await page.getByRole('button', { name: step === 4 ? 'See results' : 'Next' }).click();
  }
  expect(asked).toBe(44);
  await page.getByRole('heading', { name: 'Your T-shape', level: 1 }).waitFor();
  const saved = Object.entries(await tshapeKeys(page)).find(([key]) =>
    key.startsWith('tshape:result:'),
  );
  const result = JSON.parse(saved?.[1] ?? '{}') as { bankVersion: number; responses: object };
  expect(result.bankVersion).toBe(2);
  expect(Object.keys(result.responses)).toHaveLength(44);
  session.expectClean();
});

test('a version 1 link opens with the shape and position it had', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto(`#/r/${V1_LINK}`);
  await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
  // Π-shaped as it was; both depths sit near the line, so the headline may say "most likely".
  await page.getByRole('heading', { name: /^Ada Lovelace is (most likely )?Π-shaped/ }).waitFor();
  const [statistics, software, experimentation, deployment] = [
    (20 * 22) / 6,
    (20 * 5) / 6,
    (20 * 23) / 6,
    8,
  ] as const;
  const position =
    (-statistics - 0.75 * experimentation + 0.75 * software + deployment) /
    (statistics + 0.75 * experimentation + 0.75 * software + deployment);
  const meter = page.getByRole('meter', { name: 'Spectrum position' });
  expect(Number(await meter.getAttribute('aria-valuenow'))).toBeCloseTo(position, 6);
  await expectNoAxeViolations(page);
  session.expectClean();
});

test('a retake after the upgrade starts from the bank 1 answers that kept their meaning', async () => {
  session = await openSession();
  const { page } = session;
  await session.goto();
  const v1Result = buildResult({
    id: 'result-v1',
    bankVersion: 1,
    completedAt: '2026-11-20T10:00:00.000Z',
    responses: {
      ...buildLevels({ statistics: 4, 'production-software': 3, deployment: 2 }, BANK_V1),
      ...buildChecks({}, BANK_V1),
      'foil-1': 0,
    },
  });
  const state: SavedState = {
    progress: null,
    results: [v1Result],
    teams: [],
    sharedResults: [],
    plans: [],
    settings: { theme: 'system' },
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STORE_KEY,
    JSON.stringify({ state, version: 3 }),
  ] as const);
  await page.reload();
  await session.goto('#/history');
  await page.getByRole('button', { name: 'Retake' }).click();
  await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  // Nine items are new in bank 2: three here, one in Production software, two in
  // Experimentation, three in Deployment.
  await page.getByText(/9 items are new since then, marked “New”/).waitFor();
  // The four Statistics items that kept their meaning carry level 4; the new ones and
  // the checks wait for an answer.
  await expect.poll(() => page.getByRole('radio', { checked: true }).count()).toBe(4);
  expect(await page.getByRole('radio', { name: /Advanced/, checked: true }).count()).toBe(4);
  for (const title of [
    'Feature engineering',
    'Model choice and tuning',
    'Time series and forecasting',
  ]) {
    await page.getByRole('radiogroup', { name: new RegExp(`${title}\\s*New`) }).waitFor();
  }
  // What is not carried over is answered with its first option (level 0 for the new items).
  for (const area of [
    'Business communication',
    'Production software',
    'Experimentation',
    'Deployment',
  ]) {
    await answerChecks(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: area }).waitFor();
  }
  await answerChecks(page);
  await page.getByRole('button', { name: 'See results' }).click();
  await page.getByRole('heading', { name: 'Your T-shape', level: 1 }).waitFor();
  // Both results are kept, each read with its own bank.
  await session.goto('#/history');
  const list = page.getByRole('table', { name: 'Your results' });
  await expect.poll(() => list.locator('tbody tr').count()).toBe(2);
  session.expectClean();
});
