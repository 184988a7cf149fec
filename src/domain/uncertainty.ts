import type { AreaId, QuestionBank } from '../data/bank-types';
import { MAX_LEVEL, computeAreaScores, readAreaLevels } from './area-scores';
import { createMulberry32 } from './prng';
import { quantileOfSorted } from './quantile';
import {
  BREADTH_THRESHOLD,
  DEPTH_THRESHOLD,
  SHAPE_NAMES,
  classifyShape,
  type ShapeName,
} from './shape';
import { computeSpectrumPosition } from './spectrum';

/** A closed interval [low, high]. */
export type Interval = readonly [number, number];

/**
 * How far a person's answer to one item may land from what they would answer on
 * a calm day (DESIGN.md, "Scoring": a retake moves answers to a neighbouring level).
 * `slip` is the chance of one level off, `bigSlip` of two, each split evenly up and
 * down. Picked by `npm run study -- --tune` on the study's tuning seed (uniform model,
 * typical noise) as the setting whose P and area coverage come nearest 80%, never on
 * the seed whose figures the page reports. It is wider than the study's own typical
 * noise (0.25 and 0.02): the flat prior and the steps of the scale cost coverage.
 */
export const ANSWER_ERROR = { slip: 0.35, bigSlip: 0 } as const;

/** An 80% interval: the shortest run of scores holding at least this much of the chance. */
export const INTERVAL_MASS = 0.8;

/** The spectrum position's interval is drawn from this many seeded resamples of the areas. */
export const POSITION_RESAMPLES = 1000;

/** One fixed seed, so the same answers always give the same interval (DESIGN.md). */
export const POSITION_SEED = 0x74736861; // "tsha" in ASCII

/**
 * A single shape is stated only when at least this share of retakes would show it;
 * below, the headline names the next most likely shape too. Picked on the study's
 * tuning seed for its two goals (the stated shapes hold a retake's shape at least 90%
 * of the time; a single shape is stated for at least 40% of people), which no threshold
 * meets together with at most two shapes: this one meets the second and comes nearest
 * the first (86% there). See the README, "How sure the results are".
 */
export const SINGLE_SHAPE_FROM = 0.7;

/** What the study may vary when it tunes the scoring; the app always uses the defaults. */
export interface UncertaintyOptions {
  readonly answerError?: { readonly slip: number; readonly bigSlip: number };
}

/** The distribution of an area's level sum: chance[s] is the chance the sum is s. */
type SumDistribution = Float64Array;

export interface AreaUncertainty {
  /** 80% interval of the score the person's calm-day answers would give. */
  readonly interval: Interval;
  /** Chance that a retake puts this area at or above τd, and at or above τb. */
  readonly retakeDeep: number;
  readonly retakeBroad: number;
}

export interface Uncertainty {
  /** Per area; null for an area with no answered item. */
  readonly areas: Readonly<Record<AreaId, AreaUncertainty | null>>;
  /**
   * 80% interval of the spectrum position; null when the position has too little
   * signal to place (see spectrum.ts), or no resample has enough.
   */
  readonly positionInterval: Interval | null;
  /** Chance (0..1) that a retake shows each shape; the chances sum to 1. */
  readonly shapeChances: Readonly<Record<ShapeName, number>>;
}

const OFFSETS = [-2, -1, 0, 1, 2] as const;

type AnswerError = NonNullable<UncertaintyOptions['answerError']>;

/** The chance of an answer error of `offset` levels. */
function errorChance({ slip, bigSlip }: AnswerError, offset: number): number {
  if (offset === 0) return 1 - slip - bigSlip;
  return Math.abs(offset) === 1 ? slip / 2 : bigSlip / 2;
}

/**
 * The chance of answering `answered` when the calm-day level is `level`. An answer
 * cannot leave the scale: an error past an end is answered at that end.
 */
function answerChance(error: AnswerError, level: number, answered: number): number {
  return OFFSETS.reduce<number>(
    (chance, offset) =>
      Math.min(MAX_LEVEL, Math.max(0, level + offset)) === answered
        ? chance + errorChance(error, offset)
        : chance,
    0,
  );
}

const LEVELS = Array.from({ length: MAX_LEVEL + 1 }, (_, level) => level);

/**
 * What the person's calm-day level of an item may be, given their answer: every level
 * weighed by how likely it makes that answer (a flat prior over the scale).
 */
