import { chooseTarget, deletePlan, tickPlanStep } from './plan-actions';
import { expect, test } from 'vitest';
import { createMemoryStorage } from '../lib/memory-storage';
import type { KeyValueStorage } from '../lib/browser-storage';
import { buildResult } from '../testing/builders';
import { createAppStore, type AppStore } from './app-store';
import { openTestStore } from '../testing/test-store';
import { importData } from './import-data';
import { mergeSavedStates } from './merge-saved-state';
import { hasSavedData } from './record-storage';
import { selectSavedState } from './selectors';
import { deleteAllData } from './rare-data-actions';
import type { SavedState } from './saved-state';
import { STORE_KEY, STORE_VERSION } from './saved-limits';

/**
 * Browser tabs over one storage: each tab's writes reach the others as `storage`
 * events, held until `deliver()` (in a browser they arrive a moment later).
 */
function tabs(storage = createMemoryStorage()) {
  const stores: AppStore[] = [];
  const pending: { from: AppStore; key: string; newValue: string | null }[] = [];
  function open(now: () => number = Date.now): AppStore {
    let self: AppStore | null = null;
    const tab: KeyValueStorage = {
      get length() {
        return storage.length;
      },
      key: (index) => storage.key(index),
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => {
        storage.setItem(key, value);
        if (self) pending.push({ from: self, key, newValue: value });
      },
      removeItem: (key) => {
        const had = storage.getItem(key) !== null;
        storage.removeItem(key);
        if (self && had) pending.push({ from: self, key, newValue: null });
      },
    };
    self = openTestStore(tab, now);
    stores.push(self);
    return self;
  }
  /** Delivers every pending event, and those the deliveries cause, in order. */
  async function deliver(): Promise<void> {
    while (pending.length > 0) {
      const event = pending.shift();
      if (!event) break;
      for (const store of stores) {
        if (store !== event.from) await store.receive(event.key, event.newValue);
      }
    }
  }
  return { storage, open, deliver };
}

function nextVisit(storage: KeyValueStorage): SavedState {
  return selectSavedState(openTestStore(storage).getState());
}

function seeded(storage: KeyValueStorage, clock = { now: Date.UTC(2026, 10, 1) }) {
  const store = openTestStore(storage, () => (clock.now += 60_000));
  for (let index = 0; index < 3; index += 1) {
    store.getState().answerQuestion('stats-probability', 3, 1_000);
    store.getState().completeAssessment();
  }
  store.getState().createTeam('Platform', ['AAA', 'BBB']);
  store.getState().createTeam('Growth');
  store.getState().saveSharedResult('SHARED-A');
  store.getState().saveSharedResult('SHARED-B');
  return store;
}

test('a deletion in one tab is never written back by another tab that still shows it', async () => {
  const { storage, open, deliver } = tabs();
  seeded(storage);
  const a = open();
  const b = open();
  const [first] = b.getState().results;
  const [team] = b.getState().teams;
  if (!first || !team) throw new Error('seeding failed');

  // Tab A answers; before A hears of it, tab B deletes one of each kind.
  a.getState().answerQuestion('stats-estimation', 2, 900);
  expect(b.getState().deleteResult(first.id)).toBe(true);
  expect(b.getState().deleteTeam(team.id)).toBe(true);
  expect(b.getState().removeSharedResult('SHARED-A')).toBe(true);
  a.getState().answerQuestion('stats-estimation', 3, 900);
  a.getState().setTheme('dark');
  await deliver();
  a.getState().answerQuestion('stats-estimation', 4, 900);
  await deliver();

  for (const state of [
    selectSavedState(a.getState()),
    selectSavedState(b.getState()),
    nextVisit(storage),
  ]) {
    expect(state.results.map((result) => result.id)).not.toContain(first.id);
    expect(state.results).toHaveLength(2);
    expect(state.teams.map((each) => each.name)).toEqual(['Growth']);
    expect(state.sharedResults.map((each) => each.payload)).toEqual(['SHARED-B']);
    expect(state.progress?.answers['stats-estimation']?.value).toBe(4);
    expect(state.settings.theme).toBe('dark');
  }
});

