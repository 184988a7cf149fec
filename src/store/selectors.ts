import type { AppState } from './app-store';
import type { CompletedResult } from './saved-state';

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