function calmLevelChances(error: AnswerError, answer: number): readonly number[] {
  const weights = LEVELS.map((level) => answerChance(error, level, answer));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}

/** What a retake may answer, given the answer: a calm-day level, then a fresh answer error. */
function retakeChances(calm: readonly number[], error: AnswerError): readonly number[] {
  return LEVELS.map((retake) =>
    LEVELS.reduce((sum, level) => sum + (calm[level] ?? 0) * answerChance(error, level, retake), 0),
  );
}

interface ItemTables {
  /** By answer: the chance of each calm-day level. */
  readonly calm: readonly (readonly number[])[];
  /** By answer: the chance of each retake answer. */
  readonly retake: readonly (readonly number[])[];
}

function itemTables(error: AnswerError): ItemTables {
  const calm = LEVELS.map((answer) => calmLevelChances(error, answer));
  return { calm, retake: calm.map((chances) => retakeChances(chances, error)) };
}

const DEFAULT_TABLES = itemTables(ANSWER_ERROR);

/** The distribution of a sum of independent item levels, by convolution. */
function sumDistribution(
  levels: readonly number[],
  perItem: readonly (readonly number[])[],
): SumDistribution {
  let chances = new Float64Array([1]);
  for (const answer of levels) {
    const item = perItem[answer] as readonly number[];
    const next = new Float64Array(chances.length + MAX_LEVEL);
    chances.forEach((chance, sum) => {
      item.forEach((itemChance, level) => {
        next[sum + level] = (next[sum + level] as number) + chance * itemChance;
      });
    });
    chances = next;
  }
  return chances;
}

/**
 * The shortest run of sums holding at least INTERVAL_MASS of the chance, as scores.
 * Among runs of one length the one with the most chance wins, then the one nearer the
 * middle of the scale. Scores are a whole number of levels apart, so an interval of
 * exactly 80% is rare: this one holds at least 80%, as little more as the scale allows.
 */
function shortestInterval(chances: SumDistribution, items: number): Interval {
  const top = chances.length - 1;
  const toScore = (sum: number) => (20 * sum) / items;
  for (let width = 0; width <= top; width += 1) {
    let best: { low: number; mass: number } | null = null;
    for (let low = 0; low + width <= top; low += 1) {
      let mass = 0;
      for (let sum = low; sum <= low + width; sum += 1) mass += chances[sum] as number;
      const middle = Math.abs(low + width / 2 - top / 2);
      if (
        mass >= INTERVAL_MASS - 1e-12 &&
        (best === null ||
          mass > best.mass + 1e-12 ||
          (Math.abs(mass - best.mass) <= 1e-12 &&
            middle < Math.abs(best.low + width / 2 - top / 2)))
      ) {
        best = { low, mass };
      }
    }
    if (best) return [toScore(best.low), toScore(best.low + width)];
  }
  return [0, 100];
}

/** Chance that a sum's score is at least `threshold` (exact: no rounding at the line). */
function chanceAtLeast(chances: SumDistribution, items: number, threshold: number): number {
  let chance = 0;
  chances.forEach((each, sum) => {
    // 20·sum/items ≥ threshold, compared in whole numbers so that 70 is exactly 70.
    if (20 * sum >= threshold * items) chance += each;
  });
  return chance;
}

/**
 * How sure a result can be (DESIGN.md, "Scoring"): what a retake could change. Each
 * answer is read as the person's calm-day level plus an answer error (ANSWER_ERROR),
 * items independent. From that, exactly:
 *
 * - each area's 80% interval for the score of the calm-day answers (never zero-width:
 *   flat answers are as likely to be off as any);
 * - the chance that a retake, with fresh answer error, puts each area over τd and τb,
 *   and from those the chance of each shape (areas are independent, so the counts of
 *   deep and broad areas combine exactly).
 *
 * The spectrum position's interval comes from POSITION_RESAMPLES seeded draws of the
 * areas' calm-day scores; draws with too little signal to place are left out.
 */
