/**
 * Numbers and dates as the app shows them, in British English: "85%", "24 November
 * 2026", "24 Nov 2026, 14:05", "12,345". The same text `Intl` gives for the en-GB
 * locale (the unit tests hold them to it), written out because the first `Intl`
 * formatter a page makes loads the locale data: 15–40 ms of main thread on this
 * machine, four times that on a mid-range phone, inside the task that draws a result.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** en-GB's short months: four letters for September, three for the rest. */
const SHORT_MONTHS = MONTHS.map((month) => (month === 'September' ? 'Sept' : month.slice(0, 3)));

/** "long": 24 November 2026; "medium": 24 Nov 2026. */
export type DateStyle = 'long' | 'medium';

/**
 * Whose calendar a date is read in: the reader's own ("local"), or UTC, so that a
 * shared or team date reads as the same day for everyone.
 */
export type TimeZone = 'local' | 'utc';

interface CalendarParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hours: number;
  readonly minutes: number;
}

function calendarParts(time: number | Date, zone: TimeZone): CalendarParts {
  const date = new Date(time);
  return zone === 'utc'
    ? {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth(),
        day: date.getUTCDate(),
        hours: date.getUTCHours(),
        minutes: date.getUTCMinutes(),
      }
    : {
        year: date.getFullYear(),
        month: date.getMonth(),
        day: date.getDate(),
        hours: date.getHours(),
        minutes: date.getMinutes(),
      };
}

function dayText({ year, month, day }: CalendarParts, style: DateStyle): string {
  return `${day} ${style === 'long' ? MONTHS[month] : SHORT_MONTHS[month]} ${year}`;
}

/** A day, e.g. "24 November 2026" (long) or "24 Nov 2026" (medium). */
export function formatDate(time: number | Date, style: DateStyle, zone: TimeZone): string {
  return dayText(calendarParts(time, zone), style);
}

/** A day and a time of day, in the reader's own calendar unless asked: "24 Nov 2026, 14:05". */
export function formatDateTime(time: number | Date, zone: TimeZone = 'local'): string {
  const parts = calendarParts(time, zone);
  const clock = `${String(parts.hours).padStart(2, '0')}:${String(parts.minutes).padStart(2, '0')}`;
  return `${dayText(parts, 'medium')}, ${clock}`;
}

/**
 * A share of a whole (0–1) as a whole percentage, e.g. 0.855 → "86%": halves away
 * from zero, reading the fraction as its shortest decimal (0.015 is 1.5%, not the
 * 1.4999… its binary form holds), as `Intl` does.
 */
export function formatPercent(fraction: number): string {
  return `${roundHalfAway(fraction * 100)}%`;
}

/**
 * `value` rounded to `digits` decimals, halves away from zero, reading it as its
 * shortest decimal (so 0.015 → 0.02 and −4.5 → −5, where Math.round gives −4). The
 * one rounding every number on screen and in exports goes through.
 */
function roundHalfAway(value: number, digits = 0): number {
  const scaled = Math.abs(Number((value * 10 ** digits).toPrecision(15)));
  const rounded = (Math.sign(value) * Math.round(scaled)) / 10 ** digits;
  return rounded === 0 ? 0 : rounded;
}

// The minus sign, not a hyphen, so a number reads as negative in any font.
const MINUS = '\u2212';

/** A number with `digits` decimals and a true minus sign: 0.456 → "0.46", −1 → "−1.0" (1). */
export function formatDecimal(value: number, digits: number): string {
  const rounded = roundHalfAway(value, digits);
  return `${rounded < 0 ? MINUS : ''}${Math.abs(rounded).toFixed(digits)}`;
}

/** A score (0–100) as a whole number, e.g. 72.5 → "73"; `missing` when there is none. */
export function formatScore(score: number | null, missing = '—'): string {
  return score === null ? missing : formatDecimal(score, 0);
}

/** An interval of scores, e.g. "60–75". */
export function formatScoreRange([low, high]: readonly [number, number]): string {
  return `${formatScore(low)}–${formatScore(high)}`;
}

/** A change in score points, signed: "+20", "−5", and "0" for no change after rounding. */
export function formatScoreChange(change: number): string {
  return formatSigned(change, 0);
}

/** A spectrum position (−1 to 1), signed with two decimals: "+0.32", "−0.50", "0.00". */
export function formatPosition(position: number): string {
  return formatSigned(position, 2);
}

/** A spectrum weight, signed, to the hundredth it is set in: "+1", "−0.75", "0". */
export function formatWeight(weight: number): string {
  return formatSigned(weight, Number.isInteger(weight) ? 0 : 2);
}

function formatSigned(value: number, digits: number): string {
  const rounded = roundHalfAway(value, digits);
  return `${rounded > 0 ? '+' : ''}${formatDecimal(rounded, digits)}`;
}

/** A range of counts in words: "3", "3 or more", "2 or fewer", or `any` for 0 or more. */
export function formatCountRange(
  { min, max }: { readonly min: number; readonly max: number | null },
  any = 'any',
): string {
  if (max === null) return min === 0 ? any : `${formatCount(min)} or more`;
  if (min === max) return formatCount(min);
  return min === 0 ? `${formatCount(max)} or fewer` : `${formatCount(min)} to ${formatCount(max)}`;
}

/** A count with its thousands separated by commas, e.g. 12345 → "12,345". */
export function formatCount(count: number): string {
  return String(Math.round(count)).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * A count and the noun it counts, singular for exactly one: "1 answer", "2 answers",
 * "0 answers", "1,200 answers". `many` is given whole, for nouns that do not just add
 * an "s" ("1 person", "3 people").
 */
export function formatCountOf(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * A quotation that ends a sentence: in curly quotes, with the sentence's full stop
 * after them only when the quoted words do not end one themselves, so a quoted
 * sentence never reads “…like this.”. (doubled).
 */
export function quoteAtEnd(words: string): string {
  const trimmed = words.trim();
  return /[.!?…]$/.test(trimmed) ? `“${trimmed}”` : `“${trimmed}”.`;
}
