import type { AppStore } from './app-store';
import { recordDecoder } from './record-decoding';
import { recordKey } from './record-storage';
import type { SavedState } from './saved-state';
import { selectSavedState } from './selectors';

/**
 * What an import kept, counted from what storage holds afterwards.
 * `kept` is false when nothing could be written (nothing changed then).
 */
export interface ImportReport {
  readonly kept: boolean;
  readonly added: {
    readonly results: number;
    readonly teams: number;
    readonly sharedResults: number;
    readonly plans: number;
  };
  /** Shared results left out because a history keeps at most MAX_SHARED_RESULTS. */
  readonly overLimit: number;
  /** Records of the file that did not fit in the browser's storage and were left out. */
  readonly noRoom: number;
}

/**
 * Replaces what is saved with `next`: an imported backup, or one merged into what is
 * here (mergeSavedStates, which counts the shared results it left out: `overLimit`).
 * What does not fit in storage is left out, this tab then shows what storage holds,
 * and the report says so. A tab that holds its writes changes nothing.
 */
export function importData(store: AppStore, next: SavedState, overLimit = 0): ImportReport {
  const before = selectSavedState(store.getState());
  store.setState(next);
  const { outcome } = store.lastSave();
  if (outcome === 'held') {
    store.setState(before);
    return importReport(false, before, before, next, overLimit);
  }
  if (outcome === 'not-saved') store.reloadNow(recordDecoder);
  return importReport(true, before, selectSavedState(store.getState()), next, overLimit);
}

/** Counts what an import added, from the state before and after it. */
function importReport(
  kept: boolean,
  before: SavedState,
  after: SavedState,
  wanted: SavedState,
  overLimit: number,
): ImportReport {
  const count = <K extends 'results' | 'teams' | 'sharedResults' | 'plans'>(name: K) => {
    const had = new Set(before[name].map((record) => recordKey(name, record)));
    const has = new Set(after[name].map((record) => recordKey(name, record)));
    const added = [...has].filter((key) => !had.has(key)).length;
    const missing = wanted[name].filter((record) => !has.has(recordKey(name, record))).length;
    return { added, missing };
  };
  const results = count('results');
  const teams = count('teams');
  const sharedResults = count('sharedResults');
  const plans = count('plans');
  return {
    kept,
    added: {
      results: results.added,
      teams: teams.added,
      sharedResults: sharedResults.added,
      plans: plans.added,
    },
    overLimit,
    noRoom: kept ? results.missing + teams.missing + sharedResults.missing + plans.missing : 0,
  };
}
