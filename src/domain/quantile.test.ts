import { expect, test } from 'vitest';
import { median, quantileOfSorted } from './quantile';

test('quantiles interpolate between order statistics (type 7, as R and NumPy)', () => {
  const sorted = [10, 20, 30, 40];
  // h = (4 − 1) × 0.1 = 0.3 → 10 + 0.3 × (20 − 10) = 13; NumPy: percentile([10,20,30,40], 10) = 13.
  expect(quantileOfSorted(sorted, 0.1)).toBeCloseTo(13, 10);
  // h = 3 × 0.9 = 2.7 → 30 + 0.7 × 10 = 37.
  expect(quantileOfSorted(sorted, 0.9)).toBeCloseTo(37, 10);
  expect(quantileOfSorted(sorted, 0.5)).toBe(25);
  expect(quantileOfSorted(sorted, 0)).toBe(10);
  expect(quantileOfSorted(sorted, 1)).toBe(40);
});

test('the 10th and 90th percentiles of 1..10 are 1.9 and 9.1', () => {
  const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  // h = 9 × 0.1 = 0.9 → 1.9; h = 9 × 0.9 = 8.1 → 9 + 0.1 = 9.1.
  expect(quantileOfSorted(sorted, 0.1)).toBeCloseTo(1.9, 10);
  expect(quantileOfSorted(sorted, 0.9)).toBeCloseTo(9.1, 10);
});

test('a sample of one value, or of equal values, gives exactly that value', () => {
  expect(quantileOfSorted([42], 0.1)).toBe(42);
  expect(quantileOfSorted([60, 60, 60], 0.9)).toBe(60);
  expect(quantileOfSorted(Float64Array.from([70, 70]), 0.37)).toBe(70);
});

test('an empty sample or a p outside [0, 1] is refused', () => {
  expect(() => quantileOfSorted([], 0.5)).toThrow(RangeError);
  expect(() => quantileOfSorted([1, 2], 1.5)).toThrow(RangeError);
  expect(() => quantileOfSorted([1, 2], Number.NaN)).toThrow(RangeError);
});

test('the median sorts first and averages the middle two of an even sample', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4000, 500, 900, 700])).toBe(800);
});
