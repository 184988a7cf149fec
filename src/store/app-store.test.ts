import {
  chooseTarget,
  deletePlan,
  keepTargetForLater,
  notePlanStep,
  setGrowthInterests,
  tickPlanStep,
} from './plan-actions';
import { expect, test } from 'vitest';
import { createMemoryStorage } from '../lib/memory-storage';
import { openTestStore } from '../testing/test-store';
import { decodeTeamFile } from '../domain/team-file';
import { selectSavedState } from './selectors';
import { deleteAllData, deleteUnreadableData, readUnreadableData } from './rare-data-actions';
import { MAX_ANSWER_MS, STORE_KEY, STORE_VERSION } from './saved-limits';

function storeOver(storage = createMemoryStorage(), now = () => 1_000) {
  return { storage, store: openTestStore(storage, now) };
}

/** A saved value, parsed, by its key (the layout is store/record-storage's). */
function saved(storage: ReturnType<typeof createMemoryStorage>, key: string) {
  return JSON.parse(storage.entries.get(key) ?? 'null');
}

function created(teamId: string | null): string {
  if (teamId === null) throw new Error('The team was not saved.');
  return teamId;
}

/** What the next visit finds: a fresh store over the same storage. */
function reopened(storage: ReturnType<typeof createMemoryStorage>) {
  const store = openTestStore(storage);
  return { state: selectSavedState(store.getState()), health: store.health.getState() };
}

test('every answer is saved at once, with when it was given and the time it took', () => {
  let clock = 5_000;
  const { storage, store } = storeOver(createMemoryStorage(), () => clock);
  store.getState().answerQuestion('stats-probability', 3, 4_200);
  clock = 9_000;
  store.getState().answerQuestion('stats-probability', 4, 800);
  expect(saved(storage, 'tshape:progress')).toMatchObject({
    startedAt: 5_000,
    step: 0,
    answers: { 'stats-probability': { value: 4, at: 9_000, ms: 800 } },
  });
  expect(saved(storage, STORE_KEY)).toEqual({ version: STORE_VERSION, state: null });
  expect(store.health.getState().lastWrite).toBe('saved');
});

test('a first answer starts the assessment when the quiz opened, so its draw holds', () => {
  let clock = 9_000;
  const { store } = storeOver(createMemoryStorage(), () => clock);
  store.getState().answerQuestion('stats-estimation', 3, 4_200, 5_000);
  expect(store.getState().progress).toMatchObject({ startedAt: 5_000 });
  // Once started, a later answer keeps the start it has.
  clock = 12_000;
  store.getState().answerQuestion('stats-regression', 2, 800, 11_000);
  expect(store.getState().progress).toMatchObject({ startedAt: 5_000 });
});

test('actions are never persisted, only data, each record under its own key', () => {
  const { storage, store } = storeOver();
  store.getState().startAssessment();
  store.getState().setTheme('dark');
  expect([...storage.entries.keys()].sort()).toEqual([
    'tshape',
    'tshape:progress',
    'tshape:settings',
  ]);
  expect(saved(storage, 'tshape:settings')).toEqual({ theme: 'dark' });
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
    bankVersion: 2,
    responses: { 'stats-probability': 3, 'stats-check-1': 1 },
    timings: { 'stats-probability': 2_000, 'stats-check-1': 6_000 },
  });
  expect(saved(storage, `tshape:result:${result?.id}`)).toEqual(result);
  expect(storage.entries.has('tshape:progress')).toBe(false);
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
  expect(storage.entries.has('tshape:progress')).toBe(false);
});

test('blocked storage works in memory and says so', () => {
  const store = openTestStore(null);
  store.getState().answerQuestion('stats-probability', 1, 1_000);
  expect(store.getState().progress?.answers['stats-probability']?.value).toBe(1);
  expect(store.health.getState().mode).toBe('memory');
});

test('an unreadable v1–3 store is kept aside unchanged under a recovery key, never written over', () => {
  const raw = '{"state": {"progress": "not an object"}, "version": 1}';
  const storage = createMemoryStorage({ [STORE_KEY]: raw });
  const { store } = storeOver(storage, () => Date.UTC(2026, 10, 23));
  store.getState().answerQuestion('stats-probability', 2, 1_000);
  const aside = 'tshape:recovery:2026-11-23T00:00:00.000Z';
  expect(storage.entries.get(aside)).toBe(raw);
  expect(store.health.getState()).toMatchObject({
    hold: null,
    unreadable: [{ key: aside, reason: expect.stringMatching(/at progress/) }],
  });
  expect(saved(storage, 'tshape:progress').answers['stats-probability'].value).toBe(2);
  // Kept aside once: the next visit finds it there, and makes no second copy.
  openTestStore(storage, () => Date.UTC(2026, 10, 24));
  expect([...storage.entries.keys()].filter((key) => key.startsWith('tshape:recovery:'))).toEqual([
    aside,
  ]);
});

