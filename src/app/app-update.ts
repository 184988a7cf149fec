import { create } from 'zustand';
import type { RegisterServiceWorker } from '../lib/service-worker';

/** What the service worker has told the app; never persisted. */
export interface AppUpdate {
  /** A new version is installed and waiting: it takes over only when the person says so. */
  readonly waiting: boolean;
  /** Every file is cached: tshape now opens without a network. */
  readonly offlineReady: boolean;
  /** Hands control to the waiting version, which reloads the page; null until one waits. */
  readonly apply: (() => void) | null;
}

export const INITIAL_APP_UPDATE: AppUpdate = { waiting: false, offlineReady: false, apply: null };

const UPDATE_CHECK_MS = 60 * 60 * 1000;

export const useAppUpdate = create<AppUpdate>()(() => INITIAL_APP_UPDATE);

/**
 * Registers the service worker (src/lib/service-worker.ts) and reports what it says. A
 * new version waits (`registerType: 'prompt'`); `apply` hands over to it, and the page
 * reloads. Answers are written to storage as they are given, so the reload loses none
 * (UpdatePrompt warns when storage is not keeping them).
 */
export function watchForUpdates(register: RegisterServiceWorker): void {
  const apply = register({
    // A tab left open for days still learns of a new version; offline, the check just fails.
    onRegistered: (registration) => {
      setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
    onNeedRefresh: () => useAppUpdate.setState({ waiting: true, apply }),
    onOfflineReady: () => useAppUpdate.setState({ offlineReady: true }),
    // No service worker (an old browser, a blocked profile): tshape simply stays online-only.
    onRegisterError: () => undefined,
  });
}

/** Dismisses the prompt for this page view; the new version still waits for the next load. */
export function postponeUpdate(): void {
  useAppUpdate.setState({ waiting: false });
}
