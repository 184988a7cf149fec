/**
 * The question bank's version, on its own so the first page can stamp new progress
 * with it without loading the whole bank. Bump it with any change of meaning, order,
 * or a question added or removed (see question-bank.ts and bank-history.ts).
 */
export const QUESTION_BANK_VERSION = 2;

/**
 * What one assessment on the current bank asks, and how long it honestly takes (read at
 * 250 words a minute, plus a few seconds per decision): domain/assessment-length's
 * measureAssessment, kept here so the first page can say it without loading the bank.
 * A test fails when they drift apart.
 */
export const ASSESSMENT_QUESTIONS = 44;
export const ASSESSMENT_MINUTES = 17;
