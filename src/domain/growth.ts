import type { AreaId, QuestionBank } from '../data/bank-types';
import { LEVELS } from '../data/levels';
import {
  computeAreaScores,
  isRatingLevel,
  MAX_LEVEL,
  readAreaLevels,
  scoreFromLevelSum,
} from './area-scores';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD, summariseShape, type ShapeName } from './shape';

/** A rating item whose next level would push its area across τb or τd. */
export interface ShapeLever {
  readonly area: AreaId;
  readonly itemId: string;
  readonly title: string;
  readonly level: number;
  /** 'breadth' when the area would reach τb = 40, 'depth' when it would reach τd = 70. */
  readonly threshold: 'breadth' | 'depth';
  readonly scoreBefore: number;
  readonly scoreAfter: number;
  /** The shape the whole profile would have after that one change. */
  readonly shapeAfter: ShapeName;
}

/**
 * The rating items where one level more changes nDeep or nBroad. One level on
 * any answered item of an area adds the same 20/n to the area score, so either
 * every item below 5 in an area is a lever or none is. Unanswered items are not
 * levers: there is no level to raise. A single step (at most 20 points) cannot
 * cross both thresholds, so each lever crosses exactly one.
 *
 * Sorted breadth before depth (widening the bar is the T-shape's first need and
 * usually the cheaper move), then by current level, lowest first (the lower
 * rungs are the nearer ones to climb), then in bank order.
 */
export function findShapeLevers(
  bank: QuestionBank,
  responses: Readonly<Record<string, number>>,
): readonly ShapeLever[] {
  const scores = computeAreaScores(bank, responses);
  const levers = bank.areas.flatMap((area) => {
    const levels = readAreaLevels(area, responses);
    const before = scores[area.id];
    if (before === null) return [];
    const sum = levels.reduce((total, level) => total + level, 0);
    const after = scoreFromLevelSum(sum + 1, levels.length);
    const threshold = thresholdCrossed(before, after);
    if (threshold === null) return [];
    const shapeAfter = summariseShape({ ...scores, [area.id]: after }).shape;
    return area.items.flatMap((item) => {
      const level = responses[item.id];
      return isRatingLevel(level) && level < MAX_LEVEL
        ? [
            {
              area: area.id,
              itemId: item.id,
              title: item.title,
              level,
              threshold,
              scoreBefore: before,
              scoreAfter: after,
              shapeAfter,
            },
          ]
        : [];
    });
  });
  const kindRank = { breadth: 0, depth: 1 } as const;
  return levers.sort((a, b) => kindRank[a.threshold] - kindRank[b.threshold] || a.level - b.level);
}

function thresholdCrossed(before: number, after: number): 'breadth' | 'depth' | null {
  if (before < BREADTH_THRESHOLD && after >= BREADTH_THRESHOLD) return 'breadth';
  if (before < DEPTH_THRESHOLD && after >= DEPTH_THRESHOLD) return 'depth';
  return null;
}

/** One concrete next step: the bank's own sentence for the next level of one item. */
export interface NextStep {
  readonly kind: 'broaden' | 'deepen';
  readonly area: AreaId;
  readonly itemId: string;
  readonly title: string;
  readonly level: number;
  readonly nextLevel: number;
  /** The anchor of `nextLevel`: the behaviour to aim for, in the bank's words. */
  readonly anchor: string;
}

/**
 * A few concrete next steps, each the next rung of one item. The rule:
 * 1. Broaden: for each area below τb, nearest to τb first (ties in bank order),
 *    its lowest-rated item (ties in bank order); one step per area, so the
 *    advice widens the bar rather than piling onto one area.
 * 2. Deepen: in each home area (highest score, ties all) that is already broad
 *    (≥ τb; a weaker home area is handled by step 1), its items below 5 from the
 *    lowest level up: toward τd while below it, toward Expert after. Every level
 *    adds the same to the score, and the lowest rung is the most attainable.
 * The list opens with the first broadening step and the first deepening step,
 * then the remaining broadening steps, then the remaining deepening ones, cut
 * to `count`. Items without an answer are skipped: we do not know their level.
 */
export function suggestNextSteps(
  bank: QuestionBank,
  responses: Readonly<Record<string, number>>,
  count = 3,
): readonly NextStep[] {
  const scores = computeAreaScores(bank, responses);
  const { homeAreas } = summariseShape(scores);
  const candidates = bank.areas.map((area) => ({
    area,
    score: scores[area.id],
    items: area.items
      .map((item) => ({ item, level: responses[item.id] }))
      .filter((entry): entry is { item: typeof entry.item; level: number } =>
        isRatingLevel(entry.level),
      )
      .filter(({ level }) => level < MAX_LEVEL)
      .sort((a, b) => a.level - b.level),
  }));
  const toStep = (
    kind: NextStep['kind'],
    area: (typeof candidates)[number]['area'],
    { item, level }: (typeof candidates)[number]['items'][number],
  ): NextStep => ({
    kind,
    area: area.id,
    itemId: item.id,
    title: item.title,
    level,
    nextLevel: level + 1,
    anchor: item.anchors[level + 1] ?? '',
  });

  const broaden = candidates
    .filter(
      (candidate): candidate is typeof candidate & { score: number } =>
        candidate.score !== null && candidate.score < BREADTH_THRESHOLD,
    )
    .sort((a, b) => b.score - a.score)
    .flatMap(({ area, items }) => (items[0] ? [toStep('broaden', area, items[0])] : []));
  const deepen = candidates
    .filter(
      ({ area, score }) =>
        score !== null && score >= BREADTH_THRESHOLD && homeAreas.includes(area.id),
    )
    .flatMap(({ area, items }) => items.map((entry) => toStep('deepen', area, entry)));

  const opening = [broaden[0], deepen[0]].filter((step): step is NextStep => step !== undefined);
  return [...opening, ...broaden.slice(1), ...deepen.slice(1)].slice(0, Math.max(0, count));
}

/** A score's band in plain words: one of the scale's level names. */
export type ScoreBand = (typeof LEVELS)[number];

/**
 * The band of an area score, named after the rating scale: the highest level
 * the mean level (score / 20) reaches, as levels are cumulative. So 0–19 is
 * "Not yet", 20–39 "Aware", 40–59 "Working", 60–79 "Practitioner", 80–99
 * "Advanced", and only 100, every item at Expert, is "Expert". Out-of-range
 * scores are clamped to the nearest band.
 */
export function describeBand(score: number): ScoreBand {
  // The 1e-9 absorbs rounding in score / 20, so a score of exactly 60 is never read as 59.99….
  const level = Math.min(MAX_LEVEL, Math.max(0, Math.floor(score / 20 + 1e-9)));
  return LEVELS[level] ?? LEVELS[0];
}
