import type { Question, QuestionBank } from '../data/bank-types';

/** Reading speed for the honest duration a person is told (an adult's silent reading). */
export const WORDS_PER_MINUTE = 250;
/** Time to weigh one question after reading it. */
export const SECONDS_PER_DECISION = 4;

/** The words of a text, lower-case, as a reader meets them (emphasis marks dropped). */
export function wordsOf(text: string): string[] {
  return text
    .replace(/\*/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((word) => word !== '');
}

function wordsInQuestion(question: Question): number {
  const text =
    question.kind === 'check'
      ? [question.question, ...question.options]
      : [question.title, question.hint, ...question.anchors];
  return wordsOf(text.join(' ')).length;
}

export interface AssessmentLength {
  /** Questions one assessment asks: every rating item, its drawn checks and one foil. */
  readonly questions: number;
  /** Words read in the longest draw the pools allow. */
  readonly words: number;
  /** Whole minutes, rounded up: reading at WORDS_PER_MINUTE plus SECONDS_PER_DECISION each. */
  readonly minutes: number;
}

/**
 * How long one assessment is, honestly: the questions it asks and the words a person
 * reads, taking the longest checks and foil a draw can give, so no draw is longer than
 * said. Home, the README and the progress bar all state these figures.
 */
export function measureAssessment(bank: QuestionBank): AssessmentLength {
  const longestFirst = (questions: readonly Question[]) =>
    [...questions].sort((a, b) => wordsInQuestion(b) - wordsInQuestion(a));
  const asked = [
    ...bank.areas.flatMap((area) => [
      ...area.items,
      ...longestFirst(area.checks).slice(0, bank.checksPerArea),
    ]),
    ...longestFirst(bank.foils).slice(0, 1),
  ];
  const words = asked.reduce((sum, question) => sum + wordsInQuestion(question), 0);
  const seconds = (words / WORDS_PER_MINUTE) * 60 + asked.length * SECONDS_PER_DECISION;
  return { questions: asked.length, words, minutes: Math.ceil(seconds / 60) };
}
