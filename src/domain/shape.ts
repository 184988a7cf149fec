import type { AreaId } from '../data/bank-types';
import type { AreaScores } from './area-scores';

/** τb: an area scored at least this is part of the person's breadth (DESIGN.md, "Scoring"). */
export const BREADTH_THRESHOLD = 40;
/** τd: an area scored at least this is a depth, the stem of the T. */
export const DEPTH_THRESHOLD = 70;

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

/**
 * The shape from the scores of the areas present (DESIGN.md, "Scoring"):
 * nDeep = 0 → Generalist (nBroad ≥ 3) or Emerging; nDeep = 1 → I-shaped
 * (nBroad ≤ 2), Narrow T (nBroad = 3), T-shaped (nBroad ≥ 4); nDeep = 2 →
 * Π-shaped; nDeep ≥ 3 → Comb-shaped. Missing areas are simply not passed in.
 */
export function classifyShape(scores: readonly number[]): ShapeName {
  const nDeep = countDeep(scores);
  const nBroad = countBroad(scores);
  if (nDeep === 0) return nBroad >= 3 ? 'Generalist' : 'Emerging';
  if (nDeep === 1) {
    if (nBroad <= 2) return 'I-shaped';
    return nBroad === 3 ? 'Narrow T' : 'T-shaped';
  }
  return nDeep === 2 ? 'Π-shaped' : 'Comb-shaped';
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
