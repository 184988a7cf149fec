import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { readKey, removeKey, writeKey, type KeyValueStorage } from '../lib/browser-storage';
import { reportStorageHealth, type StorageHealthStore } from './storage-health';
import {
  RECOVERY_KEY_PREFIX,
  STORE_VERSION,
  restoreSavedState,
  type SavedState,
} from './saved-state';

/**
 * The persist middleware's storage: every read goes through `restoreSavedState`,
 * every failure becomes a report to the store's `health` instead of an exception.
 * Data that cannot be read is copied aside under a recovery key before anything could
 * overwrite it.
 */
export function createPersistStorage(
  storage: KeyValueStorage | null,
  health: StorageHealthStore,
  now: () => number = Date.now,
): PersistStorage<SavedState> {
  // Read-only is a fact about the medium, kept in one place: the health store.
  const isReadOnly = () => health.getState().readOnly;

  function keepAside(raw: string, reason: string): void {
    if (!storage) return;
    const key = `${RECOVERY_KEY_PREFIX}${new Date(now()).toISOString()}`;
    const outcome = writeKey(storage, key, raw);
    reportStorageHealth(health, {
      recoveryKey: outcome === 'saved' ? key : null,
      recoveryReason: reason,
    });
  }

  return {
    getItem(name): StorageValue<SavedState> | null {
      if (!storage) return null;
      const raw = readKey(storage, name);
      const outcome = restoreSavedState(raw);
      switch (outcome.kind) {
        case 'empty':
          return null;
        case 'restored':
          return { state: outcome.state, version: STORE_VERSION };
        case 'corrupt':
          if (raw !== null) keepAside(raw, outcome.reason);
          return null;
        case 'newer':
          reportStorageHealth(health, { readOnly: true });
          if (raw !== null) {
            keepAside(raw, `It was saved by a newer version of tshape (v${outcome.version}).`);
          }
          return null;
      }
    },
    setItem(name, value): void {
      if (!storage || isReadOnly()) return;
      const text = JSON.stringify(value);
      // Writing what is already there would only wake other tabs for nothing.
      if (readKey(storage, name) === text) return;
      const outcome = writeKey(storage, name, text);
      reportStorageHealth(health, { lastWrite: outcome === 'saved' ? 'saved' : 'not-saved' });
    },
    removeItem(name): void {
      if (storage && !isReadOnly()) removeKey(storage, name);
    },
  };
}
