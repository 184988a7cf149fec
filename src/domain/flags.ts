import type { Area, AreaId, QuestionBank } from '../data/bank-types';
import { isRatingLevel, type AreaScores } from './area-scores';
import { median } from './quantile';
import { DEPTH_THRESHOLD } from './shape';
import { askedChecks, askedFoil, listQuestions } from './quiz-plan';

/**
 * Reasons to take a self-rating with a pinch of salt. Flags are advice shown
 * beside the result ("Review your answers?"); they never change a score.
 */
export type Flag =
  | { kind: 'calibration'; area: AreaId; checksCorrect: number; checksTotal: number }
  | { kind: 'overclaim'; foilId: string; foilLevel: number }
  | { kind: 'fast'; medianMs: number }
  | { kind: 'straight-line'; level: number; run: number };

/**
 * A self-rating is questioned only where it claims depth (τd, a mean level of 3.5,
 * halfway from "Practitioner" to "Advanced"). The checks test what a practitioner
 * meets routinely, but two questions are a small sample: from 60, honest practitioners
 * missed both often enough to be flagged more than 2% of the time in the study
 * (DESIGN.md's bar for a flag), while a claim of depth that misses both is informative.
 */
export const CALIBRATION_FLAG_FROM_SCORE = DEPTH_THRESHOLD;

/** Median time per rating item below which the answers were probably not read (DESIGN.md: ~1 s). */
export const FAST_MEDIAN_MS = 1000;

/**
 * Longest run of one level, over rating items in quiz order, that still reads as
 * considered. Within an area (6–7 items) equal levels are expected: the sub-skills
 * hang together and a specialist may well be "Advanced" in all of them. A run of
 * 10 is longer than any area, so it always spans two areas, which honest answers
 * rarely do at one level. It is the "long-string" index of careless responding:
 * Johnson (2005), https://doi.org/10.1016/j.jrp.2004.09.009, and Meade & Craig
 * (2012), https://doi.org/10.1037/a0028085.
 */
export const STRAIGHT_LINE_RUN = 10;

export interface CheckTally {
  readonly correct: number;
  /** Checks the assessment asks in the area, answered or not ("0 of 2" means out of two). */
  readonly total: number;
  readonly answered: number;
}

/** How many of an area's knowledge checks were answered, and answered correctly. */
export function tallyChecks(
  bank: QuestionBank,
  area: Area,
  responses: Readonly<Record<string, number>>,
): CheckTally {
  const asked = askedChecks(area, responses);
  return {
    correct: asked.filter((check) => responses[check.id] === check.correctIndex).length,
    total: Math.min(bank.checksPerArea, area.checks.length),
    answered: asked.length,
  };
}

/**
 * Calibration: the area's score is at least CALIBRATION_FLAG_FROM_SCORE (a claim of depth) and every one of its checks was
 * answered, none correctly. Why this rule and not a looser one:
 * - With four options a pure guesser still gets 0 of 2 about 56% of the time
 *   (0.75²), so 0 of 2 alone says little; it counts only against a claim of
 *   independent practice, which should make the checks easy.
 * - 1 of 2 is never flagged: one miss is well within an expert's bad day.
 * - An unanswered check is not evidence, so an area with one missing is not flagged.
 */
export function detectCalibrationFlags(
  bank: QuestionBank,
  responses: Readonly<Record<string, number>>,
  scores: AreaScores,
): Flag[] {
  return bank.areas.flatMap((area): Flag[] => {
    const score = scores[area.id];
    const tally = tallyChecks(bank, area, responses);
    const flagged =
      score !== null &&
      score >= CALIBRATION_FLAG_FROM_SCORE &&
      tally.total > 0 &&
      tally.answered === tally.total &&
      tally.correct === 0;
    return flagged
      ? [
          {
            kind: 'calibration',
            area: area.id,
            checksCorrect: tally.correct,
            checksTotal: tally.total,
          },
        ]
      : [];
  });
}

/** Over-claiming: the made-up method was rated at or above the bank's `flagFromLevel`. */
export function detectOverclaim(
  bank: QuestionBank,
  responses: Readonly<Record<string, number>>,
): Flag | null {
  const foil = askedFoil(bank, responses);
  const level = foil ? responses[foil.id] : undefined;
  return foil && isRatingLevel(level) && level >= foil.flagFromLevel
    ? { kind: 'overclaim', foilId: foil.id, foilLevel: level }
    : null;
}

/**
 * Fast answering: the median time over rating items is under 1 s. Judged only
 * when more than half of the bank's rating items have a time, so a few timed
 * answers cannot speak for the whole assessment. A time of 0 (or less) is read
 * as "not measured" — an answer carried over from a previous result takes no
 * time — never as an impossibly fast answer.
 */
export function detectFastAnswering(
  bank: QuestionBank,
  timings: Readonly<Record<string, number>>,
): Flag | null {
  const itemIds = bank.areas.flatMap((area) => area.items.map((item) => item.id));
  const times = itemIds
    .map((id) => timings[id])
    .filter((ms): ms is number => ms !== undefined && Number.isFinite(ms) && ms > 0);
  if (times.length * 2 <= itemIds.length) return null;
  const medianMs = median(times);
  return medianMs < FAST_MEDIAN_MS ? { kind: 'fast', medianMs } : null;
}

/**
 * Straight-lining: the longest run of one level above "Not yet" over rating
 * items in the order the quiz asks them (the foil and checks are other questions
 * and are skipped; an unanswered item ends a run). Flags the longest run when it
 * is ≥ 10; on a tie, the first one.
 *
 * Runs of "Not yet" never count: a person whose work has no Experimentation and
 * no Deployment honestly answers "Not yet" to every item of both, two areas in a
 * row (DESIGN.md, "Careless answering"), and claiming nothing is no reason to
 * doubt a self-rating. A run inside one area cannot reach 10 (see
 * STRAIGHT_LINE_RUN), so it never counts either. One level above "Not yet" held
 * across areas, the pattern of clicking through, still does.
 */
export function detectStraightLining(
  bank: QuestionBank,
  responses: Readonly<Record<string, number>>,
): Flag | null {
  let best = { level: 0, run: 0 };
  let current = { level: 0, run: 0 };
  for (const question of listQuestions(bank)) {
    if (question.kind !== 'rating') continue;
    const level = responses[question.id];
    if (!isRatingLevel(level) || level === 0) {
      current = { level: 0, run: 0 };
      continue;
    }
    current = level === current.level ? { level, run: current.run + 1 } : { level, run: 1 };
    if (current.run > best.run) best = current;
  }
  return best.run >= STRAIGHT_LINE_RUN
    ? { kind: 'straight-line', level: best.level, run: best.run }
    : null;
}

/**
 * Every flag for one set of answers: calibration flags in bank order, then
 * over-claiming, fast answering and straight-lining. Reads scores, never writes them.
 */
export function detectFlags(
  bank: QuestionBank,
  responses: Readonly<Record<string, number>>,
  scores: AreaScores,
  timings: Readonly<Record<string, number>> = {},
): readonly Flag[] {
  return [
    ...detectCalibrationFlags(bank, responses, scores),
    ...[
      detectOverclaim(bank, responses),
      detectFastAnswering(bank, timings),
      detectStraightLining(bank, responses),
    ].filter((flag): flag is Flag => flag !== null),
  ];
}
