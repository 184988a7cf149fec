import fc from 'fast-check';
import { expect, test } from 'vitest';
import { BANK_V1 } from '../data/bank-v1';
import { QUESTION_BANK } from '../data/question-bank';
import { buildChecks, buildLevels, buildLevelsInOrder, buildTimings } from '../testing/builders';
import { borderlineLine, computeProfile, isBorderline, stateShapes } from './profile';

const ALL_AREAS = [
  'statistics',
  'business-communication',
  'production-software',
  'experimentation',
  'deployment',
];

test('all zeros: Emerging, no signal for the spectrum, intervals that allow a little more', () => {
  const profile = computeProfile(BANK_V1, {
    ...buildLevels({}, BANK_V1),
    ...buildChecks({}, BANK_V1),
  });
  expect(profile.shape).toBe('Emerging');
  expect(profile.shapeAgreement).toBeCloseTo(1, 4);
  expect(profile.statedShapes).toEqual(['Emerging']);
  expect(profile.depth).toBe(0);
  expect(profile.homeAreas).toEqual(ALL_AREAS);
  expect([profile.nDeep, profile.nBroad]).toEqual([0, 0]);
  expect(profile.spectrum).toEqual({ position: null, interval: null, signal: 0, business: 0 });
  // Six answers of 0: each calm-day level is 0 (0.825) or 1 (0.175), so the six sum to 0
  // with 0.315, at most 1 with 0.716, at most 2 with 0.929: [0, 2] of 30.
  for (const area of profile.areas) {
    expect(area).toMatchObject({ score: 0, deep: false, broad: false, borderline: false });
    expect(area.interval?.[0]).toBe(0);
    expect(area.interval?.[1]).toBeCloseTo(20 / 3, 12);
  }
  // Thirty "Not yet" in a row is someone new to all of it, not careless answering.
  expect(profile.flags).toEqual([]);
});

test('all fives: Comb-shaped, P exactly 0, every area a home area', () => {
  const fives = buildLevels(
    {
      statistics: 5,
      'business-communication': 5,
      'production-software': 5,
      experimentation: 5,
      deployment: 5,
    },
    BANK_V1,
  );
  const profile = computeProfile(BANK_V1, { ...fives, ...buildChecks({}, BANK_V1) });
  expect(profile.shape).toBe('Comb-shaped');
  expect(profile.shapeAgreement).toBeCloseTo(1, 4);
  expect([profile.depth, profile.nDeep, profile.nBroad]).toEqual([100, 5, 5]);
  expect(profile.homeAreas).toEqual(ALL_AREAS);
  // (−100 − 75 + 75 + 100) / 350 = 0; a retake could tip it either way a little.
  expect(profile.spectrum).toMatchObject({ position: 0, signal: 350, business: 100 });
  const [low, high] = profile.spectrum.interval ?? [NaN, NaN];
  expect(low).toBeLessThan(0);
  expect(high).toBeGreaterThan(0);
  expect(high).toBeLessThan(0.1);
  // (100, 100, 100, 100, 100) is nearest the full-stack data scientist (65, 55, 65, 60, 60):
  // √(35² + 45² + 35² + 40² + 40²) = √7675 = 87.6, a gap of √1535 = 39.2 per area: not near.
  expect(profile.nearest[0]).toEqual({
    id: 'full-stack-data-scientist',
    name: 'Full-stack data scientist',
    distance: expect.closeTo(Math.sqrt(7675), 10),
    gap: expect.closeTo(Math.sqrt(1535), 10),
    near: false,
  });
});

