/**
 * The growth plan (DESIGN.md, "Growth plan"): from a person's latest result, a target
 * and the areas they want to grow in, the gap per area and per sub-skill, and at most
 * three next steps, each one level up on one sub-skill, with the bank's anchor for the
 * next level as the behaviour to reach and the practice book's project and evidence.
 *
 * Results on an older bank: area scores are the result's own (what its results page
 * showed). Steps can only be planned on the current bank's items whose level the result
 * knows: an item kept across banks keeps its id and its meaning (the rule retakes prefill
 * by, quiz-plan's retakePrefill), so it is planned from its old level; an item the older
 * bank did not ask has no level, and a retired one no practice. The plan then says so
 * and asks for a retake on the current questions (PlanNote `older-bank`).
 */
import type { AreaId, PracticeBook, QuestionBank, RatingItem } from '../data/bank-types';
import { PRACTICE_BOOKS } from '../data/bank-v2-practice';
import { LEVELS } from '../data/levels';
import { BANKS, QUESTION_BANK } from '../data/question-bank';
import {
  computeAreaScores,
  isRatingLevel,
  MAX_LEVEL,
  readAreaLevels,
  scoreFromLevelSum,
  SCORE_PER_LEVEL,
} from './area-scores';
import { formatScore } from './format';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD } from './shape';

/** The most next steps a plan gives (DESIGN.md: "at most three"). */
export const MAX_PLAN_STEPS = 3;

/** Per-area targets, 0–100; an area without one is absent. */
export type AreaTargets = Readonly<Partial<Record<AreaId, number>>>;

/** The part of a result a plan reads; a saved result or a decoded share link fits it. */
export interface PlanResult {
  readonly bankVersion: number;
  readonly responses: Readonly<Record<string, number>>;
}

export interface PlanInput {
  readonly result: PlanResult;
  readonly target: AreaTargets;
  /** The areas the person wants to grow in, in any order. */
  readonly growthAreas: readonly AreaId[];
}

/** The banks and practice books a plan reads; injectable so tests can stage a bank change. */
export interface PlanContext {
  readonly current: QuestionBank;
  readonly banks: Readonly<Record<number, QuestionBank>>;
  readonly practice: Readonly<Record<number, PracticeBook>>;
}

const DEFAULT_CONTEXT: PlanContext = {
  current: QUESTION_BANK,
  banks: BANKS,
  practice: PRACTICE_BOOKS,
};

/** One sub-skill against the target of its area. */
export interface SubSkillGap {
  readonly itemId: string;
  readonly title: string;
  /** Null when the result has no level for it (unanswered, or not asked by its bank). */
  readonly level: number | null;
  /**
   * The level at which every sub-skill meets the area's target: ⌈target / 20⌉, so an
   * area whose sub-skills all reach it scores at least the target. Null without a target.
   */
  readonly targetLevel: number | null;
  /** Levels still to climb (0 when at or above); null when either side is unknown. */
  readonly gap: number | null;
}

export interface AreaGap {
  readonly area: AreaId;
  readonly name: string;
  /** The result's score, on the result's own bank; null when the area was not answered. */
  readonly score: number | null;
  readonly target: number | null;
  /** target − score, in points (negative when above target); null when either is missing. */
  readonly gap: number | null;
  /** What the target asks of the area's shape: deep (≥ τd), broad (≥ τb), or neither. */
  readonly asks: 'deep' | 'broad' | null;
  readonly wanted: boolean;
  /** The current bank's sub-skills of the area, in bank order. */
  readonly subSkills: readonly SubSkillGap[];
}

/** Why a step was chosen, in the order the ranking prefers. */
export type StepReason =
  | 'becomes-deep'
  | 'becomes-broad'
  | 'wanted-area'
  | 'largest-gap'
  | 'wanted-beyond-target'
  | 'next-depth';

