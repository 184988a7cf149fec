import type { AreaId } from '../data/bank-types';
import type { AreaScores } from './area-scores';

/**
 * Where each area pulls on the Stats ↔ Engineering axis (DESIGN.md, "Scoring"):
 * −1 is pure Stats, +1 pure Engineering. Business communication weighs 0: it is
 * shown beside the spectrum, off-axis, because every role needs it.
 */
export const SPECTRUM_WEIGHTS: Readonly<Record<AreaId, number>> = {
  statistics: -1,
  experimentation: -0.75,
  'business-communication': 0,
  'production-software': 0.75,
  deployment: 1,
};

/**
 * Below this much weighted score, Σ|w|A < 40 (one area at Working, or a few at
 * Aware), there is too little to place: a single answer at level 1 would otherwise
 * put a person "at the Stats end" (DESIGN.md, "Scoring").
 */
export const SPECTRUM_SIGNAL_THRESHOLD = 40;

/** Σ|w|A over the areas present: how much there is to place on the spectrum at all. */
export function computeSpectrumSignal(scores: AreaScores): number {
  return sumOverPresent(scores, (weight) => Math.abs(weight));
}

/**
 * Spectrum position P = Σ wA / Σ|w|A, in [−1, +1]. Areas without a score are
 * left out of both sums. Returns null ("not enough signal") when Σ|w|A < SPECTRUM_SIGNAL_THRESHOLD.
 */
export function computeSpectrumPosition(scores: AreaScores): number | null {
  const signal = computeSpectrumSignal(scores);
  if (signal < SPECTRUM_SIGNAL_THRESHOLD) return null;
  const position = sumOverPresent(scores, (weight) => weight) / signal;
  // `+ 0` turns −0 (a balanced sum that ended on a negative term) into 0.
  return Math.min(1, Math.max(-1, position)) + 0;
}

// Listed once: the position interval computes P a thousand times per result.
const WEIGHT_ENTRIES = Object.entries(SPECTRUM_WEIGHTS) as readonly [AreaId, number][];

function sumOverPresent(scores: AreaScores, weigh: (weight: number) => number): number {
  let sum = 0;
  for (const [id, weight] of WEIGHT_ENTRIES) {
    const score = scores[id];
    if (score !== null && score !== undefined) sum += weigh(weight) * score;
  }
  return sum;
}

/** Which end of the spectrum an area pulls towards; Business communication is neutral. */
export type SpectrumSide = 'stats' | 'neutral' | 'engineering';

export function spectrumSide(area: AreaId): SpectrumSide {
  const weight = SPECTRUM_WEIGHTS[area];
  if (weight < 0) return 'stats';
  return weight > 0 ? 'engineering' : 'neutral';
}

/**
 * The areas from the Stats end to the Engineering end: the order every chart and
 * the heatmap draw them in, so their pictures echo the spectrum (DESIGN.md, "What
 * the results page shows").
 */
export const SPECTRUM_ORDER: readonly AreaId[] = [...WEIGHT_ENTRIES]
  .sort(([, a], [, b]) => a - b)
  .map(([id]) => id);
