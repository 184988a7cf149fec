import { expect, test } from 'vitest';
import { BANK_V1 } from '../data/bank-v1';
import { buildLevels, buildLevelsInOrder } from '../testing/builders';
import { bootstrapProfile, NORMAL_QUANTILE_90, percentileInterval, studentT90 } from './bootstrap';

// Item levels in version 1's bank order: Statistics, Business communication, Production
// software, Experimentation, Deployment, six items each.
const MIXED = buildLevelsInOrder(
  [
    ...[1, 2, 3, 4, 5, 3], // Statistics: sum 18 → 60
    ...[2, 2, 3, 1, 2, 2], // Business communication: sum 12 → 40
    ...[4, 4, 3, 5, 4, 4], // Production software: sum 24 → 80
    ...[0, 1, 1, 2, 0, 1], // Experimentation: sum 5 → 16.67
    ...[3, 3, 3, 3, 3, 3], // Deployment: sum 18 → 60, all equal
  ],
  BANK_V1,
);

test('the same answers always give the same intervals and shares', () => {
  expect(bootstrapProfile(BANK_V1, MIXED)).toEqual(bootstrapProfile(BANK_V1, MIXED));
});

test('a different seed gives different draws, so the fixed seed is what makes it repeatable', () => {
  const fixed = bootstrapProfile(BANK_V1, MIXED);
  const other = bootstrapProfile(BANK_V1, MIXED, { seed: 1 });
  // Area scores are discrete (steps of 20/6), so compare P's interval, which is not.
  expect(other.positionInterval).not.toEqual(fixed.positionInterval);
});

test('an area whose items share one level has a zero-width interval', () => {
  const { areaIntervals } = bootstrapProfile(BANK_V1, MIXED);
  expect(areaIntervals.deployment).toEqual([60, 60]);
});

test('for typical answers each interval contains its point estimate and has width', () => {
  const { areaIntervals, positionInterval } = bootstrapProfile(BANK_V1, MIXED);
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

test('intervals are kept within 0–100 where stretching would pass the end of the scale', () => {
  // Statistics 0,0,0,0,0,5 → 16.67. A resample with no 5 sits at 16.67 − √(6/5) × 16.67 < 0
  // once rescaled, and Deployment 5,5,5,5,5,0 mirrors it above 100: both are clamped.
  const levels = buildLevelsInOrder(
    [...[0, 0, 0, 0, 0, 5], ...Array<number>(18).fill(2), ...[5, 5, 5, 5, 5, 0]],
    BANK_V1,
  );
  const { areaIntervals } = bootstrapProfile(BANK_V1, levels);
  expect(areaIntervals.statistics?.[0]).toBe(0);
  expect(areaIntervals.deployment?.[1]).toBe(100);
});

test('an interval is stretched for few items: √(n/(n − 1)), then t₀.₉,ₙ₋₁ / z₀.₉', () => {
  // Statistics 0,0,0,0,0,5 → s = 50/3. The number of 5s drawn is Binomial(6, 1/6):
  // P(≤ 1) = 0.74 and P(≤ 2) = 0.94, so the 90th percentile resample draws two 5s,
  // 2s after rescaling by √(6/5) at the stretched distance s × √(6/5), and t₀.₉,₅ / z₀.₉
  // widens it again. A plain percentile bootstrap would have ended at 2s = 33.3.
  const score = 50 / 3;
  const levels = buildLevelsInOrder([...[0, 0, 0, 0, 0, 5], ...Array<number>(24).fill(3)], BANK_V1);
  const { areaIntervals } = bootstrapProfile(BANK_V1, levels);
  const factor = Math.sqrt(6 / 5) * (studentT90(5) / NORMAL_QUANTILE_90);
  expect(areaIntervals.statistics?.[1]).toBeCloseTo(score + factor * score, 10);
  expect(areaIntervals.statistics?.[1]).toBeCloseTo(37.69, 2);
});

test("P's interval is widened with its own degrees of freedom: n − 1 when one area varies", () => {
  // Statistics 0,0,0,0,0,5 (50/3) and Deployment at 3 (60): P = (60 − 50/3) / (60 + 50/3).
  // Only Statistics varies, so ν = 5. Its 90th percentile resample (two 5s, 2 × 50/3 before
  // stretching) gives P's 10th percentile; with no 5 drawn P = +1, which clamps the top.
  const levels = buildLevelsInOrder(
    [...[0, 0, 0, 0, 0, 5], ...Array<number>(18).fill(0), ...Array<number>(6).fill(3)],
    BANK_V1,
  );
  const { positionInterval } = bootstrapProfile(BANK_V1, levels);
  const stats = 50 / 3;
  const position = (60 - stats) / (60 + stats);
  const resampled = stats + Math.sqrt(6 / 5) * stats;
  const low = (60 - resampled) / (60 + resampled);
  const factor = studentT90(5) / NORMAL_QUANTILE_90;
  expect(positionInterval?.[0]).toBeCloseTo(position + factor * (low - position), 10);
  expect(positionInterval?.[1]).toBe(1);
});

test('t₀.₉,ν comes from the t table, read between its rows linearly in 1/ν', () => {
  expect(studentT90(5)).toBe(1.475884);
  expect(studentT90(1)).toBe(3.077684);
  expect(studentT90(Number.POSITIVE_INFINITY)).toBe(NORMAL_QUANTILE_90);
  // Between 8 and 10: SciPy gives t.ppf(0.9, 9) = 1.383029.
  expect(studentT90(9)).toBeCloseTo(1.383029, 3);
  // Between 120 and ∞: t.ppf(0.9, 240) = 1.285089.
  expect(studentT90(240)).toBeCloseTo(1.285089, 3);
  // Fewer than one degree of freedom never happens; it reads as one.
  expect(studentT90(0)).toBe(3.077684);
});

test('the shape frequency follows the resampled scores', () => {
  // Statistics 3,4,3,4,3,4 → exactly 70, the rest all at level 2 → 40: T-shaped.
  // A resample keeps Statistics deep when at least 3 of its 6 draws are 4s:
  // P(Binomial(6, ½) ≥ 3) = 42/64 = 0.656; otherwise nothing is deep: Generalist.
  const levels = buildLevelsInOrder([3, 4, 3, 4, 3, 4, ...Array<number>(24).fill(2)], BANK_V1);
  const { shapeShares, areaIntervals } = bootstrapProfile(BANK_V1, levels);
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
  const { shapeShares } = bootstrapProfile(BANK_V1, buildLevels({ statistics: 4 }, BANK_V1));
  expect(shapeShares['I-shaped']).toBe(1);
});

test('an area with no answer has no interval', () => {
  const { areaIntervals } = bootstrapProfile(BANK_V1, { 'stats-probability': 3 });
  expect(areaIntervals.statistics).toEqual([60, 60]);
  expect(areaIntervals.deployment).toBeNull();
});

test('with no signal in any resample, P has no interval', () => {
  const { positionInterval } = bootstrapProfile(BANK_V1, buildLevels({}, BANK_V1));
  expect(positionInterval).toBeNull();
});

test('resamples without enough signal are skipped for the P interval, not counted as 0', () => {
  // Statistics answers 1 and 0 (A = 10, Σ|w|A = 10 → P = −1). A resample drawing
  // 0, 0 has no signal and is skipped; all others give P = −1 exactly.
  const { positionInterval } = bootstrapProfile(BANK_V1, {
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
