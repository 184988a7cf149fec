import { expect, test } from 'vitest';
import { QUESTION_ORDER_BY_VERSION } from './bank-history';
import { QUESTION_BANK } from './question-bank';

// The exact order check (listQuestions(QUESTION_BANK) against this history) lives in
// src/domain/share-codec.test.ts: data/ may not import domain/, and the codec is what
// depends on the order.

test('the current bank version has an entry listing exactly its questions', () => {
  const bankIds = [
    ...QUESTION_BANK.areas.flatMap((area) => [...area.items, ...area.checks]),
    ...QUESTION_BANK.foils,
  ].map((question) => question.id);
  const recorded = QUESTION_ORDER_BY_VERSION[QUESTION_BANK.version] ?? [];
  expect([...recorded].sort()).toEqual([...bankIds].sort());
});

test('bank version 1 has 41 distinct questions, frozen so no code can reorder them', () => {
  const v1 = QUESTION_ORDER_BY_VERSION[1] ?? [];
  expect(v1).toHaveLength(41);
  expect(new Set(v1).size).toBe(41);
  expect(Object.isFrozen(v1)).toBe(true);
  expect(Object.isFrozen(QUESTION_ORDER_BY_VERSION)).toBe(true);
});

test('bank version 2 lists its whole pools, 57 distinct questions, frozen like version 1', () => {
  const v2 = QUESTION_ORDER_BY_VERSION[2] ?? [];
  // 33 rating items, 5 × 4 checks and 4 foils: a link carries a slot for each, and
  // the ones an assessment did not draw stay empty.
  expect(v2).toHaveLength(57);
  expect(new Set(v2).size).toBe(57);
  expect(Object.isFrozen(v2)).toBe(true);
});
