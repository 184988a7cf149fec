import { expect, test } from 'vitest';
import { LINK_AREA_ORDER } from '../domain/share-codec';
import { restoreSavedState } from './saved-state';
import { SAVED_AREA_IDS, STORE_VERSION } from './saved-limits';
import { EMPTY_SAVED_STATE } from './record-storage';

/** Frozen: what tshape v1 wrote to localStorage. Never edit; add a fixture per new version. */
const SAVED_V1 = JSON.stringify({
  state: {
    progress: {
      bankVersion: 1,
      startedAt: 1763900000000,
      step: 1,
      answers: {
        'stats-probability': { value: 3, at: 1763900010000, ms: 4200 },
        'stats-check-1': { value: 1, at: 1763900020000, ms: 9000 },
      },
    },
    results: [
      {
        id: 'mi4p2c-1a2b3c4d',
        completedAt: '2026-11-20T10:00:00.000Z',
        bankVersion: 1,
        responses: { 'stats-probability': 2, 'foil-1': 0 },
        timings: { 'stats-probability': 3100 },
      },
    ],
    settings: { theme: 'system' },
  },
  version: 1,
});

/** Frozen: what tshape v2 wrote, with a team. Never edit. */
const SAVED_V2 = JSON.stringify({
  state: {
    progress: null,
    results: [],
    teams: [
      {
        id: 'team-mi4p2c',
        name: 'Data platform',
        createdAt: '2026-11-23T10:00:00.000Z',
        anonymous: false,
        members: ['AQEJ05YnC2mVwiCEX7GHIiQDweAMQWRhIExvdmVsYWNl8Um2TA'],
      },
    ],
    settings: { theme: 'system', displayName: 'Ada', activeTeamId: 'team-mi4p2c' },
  },
  version: 2,
});

/** Frozen: what tshape v3 wrote, with a result someone shared saved into history. Never edit. */
const SAVED_V3 = JSON.stringify({
  state: {
    progress: null,
    results: [],
    teams: [],
    sharedResults: [
      {
        payload: 'AQEJ05YnC2mVwiCEX7GHIiQDweAMQWRhIExvdmVsYWNl8Um2TA',
        savedAt: '2026-11-23T12:00:00.000Z',
      },
    ],
    settings: { theme: 'dark' },
  },
  version: 3,
});

test('nothing saved yet is empty, not an error', () => {
  expect(restoreSavedState(null)).toEqual({ kind: 'empty' });
});

test('the frozen v1 fixture migrates to a valid current state, with no teams', () => {
  const outcome = restoreSavedState(SAVED_V1);
  expect(outcome.kind).toBe('restored');
  if (outcome.kind !== 'restored') return;
  expect(outcome.fromVersion).toBe(1);
  expect(outcome.state.teams).toEqual([]);
  expect(outcome.state.progress?.answers['stats-probability']).toEqual({
    value: 3,
    at: 1763900010000,
    ms: 4200,
  });
  expect(outcome.state.results).toHaveLength(1);
});

test('the frozen v2 fixture migrates with its team and no shared results', () => {
  const outcome = restoreSavedState(SAVED_V2);
  expect(outcome).toMatchObject({ kind: 'restored', fromVersion: 2 });
  if (outcome.kind !== 'restored') return;
  expect(outcome.state.teams[0]?.name).toBe('Data platform');
  expect(outcome.state.settings.activeTeamId).toBe('team-mi4p2c');
  expect(outcome.state.sharedResults).toEqual([]);
});

test('the frozen v3 fixture restores with the shared result kept apart from its own results', () => {
  const outcome = restoreSavedState(SAVED_V3);
  expect(outcome).toMatchObject({ kind: 'restored', fromVersion: 3 });
  if (outcome.kind !== 'restored') return;
  expect(outcome.state.results).toEqual([]);
  expect(outcome.state.sharedResults).toEqual([
    {
      payload: 'AQEJ05YnC2mVwiCEX7GHIiQDweAMQWRhIExvdmVsYWNl8Um2TA',
      savedAt: '2026-11-23T12:00:00.000Z',
    },
  ]);
});

test('text that is not JSON is corrupt', () => {
  expect(restoreSavedState('{"state": {')).toMatchObject({ kind: 'corrupt' });
});

test('JSON without a version envelope is corrupt', () => {
  expect(restoreSavedState(JSON.stringify(EMPTY_SAVED_STATE))).toMatchObject({
    kind: 'corrupt',
    reason: expect.stringMatching(/no version/),
  });
});

test('a state that breaks the schema is corrupt and says where', () => {
  const broken = JSON.stringify({
    state: { ...EMPTY_SAVED_STATE, results: [{ id: 'x', completedAt: 'yesterday' }] },
    version: STORE_VERSION,
  });
  const outcome = restoreSavedState(broken);
  expect(outcome).toMatchObject({ kind: 'corrupt', reason: expect.stringMatching(/results/) });
});

test('an answer outside 0–7 is rejected, never clamped', () => {
  const state = {
    ...EMPTY_SAVED_STATE,
    progress: { bankVersion: 1, startedAt: 0, step: 0, answers: { a: { value: 9, at: 0, ms: 0 } } },
  };
  expect(restoreSavedState(JSON.stringify({ state, version: 1 }))).toMatchObject({
    kind: 'corrupt',
  });
});

