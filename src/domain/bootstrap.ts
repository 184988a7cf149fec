import type { AreaId, QuestionBank } from '../data/bank-types';
import { readAreaLevels, scoreFromLevelSum } from './area-scores';
import { createMulberry32 } from './prng';
import { quantileOfSorted } from './quantile';
import { classifyShape, SHAPE_NAMES, type ShapeName } from './shape';
import { computeSpectrumPosition, SPECTRUM_WEIGHTS } from './spectrum';

/** A closed interval [low, high]. */
export type Interval = readonly [number, number];

/** DESIGN.md asks for 1,000 resamples: enough for stable 10th/90th percentiles, still a few ms. */
export const BOOTSTRAP_RESAMPLES = 1000;

/**
 * One fixed seed for every result. The same answers then always give the same
 * intervals (DESIGN.md), and because the draws depend only on the rating items,
 * answering a knowledge check or the foil cannot move an interval either.
 */
export const BOOTSTRAP_SEED = 0x74736861; // "tsha" in ASCII

/** An 80% interval starts from the 10th and 90th percentiles of the resampled values. */
export const INTERVAL_PROBABILITIES = [0.1, 0.9] as const;

/** z₀.₉, the 90th percentile of the standard normal: the half-width of an 80% normal interval. */
export const NORMAL_QUANTILE_90 = 1.2815515655446004;

/**
 * t₀.₉,ν, the 90th percentile of Student's t with ν degrees of freedom, from the
 * standard tables (checked against SciPy's `t.ppf(0.9, ν)`), as [ν, t] pairs.
 */
const STUDENT_T_90: readonly (readonly [number, number])[] = [
  [1, 3.077684],
  [2, 1.885618],
  [3, 1.637744],
  [4, 1.533206],
  [5, 1.475884],
  [6, 1.439756],
  [7, 1.414924],
  [8, 1.396815],
  [10, 1.372184],
  [12, 1.356217],
  [15, 1.340606],
  [20, 1.325341],
  [30, 1.310415],
  [60, 1.295821],
  [120, 1.288646],
  [Number.POSITIVE_INFINITY, NORMAL_QUANTILE_90],
];

export interface BootstrapOptions {
  readonly resamples?: number;
  readonly seed?: number;
}

export interface BootstrapResult {
  /** 80% interval of each area's score; null for an area with no answered item. */
  readonly areaIntervals: Readonly<Record<AreaId, Interval | null>>;
  /**
   * 80% interval of the spectrum position; null when the position itself is not
   * defined (Σ|w|A < 10) or no resample has enough signal. Resamples without a
   * position are skipped rather than counted at 0, which would drag the band to
   * the middle of the axis for a reason that has nothing to do with the person.
   */
  readonly positionInterval: Interval | null;
  /** Share (0..1) of resamples giving each shape; the shares sum to 1. */
  readonly shapeShares: Readonly<Record<ShapeName, number>>;
}

/**
 * A bootstrap of the sub-skills (DESIGN.md, "Uncertainty"), corrected for how
 * few sub-skills an area has. In each resample, every area's answered item
 * levels are drawn with replacement (as many draws as answered items), and the
 * area scores, P and shape recomputed with the same functions as the point
 * estimate. Two small-sample corrections make the "80%" hold (issue 10's study:
 * the plain percentile interval covered the true P only about 73% of the time):
 *
 * 1. Rescaling (Rao & Wu 1988, https://doi.org/10.1080/01621459.1988.10478591):
 *    a plain bootstrap of n items has variance (n − 1)/n of the usual unbiased
 *    estimate, 5/6 with six items, so each resampled area score's distance from
 *    the area's score is stretched by √(n/(n − 1)). The shape shares use these
 *    rescaled resamples.
 * 2. Student's t instead of the normal: the 10th–90th percentile spread of the
 *    rescaled resamples is ±z₀.₉ standard errors, which is right only for many
 *    items. Each end's distance from the estimate is widened by t₀.₉,ν / z₀.₉, as
 *    a t interval would be, with ν = n − 1 for an area and, for P, the
 *    Welch–Satterthwaite degrees of freedom of its linearised variance
 *    (https://doi.org/10.2307/3002019). This is Hesterberg's "expanded
 *    percentile interval" (2015, https://doi.org/10.1080/00031305.2015.1089789)
 *    in its simplest form; the bootstrap still sets each interval's asymmetry.
 *
 * An area whose items all share one level still gets a zero-width interval: on
 * this evidence there is nothing to be unsure about. Intervals are kept within
 * 0–100 for scores and −1..+1 for P.
 */
