import type { AreaId } from '../data/bank-types';
import {
  NEAR_REFERENCE_GAP,
  REFERENCE_PROFILES,
  type ReferenceProfile,
} from '../data/reference-profiles';
import type { AreaScores } from './area-scores';

export interface ReferenceMatch {
  readonly id: string;
  readonly name: string;
  /** Euclidean distance in score points over the areas the person has a score for. */
  readonly distance: number;
  /** Root-mean-square gap per area present, in score points: distance comparable across area counts. */
  readonly gap: number;
  /** Whether it is near enough to name as a match (gap ≤ NEAR_REFERENCE_GAP). */
  readonly near: boolean;
}

/**
 * The reference profiles nearest to a set of area scores, nearest first.
 * Distance is Euclidean over the areas present: a missing area is left out for
 * every profile alike, so the ranking still compares like with like. Ties keep
 * the order of the reference list. With no area scored there is nothing to
 * compare, and the list is empty rather than an arbitrary pick. Each match says whether
 * it is near at all: the nearest of far profiles is still far ("none is near").
 */
export function findNearestReferences(
  scores: AreaScores,
  count = 2,
  references: readonly ReferenceProfile[] = REFERENCE_PROFILES,
): readonly ReferenceMatch[] {
  const present = (Object.entries(scores) as [AreaId, number | null][]).filter(
    (entry): entry is [AreaId, number] => entry[1] !== null,
  );
  if (present.length === 0) return [];
  return references
    .map((reference) => {
      const distance = Math.hypot(...present.map(([id, score]) => score - reference.areas[id]));
      const gap = distance / Math.sqrt(present.length);
      return {
        id: reference.id,
        name: reference.name,
        distance,
        gap,
        near: gap <= NEAR_REFERENCE_GAP,
      };
    })
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count);
}

/**
 * The sentence a result says about its nearest references: the near ones by name, or,
 * when none is near, that none is, with how far the least far one is.
 */
export function describeNearest(matches: readonly ReferenceMatch[]): string | null {
  const [first] = matches;
  if (!first) return null;
  const near = matches.filter((match) => match.near);
  if (near.length === 0) {
    return `No reference profile is near: the least far, ${first.name}, is ${Math.round(first.gap)} points away per area — a map, not a ruler.`;
  }
  const names = near.map((match) => match.name).join(' and then ');
  return `${near.length === 1 ? 'Nearest reference profile' : 'Nearest reference profiles'}: ${names} — a map, not a ruler.`;
}
