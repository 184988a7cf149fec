import { expect, test } from 'vitest';
import { BANK_V1 } from '../data/bank-v1';
import { QUESTION_BANK } from '../data/question-bank';
import { buildLevelsInOrder } from '../testing/builders';
import { buildGrowthPlan, reviewPlanSteps, describeLevelStep } from './growth-plan';
import { renderPlanMarkdown } from './growth-plan-markdown';

// Bank 2, items in bank order: Statistics 7, Business 6, Production 6, Experimentation 7,
// Deployment 7.
const RESPONSES = buildLevelsInOrder([
  ...[3, 3, 3, 3, 2, 2, 2], // Statistics: 18/7 → 51.4
  ...[2, 2, 2, 2, 1, 1], // Business communication: 10/6 → 33.3
  ...[1, 1, 1, 1, 1, 1], // Production software: 20
  ...[4, 4, 4, 3, 3, 3, 3], // Experimentation: 24/7 → 68.6
  ...[0, 0, 0, 0, 0, 0, 0], // Deployment: 0
]);
const RESULT = { bankVersion: 2, responses: RESPONSES };
const TARGET = {
  statistics: 50,
  'business-communication': 40,
  'production-software': 60,
  experimentation: 70,
  deployment: 20,
};

const summarise = (plan: ReturnType<typeof buildGrowthPlan>) =>
  plan.steps.map((step) => `${step.itemId} ${step.fromLevel}→${step.toLevel} ${step.reason}`);

test('a step that makes an area deep comes first, then the wanted area, then the largest gap', () => {
  const plan = buildGrowthPlan({ result: RESULT, target: TARGET, growthAreas: ['deployment'] });
  expect(plan.status).toBe('gap');
  expect(summarise(plan)).toEqual([
    // Experimentation at 68.6 with a target of 70: one level on its lowest item (3, first
    // in bank order) takes it to 71.4, deep.
    'exp-metric-design 3→4 becomes-deep',
    // Deployment is wanted and 20 below its target: its lowest items are all at 0.
    'ops-serving 0→1 wanted-area',
    // Still wanted and below target after the first Deployment step.
    'ops-training-at-scale 0→1 wanted-area',
  ]);
  const [first] = plan.steps;
  expect(first?.scoreBefore).toBeCloseTo(68.571, 3);
  expect(first?.scoreAfter).toBeCloseTo(71.429, 3);
  // The behaviour to reach is the bank's own anchor for the next level.
  const item = QUESTION_BANK.areas[3]?.items[3];
  expect(first?.anchor).toBe(item?.anchors[4]);
  expect(first?.project.length).toBeGreaterThan(40);
  expect(first?.evidence).toMatch(/^The /);
  expect(first?.why).toBe(
    'Takes Experimentation from 69 to 71: deep (70 or more), as the target asks.',
  );
});

test('without wanted areas the largest gap leads, one level at a time, re-ranked after each', () => {
  const plan = buildGrowthPlan({ result: RESULT, target: TARGET, growthAreas: [] });
  expect(summarise(plan)).toEqual([
    'exp-metric-design 3→4 becomes-deep',
    // Production software is 40 below; after one step, 36.7 below: still the largest.
    'eng-code-quality 1→2 largest-gap',
    'eng-testing-ci 1→2 largest-gap',
  ]);
});

test('a step that makes an area broad counts only where the target asks for breadth', () => {
  // Business communication at 33.3: a level on one of six items adds 3.3, short of 40.
  // Statistics at 40 − 1 level: raise Statistics to just under 40 instead.
  const responses = { ...RESPONSES, ...buildLevelsInOrder([2, 2, 2, 2, 2, 2, 1]) };
  const broad = buildGrowthPlan({
    result: { bankVersion: 2, responses },
    target: { statistics: 45, 'production-software': 100 },
    growthAreas: [],
  });
  expect(summarise(broad)[0]).toBe('stats-forecasting 1→2 becomes-broad');
  const notAsked = buildGrowthPlan({
    result: { bankVersion: 2, responses },
    target: { statistics: 39.9, 'production-software': 100 },
    growthAreas: [],
  });
  expect(summarise(notAsked)[0]).toBe('eng-code-quality 1→2 largest-gap');
});