test('"Delete all my data" in one tab empties every tab, and the others write nothing back', async () => {
  const { storage, open, deliver } = tabs();
  seeded(storage);
  const a = open();
  const b = open();
  a.getState().answerQuestion('stats-estimation', 2, 900);
  await deliver();

  expect(deleteAllData(b)).toBe(true);
  a.getState().renameTeam(a.getState().teams[1]?.id ?? '', 'Still here?');
  await deliver();
  // A's rename came after B's deletion: it wrote its one team back, and only that, and
  // each tab shows what storage holds.
  expect(nextVisit(storage)).toMatchObject({ results: [], sharedResults: [], progress: null });
  expect(nextVisit(storage).teams.map((each) => each.name)).toEqual(['Still here?']);
  expect(selectSavedState(a.getState())).toEqual(nextVisit(storage));
  expect(selectSavedState(b.getState())).toEqual(nextVisit(storage));

  a.getState().answerQuestion('stats-probability', 1, 900);
  await deliver();
  expect(nextVisit(storage).results).toEqual([]);
  expect(b.getState().progress?.answers['stats-probability']?.value).toBe(1);
});

const answerValues = (store: AppStore) =>
  Object.fromEntries(
    Object.entries(store.getState().progress?.answers ?? {}).map(([id, { value }]) => [id, value]),
  );

/** Two tabs on one assessment: a started it at 1,000 and answered q1; b opened after. */
function twoTabsOnOneAssessment() {
  const { storage, open, deliver } = tabs();
  let clock = 10_000;
  const a = open(() => (clock += 10));
  a.getState().answerQuestion('q1', 1, 500, 1_000);
  const b = open(() => (clock += 10));
  return { storage, a, b, deliver };
}

test('two tabs answering the same assessment keep every answer, newest wins, and stop echoing', async () => {
  const { storage, open, deliver } = tabs();
  let clock = 1_000;
  const a = open(() => (clock += 10));
  a.getState().answerQuestion('q1', 1, 500);
  const b = open(() => (clock += 10));
  a.getState().answerQuestion('q2', 2, 500);
  b.getState().answerQuestion('q3', 3, 500);
  b.getState().answerQuestion('q1', 4, 500);
  await deliver();
  // Once in step, an answer is one write, taken in by the other tab with no echo.
  let writes = 0;
  const setItem = storage.setItem;
  storage.setItem = (key, value) => {
    writes += 1;
    setItem(key, value);
  };
  a.getState().answerQuestion('q4', 1, 500);
  await deliver();
  expect(writes).toBe(1);
  expect(answerValues(a)).toEqual({ q1: 4, q2: 2, q3: 3, q4: 1 });
  expect(answerValues(b)).toEqual({ q1: 4, q2: 2, q3: 3, q4: 1 });
  expect(nextVisit(storage).progress?.answers).toEqual(a.getState().progress?.answers);
});

test('two tabs that start an assessment at the same moment keep both answers, on the earlier start', async () => {
  const { storage, open, deliver } = tabs();
  let clock = 10_000;
  const a = open(() => (clock += 10));
  const b = open(() => (clock += 10));
  // Each quiz opened on nothing in progress, and each is answered before the other's
  // write arrives: b's start is the later, so b takes a's start and draw.
  a.getState().answerQuestion('q1', 1, 500, 1_000);
  b.getState().answerQuestion('q2', 2, 500, 2_000);
  await deliver();
  for (const tab of [a, b]) {
    expect(tab.getState().progress?.startedAt).toBe(1_000);
    expect(answerValues(tab)).toEqual({ q1: 1, q2: 2 });
  }
  expect(nextVisit(storage).progress).toEqual(a.getState().progress);
});

test('a retake in one tab replaces the assessment another tab was still answering, in both', async () => {
  const { storage, a, b, deliver } = twoTabsOnOneAssessment();
  a.getState().startAssessment();
  // b answers the old assessment before a's new start reaches it: the old one, with
  // b's answer, is what storage holds last, and still the new start wins everywhere.
  b.getState().answerQuestion('q5', 5, 500);
  await deliver();
  const restarted = a.getState().progress;
  expect(restarted).toMatchObject({ replaces: 1_000, answers: {} });
  expect(b.getState().progress).toEqual(restarted);
  expect(nextVisit(storage).progress).toEqual(restarted);
});

