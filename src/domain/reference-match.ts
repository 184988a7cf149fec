import type { AreaId } from '../data/bank-types';
import { REFERENCE_PROFILES, type ReferenceProfile } from '../data/reference-profiles';
import type { AreaScores } from './area-scores';

export interface ReferenceMatch {
  readonly id: string;
  readonly name: string;
  /** Euclidean distance in score points over the areas the person has a score for. */
  readonly distance: number;
}

/**
 * The reference profiles nearest to a set of area scores, nearest first.
 * Distance is Euclidean over the areas present: a missing area is left out for
 * every profile alike, so the ranking still compares like with like. Ties keep
 * the order of the reference list. With no area scored there is nothing to
 * compare, and the list is empty rather than an arbitrary pick.
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
    .map((reference) => ({
      id: reference.id,
      name: reference.name,
      distance: Math.hypot(...present.map(([id, score]) => score - reference.areas[id])),
    }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count);
}
