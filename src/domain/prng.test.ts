import { expect, test } from 'vitest';
import { createMulberry32 } from './prng';

test('mulberry32 reproduces the reference sequence for seed 1', () => {
  // The first values of bryc's reference implementation for mulberry32(1).
  const random = createMulberry32(1);
  expect(random()).toBe(0.6270739405881613);
  expect(random()).toBe(0.002735721180215478);
  expect(random()).toBe(0.5274470399599522);
});

test('the same seed gives the same sequence; another seed another one', () => {
  const draw = (seed: number) => {
    const random = createMulberry32(seed);
    return Array.from({ length: 5 }, () => random());
  };
  expect(draw(7)).toEqual(draw(7));
  expect(draw(7)).not.toEqual(draw(8));
});

test('draws lie in [0, 1) and average about one half', () => {
  const random = createMulberry32(123);
  const draws = Array.from({ length: 10_000 }, () => random());
  expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...draws)).toBeLessThan(1);
  const mean = draws.reduce((sum, x) => sum + x, 0) / draws.length;
  // The mean of 10,000 uniforms has a standard error of about 0.003.
  expect(Math.abs(mean - 0.5)).toBeLessThan(0.015);
});
