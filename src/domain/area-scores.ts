import type { Area, AreaId, QuestionBank } from '../data/bank-types';
import { LEVELS } from '../data/levels';

export type AreaScores = Readonly<Record<AreaId, number | null>>;

/** The top of the rating scale (level 5, "Expert"). */
export const MAX_LEVEL = LEVELS.length - 1;

/**
 * Whether a response is a level the rating scale can hold. Anything else (a
 * corrupt 6 or 7 that still fits in 3 bits, a fraction, NaN) is read as "not
 * answered", so no input can push a score outside 0–100.
 */
export function isRatingLevel(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value >= 0 && value <= MAX_LEVEL;
}

/** The levels given to an area's rating items, in bank order, unanswered items left out. */
export function readAreaLevels(
  area: Area,
  responses: Readonly<Record<string, number>>,
): readonly number[] {
  return area.items.map((item) => responses[item.id]).filter(isRatingLevel);
}

/** Score points per level: the top level, 5, scores 100. */
export const SCORE_PER_LEVEL = 100 / MAX_LEVEL;

/**
 * A = 20 × mean(levels) from the sum and count of the levels. Multiplying before
 * dividing keeps threshold cases exact: six items summing to 21 give exactly 70.
 */
export function scoreFromLevelSum(sum: number, count: number): number {
  return (SCORE_PER_LEVEL * sum) / count;
}

/**
 * Area score A = 20 × mean(levels), 0–100 (DESIGN.md, "Scoring").
 * Only rating items count: knowledge checks and the foil add flags, never points.
 * An area with no answered item has no score (null), rather than a misleading 0.
 */
export function computeAreaScores(
  bank: QuestionBank,
  levels: Readonly<Record<string, number>>,
): AreaScores {
  const entries = bank.areas.map((area) => {
    const answered = readAreaLevels(area, levels);
    const score =
      answered.length === 0
        ? null
        : scoreFromLevelSum(
            answered.reduce((sum, level) => sum + level, 0),
            answered.length,
          );
    return [area.id, score] as const;
  });
  return Object.fromEntries(entries) as Record<AreaId, number | null>;
}
