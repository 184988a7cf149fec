import { expect, test } from 'vitest';
import { buildResult } from '../testing/builders';
import { BACKUP_TOO_LARGE, decodeBackup, encodeBackup, MAX_BACKUP_BYTES } from './backup';
import { STORE_VERSION } from './saved-limits';
import { EMPTY_SAVED_STATE } from './record-storage';

const state = {
  ...EMPTY_SAVED_STATE,
  results: [
    buildResult({
      growthAreas: ['deployment'],
      peerRatings: [
        { payload: 'AQIFOXApy4FOXApy4FOAA0FkYQJCb2DNOvk', keptAt: '2026-11-24T10:00:00.000Z' },
      ],
    }),
  ],
  sharedResults: [{ payload: 'AQEJ05Yn', savedAt: '2026-11-22T10:00:00.000Z' }],
  plans: [
    {
      id: 'plan-1',
      createdAt: '2026-11-23T10:00:00.000Z',
      resultId: 'result-1',
      target: { kind: 'link' as const, title: 'Senior ML engineer', areas: { deployment: 80 } },
      steps: [
        {
          itemId: 'ops-serving',
          fromLevel: 4,
          toLevel: 5,
          done: true,
          note: 'Pair with Grace',
          evidence: 'https://git.example/pr/7',
        },
      ],
    },
  ],
};

test('a backup round-trips everything tshape keeps', () => {
  const text = encodeBackup(state, new Date('2026-11-23T12:00:00Z'));
  expect(JSON.parse(text)).toMatchObject({ format: 'tshape-backup', version: STORE_VERSION });
  expect(decodeBackup(text)).toEqual({ ok: true, state });
});

test('a v1 backup is migrated forward on import', () => {
  // A v1 result had no growth areas.
  const v1Results = state.results.map((result) =>
    Object.fromEntries(Object.entries(result).filter(([key]) => key !== 'growthAreas')),
  );
  const v1State = { progress: state.progress, results: v1Results, settings: state.settings };
  const text = JSON.stringify({ format: 'tshape-backup', version: 1, state: v1State });
  expect(decodeBackup(text)).toEqual({
    ok: true,
    state: {
      ...state,
      results: state.results.map((result) => ({ ...result, growthAreas: [] })),
      sharedResults: [],
      plans: [],
    },
  });
});

test('broken, foreign, newer and damaged files are refused with a reason', () => {
  const good = encodeBackup(state, new Date());
  expect(decodeBackup(good.slice(0, 40))).toEqual({
    ok: false,
    error: 'it is not valid JSON; the file may be cut off',
  });
  expect(decodeBackup('{"hello": 1}')).toMatchObject({ error: 'it is not a tshape backup file' });
  expect(
    decodeBackup(good.replace(`"version":${STORE_VERSION}`, `"version":${STORE_VERSION + 1}`)),
  ).toMatchObject({
    error: 'it was made by a newer version of tshape',
  });
  expect(decodeBackup(good.replace('"results":[', '"results":[42,'))).toMatchObject({
    ok: false,
    error: expect.stringMatching(/^it is damaged/),
  });
});

test('a store as large as a browser keeps (5 million characters) downloads and imports back', () => {
  // 64 teams of 200 members, each a 390-character link: about 5.2 million characters.
  const members = Array.from({ length: 200 }, (_, index) => `${index}`.padEnd(390, 'A'));
  const big = {
    ...state,
    teams: Array.from({ length: 64 }, (_, index) => ({
      id: `team-${index}`,
      name: `Team ${index}`,
      createdAt: '2026-11-22T10:00:00.000Z',
      anonymous: false,
      members,
    })),
  };
  const stored = JSON.stringify({ state: big, version: STORE_VERSION });
  expect(stored.length).toBeGreaterThan(5_000_000);

  const text = encodeBackup(big, new Date('2026-11-23T12:00:00Z'));
  expect(text.length).toBeLessThan(stored.length + 100);
  expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
  expect(decodeBackup(text)).toEqual({ ok: true, state: big });
});

test('a file over the limit is refused before it is read', () => {
  expect(decodeBackup(' '.repeat(MAX_BACKUP_BYTES + 1))).toEqual({
    ok: false,
    error: BACKUP_TOO_LARGE,
  });
});

test('the file of unreadable data is refused with a reason of its own', () => {
  const file = JSON.stringify({ format: 'tshape-unreadable-data', entries: [] });
  expect(decodeBackup(file)).toEqual({
    ok: false,
    error: expect.stringContaining('saved data tshape could not read'),
  });
});
