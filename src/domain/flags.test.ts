import { expect, test } from 'vitest';
import { BANK_V1 } from '../data/bank-v1';
import { BANK_V2 } from '../data/bank-v2';
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
  STRAIGHT_LINE_RUN,
} from './flags';

const calibration = (responses: Record<string, number>) =>
  detectCalibrationFlags(BANK_V1, responses, computeAreaScores(BANK_V1, responses));

test('calibration: a claim of depth (70 or more) with 0 of 2 checks correct is flagged', () => {
  // Statistics 3,4,3,4,3,4 → 70 exactly: deep, and both checks missed.
  const responses = {
    ...buildLevelsInOrder([3, 4, 3, 4, 3, 4], BANK_V1),
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

test('calibration: below depth a missed check is not flagged, nor is an area with no score', () => {
  // Statistics 3,4,3,4,3,3 → 20 × 20 / 6 = 66.67: practitioner, not a claim of depth.
  const below = {
    ...buildLevelsInOrder([3, 4, 3, 4, 3, 3], BANK_V1),
    ...buildChecks({ statistics: 0, deployment: 0 }, BANK_V1),
  };
  expect(calibration(below)).toEqual([]);
  expect(
    calibration({
      ...buildLevels({ statistics: 3 }, BANK_V1),
      ...buildChecks({ statistics: 0 }, BANK_V1),
    }),
  ).toEqual([]);
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

test('straight-line: one level above "Not yet" on every item is flagged with the whole run', () => {
  const threes = Object.fromEntries(
    BANK_V2.areas.flatMap((area) => area.items.map((item) => [item.id, 3])),
  );
  expect(detectStraightLining(BANK_V2, threes)).toEqual({
    kind: 'straight-line',
    level: 3,
    run: 33,
  });
});

test('straight-line: "Not yet" on every item is not flagged, in either bank', () => {
  expect(detectStraightLining(BANK_V1, buildLevels({}, BANK_V1))).toBeNull();
  expect(detectStraightLining(BANK_V2, buildLevels({}, BANK_V2))).toBeNull();
});

// Bank 2 in quiz order: Statistics 7, Business communication 6, Production software 6,
// Experimentation 7, Deployment 7 items.
const NO_EXPERIMENTS_NO_DEPLOYMENT = [
  ...[3, 4, 2, 3, 3, 2, 1], // Statistics
  ...[2, 3, 3, 2, 1, 2], // Business communication
  ...[1, 2, 2, 1, 3, 1], // Production software
  ...[0, 0, 0, 0, 0, 0, 0], // Experimentation
  ...[0, 0, 0, 0, 0, 0, 0], // Deployment
];

test('straight-line: no Experimentation and no Deployment work, 14 "Not yet" in a row, is not flagged', () => {
  const responses = { ...buildLevelsInOrder(NO_EXPERIMENTS_NO_DEPLOYMENT, BANK_V2), 'foil-2': 0 };
  expect(detectStraightLining(BANK_V2, responses)).toBeNull();
});

test('straight-line: a run of 10 above "Not yet" is flagged even after a longer run of "Not yet"', () => {
  // Business communication and Production software's first four items at 2, a run of 10.
  const levels = NO_EXPERIMENTS_NO_DEPLOYMENT.map((level, index) =>
    index >= 7 && index < 17 ? 2 : level,
  );
  expect(detectStraightLining(BANK_V2, buildLevelsInOrder(levels, BANK_V2))).toEqual({
    kind: 'straight-line',
    level: 2,
    run: 10,
  });
});

test('straight-line: a "Not yet" ends a run like any other level', () => {
  // 3 everywhere but the 10th and 20th items: runs of 9, 9 and 13.
  const levels = Array.from({ length: 33 }, (_, index) => (index === 9 || index === 19 ? 0 : 3));
  expect(detectStraightLining(BANK_V2, buildLevelsInOrder(levels, BANK_V2))).toEqual({
    kind: 'straight-line',
    level: 3,
    run: 13,
  });
  const nines = levels.map((level, index) => (index === 29 ? 0 : level));
  expect(detectStraightLining(BANK_V2, buildLevelsInOrder(nines, BANK_V2))).toBeNull();
});

test('straight-line: no area is as long as a flagged run, so one area at one level is never enough', () => {
  for (const bank of [BANK_V1, BANK_V2]) {
    for (const area of bank.areas) expect(area.items.length).toBeLessThan(STRAIGHT_LINE_RUN);
  }
  // Statistics all Expert, its neighbours at other levels.
  const levels = NO_EXPERIMENTS_NO_DEPLOYMENT.map((level, index) => (index < 7 ? 5 : level));
  expect(detectStraightLining(BANK_V2, buildLevelsInOrder(levels, BANK_V2))).toBeNull();
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
