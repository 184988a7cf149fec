/**
 * Practice content for question bank version 2: for every rating item and every step
 * from level n to n + 1, a project for the next one to three months and the evidence
 * that would show it. Versioned with bank 2 (a change of an item's meaning there makes a
 * new bank and a new book); the behaviour to reach is the bank's own anchor for the next
 * level, never restated here. Kept out of bank-v2.ts so only the growth plan loads it.
 */
import type { PracticeBook } from './bank-types';
import { BUSINESS_COMMUNICATION_PRACTICE_V2 } from './bank-v2-practice/business-communication';
import { DEPLOYMENT_PRACTICE_V2 } from './bank-v2-practice/deployment';
import { EXPERIMENTATION_PRACTICE_V2 } from './bank-v2-practice/experimentation';
import { PRODUCTION_SOFTWARE_PRACTICE_V2 } from './bank-v2-practice/production-software';
import { STATISTICS_PRACTICE_V2 } from './bank-v2-practice/statistics';

export const PRACTICE_V2: PracticeBook = {
  bankVersion: 2,
  items: {
    ...STATISTICS_PRACTICE_V2,
    ...BUSINESS_COMMUNICATION_PRACTICE_V2,
    ...PRODUCTION_SOFTWARE_PRACTICE_V2,
    ...EXPERIMENTATION_PRACTICE_V2,
    ...DEPLOYMENT_PRACTICE_V2,
  },
};

/**
 * The practice book of each bank version that has one. Bank 1 has none: a plan made
 * from a bank-1 result reads its kept items (same id, same meaning) with bank 2's
 * book, and asks for a retake for the rest (domain/growth-plan).
 */
export const PRACTICE_BOOKS: Readonly<Record<number, PracticeBook>> = Object.freeze({
  2: PRACTICE_V2,
});
