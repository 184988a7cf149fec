import { expect, test } from 'vitest';
import { BANK_V1 } from '../data/bank-v1';
import { buildLevels, buildLevelsInOrder } from '../testing/builders';
import { computeAreaScores } from './area-scores';
import { describeBand, findShapeLevers, suggestNextSteps } from './growth';
import { summariseShape } from './shape';

const anchorOf = (itemId: string, level: number): string => {
  const item = BANK_V1.areas
    .flatMap((area) => area.items)
    .find((candidate) => candidate.id === itemId);
  return item?.anchors[level] ?? 'no such item';
};

// Statistics 36.67 (one level short of τb), Business 20, Production 60,
// Experimentation 100, Deployment 66.67 (one level short of τd): a Narrow T.
const LEVER_LEVELS = buildLevelsInOrder(
  [
    ...[2, 2, 2, 2, 1, 2], // Statistics: 20 × 11 / 6 = 36.67 → 40 with one more level
    ...[1, 1, 1, 1, 1, 1], // Business communication: 20 → 23.33, crosses nothing
    ...[3, 3, 3, 3, 3, 3], // Production software: 60 → 63.33, crosses nothing
    ...[5, 5, 5, 5, 5, 5], // Experimentation: 100, nothing to raise
    ...[5, 3, 3, 3, 3, 3], // Deployment: 20 × 20 / 6 = 66.67 → 70 with one more level
  ],
  BANK_V1,
);

test('levers: items one level from pushing their area across τb, then across τd', () => {
  const levers = findShapeLevers(BANK_V1, LEVER_LEVELS);
  expect(summariseShape(computeAreaScores(BANK_V1, LEVER_LEVELS)).shape).toBe('Narrow T');
  expect(levers.map((lever) => [lever.itemId, lever.level, lever.threshold])).toEqual([
    // Breadth first, the lowest level first, then bank order.
    ['stats-model-validation', 1, 'breadth'],
    ['stats-probability', 2, 'breadth'],
    ['stats-estimation', 2, 'breadth'],
    ['stats-regression', 2, 'breadth'],
    ['stats-bayesian', 2, 'breadth'],
    ['stats-eda-data-quality', 2, 'breadth'],
    // ops-serving is already at 5: it cannot be raised.
    ['ops-model-cicd', 3, 'depth'],
    ['ops-infrastructure', 3, 'depth'],
    ['ops-monitoring', 3, 'depth'],
    ['ops-feature-consistency', 3, 'depth'],
    ['ops-release-rollback', 3, 'depth'],
  ]);
  expect(levers[0]).toEqual({
    area: 'statistics',
    itemId: 'stats-model-validation',
    title: 'Model validation',
    level: 1,
    threshold: 'breadth',
    scoreBefore: expect.closeTo(36.667, 2),
    scoreAfter: 40,
    shapeAfter: 'T-shaped',
  });
  expect(levers.at(-1)).toMatchObject({ scoreAfter: 70, shapeAfter: 'Π-shaped' });
});

test('levers are exactly the items whose next level changes nDeep or nBroad', () => {
  const counts = (responses: Record<string, number>) => {
    const { nDeep, nBroad } = summariseShape(computeAreaScores(BANK_V1, responses));
    return [nDeep, nBroad];
  };
  const leverIds = new Set(findShapeLevers(BANK_V1, LEVER_LEVELS).map((l) => l.itemId));
  for (const [itemId, level] of Object.entries(LEVER_LEVELS)) {
    if (level === 5) continue;
    const changes =
      JSON.stringify(counts({ ...LEVER_LEVELS, [itemId]: level + 1 })) !==
      JSON.stringify(counts(LEVER_LEVELS));
    expect(changes, itemId).toBe(leverIds.has(itemId));
  }
});

test('no levers when no area is one level from a threshold, or nothing is answered', () => {
  expect(findShapeLevers(BANK_V1, buildLevels({}, BANK_V1))).toEqual([]);
  expect(findShapeLevers(BANK_V1, {})).toEqual([]);
});

// Statistics 70 (the home area), Business 30, Production 36.67, Experimentation
// 3.33, Deployment 40.
const STEP_LEVELS = buildLevelsInOrder(
  [
    ...[3, 4, 4, 3, 4, 3], // Statistics: 70
    ...[2, 1, 2, 1, 2, 1], // Business communication: 30
    ...[2, 2, 1, 2, 2, 2], // Production software: 36.67, the nearest below τb
    ...[0, 0, 1, 0, 0, 0], // Experimentation: 3.33
    ...[2, 2, 2, 2, 2, 2], // Deployment: 40, already broad
  ],
  BANK_V1,
);

