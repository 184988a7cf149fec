import type { Area, Foil, KnowledgeCheck, Question, QuestionBank } from '../data/bank-types';
import { createMulberry32 } from './prng';

/** One screen of the quiz: an area's rating items (the foil among them) and its checks. */
export interface QuizStep {
  readonly area: Area;
  readonly questions: readonly Question[];
}

/** Which knowledge checks and which foil one assessment asks, from the bank's pools. */
export interface AssessmentDraw {
  /** The checks asked, by id: `checksPerArea` of each area's pool. */
  readonly checks: ReadonlySet<string>;
  readonly foil: Foil;
}

/**
 * Draws an assessment's checks and foil from the bank's pools, seeded by when it
 * started: the same assessment always draws the same (after a reload, in another
 * tab), and a retake, starting later, draws afresh. Version 1 asks its whole pool.
 * What is already answered is part of the draw: reviewing a result asks again the
 * checks and foil it answered.
 */
export function drawAssessment(
  bank: QuestionBank,
  startedAt: number,
  responses: Readonly<Record<string, unknown>> = {},
): AssessmentDraw {
  const random = createMulberry32((startedAt % 4294967296) ^ Math.floor(startedAt / 4294967296));
  const pick = <T extends { readonly id: string }>(pool: readonly T[], count: number): T[] => {
    // The whole pool in a seeded order: the random numbers drawn never depend on the
    // answers, so what is not answered yet holds still as answers come in.
    const left = [...pool];
    const order: T[] = [];
    while (left.length > 0) order.push(...left.splice(Math.floor(random() * left.length), 1));
    const answered = pool.filter((each) => responses[each.id] !== undefined).slice(0, count);
    return [...answered, ...order.filter((each) => !answered.includes(each))].slice(0, count);
  };
  const checks = bank.areas.flatMap((area) =>
    pick<KnowledgeCheck>(area.checks, bank.checksPerArea).map((check) => check.id),
  );
  const [foil] = pick(bank.foils, 1);
  if (!foil) throw new Error(`Question bank ${bank.version} has no foil.`);
  return { checks: new Set(checks), foil };
}

/**
 * Lays the bank out as the quiz asks it: one step per area, rating items first,
 * the foil slipped in among one area's items so it reads like any other item,
 * then that area's knowledge checks. With a draw, only what it drew (in the pools'
 * order); without, every question of the pools, as share links order them.
 */
export function buildQuizSteps(bank: QuestionBank, draw?: AssessmentDraw): readonly QuizStep[] {
  return bank.areas.map((area) => {
    const items: Question[] = [...area.items];
    if (bank.foilPlacement.area === area.id) {
      items.splice(bank.foilPlacement.afterItem, 0, ...(draw ? [draw.foil] : bank.foils));
    }
    const checks = draw ? area.checks.filter((check) => draw.checks.has(check.id)) : area.checks;
    return { area, questions: [...items, ...checks] };
  });
}

/** Every question in the order the quiz asks them (every question of the pools without a draw). */
export function listQuestions(bank: QuestionBank, draw?: AssessmentDraw): readonly Question[] {
  return buildQuizSteps(bank, draw).flatMap((step) => step.questions);
}

/** The checks of an area that were asked: those with a response (a result answers all it asks). */
export function askedChecks(
  area: Area,
  responses: Readonly<Record<string, unknown>>,
): readonly KnowledgeCheck[] {
  return area.checks.filter((check) => responses[check.id] !== undefined);
}

/** The foil that was asked, if it was answered. */
export function askedFoil(
  bank: QuestionBank,
  responses: Readonly<Record<string, unknown>>,
): Foil | null {
  return bank.foils.find((foil) => responses[foil.id] !== undefined) ?? null;
}

/** How many of the given questions have a response. */
export function countAnswered(
  questions: readonly Question[],
  responses: Readonly<Record<string, unknown>>,
): number {
  return questions.filter((question) => responses[question.id] !== undefined).length;
}

/** The questions, in order, that have no answer yet: "Next" focuses the first of them. */
export function listUnanswered(
  questions: readonly Question[],
  isAnswered: (questionId: string) => boolean,
): readonly Question[] {
  return questions.filter((question) => !isAnswered(question.id));
}

/** The largest response a question accepts: level 5 for ratings and the foil, the last option for a check. */
export function maxResponse(question: Question): number {
  return question.kind === 'check' ? question.options.length - 1 : question.anchors.length - 1;
}

/**
 * What a retake carries over from an earlier result: its levels on the rating items
 * the current bank still asks with the same meaning (an item keeps its id only while
 * its meaning holds). Never knowledge checks or the foil: those are drawn afresh.
 */
export function retakePrefill(
  responses: Readonly<Record<string, number>>,
  current: QuestionBank,
  earlier: QuestionBank,
): Record<string, number> {
  const before = new Set(earlier.areas.flatMap((area) => area.items.map((item) => item.id)));
  return Object.fromEntries(
    current.areas
      .flatMap((area) => area.items)
      .filter((item) => before.has(item.id) && responses[item.id] !== undefined)
      .map((item) => [item.id, responses[item.id] as number]),
  );
}

/** The rating items of `current` that `earlier` did not ask: a retake marks them as new. */
export function newItemIds(current: QuestionBank, earlier: QuestionBank): ReadonlySet<string> {
  const before = new Set(earlier.areas.flatMap((area) => area.items.map((item) => item.id)));
  return new Set(
    current.areas
      .flatMap((area) => area.items.map((item) => item.id))
      .filter((id) => !before.has(id)),
  );
}
