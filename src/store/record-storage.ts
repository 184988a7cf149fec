import {
  PROBE_KEY,
  readKeysWithPrefix,
  removeKey,
  writeKey,
  type KeyValueStorage,
} from '../lib/browser-storage';
import type {
  CompletedResult,
  Plan,
  Progress,
  SavedSharedResult,
  SavedState,
  Settings,
  Team,
} from './saved-state';
import { STORE_KEY, STORE_VERSION } from './saved-limits';
import {
  reportStorageHealth,
  type StorageHealthStore,
  type UnreadableEntry,
} from './storage-health';

/*
 * How tshape's data sits in storage (version 4 on): every record under its own key.
 *
 *   tshape                    {"version":5,"state":null}: which layout this is
 *   tshape:progress           the answers in progress
 *   tshape:settings           theme, display name, open team (absent while all default)
 *   tshape:result:<id>        one completed result
 *   tshape:team:<id>          one team, with its members
 *   tshape:shared:<payload>   one result someone shared
 *   tshape:plan:<id>          one growth plan, with its ticks and notes (version 5 on)
 *
 * Version 5 kept this layout and added plans and a field with a default (a result's
 * growth areas): a version-4 record reads as version 5 through the schema, so a
 * version-4 marker is read as this layout and rewritten before the first write, which
 * makes any tshape 4 tab still open hold its writes rather than set plans aside as
 * data it does not know.
 *
 * Why one key per record rather than one value with tombstones or revisions: a change
 * writes only what changed, so an answer costs the same whatever else is saved; a
 * deletion is the removal of a key, which another tab receives as such and can never
 * write back, because a tab only ever writes records that it changed itself; and a
 * damaged record is one unreadable key, left as it is, while everything else loads.
 */

/** What the store holds when nothing is saved. */
export const EMPTY_SAVED_STATE: SavedState = {
  progress: null,
  results: [],
  teams: [],
  sharedResults: [],
  plans: [],
  settings: { theme: 'system' },
};

export const PROGRESS_KEY = `${STORE_KEY}:progress`;
/** Where a value that could not be read is kept aside, as it was: `tshape:recovery:<time>`. */
export const RECOVERY_KEY_PREFIX = `${STORE_KEY}:recovery:`;
export const SETTINGS_KEY = `${STORE_KEY}:settings`;
export const MARKER_TEXT = JSON.stringify({ version: STORE_VERSION, state: null });

export type CollectionName = 'results' | 'teams' | 'sharedResults' | 'plans';

export interface Collection<T> {
  readonly prefix: string;
  readonly keyOf: (record: T) => string;
  readonly order: (a: T, b: T) => number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const COLLECTIONS: {
  readonly results: Collection<CompletedResult>;
  readonly teams: Collection<Team>;
  readonly sharedResults: Collection<SavedSharedResult>;
  readonly plans: Collection<Plan>;
} = {
  results: {
    prefix: `${STORE_KEY}:result:`,
    keyOf: (result) => `${STORE_KEY}:result:${result.id}`,
    order: (a, b) => byText(a.completedAt, b.completedAt) || byText(a.id, b.id),
  },
  teams: {
    prefix: `${STORE_KEY}:team:`,
    keyOf: (team) => `${STORE_KEY}:team:${team.id}`,
    order: (a, b) => byText(a.createdAt, b.createdAt) || byText(a.id, b.id),
  },
  sharedResults: {
    prefix: `${STORE_KEY}:shared:`,
    keyOf: (shared) => `${STORE_KEY}:shared:${shared.payload}`,
    order: (a, b) => byText(a.savedAt, b.savedAt) || byText(a.payload, b.payload),
  },
  plans: {
    prefix: `${STORE_KEY}:plan:`,
    keyOf: (plan) => `${STORE_KEY}:plan:${plan.id}`,
    order: (a, b) => byText(a.createdAt, b.createdAt) || byText(a.id, b.id),
  },
};

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The storage key of a result, team or shared result. */
export function recordKey<K extends CollectionName>(
  collection: K,
  record: SavedState[K][number],
): string {
  return (COLLECTIONS[collection] as Collection<SavedState[K][number]>).keyOf(record);
}

/** What one stored record turned out to be, as record-decoding reads it. */
export type Decoded =
  | { readonly kind: 'progress'; readonly value: Progress }
  | { readonly kind: 'settings'; readonly value: Settings }
  | { readonly kind: CollectionName; readonly value: SavedState[CollectionName][number] }
  | { readonly kind: 'unreadable'; readonly reason: string };

/** What the `tshape` key holds, as record-decoding reads it. */
export type Marker =
  | { readonly kind: 'current' }
  /** The marker of an earlier version of this layout: read as current, rewritten on the first write. */
  | { readonly kind: 'older' }
  | { readonly kind: 'newer' }
  | { readonly kind: 'legacy'; readonly state: SavedState }
  | { readonly kind: 'unreadable'; readonly reason: string };

/**
 * Reading saved values through their schemas: record-decoding's `recordDecoder`, in a
 * chunk of its own. A first visit has nothing saved to read, so the first page does not
 * carry the schemas (main.tsx fetches the decoder only when something is saved).
 */
export interface RecordDecoder {
  readonly decodeRecord: (key: string, raw: string) => Decoded;
  readonly readMarker: (raw: string) => Marker;
}

/**
 * True when storage holds anything of tshape's that needs the decoder to read: any
 * record, or a `tshape` key other than this layout's marker. Storage that cannot be
 * listed says true, and the load then reports it (it never reads as empty).
 */
export function hasSavedData(storage: KeyValueStorage | null): boolean {
  if (!storage) return false;
  try {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key === null || key === PROBE_KEY) continue;
      if (key === STORE_KEY && storage.getItem(key) === MARKER_TEXT) continue;
      if (key === STORE_KEY || key.startsWith(`${STORE_KEY}:`)) return true;
    }
    return false;
  } catch {
    return true;
  }
}

