import { expect, test } from 'vitest';
import type { AreaId, QuestionBank, RatingItem } from '../data/bank-types';
import { BANK_V1 } from '../data/bank-v1';
import { buildLevelsInOrder } from '../testing/builders';
import { compareResults } from './result-change';

// Results made with version 1 (six items per area), read with it through bankVersion.
const EARLIER = {
  completedAt: '2026-08-01T09:00:00.000Z',
  bankVersion: 1,
  responses: buildLevelsInOrder(
    [
      ...[3, 3, 3, 3, 3, 3], // Statistics: 60
      ...[1, 1, 1, 1, 1, 1], // Business communication: 20
      ...[3, 3, 3, 3, 3, 3], // Production software: 60
      ...[0, 0, 0, 0, 0, 0], // Experimentation: 0
      ...[2, 2, 2, 1, 2, 2], // Deployment: 20 × 11 / 6 = 36.67
    ],
    BANK_V1,
  ),
};

const LATER = {
  completedAt: '2026-11-20T10:00:00.000Z',
  bankVersion: 1,
  responses: buildLevelsInOrder(
    [
      ...[3, 3, 3, 3, 3, 0], // Statistics: 20 × 15 / 6 = 50, so −10
      ...[2, 0, 1, 1, 1, 1], // Business communication: one up, one down, still 20
      ...[3, 3, 3, 3, 3, 3], // Production software: 60
      ...[0, 0, 0, 0, 0, 0], // Experimentation: 0
      ...[2, 2, 2, 2, 2, 5], // Deployment: 20 × 15 / 6 = 50, so +20 × 4 / 6 = +13.33
    ],
    BANK_V1,
  ),
};

test('per-area change is the later score minus the earlier one, unrounded', () => {
  const { areas } = compareResults(EARLIER, LATER);
  expect(areas.map(({ area, name }) => [area, name])).toEqual([
    ['statistics', 'Statistics'],
    ['business-communication', 'Business communication'],
    ['production-software', 'Production software'],
    ['experimentation', 'Experimentation'],
    ['deployment', 'Deployment'],
  ]);
  expect(areas.map(({ before, after, change }) => [before, after, change])).toEqual([
    [60, 50, -10],
    [20, 20, 0],
    [60, 60, 0],
    [0, 0, 0],
    [expect.closeTo(110 / 3), 50, expect.closeTo(40 / 3)],
  ]);
});

test('items: each rating item with its two levels, changed or the same', () => {
  const { items } = compareResults(EARLIER, LATER);
  expect(items).toHaveLength(30);
  expect(items.filter((item) => item.status === 'changed')).toEqual([
    {
      area: 'statistics',
      itemId: 'stats-eda-data-quality',
      title: 'Exploratory analysis and data quality',
      before: 3,
      after: 0,
      status: 'changed',
    },
    {
      area: 'business-communication',
      itemId: 'biz-problem-framing',
      title: 'Problem framing and metric choice',
      before: 1,
      after: 2,
      status: 'changed',
    },
    {
      area: 'business-communication',
      itemId: 'biz-stakeholders',
      title: 'Stakeholder expectations',
      before: 1,
      after: 0,
      status: 'changed',
    },
    {
      area: 'deployment',
      itemId: 'ops-monitoring',
      title: 'Monitoring and alerting',
      before: 1,
      after: 2,
      status: 'changed',
    },
    {
      area: 'deployment',
      itemId: 'ops-release-rollback',
      title: 'Canary and shadow releases, rollback',
      before: 2,
      after: 5,
      status: 'changed',
    },
  ]);
  expect(items.filter((item) => item.status === 'same')).toHaveLength(25);
});

test('summary: one line per area that moved, score rounded, levels by name', () => {
  const change = compareResults(EARLIER, LATER);
  expect(change.summary).toEqual([
    'Statistics −10: Exploratory analysis and data quality Practitioner → Not yet',
    'Business communication (same score): Problem framing and metric choice Aware → Working, Stakeholder expectations Aware → Not yet',
    'Deployment +13: Monitoring and alerting Aware → Working, Canary and shadow releases, rollback Working → Expert',
  ]);
  expect(change.bankNote).toBeNull();
});

test('the same answers twice: "No change", every change 0, every item the same', () => {
  const change = compareResults(EARLIER, { ...EARLIER, completedAt: '2026-11-20T10:00:00.000Z' });
  expect(change.summary).toEqual(['No change']);
  expect(change.areas.map((area) => area.change)).toEqual([0, 0, 0, 0, 0]);
  expect(change.items.every((item) => item.status === 'same')).toBe(true);
  expect(change.bankNote).toBeNull();
});