test('when there is no room to keep it aside, unreadable data stays where it is, never written over', () => {
  const raw = `{"state": {"progress": "${'x'.repeat(2_000)}"}, "version": 3}`;
  const storage = createMemoryStorage({ [STORE_KEY]: raw }, raw.length + 600);
  const { store } = storeOver(storage);
  expect(store.health.getState().unreadable).toEqual([
    { key: STORE_KEY, reason: expect.stringMatching(/at progress/) },
  ]);
  store.getState().answerQuestion('stats-probability', 2, 1_000);
  store.getState().setTheme('dark');
  expect(storage.entries.get(STORE_KEY)).toBe(raw);
  expect(saved(storage, 'tshape:progress').answers['stats-probability'].value).toBe(2);
});

test('one unreadable record is kept aside while everything else loads', () => {
  const { storage, store } = storeOver(createMemoryStorage(), () => Date.UTC(2026, 10, 23));
  store.getState().answerQuestion('stats-probability', 3, 1_000);
  const kept = store.getState().completeAssessment();
  storage.entries.set('tshape:result:broken', '{"id": "broken"');
  const next = openTestStore(storage, () => Date.UTC(2026, 10, 24));
  const aside = 'tshape:recovery:2026-11-24T00:00:00.000Z';
  expect(next.getState().results).toEqual([kept]);
  expect(next.health.getState().unreadable).toEqual([
    { key: aside, reason: 'It is not valid JSON.' },
  ]);
  expect(storage.entries.has('tshape:result:broken')).toBe(false);
  expect(JSON.parse(readUnreadableData(next.knowledge) ?? '{}')).toMatchObject({
    format: 'tshape-unreadable-data',
    entries: [{ key: aside, value: '{"id": "broken"' }],
  });
  // Deleting it is the person's decision, and takes nothing else with it.
  expect(deleteUnreadableData(next.knowledge)).toBe(true);
  expect(storage.entries.has(aside)).toBe(false);
  expect(next.health.getState().unreadable).toEqual([]);
  expect(reopened(storage).state.results).toEqual([kept]);
});

test('data from a newer tshape is never written over: this tab holds its writes', () => {
  const raw = JSON.stringify({ state: null, version: STORE_VERSION + 1 });
  const storage = createMemoryStorage({ [STORE_KEY]: raw, 'tshape:progress': 'future' });
  const { store } = storeOver(storage);
  store.getState().answerQuestion('stats-probability', 2, 1_000);
  expect(store.getState().progress?.answers['stats-probability']?.value).toBe(2);
  expect([...storage.entries]).toEqual([
    [STORE_KEY, raw],
    ['tshape:progress', 'future'],
  ]);
  expect(store.health.getState().hold).toBe('newer');
  expect(store.getState().createTeam('Kept?')).toBeNull();
  expect(store.getState().teams).toEqual([]);
});