function needDecoder(decoder: RecordDecoder | null): RecordDecoder {
  if (!decoder) throw new Error('tshape has saved data here, and was not given its decoder.');
  return decoder;
}

/** The first version whose marker says "records under their own keys". */
const FIRST_RECORDS_VERSION = 4;

/** The version a records-layout marker (`{"version":n,"state":null}`) names; null for anything else. */
export function readMarkerVersion(raw: string): number | null {
  try {
    const json: unknown = JSON.parse(raw);
    if (
      typeof json === 'object' &&
      json !== null &&
      'version' in json &&
      typeof json.version === 'number' &&
      Number.isInteger(json.version) &&
      json.version >= FIRST_RECORDS_VERSION &&
      'state' in json &&
      json.state === null
    ) {
      return json.version;
    }
  } catch {
    // not a marker
  }
  return null;
}

/**
 * A tab of tshape 1–3, still open when this version first saves, takes the marker for
 * data it cannot read and copies it to a recovery key: a copy of nothing, removed.
 */
export function isMarkerCopy(key: string, raw: string): boolean {
  return key.startsWith(RECOVERY_KEY_PREFIX) && isMarker(raw);
}

function isMarker(raw: string): boolean {
  const version = readMarkerVersion(raw);
  return version !== null && version <= STORE_VERSION;
}

function isDefaultSettings(settings: Settings): boolean {
  return (
    settings.theme === EMPTY_SAVED_STATE.settings.theme &&
    settings.displayName === undefined &&
    settings.activeTeamId === undefined &&
    settings.pendingTarget === undefined
  );
}

/** The records of a state, each with its key (progress and default settings when there are any). */
function recordsOf(state: SavedState): [string, unknown][] {
  const records: [string, unknown][] = [];
  if (state.progress) records.push([PROGRESS_KEY, state.progress]);
  if (!isDefaultSettings(state.settings)) records.push([SETTINGS_KEY, state.settings]);
  for (const name of COLLECTION_NAMES) {
    const collection = COLLECTIONS[name] as Collection<SavedState[CollectionName][number]>;
    for (const record of state[name]) records.push([collection.keyOf(record), record]);
  }
  return records;
}

/** A state of the given records (as a load or a merge finds them), each list in its order. */
function assemble(records: Iterable<[string, unknown]>): SavedState {
  const lists: Record<CollectionName, unknown[]> = {
    results: [],
    teams: [],
    sharedResults: [],
    plans: [],
  };
  let progress: Progress | null = null;
  let settings: Settings = EMPTY_SAVED_STATE.settings;
  for (const [key, value] of records) {
    if (key === PROGRESS_KEY) progress = value as Progress;
    else if (key === SETTINGS_KEY) settings = value as Settings;
    else {
      const name = COLLECTION_NAMES.find((each) => key.startsWith(COLLECTIONS[each].prefix));
      if (name) lists[name].push(value);
    }
  }
  return {
    progress,
    settings,
    results: (lists.results as CompletedResult[]).sort(COLLECTIONS.results.order),
    teams: (lists.teams as Team[]).sort(COLLECTIONS.teams.order),
    sharedResults: (lists.sharedResults as SavedSharedResult[]).sort(
      COLLECTIONS.sharedResults.order,
    ),
    plans: (lists.plans as Plan[]).sort(COLLECTIONS.plans.order),
  };
}