export interface PlannedStep {
  readonly area: AreaId;
  readonly areaName: string;
  readonly itemId: string;
  /** The sub-skill's title, e.g. "Test design". */
  readonly title: string;
  readonly fromLevel: number;
  readonly toLevel: number;
  /** The next level's anchor in the bank's words: the behaviour to reach. */
  readonly anchor: string;
  /** The practice book's project for this step, and what would show it. */
  readonly project: string;
  readonly evidence: string;
  readonly reason: StepReason;
  /** The area score before this step and after it (earlier steps of the plan applied). */
  readonly scoreBefore: number;
  readonly scoreAfter: number;
  /** One sentence on why this step, for the page and the Markdown. */
  readonly why: string;
}

export type PlanNote =
  | { readonly kind: 'older-bank'; readonly bankVersion: number; readonly message: string }
  | { readonly kind: 'not-answered'; readonly area: AreaId; readonly message: string }
  | { readonly kind: 'no-target'; readonly area: AreaId; readonly message: string }
  | { readonly kind: 'wanted-met'; readonly area: AreaId; readonly message: string }
  | { readonly kind: 'target-met'; readonly message: string };

export interface GrowthPlan {
  /** `gap`: some area is below its target. `target-met`: none is (steps go to the next depth). */
  readonly status: 'gap' | 'target-met';
  /** One row per area of the current bank, in bank order. */
  readonly areas: readonly AreaGap[];
  /** At most MAX_PLAN_STEPS, best first. */
  readonly steps: readonly PlannedStep[];
  readonly notes: readonly PlanNote[];
}

interface Placed {
  readonly area: AreaId;
  readonly areaName: string;
  readonly areaIndex: number;
  readonly itemIndex: number;
  readonly item: RatingItem;
}

function levelName(level: number): string {
  return LEVELS[level]?.name ?? String(level);
}

function findOwnArea(bank: QuestionBank, itemId: string) {
  return bank.areas.find((area) => area.items.some((item) => item.id === itemId));
}

/** What the target asks of an area's shape. */
function asksOf(target: number | null): 'deep' | 'broad' | null {
  if (target === null) return null;
  if (target >= DEPTH_THRESHOLD) return 'deep';
  return target >= BREADTH_THRESHOLD ? 'broad' : null;
}

