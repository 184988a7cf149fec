import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  formatCount,
  formatCountOf,
  formatCountRange,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatPercent,
  formatPosition,
  formatScore,
  formatScoreChange,
  formatScoreRange,
  formatWeight,
  quoteAtEnd,
} from './format';

// 24 November 2026, 14:05 UTC; 5 September 2026, 09:07 UTC.
const NOVEMBER = Date.UTC(2026, 10, 24, 14, 5);
const SEPTEMBER = Date.UTC(2026, 8, 5, 9, 7);

test('writes days in British English, September as "Sept" when short', () => {
  expect(formatDate(NOVEMBER, 'long', 'utc')).toBe('24 November 2026');
  expect(formatDate(NOVEMBER, 'medium', 'utc')).toBe('24 Nov 2026');
  expect(formatDate(SEPTEMBER, 'long', 'utc')).toBe('5 September 2026');
  expect(formatDate(SEPTEMBER, 'medium', 'utc')).toBe('5 Sept 2026');
  expect(formatDate(new Date(SEPTEMBER), 'medium', 'utc')).toBe('5 Sept 2026');
});

/** Runs `check` with the process's local time zone set to `zone` (Node reads TZ afresh). */
function inTimeZone(zone: string, check: () => void) {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    check();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

test('reads a day in UTC or in the reader’s own calendar, as asked', () => {
  // 23:30 UTC on New Year's Eve is already New Year's Day in Tokyo (UTC+9).
  const lateNewYearsEve = Date.UTC(2026, 11, 31, 23, 30);
  inTimeZone('Asia/Tokyo', () => {
    expect(formatDate(lateNewYearsEve, 'long', 'utc')).toBe('31 December 2026');
    expect(formatDate(lateNewYearsEve, 'long', 'local')).toBe('1 January 2027');
    expect(formatDateTime(lateNewYearsEve)).toBe('1 Jan 2027, 08:30');
  });
});

test('writes a day and time in UTC when asked, whatever the reader’s own zone', () => {
  inTimeZone('Asia/Tokyo', () => {
    expect(formatDateTime(Date.UTC(2026, 11, 31, 23, 30), 'utc')).toBe('31 Dec 2026, 23:30');
  });
});

test('counts a noun, singular for exactly one', () => {
  expect(formatCountOf(0, 'answer', 'answers')).toBe('0 answers');
  expect(formatCountOf(1, 'answer', 'answers')).toBe('1 answer');
  expect(formatCountOf(2, 'answer', 'answers')).toBe('2 answers');
  expect(formatCountOf(1200, 'person', 'people')).toBe('1,200 people');
});

test('a quotation that ends a sentence gets one full stop, never two', () => {
  expect(quoteAtEnd('Start bars at zero, or switch to a dot plot.')).toBe(
    '“Start bars at zero, or switch to a dot plot.”',
  );
  expect(quoteAtEnd('Is it significant?')).toBe('“Is it significant?”');
  expect(quoteAtEnd('Not yet')).toBe('“Not yet”.');
  expect(quoteAtEnd('  Wait…  ')).toBe('“Wait…”');
});

test('writes a time of day on the 24-hour clock, hours and minutes in two digits', () => {
  const morning = new Date(2026, 8, 5, 9, 7);
  expect(formatDateTime(morning)).toBe('5 Sept 2026, 09:07');
  expect(formatDateTime(new Date(2026, 0, 1, 0, 0))).toBe('1 Jan 2026, 00:00');
});

test('writes shares as whole percentages, halves away from zero as decimals read', () => {
  expect(formatPercent(0)).toBe('0%');
  expect(formatPercent(1)).toBe('100%');
  expect(formatPercent(0.855)).toBe('86%');
  expect(formatPercent(0.004)).toBe('0%');
  expect(formatPercent(0.005)).toBe('1%');
  // Held in binary as 0.01499999…; read as the decimal 0.015 it was written as.
  expect(formatPercent(0.015)).toBe('2%');
});

test('separates thousands with commas', () => {
  expect(formatCount(0)).toBe('0');
  expect(formatCount(999)).toBe('999');
  expect(formatCount(1000)).toBe('1,000');
  expect(formatCount(12345)).toBe('12,345');
  expect(formatCount(1234567)).toBe('1,234,567');
});

// Intl is the reference: every text above must be the one it gives for en-GB.
const DAY_RANGE = { min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)) };