test('data from a newer version is reported as newer, not migrated', () => {
  const newer = JSON.stringify({ state: { anything: true }, version: STORE_VERSION + 1 });
  expect(restoreSavedState(newer)).toEqual({ kind: 'newer', version: STORE_VERSION + 1 });
});

test('older versions run every migration forward in order', () => {
  const migrations = {
    1: (state: unknown) => ({ ...(state as object), step: 'two' }),
    2: () => EMPTY_SAVED_STATE,
  };
  const outcome = restoreSavedState(JSON.stringify({ state: {}, version: 1 }), migrations, 3);
  expect(outcome).toEqual({ kind: 'restored', state: EMPTY_SAVED_STATE, fromVersion: 1 });
});

test('a missing or failing migration is corrupt, so the data is kept aside', () => {
  expect(restoreSavedState(JSON.stringify({ state: {}, version: 0 }))).toMatchObject({
    kind: 'corrupt',
    reason: expect.stringMatching(/No migration from saved version 0/),
  });
  const failing = {
    1: () => {
      throw new Error('boom');
    },
  };
  expect(restoreSavedState(JSON.stringify({ state: {}, version: 1 }), failing, 2)).toMatchObject({
    kind: 'corrupt',
  });
});

/** Frozen: a v3 store whose result holds a level no rating has (6, 7): never written by tshape. */
const SAVED_V3_LEVEL_OUT_OF_SCALE = (level: number) =>
  JSON.stringify({
    state: {
      progress: null,
      results: [
        {
          id: 'mi4p2c-1a2b3c4d',
          completedAt: '2026-11-20T10:00:00.000Z',
          bankVersion: 1,
          responses: { 'stats-probability': level },
          timings: {},
        },
      ],
      teams: [],
      sharedResults: [],
      settings: { theme: 'system' },
    },
    version: 3,
  });

test('a saved level above 5 (6 or 7) is refused at the gate, as any invalid value is', () => {
  expect(restoreSavedState(SAVED_V3_LEVEL_OUT_OF_SCALE(5)).kind).toBe('restored');
  for (const level of [6, 7]) {
    expect(restoreSavedState(SAVED_V3_LEVEL_OUT_OF_SCALE(level))).toEqual({
      kind: 'corrupt',
      reason: expect.stringContaining('results.0.responses.stats-probability'),
    });
  }
});

/**
 * Frozen: a whole v4 store, as a v4 backup holds it (storage kept v4 records under
 * their own keys; record-storage.test has that layout frozen). Never edit.
 */
const SAVED_V4 = JSON.stringify({
  state: {
    progress: null,
    results: [
      {
        id: 'mi9x1k-5e6f7a8b',
        completedAt: '2026-12-01T09:30:00.000Z',
        bankVersion: 2,
        responses: { 'stats-estimation': 3, 'exp-test-design': 4 },
        timings: { 'stats-estimation': 5200 },
      },
    ],
    teams: [],
    sharedResults: [],
    settings: { theme: 'light' },
  },
  version: 4,
});

test('the frozen v4 fixture migrates with no growth areas on its results and no plans', () => {
  const outcome = restoreSavedState(SAVED_V4);
  expect(outcome).toMatchObject({ kind: 'restored', fromVersion: 4 });
  if (outcome.kind !== 'restored') return;
  expect(outcome.state.results).toEqual([
    {
      id: 'mi9x1k-5e6f7a8b',
      completedAt: '2026-12-01T09:30:00.000Z',
      bankVersion: 2,
      responses: { 'stats-estimation': 3, 'exp-test-design': 4 },
      timings: { 'stats-estimation': 5200 },
      growthAreas: [],
    },
  ]);
  expect(outcome.state.plans).toEqual([]);
});

test('a v5 store keeps growth areas and plans; an unknown area or a step too far is refused', () => {
  const plan = {
    id: 'plan-1',
    createdAt: '2026-12-02T10:00:00.000Z',
    resultId: 'r1',
    target: { kind: 'reference', id: 'ml-engineer' },
    steps: [
      { itemId: 'stats-estimation', fromLevel: 2, toLevel: 3, done: true, note: '', evidence: '' },
    ],
  };
  const state = (growthAreas: unknown, steps: unknown = plan.steps) =>
    JSON.stringify({
      state: {
        ...EMPTY_SAVED_STATE,
        results: [
          {
            id: 'r1',
            completedAt: '2026-12-01T09:30:00.000Z',
            bankVersion: 2,
            responses: {},
            timings: {},
            growthAreas,
          },
        ],
        plans: [{ ...plan, steps }],
      },
      version: STORE_VERSION,
    });
  const outcome = restoreSavedState(state(['deployment']));
  expect(outcome.kind === 'restored' && outcome.state.plans[0]).toEqual(plan);
  expect(restoreSavedState(state(['astrology'])).kind).toBe('corrupt');
  expect(restoreSavedState(state([], [{ ...plan.steps[0], fromLevel: 5, toLevel: 6 }])).kind).toBe(
    'corrupt',
  );
});

test('saved data names areas as links do', () => {
  expect([...SAVED_AREA_IDS]).toEqual(LINK_AREA_ORDER);
});