test('a typical T-shape: readings, spectrum and the nearest references', () => {
  const responses = {
    ...buildLevelsInOrder(
      [
        ...[4, 4, 3, 4, 4, 5], // Statistics: 20 × 24 / 6 = 80, deep
        ...[2, 3, 2, 2, 3, 2], // Business communication: 20 × 14 / 6 = 46.67
        ...[2, 3, 2, 1, 3, 3], // Production software: 20 × 14 / 6 = 46.67
        ...[3, 2, 2, 3, 2, 2], // Experimentation: 20 × 14 / 6 = 46.67
        ...[1, 1, 0, 2, 1, 1], // Deployment: 20 × 6 / 6 = 20
      ],
      BANK_V1,
    ),
    ...buildChecks({}, BANK_V1),
  };
  const profile = computeProfile(BANK_V1, responses, buildTimings(6000, BANK_V1));
  expect(profile.areas.map((area) => area.score)).toEqual([80, 280 / 6, 280 / 6, 280 / 6, 20]);
  expect(profile.shape).toBe('T-shaped');
  expect([profile.nDeep, profile.nBroad, profile.depth]).toEqual([1, 4, 80]);
  expect(profile.homeAreas).toEqual(['statistics']);
  expect(profile.areas[0]).toMatchObject({
    id: 'statistics',
    name: 'Statistics',
    deep: true,
    broad: true,
    checksCorrect: 2,
    checksTotal: 2,
  });
  // P = (−80 − 0.75 × 46.67 + 0.75 × 46.67 + 20) / (80 + 35 + 35 + 20) = −60 / 170 = −0.3529.
  expect(profile.spectrum.position).toBeCloseTo(-60 / 170, 10);
  expect(profile.spectrum.signal).toBeCloseTo(170, 10);
  expect(profile.spectrum.business).toBeCloseTo(46.667, 2);
  // Every interval holds its point estimate.
  for (const area of profile.areas) {
    const [low, high] = area.interval ?? [Number.NaN, Number.NaN];
    expect(low).toBeLessThanOrEqual(area.score ?? Number.NaN);
    expect(high).toBeGreaterThanOrEqual(area.score ?? Number.NaN);
  }
  const [low, high] = profile.spectrum.interval ?? [Number.NaN, Number.NaN];
  expect(low).toBeLessThanOrEqual(-60 / 170);
  expect(high).toBeGreaterThanOrEqual(-60 / 170);
  expect(profile.shapeAgreement).toBeGreaterThan(0);
  expect(profile.shapeAgreement).toBeLessThan(1);
  // Modelling (80, 45, 50, 40, 30): 0² + (5/3)² + (10/3)² + (20/3)² + 10² = 158.33 → 12.58,
  // a gap of √(158.33 / 5) = 5.63 per area. Applied / research (75, 40, 65, 45, 40), as
  // src/data/reference-profiles.ts now has it (recomputed by hand when it moved from
  // 85, 35, 65, 65, 35): 5² + (20/3)² + (55/3)² + (5/3)² + 20² = 808.33 → 28.43, a gap of
  // √(808.33 / 5) = 12.71. Both near.
  expect(profile.nearest).toEqual([
    {
      id: 'data-scientist-modelling',
      name: 'Data scientist — modelling',
      distance: expect.closeTo(Math.sqrt(158 + 1 / 3), 10),
      gap: expect.closeTo(Math.sqrt((158 + 1 / 3) / 5), 10),
      near: true,
    },
    {
      id: 'applied-research-scientist',
      name: 'Applied / research scientist',
      distance: expect.closeTo(Math.sqrt(808 + 1 / 3), 10),
      gap: expect.closeTo(Math.sqrt((808 + 1 / 3) / 5), 10),
      near: true,
    },
  ]);
  expect(profile.flags).toEqual([]);
});

test('tied depths make every tied area a home area', () => {
  const levels = buildLevels({ statistics: 4, deployment: 4, experimentation: 2 }, BANK_V1);
  const profile = computeProfile(BANK_V1, levels);
  expect(profile.depth).toBe(80);
  expect(profile.homeAreas).toEqual(['statistics', 'deployment']);
  expect(profile.shape).toBe('Π-shaped');
});

