import type { AreaId } from '../data/bank-types';
import type { AreaScores } from './area-scores';

/** τb: an area scored at least this is part of the person's breadth (DESIGN.md, "Scoring"). */
export const BREADTH_THRESHOLD = 40;
/** τd: an area scored at least this is a depth, the stem of the T. */
export const DEPTH_THRESHOLD = 70;

/**
 * How a score counts: under τb it is not broad, from τb broad, from τd deep. The team
 * heatmap and every chart's shading follow it, so a picture shows what the shape
 * and the alerts say. A chart passes the thresholds it was handed.
 */
export type ScoreBand = 'below-broad' | 'broad' | 'deep';

export function scoreBand(
  score: number,
  breadth: number = BREADTH_THRESHOLD,
  depth: number = DEPTH_THRESHOLD,
): ScoreBand {
  if (score >= depth) return 'deep';
  return score >= breadth ? 'broad' : 'below-broad';
}

export type ShapeName =
  'Emerging' | 'Generalist' | 'I-shaped' | 'Narrow T' | 'T-shaped' | 'Π-shaped' | 'Comb-shaped';

/** Every shape, from no depth to several, for tables and legends that list them all. */
export const SHAPE_NAMES: readonly ShapeName[] = [
  'Emerging',
  'Generalist',
  'I-shaped',
  'Narrow T',
  'T-shaped',
  'Π-shaped',
  'Comb-shaped',
];

/** nDeep = #{A ≥ τd}: "at least", so a score of exactly 70 is deep. */
export function countDeep(scores: readonly number[]): number {
  return scores.filter((score) => score >= DEPTH_THRESHOLD).length;
}

/** nBroad = #{A ≥ τb}; a deep area is broad too, since τd > τb. */
export function countBroad(scores: readonly number[]): number {
  return scores.filter((score) => score >= BREADTH_THRESHOLD).length;
}

/** A range of counts, both ends included; `max` null for "or more". */
export interface CountRange {
  readonly min: number;
  readonly max: number | null;
}

export interface ShapeRule {
  /** How many areas are deep. */
  readonly deep: CountRange;
  /** How many areas are broad, deep ones included. */
  readonly broad: CountRange;
  readonly shape: ShapeName;
}

const ANY: CountRange = { min: 0, max: null };

/**
 * The shape rules (DESIGN.md, "Scoring"): classifyShape picks the one rule whose
 * ranges hold both counts, and "How the scoring works" prints this same table, so
 * the page cannot say one thing while the scoring does another. Every pair of
 * counts matches exactly one rule (the unit tests check all of them).
 */
export const SHAPE_RULES: readonly ShapeRule[] = [
  { deep: { min: 0, max: 0 }, broad: { min: 3, max: null }, shape: 'Generalist' },
  { deep: { min: 0, max: 0 }, broad: { min: 0, max: 2 }, shape: 'Emerging' },
  { deep: { min: 1, max: 1 }, broad: { min: 0, max: 2 }, shape: 'I-shaped' },
  { deep: { min: 1, max: 1 }, broad: { min: 3, max: 3 }, shape: 'Narrow T' },
  { deep: { min: 1, max: 1 }, broad: { min: 4, max: null }, shape: 'T-shaped' },
  { deep: { min: 2, max: 2 }, broad: ANY, shape: 'Π-shaped' },
  { deep: { min: 3, max: null }, broad: ANY, shape: 'Comb-shaped' },
];

const holds = (range: CountRange, count: number) =>
  count >= range.min && (range.max === null || count <= range.max);

/** The shape from the scores of the areas present; missing areas are simply not passed in. */
export function classifyShape(scores: readonly number[]): ShapeName {
  const nDeep = countDeep(scores);
  const nBroad = countBroad(scores);
  const rule = SHAPE_RULES.find((each) => holds(each.deep, nDeep) && holds(each.broad, nBroad));
  if (!rule) throw new Error(`No shape rule for ${nDeep} deep and ${nBroad} broad areas.`);
  return rule.shape;
}

export interface ShapeSummary {
  /** The highest area score; null when no area has a score. */
  readonly depth: number | null;
  /** Every area whose score equals the depth (ties keep all of them), in bank order. */
  readonly homeAreas: readonly AreaId[];
  readonly nDeep: number;
  readonly nBroad: number;
  readonly shape: ShapeName;
}

/**
 * Depth, home areas, counts and shape of a set of area scores. Areas without a
 * score are left out of everything, so a missing area is neither broad nor deep.
 * With every area at 0 the depth is 0 and every area is a home area: the rule
 * is argmax with all ties, and the reading of that case belongs to the page.
 */
export function summariseShape(scores: AreaScores): ShapeSummary {
  const present = (Object.entries(scores) as [AreaId, number | null][]).filter(
    (entry): entry is [AreaId, number] => entry[1] !== null,
  );
  const values = present.map(([, score]) => score);
  const depth = values.length === 0 ? null : Math.max(...values);
  return {
    depth,
    homeAreas: present.filter(([, score]) => score === depth).map(([id]) => id),
    nDeep: countDeep(values),
    nBroad: countBroad(values),
    shape: classifyShape(values),
  };
}
