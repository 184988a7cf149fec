import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { AreaScores } from './area-scores';
import {
  SPECTRUM_ORDER,
  SPECTRUM_SIGNAL_THRESHOLD,
  computeSpectrumPosition,
  computeSpectrumSignal,
  spectrumSide,
} from './spectrum';

const scoresOf = (overrides: Partial<Record<keyof AreaScores, number | null>>): AreaScores => ({
  statistics: 0,
  'business-communication': 0,
  'production-software': 0,
  experimentation: 0,
  deployment: 0,
  ...overrides,
});

test('P = Σ wA / Σ|w|A', () => {
  // Statistics 60, Deployment 80, others 0 → P = (−60 + 80) / (60 + 80) = 0.142857…
  const scores = scoresOf({ statistics: 60, deployment: 80 });
  expect(computeSpectrumPosition(scores)).toBeCloseTo(0.142857142857, 10);
  expect(computeSpectrumSignal(scores)).toBe(140);
  // Experimentation 80, Production software 40 → (−60 + 30) / (60 + 30) = −1/3.
  expect(
    computeSpectrumPosition(scoresOf({ experimentation: 80, 'production-software': 40 })),
  ).toBeCloseTo(-1 / 3, 10);
});

test('one side only sits at the end of the axis', () => {
  expect(computeSpectrumPosition(scoresOf({ statistics: 50, experimentation: 50 }))).toBe(-1);
  expect(computeSpectrumPosition(scoresOf({ deployment: 40 }))).toBe(1);
});

test('P is exactly 0 when Statistics = Deployment and Experimentation = Production software', () => {
  // (−60 − 0.75 × 40 + 0.75 × 40 + 60) / (60 + 30 + 30 + 60) = 0 / 180.
  const balanced = scoresOf({
    statistics: 60,
    experimentation: 40,
    'production-software': 40,
    deployment: 60,
  });
  expect(computeSpectrumPosition(balanced)).toBe(0);
  // All fives: (−100 − 75 + 75 + 100) / 350 = 0, and +0 rather than −0.
  const allFives = scoresOf({
    statistics: 100,
    'business-communication': 100,
    'production-software': 100,
    experimentation: 100,
    deployment: 100,
  });
  expect(Object.is(computeSpectrumPosition(allFives), 0)).toBe(true);
});

test('Business communication weighs nothing: it moves neither the position nor the signal', () => {
  const without = scoresOf({ statistics: 60, deployment: 80 });
  const withBusiness = scoresOf({ statistics: 60, deployment: 80, 'business-communication': 100 });
  expect(computeSpectrumPosition(withBusiness)).toBe(computeSpectrumPosition(without));
  expect(computeSpectrumSignal(withBusiness)).toBe(140);
  expect(computeSpectrumPosition(scoresOf({ 'business-communication': 100 }))).toBeNull();
});

test('not enough signal just below Σ|w|A = 40 (one area at Working); a position at exactly 40', () => {
  expect(SPECTRUM_SIGNAL_THRESHOLD).toBe(40);
  expect(computeSpectrumSignal(scoresOf({ statistics: 39.99 }))).toBe(39.99);
  expect(computeSpectrumPosition(scoresOf({ statistics: 39.99 }))).toBeNull();
  expect(computeSpectrumPosition(scoresOf({ statistics: 40 }))).toBe(-1);
  // A single answer at level 1 (Statistics 20) no longer puts anyone at the Stats end.
  expect(computeSpectrumPosition(scoresOf({ statistics: 20 }))).toBeNull();
  // 0.75 × 32 + 1 × 15.9 = 39.9 → null; 0.75 × 32 + 1 × 16 = 40 → (24 − 16) / 40 = 0.2.
  expect(
    computeSpectrumPosition(scoresOf({ 'production-software': 32, statistics: 15.9 })),
  ).toBeNull();
  expect(
    computeSpectrumPosition(scoresOf({ 'production-software': 32, statistics: 16 })),
  ).toBeCloseTo(0.2, 10);
});

test('all zeros has no signal', () => {
  expect(computeSpectrumSignal(scoresOf({}))).toBe(0);
  expect(computeSpectrumPosition(scoresOf({}))).toBeNull();
});

test('missing areas are left out of both sums', () => {
  // Statistics and Deployment missing: (−0.75 × 40 + 0.75 × 80) / (30 + 60) = 1/3.
  const scores = scoresOf({
    statistics: null,
    deployment: null,
    experimentation: 40,
    'production-software': 80,
  });
  expect(computeSpectrumPosition(scores)).toBeCloseTo(1 / 3, 10);
  expect(computeSpectrumSignal(scores)).toBe(90);
});

const areaScore = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });

test('property: P is null or within [−1, 1]', () => {
  fc.assert(
    fc.property(
      fc.record({
        statistics: areaScore,
        'business-communication': areaScore,
        'production-software': areaScore,
        experimentation: areaScore,
        deployment: areaScore,
      }),
      (scores) => {
        const position = computeSpectrumPosition(scores);
        if (position !== null) {
          expect(position).toBeGreaterThanOrEqual(-1);
          expect(position).toBeLessThanOrEqual(1);
        }
        expect(position === null).toBe(computeSpectrumSignal(scores) < SPECTRUM_SIGNAL_THRESHOLD);
      },
    ),
  );
});

test('the spectrum order runs from the Stats end to the Engineering end', () => {
  expect(SPECTRUM_ORDER).toEqual([
    'statistics',
    'experimentation',
    'business-communication',
    'production-software',
    'deployment',
  ]);
});

test('each area sits on its side of the spectrum, Business communication in the middle', () => {
  expect(SPECTRUM_ORDER.map(spectrumSide)).toEqual([
    'stats',
    'stats',
    'neutral',
    'engineering',
    'engineering',
  ]);
});
