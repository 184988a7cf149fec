import type { AreaId } from '../../data/bank-types';
import { REFERENCE_PROFILES } from '../../data/reference-profiles';
import type { AreaTargets } from '../../domain/growth-plan';
import { findNearestReferences } from '../../domain/reference-match';
import type { PlanTarget } from '../../store/saved-state';

/** A kept target as the plan page shows it: what it is called, and its area targets. */
export interface ResolvedTarget {
  readonly title: string;
  /** A line on what the target is (a role's description, where a link came from). */
  readonly description: string;
  readonly areas: AreaTargets;
}

/** The title a target link without one is shown under. */
export const UNTITLED_TARGET = 'A target from a link';

/** What "My own targets" starts from: broad everywhere, the usual first aim. */
export const OWN_TARGET_START: Readonly<Record<AreaId, number>> = {
  statistics: 40,
  'business-communication': 40,
  'production-software': 40,
  experimentation: 40,
  deployment: 40,
};

/**
 * The title and area targets of a kept target; null for a reference role this build
 * no longer lists (the page then offers the nearest role instead).
 */
export function resolveTarget(target: PlanTarget): ResolvedTarget | null {
  switch (target.kind) {
    case 'reference': {
      const role = REFERENCE_PROFILES.find((profile) => profile.id === target.id);
      return role ? { title: role.name, description: role.description, areas: role.areas } : null;
    }
    case 'link':
      return {
        title: target.title ?? UNTITLED_TARGET,
        description: 'Set in a target link someone shared with you.',
        areas: target.areas,
      };
    case 'own':
      return {
        title: 'My own targets',
        description: 'The targets you set here.',
        areas: target.areas,
      };
  }
}

/**
 * The target shown before the person has chosen one: the reference role nearest to
 * their result (the first listed when nothing is scored). Shown, never saved, until
 * they choose or keep something.
 */
export function defaultTarget(scores: Readonly<Record<AreaId, number | null>>): PlanTarget {
  const [nearest] = findNearestReferences(scores, 1);
  return { kind: 'reference', id: nearest?.id ?? REFERENCE_PROFILES[0]?.id ?? '' };
}

/** The combobox value of a target: `reference:<id>`, `link` or `own`. */
export function targetChoice(target: PlanTarget): string {
  return target.kind === 'reference' ? `reference:${target.id}` : target.kind;
}
