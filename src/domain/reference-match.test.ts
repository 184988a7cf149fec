import { expect, test } from 'vitest';
import type { AreaId } from '../data/bank-types';
import {
  NEAR_REFERENCE_GAP,
  REFERENCE_PROFILES,
  type ReferenceProfile,
} from '../data/reference-profiles';
import type { AreaScores } from './area-scores';
import { describeNearest, findNearestReferences } from './reference-match';

const AREA_IDS: readonly AreaId[] = [
  'statistics',
  'business-communication',
  'production-software',
  'experimentation',
  'deployment',
];

test('the reference profiles are the roles of DESIGN.md and an ML platform engineer, each a full 0–100 vector', () => {
  expect(REFERENCE_PROFILES.map((profile) => profile.name)).toEqual([
    'Data scientist — decision',
    'Data scientist — modelling',
    'ML engineer',
    'Analytics engineer',
    'Full-stack data scientist',
    'Data analyst',
    'Data engineer',
    'Applied / research scientist',
    'ML platform engineer',
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
    statistics: 50,
    'business-communication': 30,
    'production-software': 80,
    experimentation: 40,
    deployment: 80,
  };
  // ML platform engineer (25, 40, 75, 15, 90): √(25² + 10² + 5² + 25² + 10²) = √1475 = 38.41,
  // a gap of √(1475 / 5) = 17.18 points per area: near too. Full-stack (65, 55, 65, 60, 60)
  // and data engineer (20, 40, 85, 15, 65) follow at √1875.
  expect(findNearestReferences(mlEngineer)).toEqual([
    { id: 'ml-engineer', name: 'ML engineer', distance: 0, gap: 0, near: true },
    {
      id: 'ml-platform-engineer',
      name: 'ML platform engineer',
      distance: expect.closeTo(Math.sqrt(1475), 10),
      gap: expect.closeTo(Math.sqrt(295), 10),
      near: true,
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
  // |80 − 80| = 0 for modelling; research (75) at 5; decision and full-stack (65) tie at 15:
  // decision is listed first.
  const match = (id: string, name: string, distance: number) => ({
    id,
    name,
    distance,
    gap: distance,
    near: true,
  });
  expect(findNearestReferences(statisticsOnly, 4)).toEqual([
    match('data-scientist-modelling', 'Data scientist — modelling', 0),
    match('applied-research-scientist', 'Applied / research scientist', 5),
    match('data-scientist-decision', 'Data scientist — decision', 15),
    match('full-stack-data-scientist', 'Full-stack data scientist', 15),
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
    { id: 'mid', name: 'mid', distance: expect.closeTo(Math.sqrt(500), 10), gap: 10, near: true },
    {
      id: 'low',
      name: 'low',
      distance: expect.closeTo(Math.sqrt(4500), 10),
      gap: expect.closeTo(30, 10),
      near: false,
    },
  ]);
});

test('a profile far from every role is told that none is near, and how far the least far is', () => {
  // Everything at 5: the nearest role, the data analyst (45, 75, 35, 40, 10), is
  // √((40² + 70² + 30² + 35² + 5²) / 5) = √(8650 / 5) = 41.6 points away per area.
  const beginner = Object.fromEntries(AREA_IDS.map((area) => [area, 5])) as AreaScores;
  const matches = findNearestReferences(beginner);
  expect(matches.map((each) => each.near)).toEqual([false, false]);
  expect(matches[0]?.gap).toBeGreaterThan(NEAR_REFERENCE_GAP);
  expect(describeNearest(matches)).toBe(
    'No reference profile is near: the least far, Data analyst, is 42 points away per area — a map, not a ruler.',
  );
});

test('only the near references are named; one near one is named alone', () => {
  const near = { id: 'a', name: 'A', distance: 20, gap: 9, near: true };
  const far = { id: 'b', name: 'B', distance: 90, gap: 40, near: false };
  expect(describeNearest([near, far])).toBe('Nearest reference profile: A — a map, not a ruler.');
  expect(describeNearest([near, { ...near, name: 'C' }])).toBe(
    'Nearest reference profiles: A and then C — a map, not a ruler.',
  );
  expect(describeNearest([])).toBeNull();
});

test('the threshold sits where it reads right: one level (20 points) per area is near, 30 is not', () => {
  const at = (points: number) =>
    Object.fromEntries(AREA_IDS.map((area) => [area, points])) as AreaScores;
  const flatReference = (level: number) => [
    {
      id: 'r',
      name: 'r',
      description: '',
      areas: Object.fromEntries(AREA_IDS.map((area) => [area, level])) as Record<AreaId, number>,
    },
  ];
  expect(findNearestReferences(at(50), 1, flatReference(70))[0]?.near).toBe(true);
  expect(findNearestReferences(at(50), 1, flatReference(80))[0]?.near).toBe(false);
});