test('next steps: broaden the area nearest below τb, deepen the home area, then broaden more', () => {
  expect(suggestNextSteps(BANK_V1, STEP_LEVELS)).toEqual([
    {
      kind: 'broaden',
      area: 'production-software',
      itemId: 'eng-environments',
      title: BANK_V1.areas[2]?.items[2]?.title,
      level: 1,
      nextLevel: 2,
      anchor: anchorOf('eng-environments', 2),
    },
    {
      kind: 'deepen',
      area: 'statistics',
      itemId: 'stats-probability',
      title: 'Probability and distributions',
      level: 3,
      nextLevel: 4,
      anchor: anchorOf('stats-probability', 4),
    },
    {
      kind: 'broaden',
      area: 'business-communication',
      itemId: 'biz-stakeholders',
      title: BANK_V1.areas[1]?.items[1]?.title,
      level: 1,
      nextLevel: 2,
      anchor: anchorOf('biz-stakeholders', 2),
    },
  ]);
});

test('next steps: more are taken as asked, remaining broadening before remaining deepening', () => {
  const steps = suggestNextSteps(BANK_V1, STEP_LEVELS, 6);
  expect(steps.map((step) => [step.kind, step.itemId, step.level])).toEqual([
    ['broaden', 'eng-environments', 1],
    ['deepen', 'stats-probability', 3],
    ['broaden', 'biz-stakeholders', 1],
    ['broaden', 'exp-test-design', 0],
    ['deepen', 'stats-bayesian', 3],
    ['deepen', 'stats-eda-data-quality', 3],
  ]);
  expect(suggestNextSteps(BANK_V1, STEP_LEVELS, 0)).toEqual([]);
});

test('next steps: when every area is broad, deepen the home area toward Expert', () => {
  const levels = buildLevels(
    {
      statistics: 3,
      'business-communication': 2,
      'production-software': 4,
      experimentation: 2,
      deployment: 3,
    },
    BANK_V1,
  );
  const steps = suggestNextSteps(BANK_V1, levels);
  expect(steps.map((step) => [step.kind, step.itemId, step.nextLevel])).toEqual([
    ['deepen', 'eng-code-quality', 5],
    ['deepen', 'eng-testing-ci', 5],
    ['deepen', 'eng-environments', 5],
  ]);
  expect(steps[0]?.anchor).toBe(anchorOf('eng-code-quality', 5));
});

test('next steps: all zeros broadens the first areas; all fives has nothing left to suggest', () => {
  const zeros = suggestNextSteps(BANK_V1, buildLevels({}, BANK_V1));
  expect(zeros.map((step) => [step.kind, step.itemId, step.nextLevel])).toEqual([
    ['broaden', 'stats-probability', 1],
    ['broaden', 'biz-problem-framing', 1],
    ['broaden', 'eng-code-quality', 1],
  ]);
  const fives = buildLevels(
    {
      statistics: 5,
      'business-communication': 5,
      'production-software': 5,
      experimentation: 5,
      deployment: 5,
    },
    BANK_V1,
  );
  expect(suggestNextSteps(BANK_V1, fives)).toEqual([]);
});

test('next steps never suggest an unanswered item', () => {
  const steps = suggestNextSteps(BANK_V1, { 'stats-regression': 1, 'ops-serving': 0 }, 5);
  expect(steps.map((step) => step.itemId)).toEqual(['stats-regression', 'ops-serving']);
});

test('bands name the highest level the mean level reaches', () => {
  const band = (score: number) => describeBand(score).name;
  expect([0, 19.99, 20, 39.99, 40, 59.99].map(band)).toEqual([
    'Not yet',
    'Not yet',
    'Aware',
    'Aware',
    'Working',
    'Working',
  ]);
  expect([60, 79.99, 80, 99.99, 100].map(band)).toEqual([
    'Practitioner',
    'Practitioner',
    'Advanced',
    'Advanced',
    'Expert',
  ]);
  // Scores as the engine computes them: 20 × 17 / 6 = 56.67 is Working, 20 × 18 / 6 = 60 Practitioner.
  expect(band((20 * 17) / 6)).toBe('Working');
  expect(band((20 * 18) / 6)).toBe('Practitioner');
  expect(describeBand(60)).toMatchObject({
    level: 3,
    meaning: 'Has done it end to end, independently',
  });
});

test('bands clamp scores outside 0–100', () => {
  expect(describeBand(-5).name).toBe('Not yet');
  expect(describeBand(120).name).toBe('Expert');
  expect(describeBand(Number.NaN).name).toBe('Not yet');
});
