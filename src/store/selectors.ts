import type { CompletedResult, Plan, SavedState } from './saved-state';

// Selectors read saved fields only, so they need SavedState, not the store's type
// (which would make store/app-store.ts and this file import each other).

/** What is saved of the app's state: every saved field, no actions. The one list of them. */
export const selectSavedState = ({
  progress,
  results,
  teams,
  sharedResults,
  plans,
  settings,
}: SavedState): SavedState => ({ progress, results, teams, sharedResults, plans, settings });

export const selectHasProgress = (state: Pick<SavedState, 'progress'>): boolean =>
  state.progress !== null && Object.keys(state.progress.answers).length > 0;

export const selectLatestResult = (
  state: Pick<SavedState, 'results'>,
): CompletedResult | undefined => state.results.at(-1);

/** The value of each answer in progress, keyed by question id. */
export const selectProgressResponses = (
  state: Pick<SavedState, 'progress'>,
): Readonly<Record<string, number>> =>
  Object.fromEntries(
    Object.entries(state.progress?.answers ?? {}).map(([id, answer]) => [id, answer.value]),
  );

/** The growth plan in use: the latest kept one; undefined before any target is chosen. */
export const selectCurrentPlan = (state: Pick<SavedState, 'plans'>): Plan | undefined =>
  state.plans.at(-1);
