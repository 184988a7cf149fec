import { expect, test } from 'vitest';
import { toGrowthSeries } from './growth-series';

test('growth series: oldest first, labelled by UTC date, scored per area', () => {
  const series = toGrowthSeries([
    {
      completedAt: '2026-11-20T10:00:00.000Z',
      bankVersion: 1,
      responses: { 'stats-probability': 4 },
    },
    {
      completedAt: '2026-02-28T23:30:00.000Z',
      bankVersion: 1,
      responses: { 'stats-probability': 1 },
    },
    // 00:15 in UTC+1 is still 4 January in UTC.
    { completedAt: '2027-01-05T00:15:00+01:00', bankVersion: 1, responses: { 'ops-serving': 5 } },
  ]);
  expect(series.map(({ date, label }) => [date, label])).toEqual([
    ['2026-02-28T23:30:00.000Z', '28 Feb 2026'],
    ['2026-11-20T10:00:00.000Z', '20 Nov 2026'],
    ['2027-01-05T00:15:00+01:00', '4 Jan 2027'],
  ]);
  expect(series.map((point) => point.scores)).toEqual([
    {
      statistics: 20,
      'business-communication': null,
      'production-software': null,
      experimentation: null,
      deployment: null,
    },
    {
      statistics: 80,
      'business-communication': null,
      'production-software': null,
      experimentation: null,
      deployment: null,
    },
    {
      statistics: null,
      'business-communication': null,
      'production-software': null,
      experimentation: null,
      deployment: 100,
    },
  ]);
});

test('growth series: results with the same date keep their given order', () => {
  const series = toGrowthSeries([
    {
      completedAt: '2026-11-20T10:00:00.000Z',
      bankVersion: 1,
      responses: { 'stats-probability': 3 },
    },
    {
      completedAt: '2026-05-01T10:00:00.000Z',
      bankVersion: 1,
      responses: { 'stats-probability': 0 },
    },
    {
      completedAt: '2026-11-20T10:00:00.000Z',
      bankVersion: 1,
      responses: { 'stats-probability': 1 },
    },
  ]);
  expect(series.map((point) => point.scores.statistics)).toEqual([0, 60, 20]);
});

test('growth series: no results, no points', () => {
  expect(toGrowthSeries([])).toEqual([]);
});
