import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../data/question-bank';
import { buildLevels } from '../testing/builders';
import { computeAreaScores } from './area-scores';

test('area score is 20 × the mean level of its items', () => {
  const levels = { ...buildLevels({ statistics: 3, deployment: 5 }), 'stats-probability': 0 };
  const scores = computeAreaScores(QUESTION_BANK, levels);
  // Statistics: five items at 3 and one at 0 → mean 2.5 → 50.
  expect(scores.statistics).toBe(50);
  expect(scores.deployment).toBe(100);
  expect(scores.experimentation).toBe(0);
});

test('checks and the foil never change a score', () => {
  const levels = buildLevels({ experimentation: 2 });
  const withExtras = { ...levels, 'exp-check-1': 3, 'foil-1': 5 };
  expect(computeAreaScores(QUESTION_BANK, withExtras)).toEqual(
    computeAreaScores(QUESTION_BANK, levels),
  );
});

test('an area with no answered item has no score rather than zero', () => {
  const scores = computeAreaScores(QUESTION_BANK, { 'stats-probability': 4 });
  expect(scores.statistics).toBe(80);
  expect(scores.deployment).toBeNull();
});
