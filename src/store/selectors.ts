import type { AppState } from './app-store';
import type { CompletedResult, SavedState } from './saved-state';

/** What is saved of the app's state: every saved field, no actions. The one list of them. */
export const selectSavedState = ({
  progress,
  results,
  teams,
  sharedResults,
  settings,
}: SavedState): SavedState => ({ progress, results, teams, sharedResults, settings });

export const selectHasProgress = (state: Pick<AppState, 'progress'>): boolean =>
  state.progress !== null && Object.keys(state.progress.answers).length > 0;

export const selectLatestResult = (state: Pick<AppState, 'results'>): CompletedResult | undefined =>
  state.results.at(-1);

/** The value of each answer in progress, keyed by question id. */
export const selectProgressResponses = (
  state: Pick<AppState, 'progress'>,
): Readonly<Record<string, number>> =>
  Object.fromEntries(
    Object.entries(state.progress?.answers ?? {}).map(([id, answer]) => [id, answer.value]),
  );