test('an area without a score on either side has a null change', () => {
  const change = compareResults(
    {
      completedAt: '2026-08-01T09:00:00.000Z',
      bankVersion: 1,
      responses: { 'stats-probability': 2 },
    },
    {
      completedAt: '2026-11-20T10:00:00.000Z',
      bankVersion: 1,
      responses: { 'stats-probability': 2, 'exp-test-design': 3 },
    },
  );
  expect(
    change.areas.map(({ area, before, after, change: delta }) => [area, before, after, delta]),
  ).toEqual([
    ['statistics', 40, 40, 0],
    ['business-communication', null, null, null],
    ['production-software', null, null, null],
    ['experimentation', null, 60, null],
    ['deployment', null, null, null],
  ]);
  expect(change.summary).toEqual([
    'Experimentation no score → 60: Test design Not answered → Practitioner',
  ]);
});

const rating = (id: string, title: string): RatingItem => ({
  kind: 'rating',
  id,
  title,
  hint: `${title}, in one line`,
  anchors: ['Level 0', 'Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5'],
});

const smallBank = (
  version: number,
  items: Readonly<Partial<Record<AreaId, readonly RatingItem[]>>>,
): QuestionBank => ({
  version,
  areas: [
    {
      id: 'statistics',
      name: 'Statistics',
      shortName: 'Stats',
      summary: 'Stats.',
      items: items.statistics ?? [],
      checks: [],
    },
    {
      id: 'deployment',
      name: 'Deployment',
      shortName: 'Ops',
      summary: 'Ops.',
      items: items.deployment ?? [],
      checks: [],
    },
  ],
  foils: [
    {
      kind: 'foil',
      id: 'foil-1',
      title: 'Made-up method',
      hint: 'None',
      anchors: ['0', '1', '2', '3', '4', '5'],
      flagFromLevel: 3,
    },
  ],
  checksPerArea: 2,
  foilPlacement: { area: 'deployment', afterItem: 1 },
});

// v2 drops "Canary releases" (ops-canary) and adds "Feature stores" (ops-features).
const SMALL_V1 = smallBank(1, {
  statistics: [rating('stats-a', 'Estimation'), rating('stats-b', 'Regression')],
  deployment: [rating('ops-rollback', 'Rollback'), rating('ops-canary', 'Canary releases')],
});
const SMALL_V2 = smallBank(2, {
  statistics: [rating('stats-a', 'Estimation'), rating('stats-b', 'Regression')],
  deployment: [rating('ops-rollback', 'Rollback'), rating('ops-features', 'Feature stores')],
});
const BANKS = { current: SMALL_V2, byVersion: { 1: SMALL_V1, 2: SMALL_V2 } };

const V1_RESULT = {
  completedAt: '2026-03-01T09:00:00.000Z',
  bankVersion: 1,
  // Statistics 20 × 4 / 2 = 40; Deployment 20 × (1 + 3) / 2 = 40.
  responses: { 'stats-a': 2, 'stats-b': 2, 'ops-rollback': 1, 'ops-canary': 3 },
};
const V2_RESULT = {
  completedAt: '2026-09-01T09:00:00.000Z',
  bankVersion: 2,
  // Statistics 20 × 5 / 2 = 50; Deployment on v2's items 20 × (2 + 4) / 2 = 60.
  responses: { 'stats-a': 3, 'stats-b': 2, 'ops-rollback': 2, 'ops-features': 4 },
};

test('across bank versions: items matched by id, one added, one removed', () => {
  const change = compareResults(V1_RESULT, V2_RESULT, BANKS);
  expect(
    change.items.map(({ itemId, before, after, status }) => [itemId, before, after, status]),
  ).toEqual([
    ['stats-a', 2, 3, 'changed'],
    ['stats-b', 2, 2, 'same'],
    ['ops-rollback', 1, 2, 'changed'],
    ['ops-features', null, 4, 'added'],
    ['ops-canary', 3, null, 'removed'],
  ]);
  expect(
    change.areas.map(({ area, before, after, change: delta }) => [area, before, after, delta]),
  ).toEqual([
    ['statistics', 40, 50, 10],
    ['deployment', 40, 60, 20],
  ]);
  expect(change.summary).toEqual([
    'Statistics +10: Estimation Working → Practitioner',
    'Deployment +20: Rollback Aware → Working',
  ]);
  expect(change.bankNote).toBe(
    'These results use different question banks (v1 and v2): added Feature stores; removed Canary releases. ' +
      'Sub-skills are compared only where the items match; each area score uses its own bank’s items.',
  );
});

test('a bank version not in the map is read with the current bank', () => {
  const change = compareResults({ ...V2_RESULT, bankVersion: 7 }, V2_RESULT, BANKS);
  expect(change.items.every((item) => item.status === 'same')).toBe(true);
  expect(change.summary).toEqual(['No change']);
  expect(change.bankNote).toBeNull();
});