function targetOf(target: AreaTargets, area: AreaId): number | null {
  const value = Object.hasOwn(target, area) ? target[area] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** ⌈target / 20⌉, so a whole area at that level meets the target (1e-9 absorbs rounding). */
function targetLevelOf(target: number | null): number | null {
  if (target === null) return null;
  return Math.min(MAX_LEVEL, Math.max(0, Math.ceil(target / SCORE_PER_LEVEL - 1e-9)));
}

function describeWhy(
  reason: StepReason,
  name: string,
  before: number,
  after: number,
  target: number | null,
): string {
  const gap = target === null ? '' : formatScore(target - before);
  switch (reason) {
    case 'becomes-deep':
      return `Takes ${name} from ${formatScore(before)} to ${formatScore(after)}: deep (${DEPTH_THRESHOLD} or more), as the target asks.`;
    case 'becomes-broad':
      return `Takes ${name} from ${formatScore(before)} to ${formatScore(after)}: broad (${BREADTH_THRESHOLD} or more), as the target asks.`;
    case 'wanted-area':
      return `You want to grow in ${name}, which is ${gap} points below the target.`;
    case 'largest-gap':
      return `${name} has the largest gap left to the target: ${gap} points.`;
    case 'wanted-beyond-target':
      return `You want to grow in ${name}, which already meets the target: this goes further.`;
    case 'next-depth':
      return `The target is met. ${name} is your strongest area that is not deep yet: this is a step towards making it deep.`;
  }
}

const TIER: Readonly<Record<StepReason, number>> = {
  'becomes-deep': 0,
  'becomes-broad': 0,
  'wanted-area': 1,
  'largest-gap': 2,
  'wanted-beyond-target': 3,
  'next-depth': 4,
};

/**
 * The growth plan for a result, a target and the areas wanted. Pure, deterministic and
 * never throws on odd input (unknown ids, values off the scale, a bank version this
 * build does not know: read as the current bank).
 *
 * Ranking of next steps (one level up on one sub-skill each, chosen one at a time, each
 * choice applied before the next is ranked, no sub-skill twice):
 * 1. a step that makes an area cross τb or τd where the target asks for that (target ≥ τb,
 *    or ≥ τd): wanted areas first, then the larger gap;
 * 2. a step in an area the person wants to grow in that is below its target, larger gap first;
 * 3. a step in any area below its target, largest gap first;
 * 4. with room left, a step in a wanted area that already meets its target.
 * Ties: the lower current level first (the nearer rung), then bank order of area and item.
 * When no area is below its target, the plan says so and gives one step towards the
 * next depth: the lowest sub-skill of the strongest area that is not deep (wanted areas
 * first among equal scores, then bank order); none when every area is deep.
 */
export function buildGrowthPlan(
  input: PlanInput,
  context: PlanContext = DEFAULT_CONTEXT,
): GrowthPlan {
  const { current } = context;
  const own = Object.hasOwn(context.banks, input.result.bankVersion)
    ? (context.banks[input.result.bankVersion] ?? current)
    : current;
  const book = context.practice[current.version];
  const responses = input.result.responses;
  const wanted = new Set(input.growthAreas);
  const ownIds = new Set(own.areas.flatMap((area) => area.items.map((item) => item.id)));
  const scores = computeAreaScores(own, responses);

  /** A current-bank item's level, when the result knows it with the same meaning. */
  const levelOf = (itemId: string): number | null => {
    const level = responses[itemId];
    return ownIds.has(itemId) && isRatingLevel(level) ? level : null;
  };

  const areas: AreaGap[] = current.areas.map((area) => {
    const score = scores[area.id] ?? null;
    const target = targetOf(input.target, area.id);
    const targetLevel = targetLevelOf(target);
    return {
      area: area.id,
      name: area.name,
      score,
      target,
      gap: score !== null && target !== null ? target - score : null,
      asks: asksOf(target),
      wanted: wanted.has(area.id),
      subSkills: area.items.map((item) => {
        const level = levelOf(item.id);
        return {
          itemId: item.id,
          title: item.title,
          level,
          targetLevel,
          gap: level !== null && targetLevel !== null ? Math.max(0, targetLevel - level) : null,
        };
      }),
    };
  });

  // The simulation: levels as the plan's chosen steps would leave them.
  const simulated: Record<string, number> = { ...responses };
  const scoreNow = (itemId: string): number | null => {
    const ownArea = findOwnArea(own, itemId);
    if (!ownArea) return null;
    const levels = readAreaLevels(ownArea, simulated);
    if (levels.length === 0) return null;
    return scoreFromLevelSum(
      levels.reduce((sum, level) => sum + level, 0),
      levels.length,
    );
  };

  const placed: Placed[] = current.areas.flatMap((area, areaIndex) =>
    area.items.map((item, itemIndex) => ({
      area: area.id,
      areaName: area.name,
      areaIndex,
      itemIndex,
      item,
    })),
  );

  const reasonFor = (
    candidate: Placed,
    before: number,
    after: number,
    mode: 'gap' | 'target-met',
  ): StepReason | null => {
    const target = targetOf(input.target, candidate.area);
    if (mode === 'target-met') return null;
    if (
      target !== null &&
      target >= DEPTH_THRESHOLD &&
      before < DEPTH_THRESHOLD &&
      after >= DEPTH_THRESHOLD
    ) {
      return 'becomes-deep';
    }
    if (
      target !== null &&
      target >= BREADTH_THRESHOLD &&
      before < BREADTH_THRESHOLD &&
      after >= BREADTH_THRESHOLD
    ) {
      return 'becomes-broad';
    }
    if (target !== null && before < target) {
      return wanted.has(candidate.area) ? 'wanted-area' : 'largest-gap';
    }
    return wanted.has(candidate.area) ? 'wanted-beyond-target' : null;
  };

  const toStep = (
    candidate: Placed,
    from: number,
    reason: StepReason,
    before: number,
    after: number,
  ) => {
    const practice = book?.items[candidate.item.id]?.[from];
    const target = targetOf(input.target, candidate.area);
    return {
      area: candidate.area,
      areaName: candidate.areaName,
      itemId: candidate.item.id,
      title: candidate.item.title,
      fromLevel: from,
      toLevel: from + 1,
      anchor: candidate.item.anchors[from + 1] ?? '',
      project: practice?.project ?? '',
      evidence: practice?.evidence ?? '',
      reason,
      scoreBefore: before,
      scoreAfter: after,
      why: describeWhy(reason, candidate.areaName, before, after, target),
    } satisfies PlannedStep;
  };

  const hasGap = areas.some((area) => area.gap !== null && area.gap > 0);
  const hasTarget = areas.some((area) => area.target !== null);
  const status: GrowthPlan['status'] = hasGap ? 'gap' : 'target-met';
  const steps: PlannedStep[] = [];
  const chosen = new Set<string>();

  /** The plannable candidates now: a known level below 5, practice for it, not chosen yet. */
  const candidatesNow = () =>
    placed.flatMap((candidate) => {
      const from = levelOf(candidate.item.id) === null ? null : simulated[candidate.item.id];
      if (from === undefined || from === null || from >= MAX_LEVEL) return [];
      if (chosen.has(candidate.item.id) || !book?.items[candidate.item.id]) return [];
      const before = scoreNow(candidate.item.id);
      if (before === null) return [];
      simulated[candidate.item.id] = from + 1;
      const after = scoreNow(candidate.item.id) ?? before;
      simulated[candidate.item.id] = from;
      return [{ candidate, from, before, after }];
    });

  if (status === 'gap') {
    while (steps.length < MAX_PLAN_STEPS) {
      const ranked = candidatesNow()
        .flatMap((each) => {
          const reason = reasonFor(each.candidate, each.before, each.after, status);
          if (reason === null) return [];
          const target = targetOf(input.target, each.candidate.area);
          return [{ ...each, reason, gap: target === null ? 0 : target - each.before }];
        })
        .sort(
          (a, b) =>
            TIER[a.reason] - TIER[b.reason] ||
            Number(wanted.has(b.candidate.area)) - Number(wanted.has(a.candidate.area)) ||
            (a.reason === 'wanted-beyond-target' ? 0 : b.gap - a.gap) ||
            a.from - b.from ||
            a.candidate.areaIndex - b.candidate.areaIndex ||
            a.candidate.itemIndex - b.candidate.itemIndex,
        );
      const best = ranked[0];
      if (!best) break;
      steps.push(toStep(best.candidate, best.from, best.reason, best.before, best.after));
      chosen.add(best.candidate.item.id);
      simulated[best.candidate.item.id] = best.from + 1;
    }
  } else if (hasTarget) {
    const next = candidatesNow()
      .filter((each) => each.before < DEPTH_THRESHOLD)
      .sort(
        (a, b) =>
          b.before - a.before ||
          Number(wanted.has(b.candidate.area)) - Number(wanted.has(a.candidate.area)) ||
          a.candidate.areaIndex - b.candidate.areaIndex ||
          a.from - b.from ||
          a.candidate.itemIndex - b.candidate.itemIndex,
      )[0];
    if (next) steps.push(toStep(next.candidate, next.from, 'next-depth', next.before, next.after));
  }

  return { status, areas, steps, notes: collectNotes(areas, own, current, status, hasTarget) };
}

function collectNotes(
  areas: readonly AreaGap[],
  own: QuestionBank,
  current: QuestionBank,
  status: GrowthPlan['status'],
  hasTarget: boolean,
): PlanNote[] {
  const notes: PlanNote[] = [];
  if (status === 'target-met') {
    notes.push({
      kind: 'target-met',
      message: hasTarget
        ? 'You meet or pass the target in every area it sets. The next step goes towards a new depth.'
        : 'The target sets no area yet: choose a target to see the gap and the next steps.',
    });
  }
  if (own.version !== current.version) {
    const ownIds = new Set(own.areas.flatMap((area) => area.items.map((item) => item.id)));
    const unplanned = current.areas
      .flatMap((area) => area.items)
      .filter((item) => !ownIds.has(item.id)).length;
    notes.push({
      kind: 'older-bank',
      bankVersion: own.version,
      message: `This result was made with an older set of questions (bank ${own.version}). Sub-skills asked in both are planned from your answers; ${unplanned} sub-skills are new and have no level yet. Retake on the current questions for a plan on every sub-skill.`,
    });
  }
  for (const area of areas) {
    if (area.score === null) {
      notes.push({
        kind: 'not-answered',
        area: area.area,
        message: `${area.name} has no score in this result, so it has no gap and no step.`,
      });
    } else if (area.target === null) {
      notes.push({
        kind: 'no-target',
        area: area.area,
        message: `The target sets nothing for ${area.name}.`,
      });
    } else if (area.wanted && area.gap !== null && area.gap <= 0) {
      notes.push({
        kind: 'wanted-met',
        area: area.area,
        message: `You want to grow in ${area.name}, and you already meet the target there (${formatScore(area.score)} against ${formatScore(area.target)}).`,
      });
    }
  }
  return notes;
}

/** The part of a kept plan step a review needs. */
export interface KeptStep {
  readonly itemId: string;
  readonly fromLevel: number;
  readonly toLevel: number;
}

export interface StepReview {
  readonly itemId: string;
  /** The sub-skill's title in the current bank (the id when it is no longer there). */
  readonly title: string;
  readonly fromLevel: number;
  readonly toLevel: number;
  /** The level in the later result; null when it did not ask the sub-skill or it went unanswered. */
  readonly now: number | null;
  /** reached: now ≥ toLevel; moved: above fromLevel but short of toLevel; same; lower. */
  readonly outcome: 'reached' | 'moved' | 'same' | 'lower' | 'not-asked';
}

/** Each review outcome in words, for the page and the Markdown. */
export const REVIEW_OUTCOME_WORDS: Readonly<Record<StepReview['outcome'], string>> = {
  reached: 'reached',
  moved: 'moved, not reached yet',
  same: 'not moved yet',
  lower: 'lower than before',
  'not-asked': 'not asked in the latest result',
};

/**
 * After a retake: for each step of a kept plan, where its sub-skill stands in the later
 * result. Items are matched by id, as retakes prefill them, so a plan made on an older
 * bank still reviews its kept items. Never throws.
 */
export function reviewPlanSteps(
  steps: readonly KeptStep[],
  later: PlanResult,
  context: PlanContext = DEFAULT_CONTEXT,
): readonly StepReview[] {
  const own = Object.hasOwn(context.banks, later.bankVersion)
    ? (context.banks[later.bankVersion] ?? context.current)
    : context.current;
  const asked = new Set(own.areas.flatMap((area) => area.items.map((item) => item.id)));
  const titles = new Map(
    [...own.areas, ...context.current.areas].flatMap((area) =>
      area.items.map((item) => [item.id, item.title] as const),
    ),
  );
  return steps.map((step) => {
    const level = later.responses[step.itemId];
    const now = asked.has(step.itemId) && isRatingLevel(level) ? level : null;
    const outcome: StepReview['outcome'] =
      now === null
        ? 'not-asked'
        : now >= step.toLevel
          ? 'reached'
          : now > step.fromLevel
            ? 'moved'
            : now === step.fromLevel
              ? 'same'
              : 'lower';
    return {
      itemId: step.itemId,
      title: titles.get(step.itemId) ?? step.itemId,
      fromLevel: step.fromLevel,
      toLevel: step.toLevel,
      now,
      outcome,
    };
  });
}

/** "Working (2) → Practitioner (3)": a step's levels in words. */
export function describeLevelStep(from: number, to: number): string {
  return `${levelName(from)} (${from}) → ${levelName(to)} (${to})`;
}
