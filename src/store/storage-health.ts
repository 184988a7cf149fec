import { createStore, type StoreApi } from 'zustand/vanilla';

/** A key of tshape's whose value could not be read: it is left exactly as it is. */
export interface UnreadableEntry {
  readonly key: string;
  readonly reason: string;
}

/**
 * Why a tab writes nothing at all, so that nothing saved is ever written over:
 * - `newer`: a newer tshape saved the data; this older tab only reads.
 * - `read-failed`: the browser lets tshape write but not read its saved data, so a
 *   write could replace what cannot be seen.
 * - `no-room-to-upgrade`: data saved by an earlier version needs room to be laid out
 *   the current way; until there is, it stays as it was.
 */
export type WriteHold = 'newer' | 'read-failed' | 'no-room-to-upgrade';

/**
 * How the browser's storage is behaving, kept apart from the saved data: it is a
 * fact about the medium, not about the person, and must never itself be persisted.
 * Each app store has its own (`AppStore.health`), so a test's store starts healthy.
 */
export interface StorageHealth {
  /** `memory` when the browser blocks storage: the app works, nothing is kept. */
  readonly mode: 'local' | 'memory';
  /** Outcome of the latest write; `not-saved` when storage was full or failed. */
  readonly lastWrite: 'saved' | 'not-saved' | null;
  /** Saved values that could not be read; never written over until the person decides. */
  readonly unreadable: readonly UnreadableEntry[];
  readonly hold: WriteHold | null;
}

export const INITIAL_STORAGE_HEALTH: StorageHealth = {
  mode: 'local',
  lastWrite: null,
  unreadable: [],
  hold: null,
};

export type StorageHealthStore = StoreApi<StorageHealth>;

export function createStorageHealth(mode: StorageHealth['mode']): StorageHealthStore {
  return createStore<StorageHealth>()(() => ({ ...INITIAL_STORAGE_HEALTH, mode }));
}

/** Applies `change`, waking subscribers only when something differs. */
export function reportStorageHealth(
  health: StorageHealthStore,
  change: Partial<StorageHealth>,
): void {
  const current = health.getState();
  const changed = (Object.keys(change) as (keyof StorageHealth)[]).some(
    (key) => change[key] !== current[key],
  );
  if (changed) health.setState(change);
}

/** True when this tab keeps nothing it is given: blocked storage, or a hold on writes. */
export function isNotSaving(health: StorageHealth): boolean {
  return health.mode === 'memory' || health.hold !== null;
}

/** What a page says when a change it was asked for could not be written (and was undone). */
export const NOT_SAVED_TEXT =
  'That could not be saved: this browser’s storage for tshape is full, failing or not being written in this tab (see the message at the top). Nothing changed.';
