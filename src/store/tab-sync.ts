import type { AppStore } from './app-store';

/**
 * Keeps open tabs in step. Each record of tshape's sits under its own key, so another
 * tab's change arrives as that record written or removed, and is taken in as it is:
 * a deletion stays deleted (a tab writes only records it changed itself). Answers in
 * progress merge one by one, newest wins (record-events' mergeProgress, which also
 * joins two starts made at once). A page restored from the back-forward cache
 * missed what changed meanwhile, so it reads storage afresh.
 */
export function startTabSync(store: AppStore, target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== null && event.storageArea !== target.localStorage) return;
    void store.receive(event.key, event.newValue);
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) void store.reload();
  };
  target.addEventListener('storage', onStorage);
  target.addEventListener('pageshow', onPageShow);
  return () => {
    target.removeEventListener('storage', onStorage);
    target.removeEventListener('pageshow', onPageShow);
  };
}
