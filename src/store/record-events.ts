import { PROBE_KEY, removeKey } from '../lib/browser-storage';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  PROGRESS_KEY,
  SETTINGS_KEY,
  isMarkerCopy,
  type Collection,
  type CollectionName,
  type StorageKnowledge,
} from './record-storage';
import { decodeRecord, readMarker } from './record-decoding';
import type { Progress, SavedState } from './saved-state';
import { STORE_KEY } from './saved-limits';
import { EMPTY_SAVED_STATE } from './record-storage';
import {
  reportStorageHealth,
  type StorageHealthStore,
  type UnreadableEntry,
} from './storage-health';

/** What a storage event from another tab means for this one. */
export type Received =
  | { readonly kind: 'none' }
  | { readonly kind: 'change'; readonly change: Partial<SavedState> }
  | { readonly kind: 'reload' };

function reportUnreadable(health: StorageHealthStore, entries: readonly UnreadableEntry[]): void {
  reportStorageHealth(health, { unreadable: entries });
}

function newerAnswers(mine: Progress, theirs: Progress): Progress {
  const newer = Object.entries(mine.answers).filter(
    ([id, answer]) => answer.at > (theirs.answers[id]?.at ?? -1),
  );
  // Theirs as it is when this tab has nothing newer: nothing to write back, no echo.
  if (newer.length === 0) return theirs;
  return { ...theirs, answers: { ...theirs.answers, ...Object.fromEntries(newer) } };
}

/** Whether two assessments started from the same place: the same one begun twice. */
function startedAlike(a: Progress, b: Progress): boolean {
  return (
    a.replaces === b.replaces && a.revises === b.revises && a.prefilledFrom === b.prefilledFrom
  );
}

/**
 * This tab's answers in progress and another tab's, made one. The same assessment:
 * every answer, the newest of each. Two started alike (each from nothing, say) but
 * apart are one assessment begun in two tabs at once: the earlier start keeps its
 * draw of checks and takes the other's answers. Otherwise one replaced the other (a
 * retake, a review, a fresh start): the later start wins. Either tab reaches the same
 * progress, so the two agree once each has taken in the other's.
 */
export function mergeProgress(mine: Progress | null, theirs: Progress): Progress {
  if (!mine) return theirs;
  if (mine.startedAt === theirs.startedAt) return newerAnswers(mine, theirs);
  const mineFirst = mine.startedAt < theirs.startedAt;
  if (startedAlike(mine, theirs)) {
    // A fresh object when this tab's start is kept: storage holds theirs, so it is written.
    return mineFirst ? { ...newerAnswers(theirs, mine) } : newerAnswers(mine, theirs);
  }
  return mineFirst ? theirs : { ...mine };
}

/**
 * Whether storage holds something else under `key` than a storage event says was
 * written: a later write, whose own event comes after (or which this tab made). Such
 * an event is passed over, so tabs agree on the last write. Unknown when reads fail.
 */
function overwrittenSince(
  storage: StorageKnowledge['storage'],
  key: string,
  newValue: string | null,
): boolean {
  if (!storage) return false;
  try {
    return storage.getItem(key) !== newValue;
  } catch {
    return false;
  }
}

/**
 * Takes in what another tab wrote (a `storage` event), given this tab's state, and
 * updates what `knowledge` says storage holds. Its own chunk, fetched when another tab
 * first writes: a person with one tab open never downloads it.
 */
export function receiveStorageEvent(
  knowledge: StorageKnowledge,
  key: string | null,
  newValue: string | null,
  current: SavedState,
): Received {
  const { storage, health, known } = knowledge;
  if (key === null) return { kind: 'reload' };
  if (key !== STORE_KEY && !key.startsWith(`${STORE_KEY}:`)) return { kind: 'none' };
  if (key === STORE_KEY) {
    const marker = newValue === null ? null : readMarker(newValue);
    if (marker?.kind === 'newer') reportStorageHealth(health, { hold: 'newer' });
    knowledge.markerSaved = marker?.kind === 'current';
    return { kind: 'none' };
  }
  if (key === PROBE_KEY || overwrittenSince(storage, key, newValue)) return { kind: 'none' };
  if (newValue !== null && storage && isMarkerCopy(key, newValue)) {
    removeKey(storage, key);
    return { kind: 'none' };
  }
  const unreadable = health.getState().unreadable;
  if (unreadable.some((entry) => entry.key === key)) {
    if (newValue === null)
      reportUnreadable(
        health,
        unreadable.filter((entry) => entry.key !== key),
      );
    return { kind: 'none' };
  }
  if (newValue === null) {
    if (!known.delete(key)) return { kind: 'none' };
    if (key === PROGRESS_KEY) return { kind: 'change', change: { progress: null } };
    if (key === SETTINGS_KEY) {
      return { kind: 'change', change: { settings: EMPTY_SAVED_STATE.settings } };
    }
    const name = COLLECTION_NAMES.find((each) => key.startsWith(COLLECTIONS[each].prefix));
    if (!name) return { kind: 'none' };
    const collection = COLLECTIONS[name] as Collection<SavedState[CollectionName][number]>;
    const kept = (current[name] as SavedState[CollectionName][number][]).filter(
      (record) => collection.keyOf(record) !== key,
    );
    return { kind: 'change', change: { [name]: kept } };
  }
  const decoded = decodeRecord(key, newValue);
  if (decoded.kind === 'unreadable') {
    reportUnreadable(health, [...unreadable, { key, reason: decoded.reason }]);
    return { kind: 'none' };
  }
  if (decoded.kind === 'progress') {
    const theirs = decoded.value;
    const mine = current.progress;
    known.set(key, { value: theirs, text: newValue });
    return { kind: 'change', change: { progress: mergeProgress(mine, theirs) } };
  }
  known.set(key, { value: decoded.value, text: newValue });
  if (decoded.kind === 'settings') return { kind: 'change', change: { settings: decoded.value } };
  const name = decoded.kind;
  const collection = COLLECTIONS[name] as Collection<SavedState[CollectionName][number]>;
  const others = (current[name] as SavedState[CollectionName][number][]).filter(
    (record) => collection.keyOf(record) !== key,
  );
  return {
    kind: 'change',
    change: { [name]: [...others, decoded.value].sort(collection.order) },
  };
}
