import type { QuestionBank } from '../data/bank-types';
import { bankFor } from '../data/question-bank';
import { computeAreaScores, type AreaScores } from './area-scores';
import { formatDate } from './format';
import type { ResultInput } from './result-change';

/**
 * Fewer than three points make a line that only says "up" or "down", which the
 * comparison table says better (issue 9: "once there are three or more results").
 */
export const MIN_RESULTS_FOR_GROWTH_LINE = 3;

/** One result on the growth line: when it was made and its area scores. */
export interface GrowthPoint {
  /** The result's completedAt, as saved (ISO). */
  readonly date: string;
  /** The date for an axis or table, e.g. "20 Nov 2026"; UTC, so every reader sees the same day. */
  readonly label: string;
  readonly scores: AreaScores;
}

function toTime(iso: string): number {
  const time = Date.parse(iso);
  // Stored dates are validated, but an unreadable one must not throw in a chart;
  // it sorts first and is labelled with the raw text.
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * The area scores of every result over time, oldest first, for the growth line
 * and its data table. Each result is scored on the bank it was made with
 * (`bankOf`), so every point keeps the score it had; the five areas are the same
 * in every version. Results with the same completedAt keep their given order.
 */
export function toGrowthSeries(
  results: readonly ResultInput[],
  bankOf: (version: number) => QuestionBank = bankFor,
): readonly GrowthPoint[] {
  return results
    .map((result) => ({ result, time: toTime(result.completedAt) }))
    .sort((a, b) => (a.time === b.time ? 0 : a.time < b.time ? -1 : 1))
    .map(({ result, time }) => ({
      date: result.completedAt,
      label: Number.isFinite(time) ? formatDate(time, 'medium', 'utc') : result.completedAt,
      scores: computeAreaScores(bankOf(result.bankVersion), result.responses),
    }));
}
