import type { AreaId, QuestionBank } from '../data/bank-types';
import { readAreaLevels, scoreFromLevelSum } from './area-scores';
import { createMulberry32 } from './prng';
import { quantileOfSorted } from './quantile';
import { classifyShape, SHAPE_NAMES, type ShapeName } from './shape';
import { computeSpectrumPosition } from './spectrum';

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

/** An 80% percentile interval: the 10th and 90th percentiles of the resampled values. */
export const INTERVAL_PROBABILITIES = [0.1, 0.9] as const;

export interface BootstrapOptions {
  readonly resamples?: number;
  readonly seed?: number;
}

export interface BootstrapResult {
  /** 80% interval of each area's score; null for an area with no answered item. */
  readonly areaIntervals: Readonly<Record<AreaId, Interval | null>>;
  /**
   * 80% interval of the spectrum position over the resamples where it is defined
   * (Σ|w|A ≥ 10); null when no resample has enough signal. Resamples without a
   * position are skipped rather than counted at 0, which would drag the band to
   * the middle of the axis for a reason that has nothing to do with the person.
   */
  readonly positionInterval: Interval | null;
  /** Share (0..1) of resamples giving each shape; the shares sum to 1. */
  readonly shapeShares: Readonly<Record<ShapeName, number>>;
}

/**
 * Nonparametric bootstrap of the sub-skills (DESIGN.md, "Uncertainty"): in each
 * resample, every area's answered item levels are drawn with replacement (as
 * many draws as answered items), and the area scores, P and shape recomputed
 * with the same functions as the point estimate. An area whose items all share
 * one level therefore gets a zero-width interval: on this evidence there is
 * nothing to be unsure about.
 */
export function bootstrapProfile(
  bank: QuestionBank,
  responses: Readonly<Record<string, number>>,
  { resamples = BOOTSTRAP_RESAMPLES, seed = BOOTSTRAP_SEED }: BootstrapOptions = {},
): BootstrapResult {
  const random = createMulberry32(seed);
  const areas = bank.areas.map((area) => ({
    id: area.id,
    levels: readAreaLevels(area, responses),
    samples: new Float64Array(resamples),
  }));
  const positions: number[] = [];
  const shapeCounts = new Map<ShapeName, number>();

  for (let r = 0; r < resamples; r += 1) {
    const scores: Partial<Record<AreaId, number | null>> = {};
    const present: number[] = [];
    for (const area of areas) {
      const n = area.levels.length;
      if (n === 0) {
        scores[area.id] = null;
        continue;
      }
      let sum = 0;
      for (let k = 0; k < n; k += 1) sum += area.levels[Math.floor(random() * n)] as number;
      const score = scoreFromLevelSum(sum, n);
      area.samples[r] = score;
      scores[area.id] = score;
      present.push(score);
    }
    const position = computeSpectrumPosition(scores as Record<AreaId, number | null>);
    if (position !== null) positions.push(position);
    const shape = classifyShape(present);
    shapeCounts.set(shape, (shapeCounts.get(shape) ?? 0) + 1);
  }

  return {
    areaIntervals: Object.fromEntries(
      areas.map((area) => [
        area.id,
        area.levels.length === 0 || resamples === 0 ? null : percentileInterval(area.samples),
      ]),
    ) as Record<AreaId, Interval | null>,
    positionInterval: positions.length === 0 ? null : percentileInterval(positions),
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