test('tabs agree on the last write: an event whose key was written again since is passed over', async () => {
  const { storage, a, b, deliver } = twoTabsOnOneAssessment();
  // "Start over" in a while b answers: b's write comes last, so both keep it.
  a.getState().discardProgress();
  b.getState().answerQuestion('q2', 2, 500);
  await deliver();
  expect(answerValues(a)).toEqual({ q1: 1, q2: 2 });
  expect(b.getState().progress).toEqual(a.getState().progress);
  expect(nextVisit(storage).progress).toEqual(a.getState().progress);
});

test('an answer writes only the answers in progress, however much else is saved', () => {
  const storage = createMemoryStorage();
  const store = seeded(storage);
  for (let index = 0; index < 150; index += 1) store.getState().saveSharedResult(`S-${index}`);
  const writes: string[] = [];
  const setItem = storage.setItem;
  storage.setItem = (key, value) => {
    writes.push(key);
    setItem(key, value);
  };
  store.getState().answerQuestion('stats-probability', 2, 1_000);
  store.getState().setDisplayName('Ada');
  expect(writes).toEqual(['tshape:progress', 'tshape:settings']);
});

test('a result that cannot be written leaves its answers in progress in storage, not neither', () => {
  const roomy = createMemoryStorage();
  const before = openTestStore(roomy);
  before.getState().answerQuestion('stats-probability', 3, 1_000);
  before.getState().answerQuestion('stats-estimation', 2, 1_000);
  const used = [...roomy.entries].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  const storage = createMemoryStorage(Object.fromEntries(roomy.entries), used + 60);
  const store = openTestStore(storage, () => Date.UTC(2026, 10, 23));
  expect(store.getState().completeAssessment()).not.toBeNull();
  expect(store.health.getState().lastWrite).toBe('not-saved');
  expect(nextVisit(storage)).toMatchObject({
    results: [],
    progress: { answers: { 'stats-probability': { value: 3 }, 'stats-estimation': { value: 2 } } },
  });
});

test('a change that does not fit is undone, and the action says it was not saved', () => {
  const storage = createMemoryStorage({}, 1_500);
  const store = openTestStore(storage);
  const team = store.getState().createTeam('Platform');
  if (!team) throw new Error('no team');
  const payloads = Array.from({ length: 120 }, (_, index) => `MEMBER-${index}-${'x'.repeat(40)}`);
  expect(store.getState().addTeamMembers(team, payloads)).toBe(false);
  expect(store.getState().teams[0]?.members).toEqual([]);
  expect(store.getState().createTeam('Imported', payloads)).toBeNull();
  expect(store.getState().teams).toHaveLength(1);
  expect(nextVisit(storage).teams).toEqual(store.getState().teams);
});

test('a merge keeps within the limits and says what it left out; what it saved loads back', () => {
  const storage = createMemoryStorage();
  const store = openTestStore(storage);
  for (let index = 0; index < 150; index += 1) store.getState().saveSharedResult(`MINE-${index}`);
  const file: SavedState = {
    ...selectSavedState(openTestStore(createMemoryStorage()).getState()),
    results: [buildResult({ id: 'from-file' })],
    sharedResults: Array.from({ length: 150 }, (_, index) => ({
      payload: `THEIRS-${index}`,
      savedAt: '2026-11-01T00:00:00.000Z',
    })),
  };
  const merged = mergeSavedStates(selectSavedState(store.getState()), file);
  const report = importData(store, merged.state, merged.sharedOverLimit);
  expect(report).toEqual({
    kept: true,
    added: { results: 1, teams: 0, sharedResults: 50, plans: 0 },
    overLimit: 100,
    noRoom: 0,
  });
  const again = openTestStore(storage);
  expect(again.health.getState().unreadable).toEqual([]);
  expect(again.getState().sharedResults).toHaveLength(200);
  expect(again.getState().results.map((result) => result.id)).toEqual(['from-file']);
});

test('an import that does not fit keeps what fits, counts the rest, and shows only what is saved', () => {
  const storage = createMemoryStorage({}, 20_000);
  const store = openTestStore(storage);
  const results = Array.from({ length: 40 }, (_, index) =>
    buildResult({ id: `r-${String(index).padStart(2, '0')}` }),
  );
  const file = { ...selectSavedState(store.getState()), results };
  const report = importData(store, file);
  expect(report.kept).toBe(true);
  expect(report.noRoom).toBeGreaterThan(0);
  expect(report.added.results + report.noRoom).toBe(40);
  expect(selectSavedState(store.getState())).toEqual(nextVisit(storage));
});

