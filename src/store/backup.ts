import * as v from 'valibot';
import { UNREADABLE_FORMAT } from './rare-data-actions';
import { restoreSavedState, type SavedState } from './saved-state';
import { STORE_VERSION } from './saved-limits';

export const BACKUP_FORMAT = 'tshape-backup';
/**
 * The largest backup file read. Browsers keep about 5 million UTF-16 characters of
 * local storage per site; a backup is the store as it sits there, and its UTF-8
 * file is at most three bytes per character, so any store a browser can hold comes
 * back in.
 */
export const MAX_BACKUP_BYTES = 16_000_000;

export const BACKUP_TOO_LARGE = 'the file is too large to be a tshape backup (over 16 MB)';

/**
 * Everything tshape keeps, as one JSON file: the saved store as it would sit in
 * storage, written as compactly (no indentation added), so a backup is never much
 * larger than the store it holds.
 */
export function encodeBackup(state: SavedState, now: Date): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    exportedAt: now.toISOString(),
    version: STORE_VERSION,
    state,
  });
}

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
  state: v.unknown(),
});

export type BackupDecode =
  | { readonly ok: true; readonly state: SavedState }
  | { readonly ok: false; readonly error: string };

/**
 * Reads a backup file through the same gate as saved data: old versions are
 * migrated forward, anything invalid is refused with a reason, and nothing throws.
 */
export function decodeBackup(text: string): BackupDecode {
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, error: BACKUP_TOO_LARGE };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'it is not valid JSON; the file may be cut off' };
  }
  const backup = v.safeParse(BackupSchema, json);
  if (!backup.success) {
    const unreadable = v.is(v.object({ format: v.literal(UNREADABLE_FORMAT) }), json);
    return {
      ok: false,
      error: unreadable
        ? 'it holds saved data tshape could not read, kept as it was for a closer look; it cannot be imported as it is'
        : 'it is not a tshape backup file',
    };
  }
  const outcome = restoreSavedState(
    JSON.stringify({ state: backup.output.state, version: backup.output.version }),
  );
  switch (outcome.kind) {
    case 'restored':
      return { ok: true, state: outcome.state };
    case 'newer':
      return { ok: false, error: 'it was made by a newer version of tshape' };
    case 'corrupt':
      return { ok: false, error: `it is damaged: ${outcome.reason}` };
    case 'empty':
      return { ok: false, error: 'it is empty' };
  }
}
