import { createStore, type StoreApi } from 'zustand/vanilla';

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
  /** Saved data that could not be read was copied aside under this key. */
  readonly recoveryKey: string | null;
  readonly recoveryReason: string | null;
  /** A newer tshape wrote the saved data: this tab reads it but never writes. */
  readonly readOnly: boolean;
}

export const INITIAL_STORAGE_HEALTH: StorageHealth = {
  mode: 'local',
  lastWrite: null,
  recoveryKey: null,
  recoveryReason: null,
  readOnly: false,
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
