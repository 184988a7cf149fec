import fc from 'fast-check';
import { expect, test } from 'vitest';
import { BANK_V1 } from '../data/bank-v1';
import { QUESTION_BANK } from '../data/question-bank';
import { buildLevels, buildLevelsInOrder } from '../testing/builders';
import { computeAreaScores, isRatingLevel } from './area-scores';

const ITEM_IDS = QUESTION_BANK.areas.flatMap((area) => area.items.map((item) => item.id));

test('area score is 20 × the mean level of its items', () => {
  const levels = {
    ...buildLevels({ statistics: 3, deployment: 5 }, BANK_V1),
    'stats-probability': 0,
  };
  const scores = computeAreaScores(BANK_V1, levels);
  // Statistics: five items at 3 and one at 0 → mean 2.5 → 50.
  expect(scores.statistics).toBe(50);
  expect(scores.deployment).toBe(100);
  expect(scores.experimentation).toBe(0);
});

test('threshold scores come out exact, not a rounding error away', () => {
  // Statistics 3,4,3,4,3,4 → sum 21 → 20 × 21 / 6 = 70; Business 2,2,2,2,2,2 → 40.
  const scores = computeAreaScores(
    BANK_V1,
    buildLevelsInOrder([3, 4, 3, 4, 3, 4, 2, 2, 2, 2, 2, 2], BANK_V1),
  );
  expect(scores.statistics).toBe(70);
  expect(scores['business-communication']).toBe(40);
});

test('checks and the foil never change a score', () => {
  const levels = buildLevels({ experimentation: 2 }, BANK_V1);
  const withExtras = { ...levels, 'exp-check-1': 3, 'foil-1': 5 };
  expect(computeAreaScores(BANK_V1, withExtras)).toEqual(computeAreaScores(BANK_V1, levels));
});

test('an area with no answered item has no score rather than zero', () => {
  const scores = computeAreaScores(BANK_V1, { 'stats-probability': 4 });
  expect(scores.statistics).toBe(80);
  expect(scores.deployment).toBeNull();
});

test('values off the 0–5 scale are read as unanswered', () => {
  const scores = computeAreaScores(BANK_V1, {
    'stats-probability': 4,
    'stats-estimation': 7,
    'stats-regression': 2.5,
    'stats-bayesian': -1,
    'ops-serving': Number.NaN,
  });
  expect(scores.statistics).toBe(80);
  expect(scores.deployment).toBeNull();
  expect([0, 5, 6, 2.5, -1].map((value) => isRatingLevel(value))).toEqual([
    true,
    true,
    false,
    false,
    false,
  ]);
});

// Any subset of the items, with values on and off the scale.
const anyResponses = fc.dictionary(fc.constantFrom(...ITEM_IDS), fc.integer({ min: -2, max: 9 }));

test('property: every score stays in [0, 100], whatever the responses', () => {
  fc.assert(
    fc.property(anyResponses, (responses) => {
      for (const score of Object.values(computeAreaScores(QUESTION_BANK, responses))) {
        if (score !== null) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
      }
    }),
  );
});

test("property: raising any single answer never lowers its area's score", () => {
  const fullResponses = fc.tuple(
    ...ITEM_IDS.map(() => fc.integer({ min: 0, max: 5 })),
  ) as fc.Arbitrary<number[]>;
  fc.assert(
    fc.property(fullResponses, fc.nat({ max: ITEM_IDS.length - 1 }), (levels, index) => {
      fc.pre((levels[index] ?? 5) < 5);
      const before = buildLevelsInOrder(levels);
      const after = buildLevelsInOrder(levels.map((level, i) => (i === index ? level + 1 : level)));
      const area = QUESTION_BANK.areas.find((candidate) =>
        candidate.items.some((item) => item.id === ITEM_IDS[index]),
      );
      if (!area) throw new Error('every item belongs to an area');
      const scoreBefore = computeAreaScores(QUESTION_BANK, before)[area.id] ?? 0;
      const scoreAfter = computeAreaScores(QUESTION_BANK, after)[area.id] ?? 0;
      expect(scoreAfter).toBeGreaterThan(scoreBefore);
    }),
  );
});
