import { expect, test } from 'vitest';
import { createMemoryStorage } from '../lib/memory-storage';
import { createAppStore } from './app-store';
import { decodeTeamFile } from '../domain/team-file';
import {
  MAX_ANSWER_MS,
  RECOVERY_KEY_PREFIX,
  STORE_KEY,
  STORE_VERSION,
  restoreSavedState,
} from './saved-state';

function storeOver(storage = createMemoryStorage(), now = () => 1_000) {
  return { storage, store: createAppStore(storage, now) };
}

function saved(storage: ReturnType<typeof createMemoryStorage>) {
  return JSON.parse(storage.entries.get(STORE_KEY) ?? 'null');
}

test('every answer is saved at once, with when it was given and the time it took', () => {
  let clock = 5_000;
  const { storage, store } = storeOver(createMemoryStorage(), () => clock);
  store.getState().answerQuestion('stats-probability', 3, 4_200);
  clock = 9_000;
  store.getState().answerQuestion('stats-probability', 4, 800);
  expect(saved(storage)).toMatchObject({
    version: STORE_VERSION,
    state: {
      progress: {
        startedAt: 5_000,
        step: 0,
        answers: { 'stats-probability': { value: 4, at: 9_000, ms: 800 } },
      },
    },
  });
  expect(store.health.getState().lastWrite).toBe('saved');
});

test('actions are never persisted, only data', () => {
  const { storage, store } = storeOver();
  store.getState().startAssessment();
  expect(Object.keys(saved(storage).state).sort()).toEqual([
    'progress',
    'results',
    'settings',
    'sharedResults',
    'teams',
  ]);
});

test('a store restores the saved progress of the previous session', () => {
  const { storage, store } = storeOver();
  store.getState().answerQuestion('stats-probability', 2, 1_000);
  store.getState().goToStep(3);
  const { store: reopened } = storeOver(storage);
  expect(reopened.getState().progress).toMatchObject({
    step: 3,
    answers: { 'stats-probability': { value: 2 } },
  });
});

test('completing saves a dated result and clears the progress in the same write', () => {
  const { storage, store } = storeOver(createMemoryStorage(), () => Date.UTC(2026, 10, 23, 9));
  store.getState().answerQuestion('stats-probability', 3, 2_000);
  store.getState().answerQuestion('stats-check-1', 1, 6_000);
  const result = store.getState().completeAssessment();
  expect(result).toMatchObject({
    completedAt: '2026-11-23T09:00:00.000Z',
    bankVersion: 1,
    responses: { 'stats-probability': 3, 'stats-check-1': 1 },
    timings: { 'stats-probability': 2_000, 'stats-check-1': 6_000 },
  });
  expect(saved(storage).state).toMatchObject({ progress: null, results: [result] });
});

test('completing with nothing in progress saves nothing', () => {
  const { store } = storeOver();
  expect(store.getState().completeAssessment()).toBeNull();
  expect(store.getState().results).toEqual([]);
});

test('full storage keeps the answer in memory and reports it was not saved', () => {
  const storage = createMemoryStorage({}, 50);
  const { store } = storeOver(storage);
  store.getState().answerQuestion('stats-probability', 5, 1_000);
  expect(store.getState().progress?.answers['stats-probability']?.value).toBe(5);
  expect(store.health.getState().lastWrite).toBe('not-saved');
  expect(storage.entries.has(STORE_KEY)).toBe(false);
});

test('blocked storage works in memory and says so', () => {
  const store = createAppStore(null);
  store.getState().answerQuestion('stats-probability', 1, 1_000);
  expect(store.getState().progress?.answers['stats-probability']?.value).toBe(1);
  expect(store.health.getState().mode).toBe('memory');
});

test('corrupt saved data is kept aside unchanged before anything is written', () => {
  const raw = '{"state": {"progress": "not an object"}, "version": 1}';
  const storage = createMemoryStorage({ [STORE_KEY]: raw });
  const { store } = storeOver(storage, () => Date.UTC(2026, 10, 23));
  store.getState().answerQuestion('stats-probability', 2, 1_000);
  const recoveryKey = `${RECOVERY_KEY_PREFIX}2026-11-23T00:00:00.000Z`;
  expect(storage.entries.get(recoveryKey)).toBe(raw);
  expect(store.health.getState()).toMatchObject({ recoveryKey, readOnly: false });
  expect(saved(storage).state.progress.answers['stats-probability'].value).toBe(2);
});

