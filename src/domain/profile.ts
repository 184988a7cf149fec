import type { AreaId, QuestionBank } from '../data/bank-types';
import { computeAreaScores } from './area-scores';
import { bootstrapProfile, type BootstrapOptions, type Interval } from './bootstrap';
import { detectFlags, tallyChecks, type Flag } from './flags';
import { findNearestReferences, type ReferenceMatch } from './reference-match';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD, summariseShape, type ShapeName } from './shape';
import { computeSpectrumPosition, computeSpectrumSignal } from './spectrum';

/** Everything the results page says about one area. */
export interface AreaReading {
  readonly id: AreaId;
  readonly name: string;
  /** 0–100; null when no item of the area was answered. */
  readonly score: number | null;
  /** 80% bootstrap interval of the score; null with the score. */
  readonly interval: Interval | null;
  /** score ≥ τd. */
  readonly deep: boolean;
  /** score ≥ τb (a deep area is broad too). */
  readonly broad: boolean;
  /** The interval straddles τd: see isBorderline. */
  readonly borderline: boolean;
  readonly checksCorrect: number;
  /** The area's knowledge checks in the bank, answered or not. */
  readonly checksTotal: number;
}

export interface Profile {
  /** One reading per area, in bank order. */
  readonly areas: readonly AreaReading[];
  readonly depth: number | null;
  /** Argmax of the area scores, every tied area, in bank order. */
  readonly homeAreas: readonly AreaId[];
  readonly nDeep: number;
  readonly nBroad: number;
  readonly shape: ShapeName;
  /** Share (0..1) of bootstrap resamples giving the same shape: "T-shaped, 78%". */
  readonly shapeFrequency: number;
  readonly spectrum: {
    /** P in [−1, +1]; null means "not enough signal" (Σ|w|A < 10). */
    readonly position: number | null;
    /** 80% bootstrap interval of P; null whenever the position is. */
    readonly interval: Interval | null;
    /** Σ|w|A, how much there was to place. */
    readonly signal: number;
    /** The business communication score, shown off-axis beside the spectrum. */
    readonly business: number | null;
  };
  readonly flags: readonly Flag[];
  /** The two nearest reference profiles, nearest first; empty with no area scored. */
  readonly nearest: readonly ReferenceMatch[];
}

/**
 * An area is borderline when its 80% interval reaches both sides of τd under
 * the "≥" rule: low < 70 ≤ high. Some plausible resampled scores then count as
 * deep and some do not. An interval that starts exactly at 70 is wholly deep,
 * and a zero-width interval is never borderline.
 */
export function isBorderline(interval: Interval | null): boolean {
  return interval !== null && interval[0] < DEPTH_THRESHOLD && DEPTH_THRESHOLD <= interval[1];
}

/**
 * The whole scored profile for one set of answers (DESIGN.md, "Scoring"):
 * area scores with 80% intervals, depth and shape (with how often the bootstrap
 * agrees), spectrum position with its interval, calibration and careless-answering
 * flags, and the nearest reference profiles. Pure and deterministic: the same
 * responses give the same profile, intervals included. Unknown ids and values
 * outside the scale are ignored, so it does not throw on odd input.
 *
 * @param responses question id → value: a level 0–5 for rating items and the
 *   foil, the chosen option index for a knowledge check.
 * @param timings question id → ms spent; only the "fast" flag reads it.
 */
export function computeProfile(
  bank: QuestionBank,
  responses: Readonly<Record<string, number>>,
  timings: Readonly<Record<string, number>> = {},
  bootstrapOptions: BootstrapOptions = {},
): Profile {
  const scores = computeAreaScores(bank, responses);
  const summary = summariseShape(scores);
  const position = computeSpectrumPosition(scores);
  const resampled = bootstrapProfile(bank, responses, bootstrapOptions);

  const areas = bank.areas.map((area): AreaReading => {
    const score = scores[area.id];
    const interval = resampled.areaIntervals[area.id] ?? null;
    const checks = tallyChecks(bank, area, responses);
    return {
      id: area.id,
      name: area.name,
      score,
      interval,
      deep: score !== null && score >= DEPTH_THRESHOLD,
      broad: score !== null && score >= BREADTH_THRESHOLD,
      borderline: isBorderline(interval),
      checksCorrect: checks.correct,
      checksTotal: checks.total,
    };
  });

  return {
    areas,
    depth: summary.depth,
    homeAreas: summary.homeAreas,
    nDeep: summary.nDeep,
    nBroad: summary.nBroad,
    shape: summary.shape,
    shapeFrequency: resampled.shapeShares[summary.shape],
    spectrum: {
      position,
      interval: position === null ? null : resampled.positionInterval,
      signal: computeSpectrumSignal(scores),
      business: scores['business-communication'],
    },
    flags: detectFlags(bank, responses, scores, timings),
    nearest: findNearestReferences(scores),
  };
}
