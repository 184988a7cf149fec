import type { QuestionBank } from '../data/bank-types';
import { bankFor } from '../data/question-bank';
import { computeAreaScores, type AreaScores } from './area-scores';
import { formatDate, formatDateTime, type TimeZone } from './format';
import type { ResultInput } from './result-change';

/**
 * Fewer than three points make a line that only says "up" or "down", which the
 * comparison table says better (issue 9: "once there are three or more results").
 */
export const MIN_RESULTS_FOR_GROWTH_LINE = 3;

/** How one result is named wherever results are listed, charted or picked. */
export interface ResultLabel {
  /** "Result 3": its place in time, the oldest being Result 1. Never shared by two results. */
  readonly name: string;
  /** "4 Dec 2026", or "4 Dec 2026, 08:04" when another result was made the same day. */
  readonly when: string;
  /** `when` for a narrow axis: "4 Dec", or "4 Dec, 08:04" when the day is shared. */
  readonly short: string;
  /** Both, for one line of text: "Result 3 · 4 Dec 2026, 08:04". */
  readonly text: string;
}

function toTime(iso: string): number {
  const time = Date.parse(iso);
  // Stored dates are validated, but an unreadable one must not throw in a chart;
  // it sorts first and is labelled with the raw text.
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Indexes of `dates`, oldest first; equal times keep their given order. */
function chronologicalOrder(dates: readonly string[]): number[] {
  return dates
    .map((date, index) => ({ index, time: toTime(date) }))
    .sort((a, b) => (a.time === b.time ? a.index - b.index : a.time < b.time ? -1 : 1))
    .map(({ index }) => index);
}

/**
 * A label for each result (`completedAt` dates, ISO, in any order), in the given
 * order. Results taken on one day, even in one minute, still read apart: each is
 * numbered by its place in time ("Result 1" the oldest; equal times keep their given
 * order), and its date gains the time of day only when another result shares the day
 * (a date alone is what a reader wants across months; the time tells apart a morning's
 * retakes). The day is read in `zone`: the reader's own calendar for their history.
 */
export function labelResults(
  completedAts: readonly string[],
  zone: TimeZone,
): readonly ResultLabel[] {
  const day = (iso: string) => {
    const time = toTime(iso);
    return Number.isFinite(time) ? formatDate(time, 'medium', zone) : iso;
  };
  const days = completedAts.map(day);
  const numbers = new Map(chronologicalOrder(completedAts).map((index, place) => [index, place]));
  return completedAts.map((iso, index) => {
    const shared = days.filter((each) => each === days[index]).length > 1;
    const time = toTime(iso);
    const withTime = shared && Number.isFinite(time);
    const when = withTime ? formatDateTime(time, zone) : day(iso);
    // The year dropped: "4 Dec 2026" is "4 Dec"; "4 Dec 2026, 08:04" is "4 Dec, 08:04".
    const short = Number.isFinite(time) ? when.replace(/ \d{4}(?=,|$)/, '') : when;
    const name = `Result ${(numbers.get(index) ?? index) + 1}`;
    return { name, when, short, text: `${name} · ${when}` };
  });
}

/** One result on the growth line: when it was made and its area scores. */
export interface GrowthPoint {
  /** The result's completedAt, as saved (ISO). */
  readonly date: string;
  /** Its name on the axis and in the table (labelResults). */
  readonly label: ResultLabel;
  readonly scores: AreaScores;
}

/**
 * The area scores of every result over time, oldest first, for the growth line
 * and its data table, each labelled by `labelResults` in `zone`. Each result is
 * scored on the bank it was made with (`bankOf`), so every point keeps the score it
 * had; the five areas are the same in every version. Results with the same
 * completedAt keep their given order.
 */
export function toGrowthSeries(
  results: readonly ResultInput[],
  zone: TimeZone,
  bankOf: (version: number) => QuestionBank = bankFor,
): readonly GrowthPoint[] {
  const labels = labelResults(
    results.map((result) => result.completedAt),
    zone,
  );
  return chronologicalOrder(results.map((result) => result.completedAt)).flatMap((index) => {
    const result = results[index];
    const label = labels[index];
    if (!result || !label) return [];
    return [
      {
        date: result.completedAt,
        label,
        scores: computeAreaScores(bankOf(result.bankVersion), result.responses),
      },
    ];
  });
}