test('data from a newer tshape is kept aside and this tab never writes over it', () => {
  const raw = JSON.stringify({ state: { future: true }, version: STORE_VERSION + 1 });
  const storage = createMemoryStorage({ [STORE_KEY]: raw });
  const { store } = storeOver(storage);
  store.getState().answerQuestion('stats-probability', 2, 1_000);
  expect(storage.entries.get(STORE_KEY)).toBe(raw);
  expect(store.health.getState()).toMatchObject({ readOnly: true });
  expect(store.health.getState().recoveryKey).toMatch(RECOVERY_KEY_PREFIX);
});

test('reviewing a result reopens its answers, and completing replaces it instead of adding one', () => {
  let clock = Date.UTC(2026, 10, 23, 9);
  const { store } = storeOver(createMemoryStorage(), () => clock);
  store.getState().answerQuestion('stats-probability', 3, 400);
  store.getState().answerQuestion('stats-estimation', 1, 300);
  const first = store.getState().completeAssessment();
  if (!first) throw new Error('no result');

  clock += 60_000;
  store.getState().reviewResult(first.id);
  expect(store.getState().progress).toMatchObject({
    step: 0,
    revises: first.id,
    answers: {
      'stats-probability': { value: 3, ms: 400 },
      'stats-estimation': { value: 1, ms: 300 },
    },
  });
  store.getState().answerQuestion('stats-estimation', 2, 5_000);
  const revised = store.getState().completeAssessment();
  expect(store.getState().results).toEqual([revised]);
  expect(revised?.responses).toEqual({ 'stats-probability': 3, 'stats-estimation': 2 });
  expect(revised?.completedAt).toBe('2026-11-23T09:01:00.000Z');
});

test('reviewing an unknown result changes nothing', () => {
  const { store } = storeOver();
  store.getState().reviewResult('missing');
  expect(store.getState().progress).toBeNull();
});

test('teams are created, opened, renamed, filled without duplicates, and deleted', () => {
  const { storage, store } = storeOver();
  const first = store.getState().createTeam('Data platform');
  const second = store.getState().createTeam('Growth');
  expect(store.getState().settings.activeTeamId).toBe(second);

  store.getState().renameTeam(first, 'Platform');
  store.getState().addTeamMembers(first, ['AAA', 'BBB']);
  store.getState().addTeamMembers(first, ['BBB', 'CCC']);
  store.getState().removeTeamMember(first, 'AAA');
  store.getState().setTeamAnonymous(first, true);
  expect(store.getState().teams[0]).toMatchObject({
    name: 'Platform',
    members: ['BBB', 'CCC'],
    anonymous: true,
  });

  store.getState().deleteTeam(second);
  expect(store.getState().teams.map((team) => team.id)).toEqual([first]);
  expect(store.getState().settings.activeTeamId).toBe(first);
  expect(saved(storage).state.teams).toHaveLength(1);

  store.getState().deleteTeam(first);
  expect(store.getState().teams).toEqual([]);
  expect(store.getState().settings.activeTeamId).toBeUndefined();
});

test('whatever the actions are handed, what they save loads back on the next visit', () => {
  // Each of these once saved a value past the schema's limits, so the next load
  // found the whole record unreadable and put all of it aside.
  const { storage, store } = storeOver();
  // A tab left open for more than a day before the answer.
  store.getState().answerQuestion('stats-probability', 3, 25 * 60 * 60 * 1000);
  // A long text pasted into "Display name".
  store.getState().setDisplayName('Ada '.repeat(60));
  // A team file whose name is 50 emoji: 50 characters, but 100 UTF-16 units.
  const imported = decodeTeamFile(
    JSON.stringify({ format: 'tshape-team', version: 1, name: '🦄'.repeat(50), members: [] }),
  );
  const team = store.getState().createTeam(imported.ok ? imported.name : '');
  store.getState().renameTeam(team, '');
  // More members than a team holds, and a "payload" no share link could carry.
  store.getState().addTeamMembers(team, ['x'.repeat(401)]);
  store.getState().addTeamMembers(
    team,
    Array.from({ length: 205 }, (_, index) => `member-${index}`),
  );

  const reloaded = restoreSavedState(storage.entries.get(STORE_KEY) ?? null);
  expect(reloaded.kind).toBe('restored');
  expect(reloaded.kind === 'restored' && reloaded.state).toEqual(
    expect.objectContaining({
      progress: expect.objectContaining({
        answers: { 'stats-probability': expect.objectContaining({ ms: MAX_ANSWER_MS }) },
      }),
      settings: expect.objectContaining({ displayName: 'Ada '.repeat(50) }),
      teams: [
        expect.objectContaining({
          name: '🦄'.repeat(40),
          members: Array.from({ length: 200 }, (_, index) => `member-${index}`),
        }),
      ],
    }),
  );
});