export function computeUncertainty(
  bank: QuestionBank,
  responses: Readonly<Record<string, number>>,
  { answerError }: UncertaintyOptions = {},
): Uncertainty {
  const tables = answerError ? itemTables(answerError) : DEFAULT_TABLES;
  const areas = bank.areas.map((area) => {
    const levels = readAreaLevels(area, responses);
    if (levels.length === 0) return { id: area.id, items: 0, calm: null, reading: null };
    const calm = sumDistribution(levels, tables.calm);
    const retake = sumDistribution(levels, tables.retake);
    return {
      id: area.id,
      items: levels.length,
      calm,
      reading: {
        interval: shortestInterval(calm, levels.length),
        retakeDeep: chanceAtLeast(retake, levels.length, DEPTH_THRESHOLD),
        retakeBroad: chanceAtLeast(retake, levels.length, BREADTH_THRESHOLD),
      } satisfies AreaUncertainty,
    };
  });

  return {
    areas: Object.fromEntries(areas.map((area) => [area.id, area.reading])) as Record<
      AreaId,
      AreaUncertainty | null
    >,
    positionInterval: positionInterval(
      areas,
      computeSpectrumPosition(computeAreaScores(bank, responses)),
    ),
    shapeChances: shapeChances(areas.flatMap((area) => (area.reading ? [area.reading] : []))),
  };
}

/**
 * The chance of each shape from each area's chance of being deep and broad: the
 * distribution of (deep count, broad count) built area by area, then each pair read
 * by the shape rules. A deep area is broad too (τd > τb).
 */
function shapeChances(areas: readonly AreaUncertainty[]): Record<ShapeName, number> {
  const size = areas.length + 1;
  let counts = new Float64Array(size * size); // [deep * size + broad]
  counts[0] = 1;
  for (const area of areas) {
    const deep = area.retakeDeep;
    const broadOnly = Math.max(0, area.retakeBroad - area.retakeDeep);
    const narrow = Math.max(0, 1 - area.retakeBroad);
    const next = new Float64Array(size * size);
    counts.forEach((chance, cell) => {
      if (chance === 0) return;
      const [d, b] = [Math.floor(cell / size), cell % size];
      next[d * size + b] = (next[d * size + b] as number) + chance * narrow;
      next[d * size + b + 1] = (next[d * size + b + 1] as number) + chance * broadOnly;
      next[(d + 1) * size + b + 1] = (next[(d + 1) * size + b + 1] as number) + chance * deep;
    });
    counts = next;
  }
  const result = Object.fromEntries(SHAPE_NAMES.map((shape) => [shape, 0])) as Record<
    ShapeName,
    number
  >;
  counts.forEach((chance, cell) => {
    if (chance === 0) return;
    const [d, b] = [Math.floor(cell / size), cell % size];
    // Scores standing for d deep and b broad areas: the shape rules read only the counts.
    const scores = [
      ...Array<number>(d).fill(DEPTH_THRESHOLD),
      ...Array<number>(b - d).fill(BREADTH_THRESHOLD),
    ];
    result[classifyShape(scores.length > 0 ? scores : [0])] += chance;
  });
  return result;
}

function positionInterval(
  areas: readonly { id: AreaId; items: number; calm: SumDistribution | null }[],
  position: number | null,
): Interval | null {
  const random = createMulberry32(POSITION_SEED);
  const cumulative = areas.map((area) => {
    if (!area.calm) return null;
    let total = 0;
    return Array.from(area.calm, (chance) => (total += chance));
  });
  const positions: number[] = [];
  for (let draw = 0; draw < POSITION_RESAMPLES; draw += 1) {
    const scores: Partial<Record<AreaId, number | null>> = {};
    areas.forEach((area, index) => {
      const cdf = cumulative[index];
      if (!cdf) {
        scores[area.id] = null;
        return;
      }
      const roll = random();
      let sum = cdf.findIndex((total) => roll < total);
      if (sum < 0) sum = cdf.length - 1;
      scores[area.id] = (20 * sum) / area.items;
    });
    const position = computeSpectrumPosition(scores as Record<AreaId, number | null>);
    if (position !== null) positions.push(position);
  }
  // Fewer than half the draws placeable: the position itself is not to be trusted.
  if (positions.length < POSITION_RESAMPLES / 2 || position === null) return null;
  const sorted = Float64Array.from(positions).sort();
  // Centred on the position itself: the draws' spread, not their middle, is what they
  // tell. Near an end of the scale the draws lean towards the centre (a "Not yet" can
  // only be drawn higher), which would otherwise move the whole interval off the answer.
  const middle = quantileOfSorted(sorted, 0.5);
  const clamp = (value: number) => Math.min(1, Math.max(-1, value));
  return [
    clamp(position + quantileOfSorted(sorted, 0.1) - middle),
    clamp(position + quantileOfSorted(sorted, 0.9) - middle),
  ];
}
