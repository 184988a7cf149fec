import { expect, test } from 'vitest';
import { onlyFoil } from '../testing/builders';
import { QUESTION_ORDER_BY_VERSION } from './bank-history';
import { QUESTION_BANK } from './question-bank';

// The exact order check (listQuestions(QUESTION_BANK) against this history) lives in
// src/domain/share-codec.test.ts: data/ may not import domain/, and the codec is what
// depends on the order.

test('the current bank version has an entry listing exactly its questions', () => {
  const bankIds = [
    ...QUESTION_BANK.areas.flatMap((area) => [...area.items, ...area.checks]),
    onlyFoil(),
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
