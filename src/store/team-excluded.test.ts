import { expect, test } from 'vitest';
import { createMemoryStorage } from '../lib/memory-storage';
import { openTestStore } from '../testing/test-store';
import { selectSavedState } from './selectors';
import { TeamSchema } from './saved-state';
import * as v from 'valibot';

function teamWith(members: readonly string[]) {
  const storage = createMemoryStorage();
  const store = openTestStore(storage, () => 1_000);
  const id = store.getState().createTeam('Platform', members);
  if (id === null) throw new Error('The team was not saved.');
  const team = () => store.getState().teams.find((each) => each.id === id);
  return { storage, store, id, team };
}

test('a member left out is remembered with the team, and comes back on the next visit', () => {
  const { storage, store, id, team } = teamWith(['ada', 'grace', 'linus']);
  expect(store.getState().setTeamExcluded(id, ['grace'])).toBe(true);
  expect(team()?.excluded).toEqual(['grace']);
  expect(team()?.members).toEqual(['ada', 'grace', 'linus']);
  const reopened = selectSavedState(openTestStore(storage).getState());
  expect(reopened.teams[0]?.excluded).toEqual(['grace']);
});

test('the list stays a subset of the members: unknown, repeated and removed payloads go', () => {
  const { store, id, team } = teamWith(['ada', 'grace', 'linus']);
  store.getState().setTeamExcluded(id, ['grace', 'grace', 'nobody', 'linus']);
  expect(team()?.excluded).toEqual(['grace', 'linus']);
  store.getState().removeTeamMember(id, 'grace');
  expect(team()?.excluded).toEqual(['linus']);
  store.getState().setTeamExcluded(id, []);
  expect(team()?.excluded).toBeUndefined();
});

test('a choice that cannot be written is undone and reported, never claimed', () => {
  const { storage, store, id, team } = teamWith(['ada', 'grace']);
  storage.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  expect(store.getState().setTeamExcluded(id, ['ada'])).toBe(false);
  expect(team()?.excluded).toBeUndefined();
});

test('teams saved before the field existed stay valid, with nobody left out', () => {
  const old = {
    id: 'team-1',
    name: 'Platform',
    createdAt: '2026-11-20T00:00:00.000Z',
    anonymous: false,
    members: ['ada'],
  };
  const parsed = v.safeParse(TeamSchema, old);
  expect(parsed.success && parsed.output.excluded).toBeUndefined();
});