test('an import in a tab that holds its writes changes nothing and says so', () => {
  const storage = createMemoryStorage({
    [STORE_KEY]: JSON.stringify({ version: STORE_VERSION + 1, state: null }),
  });
  const store = openTestStore(storage);
  const file = { ...selectSavedState(store.getState()), results: [buildResult()] };
  expect(importData(store, file).kept).toBe(false);
  expect(store.getState().results).toEqual([]);
});

const V3_STORE = JSON.stringify({
  version: 3,
  state: {
    progress: {
      bankVersion: 1,
      startedAt: 1_700_000_000_000,
      step: 2,
      answers: { 'stats-probability': { value: 3, at: 1_700_000_100_000, ms: 4_000 } },
    },
    results: [
      {
        id: 'mi4p2c-1a2b3c4d',
        completedAt: '2026-11-20T10:00:00.000Z',
        bankVersion: 1,
        responses: { 'stats-probability': 4 },
        timings: { 'stats-probability': 3_000 },
      },
    ],
    teams: [
      {
        id: 'team-1',
        name: 'Data platform',
        createdAt: '2026-11-21T10:00:00.000Z',
        anonymous: false,
        members: ['AAA'],
      },
    ],
    sharedResults: [{ payload: 'SHARED', savedAt: '2026-11-22T10:00:00.000Z' }],
    settings: { theme: 'dark', displayName: 'Ada', activeTeamId: 'team-1' },
  },
});

/** The v3 store as version 5 reads it: no growth areas on its results, and no plans. */
function migratedV3(): SavedState {
  const legacy = JSON.parse(V3_STORE).state as SavedState;
  return {
    ...legacy,
    results: legacy.results.map((result) => ({ ...result, growthAreas: [] })),
    plans: [],
  };
}

test('a v3 store is split into records, the old value replaced only once they are all written', () => {
  const storage = createMemoryStorage({ [STORE_KEY]: V3_STORE });
  const store = openTestStore(storage);
  const legacy = migratedV3();
  expect(selectSavedState(store.getState())).toEqual(legacy);
  expect([...storage.entries.keys()].sort()).toEqual([
    'tshape',
    'tshape:progress',
    'tshape:result:mi4p2c-1a2b3c4d',
    'tshape:settings',
    'tshape:shared:SHARED',
    'tshape:team:team-1',
  ]);
  expect(JSON.parse(storage.entries.get(STORE_KEY) ?? '')).toEqual({
    version: STORE_VERSION,
    state: null,
  });
  expect(nextVisit(storage)).toEqual(legacy);
});

test('without room to split a v3 store, it is shown, left as it was, and nothing is written', () => {
  const storage = createMemoryStorage({ [STORE_KEY]: V3_STORE }, V3_STORE.length + 400);
  const store = openTestStore(storage);
  expect(store.health.getState().hold).toBe('no-room-to-upgrade');
  expect(selectSavedState(store.getState())).toEqual(migratedV3());
  store.getState().answerQuestion('stats-estimation', 1, 1_000);
  expect([...storage.entries]).toEqual([[STORE_KEY, V3_STORE]]);
});

test('another tab’s new record joins this tab in its place; one it cannot read is reported', async () => {
  const { storage, open, deliver } = tabs();
  const a = open();
  const b = open(() => Date.UTC(2026, 10, 23));
  b.getState().answerQuestion('stats-probability', 2, 1_000);
  const result = b.getState().completeAssessment();
  await deliver();
  expect(a.getState().results).toEqual([result]);
  expect(a.getState().progress).toBeNull();

  storage.setItem('tshape:team:odd', '{"id": 1}');
  await a.receive('tshape:team:odd', '{"id": 1}');
  expect(a.health.getState().unreadable).toEqual([
    { key: 'tshape:team:odd', reason: expect.stringMatching(/at id/) },
  ]);
  storage.removeItem('tshape:team:odd');
  await a.receive('tshape:team:odd', null);
  expect(a.health.getState().unreadable).toEqual([]);
});

