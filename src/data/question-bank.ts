/**
 * The question banks: pure data, no logic.
 *
 * Banks are versioned and their ids are stable. Saved answers and share links refer
 * to questions by id and by position, so any edit that changes an item's meaning,
 * reorders items or options, or adds or removes a question makes a new version (a
 * new bank file, its order in bank-history.ts, QUESTION_BANK_VERSION bumped). Every
 * released version stays here: a result is always read with the bank it was made with.
 */
import { BANK_V1 } from './bank-v1';
import { BANK_V2 } from './bank-v2';
import type { QuestionBank } from './bank-types';
import { QUESTION_BANK_VERSION } from './bank-version';

/** Every released bank, by version. */
export const BANKS: Readonly<Record<number, QuestionBank>> = Object.freeze({
  1: BANK_V1,
  2: BANK_V2,
});

function requireBank(version: number): QuestionBank {
  const bank = BANKS[version];
  if (!bank) throw new Error(`No question bank version ${version} is released.`);
  return bank;
}

/** The bank new assessments use. */
export const QUESTION_BANK: QuestionBank = requireBank(QUESTION_BANK_VERSION);

/**
 * The bank a result, a link or an assessment in progress was made with; the current
 * one for a version this build does not know (the gates refuse those before here).
 */
export function bankFor(version: number): QuestionBank {
  return (Object.hasOwn(BANKS, version) ? BANKS[version] : undefined) ?? QUESTION_BANK;
}
