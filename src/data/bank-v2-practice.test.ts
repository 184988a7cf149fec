import { expect, test } from 'vitest';
import { BANK_V2 } from './bank-v2';
import { PRACTICE_BOOKS, PRACTICE_V2 } from './bank-v2-practice';
import { QUESTION_BANK } from './question-bank';

/** Word limits: a project is one or two sentences, evidence one line. */
const PROJECT_WORDS = { min: 12, max: 45 };
const EVIDENCE_WORDS = { min: 6, max: 30 };
const PLACEHOLDER = /\b(?:todo|tbd|fixme|lorem|xxx|placeholder)\b|\.\.\.|…|\[|\]|\{|\}/i;

const items = BANK_V2.areas.flatMap((area) => area.items);
const entries = Object.entries(PRACTICE_V2.items);
const texts = entries.flatMap(([, steps]) =>
  steps.flatMap((step) => [step.project, step.evidence]),
);
const countWords = (text: string) => text.trim().split(/\s+/).length;
const plain = (text: string) =>
  text
    .replace(/\*/g, '')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .toLowerCase()
    .trim();

test('the current bank has a practice book, made for it', () => {
  expect(PRACTICE_BOOKS[QUESTION_BANK.version]).toBe(PRACTICE_V2);
  expect(PRACTICE_V2.bankVersion).toBe(BANK_V2.version);
});

test('every rating item of bank 2 has all five steps, and the book has no other item', () => {
  expect(Object.keys(PRACTICE_V2.items).sort()).toEqual(items.map((item) => item.id).sort());
  for (const [, steps] of entries) expect(steps).toHaveLength(5);
});

test('every text is within its word limits and ends as a sentence', () => {
  for (const [id, steps] of entries) {
    steps.forEach((step, level) => {
      const where = `${id} ${level}→${level + 1}`;
      expect(countWords(step.project), where).toBeGreaterThanOrEqual(PROJECT_WORDS.min);
      expect(countWords(step.project), where).toBeLessThanOrEqual(PROJECT_WORDS.max);
      expect(countWords(step.evidence), where).toBeGreaterThanOrEqual(EVIDENCE_WORDS.min);
      expect(countWords(step.evidence), where).toBeLessThanOrEqual(EVIDENCE_WORDS.max);
      expect(step.project, where).toMatch(/[.?]$/);
      // Evidence names a thing one can show: "The PR that…", "The memo…".
      expect(step.evidence, where).toMatch(/^The .*\.$/);
    });
  }
});

test('no text is repeated, within a sub-skill or across sub-skills', () => {
  const seen = new Map<string, number>();
  for (const text of texts) seen.set(plain(text), (seen.get(plain(text)) ?? 0) + 1);
  expect([...seen].filter(([, count]) => count > 1)).toEqual([]);
});

test('no placeholder is left, and no step restates the anchor it leads to', () => {
  for (const text of texts) expect(text).not.toMatch(PLACEHOLDER);
  for (const item of items) {
    const steps = PRACTICE_V2.items[item.id] ?? [];
    steps.forEach((step, level) => {
      const anchor = plain(item.anchors[level + 1] ?? '');
      expect(plain(step.project)).not.toContain(anchor);
      expect(plain(step.evidence)).not.toContain(anchor);
    });
  }
});
