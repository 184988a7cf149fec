import type { AppStore } from './app-store';
import { mergeSavedStates } from './merge-saved-state';
import { STORE_KEY, restoreSavedState } from './saved-state';
import { selectSavedState } from './selectors';
import { reportStorageHealth } from './storage-health';

/**
 * Keeps two open tabs in step. When another tab saves, its data is merged into
 * this one's (answer by answer, newest wins). The merge is written back only if
 * it adds something, so tabs never echo each other. A newer tshape's data puts
 * this tab in read-only mode instead of being overwritten.
 */
export function startTabSync(store: AppStore, target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORE_KEY || event.newValue === null) return;
    const outcome = restoreSavedState(event.newValue);
    if (outcome.kind === 'newer') {
      reportStorageHealth(store.health, { readOnly: true });
      return;
    }
    if (outcome.kind !== 'restored') return;
    store.setState(mergeSavedStates(selectSavedState(store.getState()), outcome.state));
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