test('gaps per area and per sub-skill, with what the target asks of each area', () => {
  const plan = buildGrowthPlan({ result: RESULT, target: TARGET, growthAreas: ['deployment'] });
  expect(
    plan.areas.map((area) => [area.area, Math.round(area.gap ?? NaN), area.asks, area.wanted]),
  ).toEqual([
    ['statistics', -1, 'broad', false],
    ['business-communication', 7, 'broad', false],
    ['production-software', 40, 'broad', false],
    ['experimentation', 1, 'deep', false],
    ['deployment', 20, null, true],
  ]);
  // Target 70 → every sub-skill at level 4 meets it (⌈70/20⌉ = 4).
  const experimentation = plan.areas[3]?.subSkills.map((each) => [each.level, each.gap]);
  expect(experimentation).toEqual([
    [4, 0],
    [4, 0],
    [4, 0],
    [3, 1],
    [3, 1],
    [3, 1],
    [3, 1],
  ]);
  expect(plan.areas[0]?.subSkills[0]?.targetLevel).toBe(3);
});

test('a target met everywhere says so, and suggests a step towards the next depth', () => {
  const plan = buildGrowthPlan({
    result: RESULT,
    target: { statistics: 40, experimentation: 60 },
    growthAreas: [],
  });
  expect(plan.status).toBe('target-met');
  expect(plan.notes.map((note) => note.kind)).toContain('target-met');
  // Experimentation, 68.6, is the strongest area not deep yet.
  expect(summarise(plan)).toEqual(['exp-metric-design 3→4 next-depth']);
  const allDeep = buildGrowthPlan({
    result: { bankVersion: 2, responses: buildLevelsInOrder(Array(33).fill(5)) },
    target: { statistics: 40 },
    growthAreas: [],
  });
  expect(allDeep.status).toBe('target-met');
  expect(allDeep.steps).toEqual([]);
});

test('a wanted area without a gap is named, and only gets a step when there is room', () => {
  const plan = buildGrowthPlan({
    result: RESULT,
    target: { experimentation: 70, statistics: 50 },
    growthAreas: ['statistics'],
  });
  expect(plan.notes).toContainEqual({
    kind: 'wanted-met',
    area: 'statistics',
    message:
      'You want to grow in Statistics, and you already meet the target there (51 against 50).',
  });
  expect(summarise(plan)).toEqual([
    'exp-metric-design 3→4 becomes-deep',
    // Experimentation meets its target after that step; Statistics is wanted.
    'stats-feature-engineering 2→3 wanted-beyond-target',
    'stats-model-tuning 2→3 wanted-beyond-target',
  ]);
});

test('missing areas: no score or no target gives no gap and no step, and a note', () => {
  const noDeployment = Object.fromEntries(
    Object.entries(RESPONSES).filter(([id]) => !id.startsWith('ops-')),
  );
  const plan = buildGrowthPlan({
    result: { bankVersion: 2, responses: noDeployment },
    target: { deployment: 60, statistics: 80 },
    growthAreas: [],
  });
  const deployment = plan.areas.find((area) => area.area === 'deployment');
  expect(deployment).toMatchObject({ score: null, target: 60, gap: null });
  expect(plan.steps.every((step) => step.area === 'statistics')).toBe(true);
  expect(plan.notes.map((note) => note.kind)).toEqual([
    'no-target',
    'no-target',
    'no-target',
    'not-answered',
  ]);
});

test('a bank-1 result is planned on its kept sub-skills and asks for a retake for the rest', () => {
  const responses = Object.fromEntries(
    BANK_V1.areas.flatMap((area) => area.items.map((item) => [item.id, 2])),
  );
  const plan = buildGrowthPlan({
    result: { bankVersion: 1, responses },
    target: { statistics: 80 },
    growthAreas: [],
  });
  // Statistics scores on its own bank: six items at 2 → 40. Retired items (probability,
  // Bayesian) and new ones (feature engineering…) get no step.
  expect(plan.areas[0]?.score).toBe(40);
  expect(summarise(plan)).toEqual([
    'stats-estimation 2→3 largest-gap',
    'stats-regression 2→3 largest-gap',
    'stats-eda-data-quality 2→3 largest-gap',
  ]);
  expect(plan.steps[0]?.scoreAfter).toBeCloseTo(43.333, 3);
  expect(plan.areas[0]?.subSkills.map((each) => each.level)).toEqual([
    2,
    2,
    2,
    2,
    null,
    null,
    null,
  ]);
  expect(plan.notes.find((note) => note.kind === 'older-bank')?.message).toMatch(
    /Retake on the current questions/,
  );
});