test('the frozen v4 layout loads as it was saved', () => {
  const storage = createMemoryStorage({
    tshape: '{"version":4,"state":null}',
    'tshape:progress':
      '{"bankVersion":1,"startedAt":1700000000000,"step":1,"answers":{"stats-probability":{"value":2,"at":1700000100000,"ms":5000}}}',
    'tshape:settings': '{"theme":"contrast","displayName":"Grace","activeTeamId":"team-b"}',
    'tshape:result:r2':
      '{"id":"r2","completedAt":"2026-11-22T10:00:00.000Z","bankVersion":1,"responses":{"stats-probability":5},"timings":{"stats-probability":2000}}',
    'tshape:result:r1':
      '{"id":"r1","completedAt":"2026-11-21T10:00:00.000Z","bankVersion":1,"responses":{"stats-probability":4},"timings":{}}',
    'tshape:team:team-b':
      '{"id":"team-b","name":"Growth","createdAt":"2026-11-23T10:00:00.000Z","anonymous":true,"members":[]}',
    'tshape:team:team-a':
      '{"id":"team-a","name":"Platform","createdAt":"2026-11-20T10:00:00.000Z","anonymous":false,"members":["AAA","BBB"]}',
    'tshape:shared:SHARED': '{"payload":"SHARED","savedAt":"2026-11-24T10:00:00.000Z"}',
    'tshape:probe': '1',
  });
  const store = openTestStore(storage);
  expect(store.health.getState()).toMatchObject({ unreadable: [], hold: null });
  expect(selectSavedState(store.getState())).toEqual({
    progress: {
      bankVersion: 1,
      startedAt: 1_700_000_000_000,
      step: 1,
      answers: { 'stats-probability': { value: 2, at: 1_700_000_100_000, ms: 5_000 } },
    },
    settings: { theme: 'contrast', displayName: 'Grace', activeTeamId: 'team-b' },
    results: [
      {
        id: 'r1',
        completedAt: '2026-11-21T10:00:00.000Z',
        bankVersion: 1,
        responses: { 'stats-probability': 4 },
        timings: {},
        // Version 5's field: a v4 record reads with none.
        growthAreas: [],
      },
      {
        id: 'r2',
        completedAt: '2026-11-22T10:00:00.000Z',
        bankVersion: 1,
        responses: { 'stats-probability': 5 },
        timings: { 'stats-probability': 2_000 },
        growthAreas: [],
      },
    ],
    teams: [
      {
        id: 'team-a',
        name: 'Platform',
        createdAt: '2026-11-20T10:00:00.000Z',
        anonymous: false,
        members: ['AAA', 'BBB'],
      },
      {
        id: 'team-b',
        name: 'Growth',
        createdAt: '2026-11-23T10:00:00.000Z',
        anonymous: true,
        members: [],
      },
    ],
    sharedResults: [{ payload: 'SHARED', savedAt: '2026-11-24T10:00:00.000Z' }],
    plans: [],
  });
  // Loading writes nothing: what was read is what storage holds.
  expect(storage.entries.size).toBe(9);
  // The first write names version 5 first, so a tshape 4 tab holds its writes from then.
  store.getState().setTheme('dark');
  expect(storage.getItem(STORE_KEY)).toBe(JSON.stringify({ version: STORE_VERSION, state: null }));
  expect(nextVisit(storage).results.map((result) => result.growthAreas)).toEqual([[], []]);
});

test('a plan is a record of its own: a deletion in one tab is never written back by another', async () => {
  const { storage, open, deliver } = tabs();
  const clock = { now: Date.UTC(2026, 11, 1) };
  const a = open(() => (clock.now += 1_000));
  a.getState().answerQuestion('stats-estimation', 2, 1_000);
  const result = a.getState().completeAssessment();
  if (!result) throw new Error('no result');
  const steps = [{ itemId: 'stats-estimation', fromLevel: 2, toLevel: 3 }];
  const planId = chooseTarget(
    a,
    { kind: 'reference', id: 'ml-engineer' },
    {
      resultId: result.id,
      steps,
    },
  );
  if (!planId) throw new Error('no plan');
  expect(storage.getItem(`tshape:plan:${planId}`)).not.toBeNull();
  await deliver();
  const b = open();
  expect(b.getState().plans.map((plan) => plan.id)).toEqual([planId]);

  // Tab B ticks the step while tab A deletes the plan; A's deletion reaches B.
  expect(deletePlan(a, planId)).toBe(true);
  await deliver();
  expect(b.getState().plans).toEqual([]);
  tickPlanStep(b, planId, 'stats-estimation', true);
  await deliver();
  expect(storage.getItem(`tshape:plan:${planId}`)).toBeNull();
  expect(nextVisit(storage).plans).toEqual([]);

  // "Delete all my data" removes plans with everything else.
  chooseTarget(a, { kind: 'own', areas: { statistics: 60 } }, { resultId: result.id, steps });
  expect(nextVisit(storage).plans).toHaveLength(1);
  expect(deleteAllData(a)).toBe(true);
  expect(nextVisit(storage).plans).toEqual([]);
});

