import { expect, test } from 'vitest';
import { labelResults, toGrowthSeries } from './growth-series';

test('growth series: oldest first, labelled by date, scored per area', () => {
  const series = toGrowthSeries(
    [
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
    ],
    'utc',
  );
  expect(series.map(({ date, label }) => [date, label.text])).toEqual([
    ['2026-02-28T23:30:00.000Z', 'Result 1 · 28 Feb 2026'],
    ['2026-11-20T10:00:00.000Z', 'Result 2 · 20 Nov 2026'],
    ['2027-01-05T00:15:00+01:00', 'Result 3 · 4 Jan 2027'],
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
  const series = toGrowthSeries(
    [
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
    ],
    'utc',
  );
  expect(series.map((point) => point.scores.statistics)).toEqual([0, 60, 20]);
  expect(series.map((point) => point.label.name)).toEqual(['Result 1', 'Result 2', 'Result 3']);
});

test('growth series: no results, no points', () => {
  expect(toGrowthSeries([], 'utc')).toEqual([]);
});

test('result labels: a date alone when each result has its own day', () => {
  expect(labelResults(['2026-11-20T10:00:00.000Z', '2026-02-28T23:30:00.000Z'], 'utc')).toEqual([
    { name: 'Result 2', when: '20 Nov 2026', short: '20 Nov', text: 'Result 2 · 20 Nov 2026' },
    { name: 'Result 1', when: '28 Feb 2026', short: '28 Feb', text: 'Result 1 · 28 Feb 2026' },
  ]);
});

test('result labels: the time of day is added only where results share a day', () => {
  const labels = labelResults(
    ['2026-12-04T08:04:00.000Z', '2026-12-04T17:30:00.000Z', '2026-12-09T09:00:00.000Z'],
    'utc',
  );
  expect(labels.map((label) => label.text)).toEqual([
    'Result 1 · 4 Dec 2026, 08:04',
    'Result 2 · 4 Dec 2026, 17:30',
    'Result 3 · 9 Dec 2026',
  ]);
  expect(labels.map((label) => label.short)).toEqual(['4 Dec, 08:04', '4 Dec, 17:30', '9 Dec']);
});

test('result labels: results of the same minute still read apart, by their number', () => {
  const labels = labelResults(
    ['2026-12-04T08:04:10.000Z', '2026-12-04T08:04:50.000Z', '2026-12-04T08:04:10.000Z'],
    'utc',
  );
  expect(labels.map((label) => label.text)).toEqual([
    'Result 1 · 4 Dec 2026, 08:04',
    'Result 3 · 4 Dec 2026, 08:04',
    'Result 2 · 4 Dec 2026, 08:04',
  ]);
  expect(new Set(labels.map((label) => label.text)).size).toBe(3);
});

test('result labels: the day is the reader’s when asked, so a late result is not filed a day early', () => {
  const saved = process.env.TZ;
  process.env.TZ = 'Asia/Tokyo';
  try {
    // 23:30 UTC on 3 December is 08:30 on 4 December in Tokyo, the day of the other result.
    const dates = ['2026-12-03T23:30:00.000Z', '2026-12-04T01:00:00.000Z'];
    expect(labelResults(dates, 'local').map((label) => label.when)).toEqual([
      '4 Dec 2026, 08:30',
      '4 Dec 2026, 10:00',
    ]);
    expect(labelResults(dates, 'utc').map((label) => label.when)).toEqual([
      '3 Dec 2026',
      '4 Dec 2026',
    ]);
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test('result labels: an unreadable date is shown as saved and numbered first', () => {
  expect(labelResults(['2026-12-04T08:04:00.000Z', 'not a date'], 'utc')).toEqual([
    { name: 'Result 2', when: '4 Dec 2026', short: '4 Dec', text: 'Result 2 · 4 Dec 2026' },
    { name: 'Result 1', when: 'not a date', short: 'not a date', text: 'Result 1 · not a date' },
  ]);
});

test('result labels: none for no results', () => {
  expect(labelResults([], 'utc')).toEqual([]);
});
