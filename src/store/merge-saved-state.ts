import type { Answer, SavedState } from './saved-state';
import { MAX_PLANS, MAX_SHARED_RESULTS } from './saved-limits';

function newerAnswer(mine: Answer | undefined, theirs: Answer | undefined): Answer | undefined {
  if (!mine) return theirs;
  if (!theirs) return mine;
  return theirs.at > mine.at ? theirs : mine;
}

export interface Merged {
  readonly state: SavedState;
  /** Shared results of the import left out because a history keeps at most MAX_SHARED_RESULTS. */
  readonly sharedOverLimit: number;
}

/**
 * Merges an imported backup into what is here ("Merge" on Your data): everything here
 * stays, and what is new is added. Results and teams are unions by id (the file's copy
 * wins on a clash), shared results by payload up to MAX_SHARED_RESULTS, so the merge
 * never holds more than the saved data may; plans are a union by id too (at most
 * MAX_PLANS, the newest kept); settings stay as they are here. Answers in
 * progress merge one by one, newest wins, when both are the same assessment.
 */
export function mergeSavedStates(mine: SavedState, theirs: SavedState): Merged {
  const results = [
    ...mine.results.filter((result) => !theirs.results.some((other) => other.id === result.id)),
    ...theirs.results,
  ].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const teams = [
    ...mine.teams.filter((team) => !theirs.teams.some((other) => other.id === team.id)),
    ...theirs.teams,
  ];
  const payloads = new Set(mine.sharedResults.map((saved) => saved.payload));
  const newShared = theirs.sharedResults.filter((saved) => !payloads.has(saved.payload));
  const room = Math.max(0, MAX_SHARED_RESULTS - mine.sharedResults.length);
  const sharedResults = [...mine.sharedResults, ...newShared.slice(0, room)];

  let progress = mine.progress ?? theirs.progress;
  if (mine.progress && theirs.progress && mine.progress.startedAt === theirs.progress.startedAt) {
    const ids = new Set([
      ...Object.keys(mine.progress.answers),
      ...Object.keys(theirs.progress.answers),
    ]);
    const answers = Object.fromEntries(
      [...ids].flatMap((id) => {
        const answer = newerAnswer(mine.progress?.answers[id], theirs.progress?.answers[id]);
        return answer ? [[id, answer] as const] : [];
      }),
    );
    progress = { ...mine.progress, answers };
  }
  // Plans: a union by id, the file's copy winning a clash, oldest first; never past MAX_PLANS
  // (the newest are kept, as the latest plan is the one in use).
  const plans = [
    ...mine.plans.filter((plan) => !theirs.plans.some((o) => o.id === plan.id)),
    ...theirs.plans,
  ]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .slice(-MAX_PLANS);
  return {
    state: { progress, results, teams, sharedResults, plans, settings: mine.settings },
    sharedOverLimit: Math.max(0, newShared.length - room),
  };
}