export interface SaveReport {
  /**
   * `unchanged`: nothing needed writing. `saved`: every change was written.
   * `not-saved`: some writes failed (storage full or failing), and then nothing was
   * removed, so storage keeps the older data rather than half of a change.
   * `memory`: storage is blocked. `held`: this tab writes nothing (StorageHealth.hold).
   */
  readonly outcome: 'unchanged' | 'saved' | 'not-saved' | 'memory' | 'held';
  /** The keys that were meant to change and did not. */
  readonly notSaved: readonly string[];
}

const UNCHANGED: SaveReport = { outcome: 'unchanged', notSaved: [] };

export interface Known {
  value: unknown;
  readonly text: string;
}

/** What a record storage knows of what storage holds; shared with record-events. */
export interface StorageKnowledge {
  readonly storage: KeyValueStorage | null;
  readonly health: StorageHealthStore;
  /** Each key's value as storage holds it (the object in the state, and its text). */
  readonly known: Map<string, Known>;
  /** Whether `tshape` holds this layout's marker. */
  markerSaved: boolean;
}

/**
 * tshape's saved data in `storage` (null: blocked; everything then lives in memory).
 * It remembers what storage holds, so `save` writes exactly the records that changed
 * and removes exactly the ones that went; keys it could not read are reported to
 * `health` and never written over or removed, except by the person's own decision.
 */