test('a retake starts prefilled from the latest result and leaves that result untouched', () => {
  const { store } = storeOver(createMemoryStorage(), () => Date.UTC(2026, 10, 23, 9));
  store.getState().answerQuestion('stats-probability', 3, 4_000);
  const first = store.getState().completeAssessment();
  store.getState().retakeAssessment();
  expect(store.getState().progress).toMatchObject({
    prefilledFrom: first?.id,
    answers: { 'stats-probability': { value: 3, ms: 0 } },
  });
  store.getState().answerQuestion('stats-probability', 4, 2_000);
  store.getState().completeAssessment();
  expect(store.getState().results.map((result) => result.responses['stats-probability'])).toEqual([
    3, 4,
  ]);
  store.getState().deleteResult(first?.id ?? '');
  expect(store.getState().results).toHaveLength(1);
});

test('a shared result is saved once, apart from one’s own results, and can be removed', () => {
  const { storage, store } = storeOver(createMemoryStorage(), () => Date.UTC(2026, 10, 23, 9));
  store.getState().saveSharedResult('PAYLOAD-A');
  store.getState().saveSharedResult('PAYLOAD-A');
  store.getState().saveSharedResult('PAYLOAD-B');
  expect(store.getState().sharedResults).toEqual([
    { payload: 'PAYLOAD-A', savedAt: '2026-11-23T09:00:00.000Z' },
    { payload: 'PAYLOAD-B', savedAt: '2026-11-23T09:00:00.000Z' },
  ]);
  expect(store.getState().results).toEqual([]);
  expect(saved(storage).state.sharedResults).toHaveLength(2);

  store.getState().removeSharedResult('PAYLOAD-A');
  expect(store.getState().sharedResults.map((each) => each.payload)).toEqual(['PAYLOAD-B']);

  // Never more than the saved data can hold, so the next load never fails on it.
  store.getState().saveSharedResult('x'.repeat(401));
  for (let index = 0; index < 250; index += 1) store.getState().saveSharedResult(`P-${index}`);
  expect(store.getState().sharedResults).toHaveLength(200);
  expect(restoreSavedState(storage.entries.get(STORE_KEY) ?? null).kind).toBe('restored');
});

test('"Delete all my data" empties the store and removes every tshape key of its own storage, and no other', () => {
  const raw = '{"state": {"progress": "not an object"}, "version": 1}';
  const storage = createMemoryStorage({ [STORE_KEY]: raw, 'other-app': 'kept', tshapes: 'kept' });
  const { store } = storeOver(storage, () => Date.UTC(2026, 10, 23));
  expect(storage.entries.get(`${RECOVERY_KEY_PREFIX}2026-11-23T00:00:00.000Z`)).toBe(raw);
  expect(store.getState().readRecoveredData()).toBe(raw);
  store.getState().answerQuestion('stats-probability', 2, 1_000);

  store.getState().deleteAllData();
  expect(store.getState().progress).toBeNull();
  expect([...storage.entries.keys()].sort()).toEqual(['other-app', 'tshapes']);
  expect(store.health.getState()).toMatchObject({
    recoveryKey: null,
    recoveryReason: null,
    lastWrite: null,
  });
  expect(store.getState().readRecoveredData()).toBeNull();
});

test('each store keeps its own storage health: a blocked one does not mark another', () => {
  const blocked = createAppStore(null);
  const { store } = storeOver();
  expect(blocked.health.getState().mode).toBe('memory');
  expect(store.health.getState().mode).toBe('local');
});

test('a saved level of 6 or 7 is kept unchanged in the recovery key, never overwritten', () => {
  const raw = JSON.stringify({
    state: {
      progress: null,
      results: [
        {
          id: 'mi4p2c-1a2b3c4d',
          completedAt: '2026-11-20T10:00:00.000Z',
          bankVersion: 1,
          responses: { 'stats-probability': 6, 'stats-estimation': 7 },
          timings: {},
        },
      ],
      teams: [],
      sharedResults: [],
      settings: { theme: 'system' },
    },
    version: 3,
  });
  const storage = createMemoryStorage({ [STORE_KEY]: raw });
  const { store } = storeOver(storage, () => Date.UTC(2026, 10, 23));
  expect(store.getState().results).toEqual([]);
  expect(storage.entries.get(`${RECOVERY_KEY_PREFIX}2026-11-23T00:00:00.000Z`)).toBe(raw);
  expect(store.health.getState().recoveryReason).toMatch(/results\.0\.responses/);
});
