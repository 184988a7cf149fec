/**
 * What the bank tests measure a question bank with (DESIGN.md, "The assessment
 * model"): the words a person reads, the test-taking tricks a knowledge check must
 * resist, and the words that would give a check's answer away on its own step.
 */
import type { KnowledgeCheck, QuestionBank } from '../data/bank-types';
import { wordsOf } from '../domain/assessment-length';

export { wordsOf };

const STOPWORDS = new Set(
  'about above after again against also because been before being below between both could does doing down during each from further have having here into itself just more most much must only other over same should some such than that their them then there these they this those through under until very were what when where which while with would your yours will shall'.split(
    ' ',
  ),
);

/** Words that carry meaning: four letters or more, not a common function word. */
export function contentWords(text: string): Set<string> {
  return new Set(wordsOf(text).filter((word) => word.length >= 4 && !STOPWORDS.has(word)));
}

/** A strategy picks an option index, or several when it cannot tell them apart. */
export type Strategy = (check: KnowledgeCheck) => readonly number[];

function bestBy(check: KnowledgeCheck, score: (option: string) => number): number[] {
  const scores = check.options.map(score);
  const best = Math.max(...scores);
  return scores.flatMap((value, index) => (value === best ? [index] : []));
}

/** "Pick the longest option." */
export const pickLongest: Strategy = (check) => bestBy(check, (option) => option.length);

/** "Pick the option that repeats most words of the question." */
export const pickMostOverlap: Strategy = (check) => {
  const question = contentWords(check.question);
  return bestBy(check, (option) => [...contentWords(option)].filter((w) => question.has(w)).length);
};

/**
 * "Pick the most specific-sounding option": the one with most numbers, technical-looking
 * tokens (digits, hyphens, brackets, symbols) and long words, commas counting too.
 */
export const pickMostSpecific: Strategy = (check) =>
  bestBy(check, (option) => {
    const tokens = option.split(/\s+/);
    const technical = tokens.filter(
      (token) => /[\d%=<>()/_-]/.test(token) || token.replace(/\W/g, '').length >= 10,
    ).length;
    return technical + (option.match(/,/g)?.length ?? 0);
  });

/** How often a strategy is right over the checks, a tie of k counting 1/k. */
export function strategyScore(checks: readonly KnowledgeCheck[], strategy: Strategy): number {
  const total = checks.reduce((sum, check) => {
    const picks = strategy(check);
    return sum + (picks.includes(check.correctIndex) ? 1 / picks.length : 0);
  }, 0);
  return total / checks.length;
}

/**
 * The words of a check's correct option that none of its distractors has: what a
 * reader could match against the text around it.
 */
export function distinctiveWords(check: KnowledgeCheck): Set<string> {
  const correct = contentWords(check.options[check.correctIndex] ?? '');
  const others = check.options
    .filter((_, index) => index !== check.correctIndex)
    .flatMap((option) => [...contentWords(option)]);
  const question = contentWords(check.question);
  return new Set([...correct].filter((word) => !others.includes(word) && !question.has(word)));
}

/**
 * The distinctive words of each check that its step prints elsewhere: the area's rating
 * items (and the foils, on their step), and the questions of the area's other checks,
 * any of which can be drawn beside it.
 */
export function leaksOnStep(bank: QuestionBank): { check: string; words: string[] }[] {
  return bank.areas.flatMap((area) => {
    const foils = bank.foilPlacement.area === area.id ? bank.foils : [];
    const items = [...area.items, ...foils].map((item) =>
      [item.title, item.hint, ...item.anchors].join(' '),
    );
    return area.checks.flatMap((check) => {
      const others = area.checks.filter((other) => other !== check).map((other) => other.question);
      const printed = new Set(wordsOf([...items, ...others].join(' ')));
      const words = [...distinctiveWords(check)].filter((word) => printed.has(word));
      return words.length > 0 ? [{ check: check.id, words }] : [];
    });
  });
}
