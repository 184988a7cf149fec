import { expect, test } from 'vitest';
import { buildResult } from '../testing/builders';
import { mergeSavedStates } from './merge-saved-state';
import type { SavedState } from './saved-state';
import { EMPTY_SAVED_STATE } from './record-storage';

const progress = (answers: Record<string, { value: number; at: number }>, startedAt = 100) => ({
  bankVersion: 1,
  startedAt,
  step: 0,
  answers: Object.fromEntries(
    Object.entries(answers).map(([id, answer]) => [id, { ...answer, ms: 1_000 }]),
  ),
});

test('a file with answers to the same assessment keeps every answer; the same item keeps the newest', () => {
  const mine: SavedState = {
    ...EMPTY_SAVED_STATE,
    progress: progress({ a: { value: 1, at: 200 }, shared: { value: 2, at: 500 } }),
  };
  const theirs: SavedState = {
    ...EMPTY_SAVED_STATE,
    progress: progress({ b: { value: 4, at: 300 }, shared: { value: 5, at: 400 } }),
  };
  const merged = mergeSavedStates(mine, theirs).state;
  expect(merged.progress?.answers).toEqual({
    a: { value: 1, at: 200, ms: 1_000 },
    b: { value: 4, at: 300, ms: 1_000 },
    shared: { value: 2, at: 500, ms: 1_000 },
  });
});

test('results and teams are unions by id, in date order', () => {
  const older = buildResult({ id: 'r1', completedAt: '2026-01-01T00:00:00.000Z' });
  const newer = buildResult({ id: 'r2', completedAt: '2026-06-01T00:00:00.000Z' });
  const team = {
    id: 't1',
    name: 'A',
    createdAt: '2026-01-01T00:00:00.000Z',
    anonymous: false,
    members: [],
  };
  const { state: merged } = mergeSavedStates(
    { ...EMPTY_SAVED_STATE, results: [newer] },
    { ...EMPTY_SAVED_STATE, results: [older], teams: [team] },
  );
  expect(merged.results.map((result) => result.id)).toEqual(['r1', 'r2']);
  expect(merged.teams).toEqual([team]);
});

test('answers in progress here stay, whatever the file holds; settings stay as they are here', () => {
  const mine = {
    ...EMPTY_SAVED_STATE,
    progress: progress({ a: { value: 1, at: 200 } }, 100),
    settings: { theme: 'dark' as const, displayName: 'Ada' },
  };
  const theirs = { ...EMPTY_SAVED_STATE, progress: progress({ b: { value: 2, at: 300 } }, 999) };
  const { state } = mergeSavedStates(mine, theirs);
  expect(state.progress).toEqual(mine.progress);
  expect(state.settings).toEqual(mine.settings);
  expect(mergeSavedStates(EMPTY_SAVED_STATE, theirs).state.progress).toEqual(theirs.progress);
});

test('saved shared results are a union by payload and never join the results', () => {
  const a = { payload: 'AAA', savedAt: '2026-01-01T00:00:00.000Z' };
  const b = { payload: 'BBB', savedAt: '2026-02-01T00:00:00.000Z' };
  const aAgain = { payload: 'AAA', savedAt: '2026-03-01T00:00:00.000Z' };
  const { state: merged, sharedOverLimit } = mergeSavedStates(
    { ...EMPTY_SAVED_STATE, sharedResults: [a, b] },
    { ...EMPTY_SAVED_STATE, sharedResults: [aAgain] },
  );
  expect(merged.sharedResults).toEqual([a, b]);
  expect(merged.results).toEqual([]);
  expect(sharedOverLimit).toBe(0);
});

test('a merge never holds more shared results than a history keeps, and counts those left out', () => {
  const shared = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, index) => ({
      payload: `${prefix}${index}`,
      savedAt: '2026-01-01T00:00:00.000Z',
    }));
  const mine = { ...EMPTY_SAVED_STATE, sharedResults: shared('MINE', 150) };
  const theirs = {
    ...EMPTY_SAVED_STATE,
    sharedResults: [...shared('MINE', 10), ...shared('THEIRS', 150)],
  };
  const { state, sharedOverLimit } = mergeSavedStates(mine, theirs);
  expect(state.sharedResults).toHaveLength(200);
  expect(state.sharedResults.slice(0, 150)).toEqual(mine.sharedResults);
  expect(state.sharedResults.at(-1)?.payload).toBe('THEIRS49');
  expect(sharedOverLimit).toBe(100);
});

test('plans merge as a union by id, the file’s copy winning, oldest first', () => {
  const plan = (id: string, createdAt: string, done: boolean) => ({
    id,
    createdAt,
    resultId: 'r1',
    target: { kind: 'reference' as const, id: 'ml-engineer' },
    steps: [{ itemId: 'ops-serving', fromLevel: 1, toLevel: 2, done, note: '', evidence: '' }],
  });
  const mine = { ...EMPTY_SAVED_STATE, plans: [plan('b', '2026-12-02T00:00:00.000Z', false)] };
  const theirs = {
    ...EMPTY_SAVED_STATE,
    plans: [
      plan('a', '2026-12-01T00:00:00.000Z', false),
      plan('b', '2026-12-02T00:00:00.000Z', true),
    ],
  };
  const { state } = mergeSavedStates(mine, theirs);
  expect(state.plans.map((each) => [each.id, each.steps[0]?.done])).toEqual([
    ['a', false],
    ['b', true],
  ]);
});
