import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './app-store';
import type { StorageHealth } from './storage-health';

const StoreContext = createContext<AppStore | null>(null);

/** Hands the one app store to the tree; tests hand in a fresh store of their own. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

function useStoreInstance(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('The app store is read inside <StoreProvider> only.');
  return store;
}

/** The store itself, for work that spans several of its actions (an import). */
export function useAppStoreApi(): AppStore {
  return useStoreInstance();
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreInstance(), selector);
}

const whole = (health: StorageHealth) => health;

/** How the store's storage is behaving (the store's `health`). */
export function useStorageHealth(): StorageHealth;
export function useStorageHealth<T>(selector: (health: StorageHealth) => T): T;
export function useStorageHealth<T>(
  selector: (health: StorageHealth) => T | StorageHealth = whole,
): T | StorageHealth {
  return useStore(useStoreInstance().health, selector);
}
