import type { Area, Question, QuestionBank } from '../data/bank-types';

/** One screen of the quiz: an area's rating items (the foil among them) and its checks. */
export interface QuizStep {
  readonly area: Area;
  readonly questions: readonly Question[];
}

/**
 * Lays the bank out as the quiz asks it: one step per area, rating items first,
 * the foil slipped in among one area's items so it reads like any other item,
 * then that area's two knowledge checks.
 */
export function buildQuizSteps(bank: QuestionBank): readonly QuizStep[] {
  return bank.areas.map((area) => {
    const items: Question[] = [...area.items];
    if (bank.foilPlacement.area === area.id) {
      items.splice(bank.foilPlacement.afterItem, 0, bank.foil);
    }
    return { area, questions: [...items, ...area.checks] };
  });
}

/** Every question in the order the quiz asks them. */
export function listQuestions(bank: QuestionBank): readonly Question[] {
  return buildQuizSteps(bank).flatMap((step) => step.questions);
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
