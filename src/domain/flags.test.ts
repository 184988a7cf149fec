import { expect, test } from 'vitest';
import { BANK_V1 } from '../data/bank-v1';
import {
  buildChecks,
  buildLevels,
  buildLevelsInOrder,
  buildTimings,
  onlyFoil,
} from '../testing/builders';
import { computeAreaScores } from './area-scores';
import {
  detectCalibrationFlags,
  detectFastAnswering,
  detectFlags,
  detectOverclaim,
  detectStraightLining,
} from './flags';

const calibration = (responses: Record<string, number>) =>
  detectCalibrationFlags(BANK_V1, responses, computeAreaScores(BANK_V1, responses));

test('calibration: a score of 60 or more with 0 of 2 checks correct is flagged', () => {
  const responses = {
    ...buildLevels({ statistics: 3 }, BANK_V1),
    ...buildChecks({ statistics: 0 }, BANK_V1),
  };
  expect(calibration(responses)).toEqual([
    { kind: 'calibration', area: 'statistics', checksCorrect: 0, checksTotal: 2 },
  ]);
});

test('calibration: one correct check out of two is not flagged', () => {
  const responses = {
    ...buildLevels({ experimentation: 5 }, BANK_V1),
    ...buildChecks({ experimentation: 1 }, BANK_V1),
  };
  expect(calibration(responses)).toEqual([]);
});

test('calibration: below 60 a missed check is not flagged, nor is an area with no score', () => {
  // Statistics 3,3,3,3,3,2 → 20 × 17 / 6 = 56.67: the person did not claim practitioner level.
  const below = {
    ...buildLevelsInOrder([3, 3, 3, 3, 3, 2], BANK_V1),
    ...buildChecks({ statistics: 0, deployment: 0 }, BANK_V1),
  };
  expect(calibration(below)).toEqual([]);
});

test('calibration: an unanswered check is not evidence, so the area is not flagged', () => {
  const responses = {
    ...buildLevels({ statistics: 4 }, BANK_V1),
    ...buildChecks({ statistics: 0 }, BANK_V1),
  };
  delete responses['stats-check-2'];
  expect(calibration(responses)).toEqual([]);
});

test('overclaim: the foil rated at or above its flagFromLevel (2) is flagged', () => {
  expect(onlyFoil(BANK_V1).flagFromLevel).toBe(2);
  expect(detectOverclaim(BANK_V1, { 'foil-1': 2 })).toEqual({
    kind: 'overclaim',
    foilId: 'foil-1',
    foilLevel: 2,
  });
  expect(detectOverclaim(BANK_V1, { 'foil-1': 5 })).toEqual({
    kind: 'overclaim',
    foilId: 'foil-1',
    foilLevel: 5,
  });
});

test('overclaim: "heard the name" (1), no answer or an off-scale value is not flagged', () => {
  expect(detectOverclaim(BANK_V1, { 'foil-1': 1 })).toBeNull();
  expect(detectOverclaim(BANK_V1, {})).toBeNull();
  expect(detectOverclaim(BANK_V1, { 'foil-1': 7 })).toBeNull();
});

test('fast: a median under 1 s per rating item is flagged; exactly 1 s is not', () => {
  expect(detectFastAnswering(BANK_V1, buildTimings(800, BANK_V1))).toEqual({
    kind: 'fast',
    medianMs: 800,
  });
  expect(detectFastAnswering(BANK_V1, buildTimings(1000, BANK_V1))).toBeNull();
});

test('fast: the median, not the mean, decides', () => {
  const ids = Object.keys(buildTimings(6000, BANK_V1));
  // 16 items at 0.5 s and 14 at 5 s: the 15th and 16th of 30 are both 0.5 s.
  const mostlyFast = Object.fromEntries(ids.map((id, i) => [id, i < 16 ? 500 : 5000]));
  expect(detectFastAnswering(BANK_V1, mostlyFast)).toEqual({ kind: 'fast', medianMs: 500 });
  // 15 and 15: median (500 + 5000) / 2 = 2750.
  const halfFast = Object.fromEntries(ids.map((id, i) => [id, i < 15 ? 500 : 5000]));
  expect(detectFastAnswering(BANK_V1, halfFast)).toBeNull();
});