test('a missing area has no score or interval and is left out of the shape and P', () => {
  // Four areas' items only: Deployment, the last area, is not answered at all.
  const levels = buildLevelsInOrder(
    [...Array<number>(6).fill(4), ...Array<number>(18).fill(2)],
    BANK_V1,
  );
  const profile = computeProfile(BANK_V1, levels);
  expect(profile.areas[4]).toMatchObject({
    id: 'deployment',
    score: null,
    interval: null,
    deep: false,
    broad: false,
    borderline: false,
  });
  // Four areas present: 80, 40, 40, 40 → one deep, four broad.
  expect(profile.shape).toBe('T-shaped');
  // P = (−80 − 30 + 30) / (80 + 30 + 30) = −80 / 140 = −0.5714.
  expect(profile.spectrum.position).toBeCloseTo(-80 / 140, 10);
  expect(profile.nearest).toHaveLength(2);
});

test('no answers at all still give a profile', () => {
  const profile = computeProfile(BANK_V1, {});
  expect(profile.areas.every((area) => area.score === null && area.interval === null)).toBe(true);
  expect(profile).toMatchObject({
    depth: null,
    homeAreas: [],
    nDeep: 0,
    nBroad: 0,
    shape: 'Emerging',
    shapeAgreement: 1,
    statedShapes: ['Emerging'],
    spectrum: { position: null, interval: null, signal: 0, business: null },
    flags: [],
    nearest: [],
  });
});

test('scores exactly on τd and τb are deep and broad, and borderline on their lines', () => {
  // Statistics 3,4,3,4,3,4 → 70 exactly; everything else at 2 → 40 exactly.
  const levels = buildLevelsInOrder([3, 4, 3, 4, 3, 4, ...Array<number>(24).fill(2)], BANK_V1);
  const profile = computeProfile(BANK_V1, levels);
  expect(profile.areas[0]).toMatchObject({
    score: 70,
    deep: true,
    borderline: true,
    line: 'depth',
  });
  expect(profile.areas[1]).toMatchObject({
    score: 40,
    broad: true,
    borderline: true,
    line: 'breadth',
  });
  expect(profile.shape).toBe('T-shaped');
  // Every area sits on a line: a retake agrees on T-shaped far from always, so the
  // headline states two shapes, T-shaped among them.
  expect(profile.shapeAgreement).toBeLessThan(0.5);
  expect(profile.statedShapes).toHaveLength(2);
  expect(profile.statedShapes).toContain('T-shaped');
});

test('borderline means the interval reaches both sides of 70 or 40 under "≥": low < τ ≤ high', () => {
  expect(borderlineLine([63.3, 76.7])).toBe('depth');
  expect(borderlineLine([33.3, 46.7])).toBe('breadth');
  expect(borderlineLine([35, 75])).toBe('depth');
  expect(borderlineLine([40, 60])).toBeNull();
  expect(isBorderline([36, 40])).toBe(true);
  expect(isBorderline([63.3, 76.7])).toBe(true);
  expect(isBorderline([66.7, 70])).toBe(true);
  expect(isBorderline([70, 76.7])).toBe(false);
  expect(isBorderline([60, 69.9])).toBe(false);
  expect(isBorderline([70, 70])).toBe(false);
  expect(isBorderline(null)).toBe(false);
});

test('the same answers always give the same profile, intervals included', () => {
  const responses = buildLevelsInOrder(
    [1, 2, 3, 4, 5, 0, 2, 2, 3, 1, 4, 2, 5, 4, 4, 3, 2, 4, 0, 1, 1, 2, 3, 0, 3, 4, 2, 2, 1, 3],
    BANK_V1,
  );
  expect(computeProfile(BANK_V1, responses)).toEqual(computeProfile(BANK_V1, { ...responses }));
});

