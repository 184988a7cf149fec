import * as v from 'valibot';
import {
  COLLECTIONS,
  COLLECTION_NAMES,
  MARKER_TEXT,
  PROGRESS_KEY,
  RECOVERY_KEY_PREFIX,
  SETTINGS_KEY,
  readMarkerVersion,
  type CollectionName,
  type Decoded,
  type Marker,
  type RecordDecoder,
} from './record-storage';
import {
  PlanSchema,
  ProgressSchema,
  ResultSchema,
  SettingsSchema,
  SharedResultSchema,
  TeamSchema,
  restoreSavedState,
  type Progress,
  type SavedState,
  type Settings,
} from './saved-state';
import { STORE_VERSION } from './saved-limits';

/*
 * Saved values read through their schemas (record-storage's RecordDecoder). In a chunk
 * of its own: the schemas and their library are fetched only when there is something
 * saved to read, or another tab writes.
 */

type SavedRecord = SavedState[CollectionName][number];

const SCHEMAS: { readonly [K in CollectionName]: v.GenericSchema<unknown, SavedState[K][number]> } =
  {
    results: ResultSchema,
    teams: TeamSchema,
    sharedResults: SharedResultSchema,
    plans: PlanSchema,
  };

function parseWith<T>(schema: v.GenericSchema<unknown, T>, raw: string): T | string {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return 'It is not valid JSON.';
  }
  const parsed = v.safeParse(schema, json);
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  return `It does not match what tshape expects${where ? ` (at ${where})` : ''}.`;
}

/** One stored value, by its key: the record it holds, or why it cannot be read. */
export function decodeRecord(key: string, raw: string): Decoded {
  if (key === PROGRESS_KEY || key === SETTINGS_KEY) {
    const schema = key === PROGRESS_KEY ? ProgressSchema : SettingsSchema;
    const value = parseWith<Progress | Settings>(schema, raw);
    if (typeof value === 'string') return { kind: 'unreadable', reason: value };
    return key === PROGRESS_KEY
      ? { kind: 'progress', value: value as Progress }
      : { kind: 'settings', value: value as Settings };
  }
  for (const name of COLLECTION_NAMES) {
    const collection = COLLECTIONS[name];
    if (!key.startsWith(collection.prefix)) continue;
    const value: SavedRecord | string = parseWith<SavedRecord>(SCHEMAS[name], raw);
    if (typeof value === 'string') return { kind: 'unreadable', reason: value };
    if ((collection.keyOf as (record: SavedRecord) => string)(value) !== key) {
      return { kind: 'unreadable', reason: 'It is kept under a key that is not its own.' };
    }
    return { kind: name, value };
  }
  return {
    kind: 'unreadable',
    reason: key.startsWith(RECOVERY_KEY_PREFIX)
      ? 'tshape could not read it, and has kept it aside exactly as it was.'
      : 'tshape does not know this kind of data.',
  };
}

/**
 * What the `tshape` key holds: this layout's marker, a newer tshape's, or a whole store
 * as tshape 1–3 kept it (one value), which is then split into records.
 */
export function readMarker(raw: string): Marker {
  if (raw === MARKER_TEXT) return { kind: 'current' };
  const markerVersion = readMarkerVersion(raw);
  if (markerVersion !== null && markerVersion < STORE_VERSION) return { kind: 'older' };
  const outcome = restoreSavedState(raw);
  switch (outcome.kind) {
    case 'newer':
      return { kind: 'newer' };
    case 'restored':
      return { kind: 'legacy', state: outcome.state };
    case 'empty':
      return { kind: 'current' };
    case 'corrupt':
      // This version's marker written another way (spacing, key order) is still the marker.
      return markerVersion === STORE_VERSION
        ? { kind: 'current' }
        : { kind: 'unreadable', reason: outcome.reason };
  }
}

export const recordDecoder: RecordDecoder = { decodeRecord, readMarker };
