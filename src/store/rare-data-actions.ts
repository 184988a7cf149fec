import { readKeysWithPrefix, removeKey, removeKeysWithPrefix } from '../lib/browser-storage';
import type { AppStore } from './app-store';
import type { StorageKnowledge } from './record-storage';
import { STORE_KEY } from './saved-limits';
import { EMPTY_SAVED_STATE } from './record-storage';
import { reportStorageHealth } from './storage-health';

// What "Your data" and the storage banner do, rarely: kept out of the store (and out of
// the first page's code), working on what the store knows of storage.

/**
 * "Delete all my data": removes every key of tshape's (records, unreadable values, the
 * probe) and no other, then empties the store. True only when a fresh read finds none
 * left. Other tabs take in each removal and write none of it back.
 */
export function deleteAllData(store: AppStore): boolean {
  const { knowledge } = store;
  const { storage, health } = knowledge;
  knowledge.known.clear();
  knowledge.markerSaved = false;
  if (storage) removeKeysWithPrefix(storage, STORE_KEY);
  store.setState(EMPTY_SAVED_STATE);
  const left = storage ? readKeysWithPrefix(storage, STORE_KEY) : new Map<string, string>();
  const gone = left !== null && left.size === 0;
  if (gone) reportStorageHealth(health, { unreadable: [], hold: null, lastWrite: null });
  return gone;
}

/** The `format` of the file "Download the unreadable data" gives. */
export const UNREADABLE_FORMAT = 'tshape-unreadable-data';

/** The unreadable values as they are kept, in one JSON text to download; null when none. */
export function readUnreadableData({ storage, health }: StorageKnowledge): string | null {
  const { unreadable } = health.getState();
  if (!storage || unreadable.length === 0) return null;
  const entries = readKeysWithPrefix(storage, STORE_KEY) ?? new Map<string, string>();
  return JSON.stringify({
    format: UNREADABLE_FORMAT,
    note: 'Saved data tshape could not read, exactly as it was kept in the browser.',
    entries: unreadable.map(({ key, reason }) => ({ key, reason, value: entries.get(key) })),
  });
}

/** The person decided: the unreadable values go. True when they are all gone. */
export function deleteUnreadableData(knowledge: StorageKnowledge): boolean {
  const { storage, health } = knowledge;
  const { unreadable } = health.getState();
  if (!storage) return true;
  const left = unreadable.filter((entry) => !removeKey(storage, entry.key));
  if (unreadable.some((entry) => entry.key === STORE_KEY)) knowledge.markerSaved = false;
  reportStorageHealth(health, { unreadable: left });
  return left.length === 0;
}