test('when reads fail but writes work, nothing is written over what cannot be seen', () => {
  const storage = createMemoryStorage({ 'tshape:result:r1': 'whatever is saved' });
  const failingReads = {
    ...storage,
    get length() {
      return storage.length;
    },
    getItem: () => {
      throw new DOMException('Read failed', 'UnknownError');
    },
  };
  const store = openTestStore(failingReads);
  expect(store.health.getState().hold).toBe('read-failed');
  store.getState().answerQuestion('stats-probability', 2, 1_000);
  expect(store.getState().completeAssessment()).not.toBeNull();
  expect([...storage.entries]).toEqual([['tshape:result:r1', 'whatever is saved']]);
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
  const first = created(store.getState().createTeam('Data platform'));
  const second = created(store.getState().createTeam('Growth'));
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
  expect([...storage.entries.keys()].filter((key) => key.startsWith('tshape:team:'))).toEqual([
    `tshape:team:${first}`,
  ]);

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
  const team = created(store.getState().createTeam(imported.ok ? imported.name : ''));
  store.getState().renameTeam(team, '');
  // More members than a team holds, and a "payload" no share link could carry.
  store.getState().addTeamMembers(team, ['x'.repeat(401)]);
  store.getState().addTeamMembers(
    team,
    Array.from({ length: 205 }, (_, index) => `member-${index}`),
  );

  const reloaded = reopened(storage);
  expect(reloaded.health.unreadable).toEqual([]);
  expect(reloaded.state).toEqual(
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
  store.getState().retakeAssessment({ 'stats-probability': 3 });
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
  expect(saved(storage, 'tshape:shared:PAYLOAD-B')).toEqual({
    payload: 'PAYLOAD-B',
    savedAt: '2026-11-23T09:00:00.000Z',
  });

  store.getState().removeSharedResult('PAYLOAD-A');
  expect(store.getState().sharedResults.map((each) => each.payload)).toEqual(['PAYLOAD-B']);

  // Never more than the saved data can hold, so the next load never fails on it.
  store.getState().saveSharedResult('x'.repeat(401));
  for (let index = 0; index < 250; index += 1) store.getState().saveSharedResult(`P-${index}`);
  expect(store.getState().sharedResults).toHaveLength(200);
  expect(reopened(storage).state.sharedResults).toHaveLength(200);
  expect(reopened(storage).health.unreadable).toEqual([]);
});

test('"Delete all my data" empties the store and removes every tshape key of its own storage, and no other', () => {
  const raw = '{"state": {"progress": "not an object"}, "version": 1}';
  const storage = createMemoryStorage({
    [STORE_KEY]: raw,
    'tshape:recovery:2026-11-20T00:00:00.000Z': raw,
    'other-app': 'kept',
    tshapes: 'kept',
  });
  const { store } = storeOver(storage, () => Date.UTC(2026, 10, 23));
  expect(store.health.getState().unreadable.map((entry) => entry.key)).toEqual([
    'tshape:recovery:2026-11-23T00:00:00.000Z',
    'tshape:recovery:2026-11-20T00:00:00.000Z',
  ]);
  store.getState().answerQuestion('stats-probability', 2, 1_000);
  store.getState().createTeam('Platform');

  expect(deleteAllData(store)).toBe(true);
  expect(selectSavedState(store.getState())).toEqual(reopened(createMemoryStorage()).state);
  expect([...storage.entries.keys()].sort()).toEqual(['other-app', 'tshapes']);
  expect(store.health.getState()).toMatchObject({ unreadable: [], hold: null, lastWrite: null });
  expect(readUnreadableData(store.knowledge)).toBeNull();
});

test('"Delete all my data" says so when a key would not go', () => {
  const storage = createMemoryStorage();
  const { store } = storeOver({
    ...storage,
    get length() {
      return storage.length;
    },
    removeItem: () => {},
  });
  store.getState().createTeam('Platform');
  expect(deleteAllData(store)).toBe(false);
});

test('each store keeps its own storage health: a blocked one does not mark another', () => {
  const blocked = openTestStore(null);
  const { store } = storeOver();
  expect(blocked.health.getState().mode).toBe('memory');
  expect(store.health.getState().mode).toBe('local');
});

test('a saved level of 6 or 7 keeps the saved store aside unchanged, and says where', () => {
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
  store.getState().answerQuestion('stats-probability', 1, 1_000);
  expect(storage.entries.get('tshape:recovery:2026-11-23T00:00:00.000Z')).toBe(raw);
  expect(store.health.getState().unreadable[0]?.reason).toMatch(/results\.0\.responses/);
});

// ---- Growth: wanted areas and plans ---------------------------------------------

function withResult(clock = { now: Date.UTC(2026, 11, 1) }) {
  const { storage, store } = storeOver(createMemoryStorage(), () => (clock.now += 1_000));
  store.getState().answerQuestion('stats-estimation', 2, 1_000);
  const result = store.getState().completeAssessment();
  if (!result) throw new Error('no result');
  return { storage, store, result };
}

const STEPS = [
  { itemId: 'stats-estimation', fromLevel: 2, toLevel: 3 },
  { itemId: 'exp-test-design', fromLevel: 0, toLevel: 1 },
];

test('the areas wanted are kept with the result, known ones only, in the links’ order', () => {
  const { storage, store, result } = withResult();
  expect(result.growthAreas).toEqual([]);
  expect(setGrowthInterests(store, result.id, ['deployment', 'astrology', 'statistics'])).toBe(
    true,
  );
  expect(saved(storage, `tshape:result:${result.id}`).growthAreas).toEqual([
    'statistics',
    'deployment',
  ]);
  // A retake carries them over to the new result.
  store.getState().retakeAssessment({ 'stats-estimation': 2 });
  const retaken = store.getState().completeAssessment();
  expect(retaken?.growthAreas).toEqual(['statistics', 'deployment']);
});

test('choosing a target keeps a plan; choosing again for the same result keeps kept steps', () => {
  const { storage, store, result } = withResult();
  const planId = chooseTarget(
    store,
    { kind: 'reference', id: 'ml-engineer' },
    { resultId: result.id, steps: STEPS },
  );
  if (!planId) throw new Error('no plan');
  expect(tickPlanStep(store, planId, 'stats-estimation', true)).toBe(true);
  notePlanStep(store, planId, 'stats-estimation', {
    note: 'Ask Ada to review',
    evidence: 'https://git.example/pr/1',
  });
  notePlanStep(store, planId, 'exp-test-design', { note: 'x'.repeat(5_000) });

  const again = chooseTarget(
    store,
    {
      kind: 'link',
      title: 'Senior ML engineer at Acme',
      // A hand-made value with an area tshape does not have: left out.
      areas: { statistics: 70, nope: 3 } as { statistics: number },
    },
    {
      resultId: result.id,
      steps: [
        { itemId: 'stats-estimation', fromLevel: 2, toLevel: 3 },
        { itemId: 'ops-serving', fromLevel: 1, toLevel: 2 },
      ],
    },
  );
  expect(again).toBe(planId);
  const [plan] = reopened(storage).state.plans;
  expect(plan?.target).toEqual({
    kind: 'link',
    title: 'Senior ML engineer at Acme',
    areas: { statistics: 70 },
  });
  expect(plan?.steps).toEqual([
    {
      itemId: 'stats-estimation',
      fromLevel: 2,
      toLevel: 3,
      done: true,
      note: 'Ask Ada to review',
      evidence: 'https://git.example/pr/1',
    },
    { itemId: 'ops-serving', fromLevel: 1, toLevel: 2, done: false, note: '', evidence: '' },
  ]);
});

test('after a retake a new plan starts and the old one stays; steps are checked before saving', () => {
  const { storage, store, result } = withResult();
  const first = chooseTarget(
    store,
    { kind: 'own', areas: { statistics: 60 } },
    { resultId: result.id, steps: STEPS },
  );
  store.getState().retakeAssessment({ 'stats-estimation': 3 });
  const retaken = store.getState().completeAssessment();
  if (!retaken) throw new Error('no retake');
  const second = chooseTarget(
    store,
    { kind: 'own', areas: { statistics: 60 } },
    {
      resultId: retaken.id,
      steps: [
        { itemId: 'stats-estimation', fromLevel: 3, toLevel: 5 },
        { itemId: 'stats-regression', fromLevel: 1, toLevel: 2 },
        { itemId: 'stats-regression', fromLevel: 1, toLevel: 2 },
        { itemId: 'a', fromLevel: 0, toLevel: 1 },
        { itemId: 'b', fromLevel: 0, toLevel: 1 },
        { itemId: 'c', fromLevel: 0, toLevel: 1 },
      ],
    },
  );
  expect(second).not.toBe(first);
  const { plans } = reopened(storage).state;
  expect(plans.map((plan) => plan.resultId)).toEqual([result.id, retaken.id]);
  // A two-level jump and a repeat are refused; at most three steps are kept.
  expect(plans[1]?.steps.map((step) => step.itemId)).toEqual(['stats-regression', 'a', 'b']);
  expect(deletePlan(store, first ?? '')).toBe(true);
  expect(reopened(storage).state.plans).toHaveLength(1);
});

test('a plan that cannot be written is not kept, and chooseTarget says so', () => {
  const { storage, store, result } = withResult();
  storage.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  expect(
    chooseTarget(
      store,
      { kind: 'reference', id: 'ml-engineer' },
      { resultId: result.id, steps: STEPS },
    ),
  ).toBeNull();
  expect(store.getState().plans).toEqual([]);
});

test('a target kept before any result is saved, and the first plan takes it over', () => {
  const storage = createMemoryStorage();
  const store = openTestStore(storage, () => 1_000);
  const target = {
    kind: 'link',
    title: 'Senior ML engineer at Acme',
    areas: { deployment: 75 },
  } as const;
  expect(keepTargetForLater(store, target)).toBe(true);
  expect(reopened(storage).state.settings.pendingTarget).toEqual(target);

  store.getState().answerQuestion('stats-estimation', 2, 1_000);
  const result = store.getState().completeAssessment();
  if (!result) throw new Error('no result');
  expect(chooseTarget(store, target, { resultId: result.id, steps: STEPS })).not.toBeNull();
  const { state } = reopened(storage);
  expect(state.settings.pendingTarget).toBeUndefined();
  expect(state.plans.map((plan) => plan.target)).toEqual([target]);
});