test('flags never change a score, an interval, the shape or the spectrum', () => {
  const levels = buildLevelsInOrder(
    [4, 4, 3, 4, 4, 5, 2, 3, 2, 2, 3, 2, 2, 3, 2, 1, 3, 3, 3, 2, 2, 3, 2, 2, 1, 1, 0, 2, 1, 1],
    BANK_V1,
  );
  const honest = computeProfile(
    BANK_V1,
    { ...levels, ...buildChecks({}, BANK_V1) },
    buildTimings(6000, BANK_V1),
  );
  const flagged = computeProfile(
    BANK_V1,
    { ...levels, ...buildChecks({ statistics: 0 }, BANK_V1), 'foil-1': 4 },
    buildTimings(300, BANK_V1),
  );
  expect(honest.flags).toEqual([]);
  expect(flagged.flags.map((flag) => flag.kind)).toEqual(['calibration', 'overclaim', 'fast']);
  expect({ ...flagged, flags: [], areas: [] }).toEqual({ ...honest, flags: [], areas: [] });
  expect(flagged.areas.map(({ score, interval }) => [score, interval])).toEqual(
    honest.areas.map(({ score, interval }) => [score, interval]),
  );
  expect(flagged.areas[0]?.checksCorrect).toBe(0);
});

const ITEM_IDS = QUESTION_BANK.areas.flatMap((area) => area.items.map((item) => item.id));
const OTHER_IDS = [
  ...QUESTION_BANK.areas.flatMap((area) => area.checks.map((check) => check.id)),
  ...QUESTION_BANK.foils.map((foil) => foil.id),
];
const anyResponses = fc.dictionary(
  fc.oneof(fc.constantFrom(...ITEM_IDS, ...OTHER_IDS), fc.string()),
  fc.integer({ min: 0, max: 5 }),
  { maxKeys: 40 },
);

test('property: computeProfile never throws, and keeps scores in [0, 100] and P in [−1, 1]', () => {
  fc.assert(
    fc.property(
      anyResponses,
      fc.dictionary(fc.constantFrom(...ITEM_IDS), fc.nat({ max: 20_000 })),
      (responses, timings) => {
        const profile = computeProfile(QUESTION_BANK, responses, timings);
        for (const area of profile.areas) {
          for (const value of [area.score, ...(area.interval ?? [])]) {
            if (value === null) continue;
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
          }
        }
        const { position, interval } = profile.spectrum;
        for (const value of [position, ...(interval ?? [])]) {
          if (value === null) continue;
          expect(value).toBeGreaterThanOrEqual(-1);
          expect(value).toBeLessThanOrEqual(1);
        }
        expect(profile.shapeAgreement).toBeGreaterThanOrEqual(0);
        expect(profile.shapeAgreement).toBeLessThanOrEqual(1 + 1e-12);
        expect(profile.statedShapes).toContain(profile.shape);
        expect(profile.statedShapes.length).toBeLessThanOrEqual(2);
      },
    ),
    // Each run draws the position 1,000 times; 40 runs keep the suite at a few seconds.
    { numRuns: 40 },
  );
});

test('one shape is stated when at least 80% of retakes agree, else the two likeliest', () => {
  const chances = {
    Emerging: 0,
    Generalist: 0.1,
    'I-shaped': 0,
    'Narrow T': 0,
    'T-shaped': 0.8,
    'Π-shaped': 0.1,
    'Comb-shaped': 0,
  };
  expect(stateShapes('T-shaped', chances)).toEqual(['T-shaped']);
  const split = { ...chances, 'T-shaped': 0.55, 'Π-shaped': 0.35 };
  expect(stateShapes('T-shaped', split)).toEqual(['T-shaped', 'Π-shaped']);
  // The answers' own shape is always stated, the likelier first.
  const tipped = { ...chances, 'T-shaped': 0.4, 'Π-shaped': 0.5 };
  expect(stateShapes('T-shaped', tipped)).toEqual(['Π-shaped', 'T-shaped']);
});

test('a single answer at level 1 is not enough to place anyone on the spectrum', () => {
  const profile = computeProfile(QUESTION_BANK, { 'stats-estimation': 1 });
  expect(profile.spectrum).toMatchObject({ position: null, interval: null, signal: 20 });
});