export function createRecordStorage(
  storage: KeyValueStorage | null,
  health: StorageHealthStore,
  now: () => number = Date.now,
) {
  const knowledge: StorageKnowledge = { storage, health, known: new Map(), markerSaved: false };
  const { known } = knowledge;
  let seen: SavedState | null = null;
  let lastReport: SaveReport = UNCHANGED;

  const unreadableKeys = () => new Set(health.getState().unreadable.map((entry) => entry.key));

  function markUnreadable(entries: readonly UnreadableEntry[]): void {
    reportStorageHealth(health, { unreadable: entries });
  }

  /**
   * Splits a store saved by tshape 1–3 into records. Nothing of it is lost on the way:
   * the old value is replaced only once every record is written; without room for
   * them, the records written so far are removed again, and false is returned.
   */
  function upgrade(target: KeyValueStorage, legacy: SavedState, unreadable: Set<string>): boolean {
    const written: string[] = [];
    const fits = recordsOf(legacy).every(([key, value]) => {
      if (known.has(key) || unreadable.has(key)) return true;
      const text = JSON.stringify(value);
      if (writeKey(target, key, text) !== 'saved') return false;
      written.push(key);
      known.set(key, { value, text });
      return true;
    });
    if (fits && writeKey(target, STORE_KEY, MARKER_TEXT) === 'saved') {
      knowledge.markerSaved = true;
      return true;
    }
    for (const key of written) {
      removeKey(target, key);
      known.delete(key);
    }
    return false;
  }

  /**
   * Moves a value that could not be read to a recovery key of its own, so its own key is
   * free again and the value is never written over. It is copied, read back, and only
   * then removed; when the copy does not fit, it stays where it is (and is still never
   * written over: its key is reported unreadable). Returns where it is now.
   */
  function keepAside(target: KeyValueStorage, key: string, raw: string): string {
    if (key.startsWith(RECOVERY_KEY_PREFIX)) return key;
    const stamp = new Date(now()).toISOString();
    let aside = `${RECOVERY_KEY_PREFIX}${stamp}`;
    for (let copy = 2; target.getItem(aside) !== null; copy += 1) {
      aside = `${RECOVERY_KEY_PREFIX}${stamp}-${copy}`;
    }
    if (writeKey(target, aside, raw) !== 'saved') return key;
    if (target.getItem(aside) !== raw || !removeKey(target, key)) {
      removeKey(target, aside);
      return key;
    }
    return aside;
  }

  /**
   * Reads everything saved, upgrading a store of an earlier version. Without a decoder
   * (main.tsx's first visit) there must be nothing saved to decode, or it throws.
   */
  function load(decoder: RecordDecoder | null): SavedState {
    known.clear();
    knowledge.markerSaved = false;
    seen = null;
    if (!storage) return EMPTY_SAVED_STATE;
    const entries = readKeysWithPrefix(storage, STORE_KEY);
    if (!entries) {
      reportStorageHealth(health, { hold: 'read-failed' });
      return EMPTY_SAVED_STATE;
    }
    const unreadable: UnreadableEntry[] = [];
    let legacy: SavedState | null = null;
    const markerRaw = entries.get(STORE_KEY);
    if (markerRaw !== undefined) {
      const marker: Marker =
        markerRaw === MARKER_TEXT
          ? { kind: 'current' }
          : needDecoder(decoder).readMarker(markerRaw);
      if (marker.kind === 'newer') {
        reportStorageHealth(health, { hold: 'newer' });
        return EMPTY_SAVED_STATE;
      }
      if (marker.kind === 'current') knowledge.markerSaved = true;
      if (marker.kind === 'legacy') legacy = marker.state;
      if (marker.kind === 'unreadable') {
        unreadable.push({ key: keepAside(storage, STORE_KEY, markerRaw), reason: marker.reason });
      }
    }
    for (const [key, raw] of entries) {
      if (key === STORE_KEY || key === PROBE_KEY) continue;
      if (isMarkerCopy(key, raw)) {
        removeKey(storage, key);
        continue;
      }
      const decoded = needDecoder(decoder).decodeRecord(key, raw);
      if (decoded.kind === 'unreadable') {
        unreadable.push({ key: keepAside(storage, key, raw), reason: decoded.reason });
      } else known.set(key, { value: decoded.value, text: raw });
    }
    markUnreadable(unreadable);
    const upgraded =
      !legacy || upgrade(storage, legacy, new Set(unreadable.map((entry) => entry.key)));
    const records: [string, unknown][] = [...known].map(([key, entry]) => [key, entry.value]);
    if (legacy && !upgraded) {
      // Shown from memory, the old value left as it was; this tab writes nothing.
      records.push(...recordsOf(legacy).filter(([key]) => !known.has(key)));
      reportStorageHealth(health, { hold: 'no-room-to-upgrade' });
    }
    const state = assemble(records);
    // What was just read is what storage holds: nothing to write for it.
    seen = state;
    return state;
  }

  /** Writes what differs between `next` and what storage holds; see SaveReport. */
  function save(next: SavedState): SaveReport {
    const previous = seen;
    seen = next;
    if (!storage) return (lastReport = { outcome: 'memory', notSaved: [] });

    const puts: [string, unknown][] = [];
    const removes: string[] = [];
    const single = (key: string, value: unknown) => {
      if (value !== null) puts.push([key, value]);
      else if (known.has(key)) removes.push(key);
    };
    if (next.progress !== previous?.progress) single(PROGRESS_KEY, next.progress);
    if (next.settings !== previous?.settings) {
      single(SETTINGS_KEY, isDefaultSettings(next.settings) ? null : next.settings);
    }
    for (const name of COLLECTION_NAMES) {
      if (next[name] === previous?.[name]) continue;
      const collection = COLLECTIONS[name] as Collection<SavedState[CollectionName][number]>;
      const keys = new Set<string>();
      for (const record of next[name]) {
        const key = collection.keyOf(record);
        keys.add(key);
        puts.push([key, record]);
      }
      for (const key of known.keys()) {
        if (key.startsWith(collection.prefix) && !keys.has(key)) removes.push(key);
      }
    }

    const writes: [string, unknown, string][] = [];
    for (const [key, value] of puts) {
      const current = known.get(key);
      if (current?.value === value) continue;
      const text = JSON.stringify(value);
      if (current?.text === text) current.value = value;
      else writes.push([key, value, text]);
    }
    if (writes.length === 0 && removes.length === 0) return (lastReport = UNCHANGED);
    const changing = [...writes.map(([key]) => key), ...removes];
    if (health.getState().hold) return (lastReport = { outcome: 'held', notSaved: changing });

    const unreadable = unreadableKeys();
    const notSaved: string[] = [];
    if (writes.length > 0 && !knowledge.markerSaved && !unreadable.has(STORE_KEY)) {
      knowledge.markerSaved = writeKey(storage, STORE_KEY, MARKER_TEXT) === 'saved';
    }
    for (const [key, value, text] of writes) {
      if (!unreadable.has(key) && writeKey(storage, key, text) === 'saved') {
        known.set(key, { value, text });
      } else {
        notSaved.push(key);
      }
    }
    // A change that could not be written whole removes nothing: storage keeps the
    // older data (a result not saved leaves its answers in progress, not neither).
    if (notSaved.length === 0) {
      for (const key of removes) {
        if (unreadable.has(key)) continue;
        if (removeKey(storage, key)) known.delete(key);
        else notSaved.push(key);
      }
    }
    lastReport = { outcome: notSaved.length > 0 ? 'not-saved' : 'saved', notSaved };
    reportStorageHealth(health, { lastWrite: notSaved.length > 0 ? 'not-saved' : 'saved' });
    return lastReport;
  }

  return {
    load,
    save,
    knowledge,
    /** The outcome of the latest save. */
    lastReport: () => lastReport,
  };
}

export type RecordStorage = ReturnType<typeof createRecordStorage>;