test('gives the same days and times as Intl for en-GB', () => {
  const long = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });
  const mediumUtc = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  fc.assert(
    fc.property(fc.date({ ...DAY_RANGE, noInvalidDate: true }), (date) => {
      expect(formatDate(date, 'long', 'local')).toBe(long.format(date));
      expect(formatDate(date, 'medium', 'utc')).toBe(mediumUtc.format(date));
      expect(formatDateTime(date)).toBe(dateTime.format(date));
    }),
    { numRuns: 2000 },
  );
});

test('gives the same percentages as Intl for en-GB, for every share of 1,000 resamples', () => {
  const percent = new Intl.NumberFormat('en-GB', { style: 'percent' });
  for (let count = 0; count <= 1000; count++) {
    expect(formatPercent(count / 1000)).toBe(percent.format(count / 1000));
  }
  fc.assert(
    fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (fraction) => {
      expect(formatPercent(fraction)).toBe(percent.format(fraction));
    }),
    { numRuns: 5000 },
  );
});

test('gives the same counts as Intl for en-GB', () => {
  const count = new Intl.NumberFormat('en-GB');
  fc.assert(
    fc.property(fc.nat(), (value) => {
      expect(formatCount(value)).toBe(count.format(value));
    }),
  );
});

test('writes scores as whole numbers, halves away from zero, a dash when there is none', () => {
  expect(formatScore(72.5)).toBe('73');
  expect(formatScore(72.4999)).toBe('72');
  expect(formatScore(0)).toBe('0');
  expect(formatScore(100)).toBe('100');
  expect(formatScore(null)).toBe('—');
  expect(formatScore(null, 'Not answered')).toBe('Not answered');
  expect(formatScoreRange([59.5, 75.2])).toBe('60–75');
});

test('writes score changes signed with a true minus, and no change as "0"', () => {
  expect(formatScoreChange(20)).toBe('+20');
  expect(formatScoreChange(-4.5)).toBe('−5');
  expect(formatScoreChange(4.5)).toBe('+5');
  expect(formatScoreChange(-0.4)).toBe('0');
  expect(formatScoreChange(0.4)).toBe('0');
  expect(formatScoreChange(-0)).toBe('0');
});

test('writes positions signed with two decimals, halves away from zero as decimals read', () => {
  expect(formatPosition(0.32)).toBe('+0.32');
  expect(formatPosition(-0.5)).toBe('−0.50');
  expect(formatPosition(0.004)).toBe('0.00');
  expect(formatPosition(-0.004)).toBe('0.00');
  expect(formatPosition(0.005)).toBe('+0.01');
  expect(formatPosition(-0.015)).toBe('−0.02');
  expect(formatPosition(-75 / 175)).toBe('−0.43');
});

test('writes decimals with a true minus sign and fixed digits', () => {
  expect(formatDecimal(0.456, 2)).toBe('0.46');
  expect(formatDecimal(-1, 1)).toBe('−1.0');
  expect(formatDecimal(1.25, 1)).toBe('1.3');
  expect(formatDecimal(-0.04, 1)).toBe('0.0');
});

test('writes ranges of counts in words', () => {
  expect(formatCountRange({ min: 3, max: 3 })).toBe('3');
  expect(formatCountRange({ min: 3, max: null })).toBe('3 or more');
  expect(formatCountRange({ min: 0, max: 2 })).toBe('2 or fewer');
  expect(formatCountRange({ min: 0, max: null })).toBe('any');
  expect(formatCountRange({ min: 2, max: 4 })).toBe('2 to 4');
});

test('writes spectrum weights signed, whole ones without decimals', () => {
  expect(formatWeight(1)).toBe('+1');
  expect(formatWeight(-1)).toBe('−1');
  expect(formatWeight(-0.75)).toBe('−0.75');
  expect(formatWeight(0.75)).toBe('+0.75');
  expect(formatWeight(0)).toBe('0');
});