test('fast: judged only when more than half of the rating items have a time', () => {
  const ids = Object.keys(buildTimings(6000, BANK_V1));
  const timed = (count: number) => Object.fromEntries(ids.slice(0, count).map((id) => [id, 300]));
  expect(detectFastAnswering(BANK_V1, timed(15))).toBeNull();
  expect(detectFastAnswering(BANK_V1, timed(16))).toEqual({ kind: 'fast', medianMs: 300 });
  expect(detectFastAnswering(BANK_V1, {})).toBeNull();
});

test('fast: a time of 0 means "not measured" (a carried-over answer), never fast', () => {
  expect(detectFastAnswering(BANK_V1, buildTimings(0, BANK_V1))).toBeNull();
});

// Production software items 3–6 and all six Experimentation items at level 4: a run of 10.
const RUN_OF_TEN = [
  ...[1, 2, 1, 2, 1, 2], // Statistics
  ...[1, 2, 1, 2, 1, 2], // Business communication
  ...[1, 2, 4, 4, 4, 4], // Production software
  ...[4, 4, 4, 4, 4, 4], // Experimentation (the foil sits among these in the quiz)
  ...[1, 2, 1, 2, 1, 2], // Deployment
];

test('straight-line: 10 equal levels in a row are flagged, across areas and past the foil', () => {
  const responses = { ...buildLevelsInOrder(RUN_OF_TEN, BANK_V1), 'foil-1': 0 };
  expect(detectStraightLining(BANK_V1, responses)).toEqual({
    kind: 'straight-line',
    level: 4,
    run: 10,
  });
});

test('straight-line: a run of 9 is not flagged', () => {
  const nine = RUN_OF_TEN.map((level, index) => (index === 14 ? 3 : level));
  expect(detectStraightLining(BANK_V1, buildLevelsInOrder(nine, BANK_V1))).toBeNull();
});

test('straight-line: an unanswered item ends a run', () => {
  const responses = buildLevelsInOrder(RUN_OF_TEN, BANK_V1);
  delete responses['exp-causal-inference'];
  expect(detectStraightLining(BANK_V1, responses)).toBeNull();
});

test('straight-line: a specialist whose areas are each level is not flagged', () => {
  const byArea = buildLevels(
    {
      statistics: 4,
      'business-communication': 3,
      'production-software': 4,
      experimentation: 3,
      deployment: 2,
    },
    BANK_V1,
  );
  expect(detectStraightLining(BANK_V1, byArea)).toBeNull();
});

test('straight-line: the same level on every item is flagged with the whole run', () => {
  expect(detectStraightLining(BANK_V1, buildLevels({}, BANK_V1))).toEqual({
    kind: 'straight-line',
    level: 0,
    run: 30,
  });
});

test('all flags together come in a fixed order, and none without cause', () => {
  const responses = {
    ...buildLevelsInOrder(
      RUN_OF_TEN.map((level, index) => (index < 6 ? 4 - (index % 2) : level)),
      BANK_V1,
    ),
    ...buildChecks({ statistics: 0 }, BANK_V1),
    'foil-1': 3,
  };
  const scores = computeAreaScores(BANK_V1, responses);
  expect(
    detectFlags(BANK_V1, responses, scores, buildTimings(400, BANK_V1)).map((f) => f.kind),
  ).toEqual(['calibration', 'overclaim', 'fast', 'straight-line']);

  // Alternating levels, every check right, the foil unanswered, 6 s per item.
  const clean = {
    ...buildLevelsInOrder(RUN_OF_TEN.slice(0, 14), BANK_V1),
    ...buildChecks({}, BANK_V1),
  };
  expect(
    detectFlags(BANK_V1, clean, computeAreaScores(BANK_V1, clean), buildTimings(6000, BANK_V1)),
  ).toEqual([]);
});
