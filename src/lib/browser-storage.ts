/**
 * Thin adapter over `window.localStorage` that never throws into the UI.
 * Browsers block storage in private modes, sandboxed frames and with cookies
 * disabled (reading `localStorage` itself throws), and every engine spells the
 * quota error differently; both become plain return values here.
 */

export type WriteOutcome = 'saved' | 'full' | 'failed';

/** What tshape uses of the Web Storage API; tests and the first paint pass an in-memory one. */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const PROBE_KEY = 'tshape:probe';

/** The browser's local storage when it can actually be written, otherwise null. */
export function openLocalStorage(): KeyValueStorage | null {
  try {
    const storage = window.localStorage;
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return storage;
  } catch (error) {
    // A full storage still reads: keep it, and let writes report `full`.
    if (isQuotaError(error)) return window.localStorage;
    return null;
  }
}

/** True for the quota errors of Chromium, Firefox and WebKit, old and new. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    error.code === 22 ||
    error.code === 1014
  );
}

export function readKey(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

export function writeKey(storage: KeyValueStorage, key: string, value: string): WriteOutcome {
  try {
    storage.setItem(key, value);
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'failed';
  }
}

/** True when the key is gone afterwards. */
export function removeKey(storage: KeyValueStorage, key: string): boolean {
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * Every key that is `prefix` or starts with `prefix:`, with its value; null when storage
 * cannot be listed or read. Unlike readKey, a failing read is never mistaken for an empty
 * storage: saved data that cannot be read must not look like no data.
 */
export function readKeysWithPrefix(
  storage: KeyValueStorage,
  prefix: string,
): Map<string, string> | null {
  try {
    const entries = new Map<string, string>();
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key === null || !(key === prefix || key.startsWith(`${prefix}:`))) continue;
      const value = storage.getItem(key);
      if (value !== null) entries.set(key, value);
    }
    return entries;
  } catch {
    return null;
  }
}

/**
 * Removes every key of `storage` that is `prefix` or starts with `prefix:` (for
 * tshape: the store, recovery copies, the probe), and nothing else: other apps on the
 * same origin keep their data. Returns how many it removed.
 */
export function removeKeysWithPrefix(storage: KeyValueStorage, prefix: string): number {
  const keys: string[] = [];
  try {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key !== null && (key === prefix || key.startsWith(`${prefix}:`))) keys.push(key);
    }
  } catch {
    // Storage that cannot be listed: the keys found so far are still removed.
  }
  for (const key of keys) removeKey(storage, key);
  return keys.length;
}
