/**
 * Reference profiles: fixed area vectors (0–100) for common roles, so a result
 * can say which ones it lies nearest. They are a map, not a ruler (DESIGN.md):
 * plausible sketches of each role on this bank's scale, not measured norms.
 * Data only; the distance rule lives in `src/domain/reference-match.ts`.
 */
import type { AreaId } from './bank-types';

export interface ReferenceProfile {
  /** Stable kebab-case id. */
  readonly id: string;
  readonly name: string;
  /** One line on what the role does, shown next to the match. */
  readonly description: string;
  /** Typical area scores, 0–100, one per area. */
  readonly areas: Readonly<Record<AreaId, number>>;
}

export const REFERENCE_PROFILES: readonly ReferenceProfile[] = [
  {
    id: 'data-scientist-decision',
    name: 'Data scientist — decision',
    description:
      'Frames business questions, runs and reads experiments, and turns evidence into decisions.',
    areas: {
      statistics: 65,
      'business-communication': 75,
      'production-software': 35,
      experimentation: 80,
      deployment: 15,
    },
  },
  {
    id: 'data-scientist-modelling',
    name: 'Data scientist — modelling',
    description:
      'Builds and validates predictive and statistical models, and hands them over to be run.',
    areas: {
      statistics: 80,
      'business-communication': 45,
      'production-software': 50,
      experimentation: 40,
      deployment: 30,
    },
  },
  {
    id: 'ml-engineer',
    name: 'ML engineer',
    description:
      'Builds, trains and ships models as reliable services: ML code, pipelines, serving and monitoring.',
    areas: {
      statistics: 50,
      'business-communication': 30,
      'production-software': 80,
      experimentation: 40,
      deployment: 80,
    },
  },
  {
    id: 'analytics-engineer',
    name: 'Analytics engineer',
    description: 'Builds tested, documented data models and pipelines that analysts can trust.',
    areas: {
      statistics: 30,
      'business-communication': 55,
      'production-software': 70,
      experimentation: 20,
      deployment: 45,
    },
  },
  {
    id: 'full-stack-data-scientist',
    name: 'Full-stack data scientist',
    description:
      'Takes a problem from framing through model and experiment to a service in production.',
    areas: {
      statistics: 65,
      'business-communication': 55,
      'production-software': 65,
      experimentation: 60,
      deployment: 60,
    },
  },
  {
    id: 'data-analyst',
    name: 'Data analyst',
    description:
      'Answers business questions with SQL, dashboards and careful reading of data and tests.',
    areas: {
      statistics: 45,
      'business-communication': 75,
      'production-software': 35,
      experimentation: 40,
      deployment: 10,
    },
  },
  {
    id: 'data-engineer',
    name: 'Data engineer',
    description: 'Builds and runs the pipelines and platforms that move and store data at scale.',
    areas: {
      statistics: 20,
      'business-communication': 40,
      'production-software': 85,
      experimentation: 15,
      deployment: 65,
    },
  },
  {
    id: 'applied-research-scientist',
    name: 'Applied / research scientist',
    description:
      'Invents and trains new models, evaluates them rigorously, and publishes or hands them on.',
    areas: {
      statistics: 75,
      'business-communication': 40,
      'production-software': 65,
      experimentation: 45,
      deployment: 40,
    },
  },
  {
    id: 'ml-platform-engineer',
    name: 'ML platform engineer',
    description:
      'Builds and runs the training, release and serving platforms that other people’s models run on.',
    areas: {
      statistics: 25,
      'business-communication': 40,
      'production-software': 75,
      experimentation: 15,
      deployment: 90,
    },
  },
];

/**
 * How near a reference must be to be named: a root-mean-square gap of at most this many
 * score points per area (about one level of the scale). Farther than that, a result says
 * that no reference role is near rather than naming the least far one as a match.
 */
export const NEAR_REFERENCE_GAP = 25;
