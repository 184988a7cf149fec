import type { AreaId, QuestionBank } from '../data/bank-types';
import { computeAreaScores } from './area-scores';
import { detectFlags, tallyChecks, type Flag } from './flags';
import { findNearestReferences, type ReferenceMatch } from './reference-match';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD, summariseShape, type ShapeName } from './shape';
import { computeSpectrumPosition, computeSpectrumSignal } from './spectrum';
import {
  computeUncertainty,
  SINGLE_SHAPE_FROM,
  type Interval,
  type UncertaintyOptions,
} from './uncertainty';

/** Everything the results page says about one area. */
export interface AreaReading {
  readonly id: AreaId;
  readonly name: string;
  /** 0–100; null when no item of the area was answered. */
  readonly score: number | null;
  /** 80% interval of the score the calm-day answers would give (answer error); null with the score. */
  readonly interval: Interval | null;
  /** score ≥ τd. */
  readonly deep: boolean;
  /** score ≥ τb (a deep area is broad too). */
  readonly broad: boolean;
  /** The interval straddles τd or τb, so a retake may change the shape: see isBorderline. */
  readonly borderline: boolean;
  /** The line a borderline area sits on (τd when it straddles both); null when not borderline. */
  readonly line: 'depth' | 'breadth' | null;
  /** Chance that a retake puts the area at or above τd, and at or above τb. */
  readonly retakeDeep: number;
  readonly retakeBroad: number;
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
  /** The shape the formulas give for these answers. */
  readonly shape: ShapeName;
  /** Chance (0..1) that a retake, with fresh answer error, shows each shape. */
  readonly shapeChances: Readonly<Record<ShapeName, number>>;
  /** Chance that a retake shows `shape`: "most retakes would agree". */
  readonly shapeAgreement: number;
  /**
   * The one or two shapes the headline states, most likely first: `shape` alone when at
   * least SINGLE_SHAPE_FROM of retakes would agree, otherwise `shape` and the likeliest
   * other shape.
   */
  readonly statedShapes: readonly ShapeName[];
  readonly spectrum: {
    /** P in [−1, +1]; null means "not enough signal" (see SPECTRUM_SIGNAL_THRESHOLD). */
    readonly position: number | null;
    /** 80% interval of P under answer error; null whenever the position is. */
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
 * The line an 80% interval straddles under the "≥" rule (low < τ ≤ high), τd first:
 * some plausible scores then fall on each side of it, and a retake may change the
 * shape. An interval that starts exactly at a line is wholly over it.
 */
export function borderlineLine(interval: Interval | null): 'depth' | 'breadth' | null {
  if (interval === null) return null;
  const straddles = (line: number) => interval[0] < line && line <= interval[1];
  if (straddles(DEPTH_THRESHOLD)) return 'depth';
  return straddles(BREADTH_THRESHOLD) ? 'breadth' : null;
}

/** An area is borderline when its interval straddles τd or τb: both change the shape. */
export function isBorderline(interval: Interval | null): boolean {
  return borderlineLine(interval) !== null;
}

/** The shapes a headline states: `shape` alone when retakes agree enough, else the two likeliest. */
export function stateShapes(
  shape: ShapeName,
  chances: Readonly<Record<ShapeName, number>>,
  singleShapeFrom = SINGLE_SHAPE_FROM,
): readonly ShapeName[] {
  if (chances[shape] >= singleShapeFrom) return [shape];
  const [other] = (Object.keys(chances) as ShapeName[])
    .filter((each) => each !== shape)
    .sort((a, b) => chances[b] - chances[a]);
  if (other === undefined) return [shape];
  return chances[other] > chances[shape] ? [other, shape] : [shape, other];
}

/**
 * The whole scored profile for one set of answers (DESIGN.md, "Scoring"):
 * area scores with 80% intervals, depth and shape (with the chance a retake
 * agrees, and the one or two shapes to state), spectrum position with its
 * interval, calibration and careless-answering flags, and the nearest reference
 * profiles. Pure and deterministic: the same responses give the same profile,
 * intervals included. Unknown ids and values outside the scale are ignored, so
 * it does not throw on odd input.
 *
 * @param responses question id → value: a level 0–5 for rating items and the
 *   foil, the chosen option index for a knowledge check.
 * @param timings question id → ms spent; only the "fast" flag reads it.
 * @param options only the study sets these, to tune the scoring on its tuning seed.
 */
export function computeProfile(
  bank: QuestionBank,
  responses: Readonly<Record<string, number>>,
  timings: Readonly<Record<string, number>> = {},
  options: UncertaintyOptions & { readonly singleShapeFrom?: number } = {},
): Profile {
  const scores = computeAreaScores(bank, responses);
  const summary = summariseShape(scores);
  const position = computeSpectrumPosition(scores);
  const uncertainty = computeUncertainty(bank, responses, options);

  const areas = bank.areas.map((area): AreaReading => {
    const score = scores[area.id];
    const measured = uncertainty.areas[area.id] ?? null;
    const interval = measured?.interval ?? null;
    const checks = tallyChecks(bank, area, responses);
    const line = borderlineLine(interval);
    return {
      id: area.id,
      name: area.name,
      score,
      interval,
      deep: score !== null && score >= DEPTH_THRESHOLD,
      broad: score !== null && score >= BREADTH_THRESHOLD,
      borderline: line !== null,
      line,
      retakeDeep: measured?.retakeDeep ?? 0,
      retakeBroad: measured?.retakeBroad ?? 0,
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
    shapeChances: uncertainty.shapeChances,
    shapeAgreement: uncertainty.shapeChances[summary.shape],
    statedShapes: stateShapes(summary.shape, uncertainty.shapeChances, options.singleShapeFrom),
    spectrum: {
      position,
      interval: position === null ? null : uncertainty.positionInterval,
      signal: computeSpectrumSignal(scores),
      business: scores['business-communication'],
    },
    flags: detectFlags(bank, responses, scores, timings),
    nearest: findNearestReferences(scores),
  };
}
