import { expect, test } from 'vitest';
import type { AreaId } from '../data/bank-types';
import { REFERENCE_PROFILES, type ReferenceProfile } from '../data/reference-profiles';
import type { AreaScores } from './area-scores';
import { findNearestReferences } from './reference-match';

const AREA_IDS: readonly AreaId[] = [
  'statistics',
  'business-communication',
  'production-software',
  'experimentation',
  'deployment',
];

test('the reference profiles are the five roles of DESIGN.md, each a full 0–100 vector', () => {
  expect(REFERENCE_PROFILES.map((profile) => profile.name)).toEqual([
    'Data scientist — decision',
    'Data scientist — modelling',
    'ML engineer',
    'Analytics engineer',
    'Full-stack data scientist',
  ]);
  const ids = REFERENCE_PROFILES.map((profile) => profile.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const profile of REFERENCE_PROFILES) {
    expect(profile.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(profile.description.length).toBeGreaterThan(0);
    expect(Object.keys(profile.areas).sort()).toEqual([...AREA_IDS].sort());
    for (const score of Object.values(profile.areas)) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
    }
  }
});

test('a profile that matches a reference exactly is at distance 0, the runner-up after it', () => {
  const mlEngineer: AreaScores = {
    statistics: 40,
    'business-communication': 30,
    'production-software': 80,
    experimentation: 25,
    deployment: 80,
  };
  // Analytics engineer (30, 55, 70, 20, 45): √(10² + 25² + 10² + 5² + 35²) = √2075 = 45.55.
  expect(findNearestReferences(mlEngineer)).toEqual([
    { id: 'ml-engineer', name: 'ML engineer', distance: 0 },
    {
      id: 'analytics-engineer',
      name: 'Analytics engineer',
      distance: expect.closeTo(Math.sqrt(2075), 10),
    },
  ]);
});

test('distance uses only the areas present; ties keep the reference order', () => {
  const statisticsOnly: AreaScores = {
    statistics: 80,
    'business-communication': null,
    'production-software': null,
    experimentation: null,
    deployment: null,
  };
  // |80 − 80| = 0 for modelling; decision and full-stack (65) tie at 15: decision is listed first.
  expect(findNearestReferences(statisticsOnly, 3)).toEqual([
    { id: 'data-scientist-modelling', name: 'Data scientist — modelling', distance: 0 },
    { id: 'data-scientist-decision', name: 'Data scientist — decision', distance: 15 },
    { id: 'full-stack-data-scientist', name: 'Full-stack data scientist', distance: 15 },
  ]);
});

test('with no area scored there is nothing to compare', () => {
  const none: AreaScores = {
    statistics: null,
    'business-communication': null,
    'production-software': null,
    experimentation: null,
    deployment: null,
  };
  expect(findNearestReferences(none)).toEqual([]);
});

test('any list of references can be matched', () => {
  const flat = (id: string, level: number): ReferenceProfile => ({
    id,
    name: id,
    description: '',
    areas: Object.fromEntries(AREA_IDS.map((area) => [area, level])) as Record<AreaId, number>,
  });
  const scores = Object.fromEntries(AREA_IDS.map((area) => [area, 50])) as AreaScores;
  // Five areas 10 apart: √(5 × 10²) = 22.36; 30 apart: √(5 × 30²) = 67.08.
  expect(findNearestReferences(scores, 2, [flat('low', 20), flat('mid', 60)])).toEqual([
    { id: 'mid', name: 'mid', distance: expect.closeTo(Math.sqrt(500), 10) },
    { id: 'low', name: 'low', distance: expect.closeTo(Math.sqrt(4500), 10) },
  ]);
});