export function bootstrapProfile(
  bank: QuestionBank,
  responses: Readonly<Record<string, number>>,
  { resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED }: BootstrapOptions = {},
): BootstrapResult {
  const random = createMulberry32(seed);
  const areas = bank.areas.map((area) => {
    const levels = readAreaLevels(area, responses);
    const n = levels.length;
    const sum = levels.reduce((total, level) => total + level, 0);
    return {
      id: area.id,
      levels,
      sum,
      score: n === 0 ? null : scoreFromLevelSum(sum, n),
      // With one item every resample repeats it, so there is nothing to stretch.
      stretch: n > 1 ? Math.sqrt(n / (n - 1)) : 1,
      samples: new Float64Array(resamples),
    };
  });
  const positions: number[] = [];
  const shapeCounts = new Map<ShapeName, number>();

  for (let r = 0; r < resamples; r += 1) {
    const scores: Partial<Record<AreaId, number | null>> = {};
    const present: number[] = [];
    for (const area of areas) {
      const n = area.levels.length;
      if (area.score === null) {
        scores[area.id] = null;
        continue;
      }
      let sum = 0;
      for (let k = 0; k < n; k += 1) sum += area.levels[Math.floor(random() * n)] as number;
      // Written as score + stretch × difference so that a resample drawing the
      // same total gives exactly the score: threshold cases such as 70 stay exact.
      const score = clampScore(area.score + (area.stretch * 20 * (sum - area.sum)) / n);
      area.samples[r] = score;
      scores[area.id] = score;
      present.push(score);
    }
    const position = computeSpectrumPosition(scores as Record<AreaId, number | null>);
    if (position !== null) positions.push(position);
    const shape = classifyShape(present);
    shapeCounts.set(shape, (shapeCounts.get(shape) ?? 0) + 1);
  }

  const pointScores = Object.fromEntries(areas.map((area) => [area.id, area.score])) as Record<
    AreaId,
    number | null
  >;
  const position = computeSpectrumPosition(pointScores);

  return {
    areaIntervals: Object.fromEntries(
      areas.map((area) => [
        area.id,
        area.score === null || resamples === 0
          ? null
          : expandInterval(
              area.score,
              percentileInterval(area.samples),
              studentT90(area.levels.length - 1),
              [0, 100],
            ),
      ]),
    ) as Record<AreaId, Interval | null>,
    positionInterval:
      position === null || positions.length === 0
        ? null
        : expandInterval(
            position,
            percentileInterval(positions),
            studentT90(positionDegreesOfFreedom(areas, pointScores, position)),
            [-1, 1],
          ),
    shapeShares: Object.fromEntries(
      SHAPE_NAMES.map((shape) => [
        shape,
        resamples === 0 ? 0 : (shapeCounts.get(shape) ?? 0) / resamples,
      ]),
    ) as Record<ShapeName, number>,
  };
}

/** The 10th and 90th percentiles (type 7, see quantileOfSorted) of a non-empty sample. */
export function percentileInterval(values: ArrayLike<number>): Interval {
  const sorted = Float64Array.from(values).sort();
  const [lower, upper] = INTERVAL_PROBABILITIES;
  return [quantileOfSorted(sorted, lower), quantileOfSorted(sorted, upper)];
}

/**
 * t₀.₉,ν for any ν ≥ 1, interpolated linearly in 1/ν between the table's rows,
 * the usual way to read a t table between its columns; ν = ∞ gives z₀.₉.
 * Values below 1 are read as 1, the fewest degrees of freedom an interval here has.
 */
export function studentT90(degreesOfFreedom: number): number {
  const inverse = 1 / Math.max(1, degreesOfFreedom);
  for (let row = 1; row < STUDENT_T_90.length; row += 1) {
    const [nuAbove, tAbove] = STUDENT_T_90[row - 1] as readonly [number, number];
    const [nuBelow, tBelow] = STUDENT_T_90[row] as readonly [number, number];
    const [high, low] = [1 / nuAbove, 1 / nuBelow];
    if (inverse >= low) return tBelow + ((inverse - low) / (high - low)) * (tAbove - tBelow);
  }
  return NORMAL_QUANTILE_90;
}

/**
 * Moves each end of a percentile interval away from the estimate by t₀.₉,ν / z₀.₉
 * (never closer: below 1 the factor would be read as 1), then keeps it in range.
 */
function expandInterval(
  estimate: number,
  [low, high]: Interval,
  t: number,
  [min, max]: Interval,
): Interval {
  const factor = Math.max(1, t / NORMAL_QUANTILE_90);
  const clamp = (value: number) => Math.min(max, Math.max(min, value));
  return [
    clamp(estimate + factor * (low - estimate)),
    clamp(estimate + factor * (high - estimate)),
  ];
}

/**
 * Welch–Satterthwaite degrees of freedom of P. To first order P moves by
 * c·ΔA for a change ΔA in area A, with c = (w − P|w|) / Σ|w|A, so its variance
 * is a sum over areas of c²s²/n (s² the unbiased variance of the area's item
 * scores), and ν = (Σ c²s²/n)² / Σ (c²s²/n)² / (n − 1). Areas with fewer than
 * two items carry no variance. With no variance at all, ν = ∞: nothing to widen.
 */
function positionDegreesOfFreedom(
  areas: readonly { readonly id: AreaId; readonly levels: readonly number[] }[],
  scores: Readonly<Record<AreaId, number | null>>,
  position: number,
): number {
  let signal = 0;
  for (const area of areas) signal += Math.abs(SPECTRUM_WEIGHTS[area.id]) * (scores[area.id] ?? 0);
  let total = 0;
  let spread = 0;
  for (const area of areas) {
    const n = area.levels.length;
    if (n < 2) continue;
    const weight = SPECTRUM_WEIGHTS[area.id];
    const slope = (weight - position * Math.abs(weight)) / signal;
    const mean = area.levels.reduce((sum, level) => sum + level, 0) / n;
    const variance =
      (400 * area.levels.reduce((sum, level) => sum + (level - mean) ** 2, 0)) / (n - 1);
    const part = (slope * slope * variance) / n;
    total += part;
    spread += (part * part) / (n - 1);
  }
  return spread === 0 ? Number.POSITIVE_INFINITY : (total * total) / spread;
}

function clampScore(score: number): number {
  return Math.min(100, Math.max(0, score));
}