test('a tab of tshape 3 copying the new marker aside is no cause for alarm: the copy goes', async () => {
  const marker = JSON.stringify({ version: STORE_VERSION, state: null });
  const storage = createMemoryStorage({
    [STORE_KEY]: marker,
    'tshape:recovery:2026-12-01T00:00:00.000Z': marker,
  });
  const store = openTestStore(storage);
  expect(store.health.getState().unreadable).toEqual([]);
  expect([...storage.entries.keys()]).toEqual([STORE_KEY]);

  // The same when the old tab does it while this one is open.
  storage.setItem('tshape:recovery:2026-12-02T00:00:00.000Z', marker);
  await store.receive('tshape:recovery:2026-12-02T00:00:00.000Z', marker);
  expect(store.health.getState().unreadable).toEqual([]);
  expect([...storage.entries.keys()]).toEqual([STORE_KEY]);
});

test('hasSavedData: only what needs the decoder to read counts as saved', () => {
  const marker = JSON.stringify({ version: STORE_VERSION, state: null });
  expect(hasSavedData(null)).toBe(false);
  expect(hasSavedData(createMemoryStorage())).toBe(false);
  expect(hasSavedData(createMemoryStorage({ 'tshape:probe': '1', other: 'app' }))).toBe(false);
  expect(hasSavedData(createMemoryStorage({ [STORE_KEY]: marker }))).toBe(false);
  expect(hasSavedData(createMemoryStorage({ [STORE_KEY]: '{"version":3,"state":{}}' }))).toBe(true);
  expect(hasSavedData(createMemoryStorage({ 'tshape:settings': '{}' }))).toBe(true);
  expect(hasSavedData(createMemoryStorage({ 'tshape:recovery:2026': 'x' }))).toBe(true);
  const unlistable = {
    ...createMemoryStorage({ 'tshape:settings': '{}' }),
    key: () => {
      throw new DOMException('Read failed', 'UnknownError');
    },
  };
  expect(hasSavedData(unlistable)).toBe(true);
});

test('a first visit opens without the decoder, and fetches it when another tab first writes', async () => {
  const storage = createMemoryStorage();
  const store = createAppStore(storage, () => Date.UTC(2026, 11, 4), null);
  store.getState().answerQuestion('stats-estimation', 3, 1_000);
  expect(storage.getItem('tshape:progress')).toContain('stats-estimation');

  const settings = JSON.stringify({ theme: 'dark' });
  storage.setItem('tshape:settings', settings);
  await store.receive('tshape:settings', settings);
  expect(store.getState().settings.theme).toBe('dark');
  expect(nextVisit(storage).settings.theme).toBe('dark');
});

test('a store without the decoder refuses saved data rather than reading it as empty', () => {
  const storage = createMemoryStorage({ 'tshape:settings': JSON.stringify({ theme: 'dark' }) });
  expect(() => createAppStore(storage, Date.now, null)).toThrow(/not given its decoder/);
  expect(storage.getItem('tshape:settings')).toBe(JSON.stringify({ theme: 'dark' }));
});

test('a page back from the cache reads storage afresh, fetching the decoder it did not need before', async () => {
  const storage = createMemoryStorage();
  const store = createAppStore(storage, Date.now, null);
  const result = buildResult({ id: 'while-away' });
  storage.setItem(`tshape:result:${result.id}`, JSON.stringify(result));
  await store.reload();
  expect(store.getState().results.map((each) => each.id)).toEqual(['while-away']);
});