test('after a retake, each kept step says what moved', () => {
  const later = {
    bankVersion: 2,
    responses: { 'exp-metric-design': 4, 'ops-serving': 0, 'stats-estimation': 1 },
  };
  const review = reviewPlanSteps(
    [
      { itemId: 'exp-metric-design', fromLevel: 3, toLevel: 4 },
      { itemId: 'ops-serving', fromLevel: 0, toLevel: 1 },
      { itemId: 'stats-estimation', fromLevel: 2, toLevel: 3 },
      { itemId: 'eng-code-quality', fromLevel: 1, toLevel: 2 },
      { itemId: 'stats-bayesian', fromLevel: 1, toLevel: 2 },
    ],
    later,
  );
  expect(review.map((each) => [each.itemId, each.now, each.outcome])).toEqual([
    ['exp-metric-design', 4, 'reached'],
    ['ops-serving', 0, 'same'],
    ['stats-estimation', 1, 'lower'],
    ['eng-code-quality', null, 'not-asked'],
    ['stats-bayesian', null, 'not-asked'],
  ]);
  expect(review[4]?.title).toBe('stats-bayesian');
  expect(describeLevelStep(2, 3)).toBe('Working (2) → Practitioner (3)');
});

test('odd input never throws: unknown bank, values off the scale, unknown ids', () => {
  const plan = buildGrowthPlan({
    result: { bankVersion: 99, responses: { 'stats-estimation': 9, nope: 3 } },
    target: { statistics: Number.NaN, deployment: 50 },
    growthAreas: [],
  });
  expect(plan.steps).toEqual([]);
});

test('the Markdown for a 1:1 has the gap table, the steps with what was kept, and what moved', () => {
  const plan = buildGrowthPlan({ result: RESULT, target: TARGET, growthAreas: ['deployment'] });
  const markdown = renderPlanMarkdown(plan, {
    targetTitle: 'Senior ML engineer [Acme](https://evil.example) *now*',
    madeAt: '2026-12-04T10:00:00.000Z',
    resultCompletedAt: '2026-12-01T09:30:00.000Z',
    kept: {
      'exp-metric-design': {
        done: true,
        note: 'Ask Ada <b>',
        evidence: 'https://git.example/pr/1',
      },
    },
    review: [
      {
        itemId: 'ops-serving',
        title: 'Batch and online serving',
        fromLevel: 0,
        toLevel: 1,
        now: 1,
        outcome: 'reached',
      },
    ],
  });
  const lines = markdown.split('\n');
  expect(lines[0]).toBe(
    '# Growth plan: Senior ML engineer \\[Acme\\](https&#58;//evil&#46;example) \\*now\\*',
  );
  expect(lines).toContain('| Business communication | 33 | 40 | 7 |');
  expect(lines).toContain('| Statistics | 51 | 50 | met |');
  expect(lines).toContain('| Deployment (want to grow) | 0 | 20 | 20 |');
  expect(lines).toContain(
    '1. [x] **Metric design** (Experimentation): Practitioner (3) → Advanced (4)',
  );
  expect(lines).toContain('   - My note: Ask Ada \\<b\\>');
  expect(lines).toContain('   - My evidence: https&#58;//git&#46;example/pr/1');
  expect(lines).toContain('- Batch and online serving: 0 → 1 (aim 1), reached');
  // No unescaped "](": no link.
  expect(markdown).not.toMatch(/[^\\]\]\(/);
  expect(lines.filter((line) => /^\d\. \[ \]/.test(line))).toHaveLength(2);
});
