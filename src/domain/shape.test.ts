import { expect, test } from 'vitest';
import type { AreaScores } from './area-scores';
import { SHAPE_RULES, classifyShape, countBroad, countDeep, summariseShape } from './shape';

test('no depth and fewer than three broad areas is Emerging', () => {
  expect(classifyShape([0, 0, 0, 0, 0])).toBe('Emerging');
  // 69.9 is just short of τd and 39.9 of τb: two broad areas, none deep.
  expect(classifyShape([69.9, 40, 39.9, 39.9, 0])).toBe('Emerging');
  expect(classifyShape([])).toBe('Emerging');
});

test('no depth and three or more broad areas is Generalist, counting exactly 40 as broad', () => {
  expect(classifyShape([40, 40, 40, 0, 0])).toBe('Generalist');
  expect(classifyShape([69.9, 69.9, 69.9, 69.9, 69.9])).toBe('Generalist');
});

test('one deep area with at most two broad ones is I-shaped, counting exactly 70 as deep', () => {
  expect(classifyShape([70, 0, 0, 0, 0])).toBe('I-shaped');
  expect(classifyShape([70, 40, 39.9, 0, 0])).toBe('I-shaped');
  expect(classifyShape([100])).toBe('I-shaped');
});

test('one deep area with exactly three broad ones is a Narrow T', () => {
  expect(classifyShape([70, 40, 40, 39.9, 0])).toBe('Narrow T');
});

test('one deep area with four or more broad ones is T-shaped', () => {
  expect(classifyShape([70, 40, 40, 40, 0])).toBe('T-shaped');
  expect(classifyShape([100, 60, 60, 60, 60])).toBe('T-shaped');
});

test('two deep areas are Π-shaped, however broad the rest', () => {
  expect(classifyShape([70, 70, 0, 0, 0])).toBe('Π-shaped');
  expect(classifyShape([70, 70, 40, 40, 40])).toBe('Π-shaped');
});

test('three or more deep areas are Comb-shaped', () => {
  expect(classifyShape([70, 70, 70, 0, 0])).toBe('Comb-shaped');
  expect(classifyShape([100, 100, 100, 100, 100])).toBe('Comb-shaped');
});

test('counts use ≥ at both thresholds, and a deep area is also broad', () => {
  expect(countDeep([69.99, 70, 100])).toBe(2);
  expect(countBroad([39.99, 40, 70])).toBe(2);
});

test('depth is the highest score and every tied area is a home area, in bank order', () => {
  const scores: AreaScores = {
    statistics: 80,
    'business-communication': 40,
    'production-software': 20,
    experimentation: 60,
    deployment: 80,
  };
  expect(summariseShape(scores)).toEqual({
    depth: 80,
    homeAreas: ['statistics', 'deployment'],
    nDeep: 2,
    nBroad: 4,
    shape: 'Π-shaped',
  });
});

test('a missing area is neither broad nor deep, and the shape uses the areas present', () => {
  const scores: AreaScores = {
    statistics: 80,
    'business-communication': 40,
    'production-software': 40,
    experimentation: 40,
    deployment: null,
  };
  expect(summariseShape(scores)).toEqual({
    depth: 80,
    homeAreas: ['statistics'],
    nDeep: 1,
    nBroad: 4,
    shape: 'T-shaped',
  });
});

test('all areas at zero: depth 0, every area tied for home; no area at all: no depth', () => {
  const zeros: AreaScores = {
    statistics: 0,
    'business-communication': 0,
    'production-software': 0,
    experimentation: 0,
    deployment: 0,
  };
  expect(summariseShape(zeros).depth).toBe(0);
  expect(summariseShape(zeros).homeAreas).toHaveLength(5);
  expect(summariseShape(zeros).shape).toBe('Emerging');

  const none: AreaScores = {
    statistics: null,
    'business-communication': null,
    'production-software': null,
    experimentation: null,
    deployment: null,
  };
  expect(summariseShape(none)).toEqual({
    depth: null,
    homeAreas: [],
    nDeep: 0,
    nBroad: 0,
    shape: 'Emerging',
  });
});

test('every pair of deep and broad counts matches exactly one shape rule', () => {
  for (let deep = 0; deep <= 5; deep += 1) {
    for (let broad = deep; broad <= 5; broad += 1) {
      const matching = SHAPE_RULES.filter(
        (rule) =>
          deep >= rule.deep.min &&
          (rule.deep.max === null || deep <= rule.deep.max) &&
          broad >= rule.broad.min &&
          (rule.broad.max === null || broad <= rule.broad.max),
      );
      expect(matching, `${deep} deep, ${broad} broad`).toHaveLength(1);
    }
  }
});
