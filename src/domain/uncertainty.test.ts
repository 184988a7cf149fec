import { expect, test } from 'vitest';
import type { QuestionBank } from '../data/bank-types';
import { BANK_V2 } from '../data/bank-v2';
import { buildLevels } from '../testing/builders';
import { SHAPE_NAMES } from './shape';
import { ANSWER_ERROR, computeUncertainty } from './uncertainty';

// One item per area: small enough to work out by hand.
const ONE_ITEM: QuestionBank = {
  ...BANK_V2,
  areas: BANK_V2.areas.map((area) => ({ ...area, items: area.items.slice(0, 1) })),
};
const firstItem = (index: number) => ONE_ITEM.areas[index]?.items[0]?.id ?? '';

test('the answer error: a neighbouring level about one time in three', () => {
  expect(ANSWER_ERROR).toEqual({ slip: 0.35, bigSlip: 0 });
});

test('one answer at 3: the calm-day level is 2–3 at 80%, and a retake reaches 4 or 5 about 26% of the time', () => {
  // The calm-day level given an answer of 3, each level weighed by how likely it makes a
  // 3 (0.65 to stay, 0.175 each to slip up or down): 2: 0.175, 3: 0.65, 4: 0.175. No single
  // level holds 80%; [2, 3] and [3, 4] hold 82.5% each, and [2, 3] is nearer the middle
  // of the scale: scores 40–60.
  // A retake at 4 or 5 (a score of at least 70): from 3, +1 (0.175); from 4, anything
  // but −1 (0.825): 0.65 × 0.175 + 0.175 × 0.825 = 0.258125.
  const { areas } = computeUncertainty(ONE_ITEM, { [firstItem(0)]: 3 });
  expect(areas.statistics?.interval).toEqual([40, 60]);
  expect(areas.statistics?.retakeDeep).toBeCloseTo(0.258125, 12);
  // Below 2 (a score under 40) only from a calm 2 retaken at 1: 0.175 × 0.175 = 0.030625.
  expect(areas.statistics?.retakeBroad).toBeCloseTo(1 - 0.030625, 12);
  expect(areas.deployment).toBeNull();
});

test('an answer at an end of the scale: the calm day may only be above (or below) it', () => {
  // Given a 0: level 0 makes a 0 with 0.825 (stay, or slip down and stay on the scale),
  // level 1 with 0.175. 0 alone holds 82.5%.
  const low = computeUncertainty(ONE_ITEM, { [firstItem(0)]: 0 });
  expect(low.areas.statistics?.interval).toEqual([0, 0]);
  // Seven flat answers of 0 on bank 2: not a zero-width interval any more.
  const flat = computeUncertainty(BANK_V2, buildLevels({}));
  const [from, to] = flat.areas.statistics?.interval ?? [NaN, NaN];
  expect(from).toBe(0);
  expect(to).toBeGreaterThan(0);
});

test('flat answers get an interval around them, as wide as answer error makes it', () => {
  const { areas } = computeUncertainty(BANK_V2, buildLevels({ statistics: 3, deployment: 2 }));
  const [low, high] = areas.statistics?.interval ?? [NaN, NaN];
  expect(low).toBeLessThan(60);
  expect(high).toBeGreaterThan(60);
  // Seven items: a sum of levels moves in steps of 20/7 points; answer error spreads it
  // by about ±1.2 levels of the sum, so the interval is a few steps wide, not the scale.
  expect(high - low).toBeGreaterThanOrEqual((3 * 20) / 7 - 1e-9);
  expect(high - low).toBeLessThanOrEqual((5 * 20) / 7 + 1e-9);
});

test('the chance of each shape sums to 1, and clear answers give one shape nearly always', () => {
  const clear = computeUncertainty(BANK_V2, buildLevels({ statistics: 5, deployment: 0 }));
  const total = SHAPE_NAMES.reduce((sum, shape) => sum + clear.shapeChances[shape], 0);
  expect(total).toBeCloseTo(1, 12);
  expect(clear.shapeChances['I-shaped']).toBeGreaterThan(0.99);
});

test('an area on the depth line splits the retakes between two shapes', () => {
  // Statistics at 3.5 on average (70, the depth line): four items at 4, three at 3.
  const responses = {
    ...buildLevels({ 'business-communication': 3, 'production-software': 3, experimentation: 3 }),
    'stats-estimation': 4,
    'stats-regression': 4,
    'stats-eda-data-quality': 4,
    'stats-model-validation': 4,
    'stats-feature-engineering': 3,
    'stats-model-tuning': 3,
    'stats-forecasting': 3,
  };
  const { shapeChances, areas } = computeUncertainty(BANK_V2, responses);
  // 4 × 4 + 3 × 3 = 25 of 35: a score of 71.4, just deep.
  expect(areas.statistics?.retakeDeep).toBeGreaterThan(0.3);
  expect(areas.statistics?.retakeDeep).toBeLessThan(0.8);
  expect(shapeChances['T-shaped']).toBeGreaterThan(0.2);
  expect(shapeChances.Generalist).toBeGreaterThan(0.2);
});

test('the same answers always give the same uncertainty', () => {
  const responses = buildLevels({ statistics: 4, experimentation: 2, deployment: 1 });
  expect(computeUncertainty(BANK_V2, responses)).toEqual(computeUncertainty(BANK_V2, responses));
});

test('the position interval holds the position, and needs enough signal to exist', () => {
  const placed = computeUncertainty(BANK_V2, buildLevels({ statistics: 4, deployment: 1 }));
  const [low, high] = placed.positionInterval ?? [NaN, NaN];
  // P = (−80 + 20) / (80 + 20) = −0.6.
  expect(low).toBeLessThanOrEqual(-0.6);
  expect(high).toBeGreaterThanOrEqual(-0.6);
  expect(high - low).toBeGreaterThan(0);
  // One answer at level 1: a Statistics score of 20, Σ|w|A = 20 < 40. Most draws have
  // too little to place, so there is no interval to show.
  const single = computeUncertainty(BANK_V2, { 'stats-estimation': 1 });
  expect(single.positionInterval).toBeNull();
});
