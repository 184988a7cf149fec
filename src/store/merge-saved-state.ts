import type { Answer, SavedState } from './saved-state';

function newerAnswer(mine: Answer | undefined, theirs: Answer | undefined): Answer | undefined {
  if (!mine) return theirs;
  if (!theirs) return mine;
  return theirs.at > mine.at ? theirs : mine;
}

/**
 * Merges what another tab saved into this tab's state. Answers in progress merge
 * one by one, newest wins, so two tabs answering different items lose nothing;
 * results and teams are unions by id, saved shared results by payload (theirs win on a clash, being the later
 * write); settings follow the other tab. A progress that only one side has is
 * kept, unless the other side completed it into a result since.
 */
export function mergeSavedStates(mine: SavedState, theirs: SavedState): SavedState {
  const results = [
    ...mine.results.filter((result) => !theirs.results.some((other) => other.id === result.id)),
    ...theirs.results,
  ].sort((a, b) => a.completedAt.localeCompare(b.completedAt));
  const teams = [
    ...mine.teams.filter((team) => !theirs.teams.some((other) => other.id === team.id)),
    ...theirs.teams,
  ];
  const sharedResults = [
    ...mine.sharedResults.filter(
      (saved) => !theirs.sharedResults.some((other) => other.payload === saved.payload),
    ),
    ...theirs.sharedResults,
  ];

  let progress = theirs.progress ?? mine.progress;
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
    progress = { ...theirs.progress, answers };
  } else if (mine.progress && !theirs.progress) {
    // The other tab finished (a result appeared since this progress began) or started over.
    const completedSince = theirs.results.some(
      (result) => Date.parse(result.completedAt) >= (mine.progress?.startedAt ?? 0),
    );
    progress = completedSince ? null : mine.progress;
  }
  return { progress, results, teams, sharedResults, settings: theirs.settings };
}
