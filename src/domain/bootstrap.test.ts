import { expect, test } from 'vitest';
import { QUESTION_BANK } from '../data/question-bank';
import { buildLevels, buildLevelsInOrder } from '../testing/builders';
import { bootstrapProfile, percentileInterval } from './bootstrap';

// Item levels in bank order: Statistics, Business communication, Production
// software, Experimentation, Deployment, six items each.
const MIXED = buildLevelsInOrder([
  ...[1, 2, 3, 4, 5, 3], // Statistics: sum 18 → 60
  ...[2, 2, 3, 1, 2, 2], // Business communication: sum 12 → 40
  ...[4, 4, 3, 5, 4, 4], // Production software: sum 24 → 80
  ...[0, 1, 1, 2, 0, 1], // Experimentation: sum 5 → 16.67
  ...[3, 3, 3, 3, 3, 3], // Deployment: sum 18 → 60, all equal
]);

test('the same answers always give the same intervals and shares', () => {
  expect(bootstrapProfile(QUESTION_BANK, MIXED)).toEqual(bootstrapProfile(QUESTION_BANK, MIXED));
});

test('a different seed gives different draws, so the fixed seed is what makes it repeatable', () => {
  const fixed = bootstrapProfile(QUESTION_BANK, MIXED);
  const other = bootstrapProfile(QUESTION_BANK, MIXED, { seed: 1 });
  // Area scores are discrete (steps of 20/6), so compare P's interval, which is not.
  expect(other.positionInterval).not.toEqual(fixed.positionInterval);
});

test('an area whose items share one level has a zero-width interval', () => {
  const { areaIntervals } = bootstrapProfile(QUESTION_BANK, MIXED);
  expect(areaIntervals.deployment).toEqual([60, 60]);
});

test('for typical answers each interval contains its point estimate and has width', () => {
  const { areaIntervals, positionInterval } = bootstrapProfile(QUESTION_BANK, MIXED);
  const points = {
    statistics: 60,
    'business-communication': 40,
    'production-software': 80,
    experimentation: 100 / 6,
  } as const;
  for (const [id, point] of Object.entries(points)) {
    const interval = areaIntervals[id as keyof typeof points];
    if (!interval) throw new Error(`${id} has an interval`);
    expect(interval[0]).toBeLessThanOrEqual(point);
    expect(interval[1]).toBeGreaterThanOrEqual(point);
    expect(interval[1]).toBeGreaterThan(interval[0]);
  }
  // P = (−60 − 0.75 × 16.67 + 0.75 × 80 + 60) / (60 + 12.5 + 60 + 60) = 47.5 / 192.5 = 0.2468
  if (!positionInterval) throw new Error('P has an interval');
  expect(positionInterval[0]).toBeLessThanOrEqual(0.2468);
  expect(positionInterval[1]).toBeGreaterThanOrEqual(0.2468);
});

test('intervals never leave the range of the levels given', () => {
  // Statistics levels run 1..5, so resampled scores stay within 20..100.
  const { areaIntervals } = bootstrapProfile(QUESTION_BANK, MIXED);
  const [low, high] = areaIntervals.statistics ?? [Number.NaN, Number.NaN];
  expect(low).toBeGreaterThanOrEqual(20);
  expect(high).toBeLessThanOrEqual(100);
});

test('the shape frequency follows the resampled scores', () => {
  // Statistics 3,4,3,4,3,4 → exactly 70, the rest all at level 2 → 40: T-shaped.
  // A resample keeps Statistics deep when at least 3 of its 6 draws are 4s:
  // P(Binomial(6, ½) ≥ 3) = 42/64 = 0.656; otherwise nothing is deep: Generalist.
  const levels = buildLevelsInOrder([3, 4, 3, 4, 3, 4, ...Array<number>(24).fill(2)]);
  const { shapeShares, areaIntervals } = bootstrapProfile(QUESTION_BANK, levels);
  // 1,000 resamples: standard error √(0.656 × 0.344 / 1000) ≈ 0.015.
  expect(shapeShares['T-shaped']).toBeGreaterThan(0.6);
  expect(shapeShares['T-shaped']).toBeLessThan(0.71);
  expect(shapeShares.Generalist).toBeCloseTo(1 - shapeShares['T-shaped'], 10);
  expect(shapeShares['Comb-shaped']).toBe(0);
  // Its interval straddles 70: resampled Statistics falls either side.
  const [low, high] = areaIntervals.statistics ?? [70, 70];
  expect(low).toBeLessThan(70);
  expect(high).toBeGreaterThanOrEqual(70);
});

test('every resample agrees on the shape when nothing can vary', () => {
  const { shapeShares } = bootstrapProfile(QUESTION_BANK, buildLevels({ statistics: 4 }));
  expect(shapeShares['I-shaped']).toBe(1);
});

test('an area with no answer has no interval', () => {
  const { areaIntervals } = bootstrapProfile(QUESTION_BANK, { 'stats-probability': 3 });
  expect(areaIntervals.statistics).toEqual([60, 60]);
  expect(areaIntervals.deployment).toBeNull();
});

test('with no signal in any resample, P has no interval', () => {
  const { positionInterval } = bootstrapProfile(QUESTION_BANK, buildLevels({}));
  expect(positionInterval).toBeNull();
});

test('resamples without enough signal are skipped for the P interval, not counted as 0', () => {
  // Statistics answers 1 and 0 (A = 10, Σ|w|A = 10 → P = −1). A resample drawing
  // 0, 0 has no signal and is skipped; all others give P = −1 exactly.
  const { positionInterval } = bootstrapProfile(QUESTION_BANK, {
    'stats-probability': 1,
    'stats-estimation': 0,
  });
  expect(positionInterval).toEqual([-1, -1]);
});

test('the interval is the 10th and 90th percentiles of the resampled values', () => {
  const [low, high] = percentileInterval([10, 1, 9, 2, 8, 3, 7, 4, 6, 5]);
  expect(low).toBeCloseTo(1.9, 10);
  expect(high).toBeCloseTo(9.1, 10);
});
