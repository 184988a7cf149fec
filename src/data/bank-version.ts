/**
 * The question bank's version, on its own so the first page can stamp new progress
 * with it without loading the whole bank. Bump it with any change of meaning, order,
 * or a question added or removed (see question-bank.ts and bank-history.ts).
 */
export const QUESTION_BANK_VERSION = 1;
