import { expect, test } from 'vitest';
import { BANK_V1 } from '../data/bank-v1';
import { ASSESSMENT_MINUTES, ASSESSMENT_QUESTIONS } from '../data/bank-version';
import { QUESTION_BANK } from '../data/question-bank';
import { measureAssessment, wordsOf } from './assessment-length';

test('words are counted as a reader meets them, emphasis marks dropped', () => {
  expect(wordsOf('I build forecasts *end to end*, on my own.')).toEqual([
    'i',
    'build',
    'forecasts',
    'end',
    'to',
    'end',
    'on',
    'my',
    'own',
  ]);
});

test('version 1 asks 41 questions: 4,491 words, 21 minutes to read and answer', () => {
  // The figure issue 19 found: "about 10 minutes" was promised for about 5,000 words.
  const length = measureAssessment(BANK_V1);
  expect(length.questions).toBe(41);
  expect(length.words).toBe(4_491);
  expect(length.minutes).toBe(21);
});

test('what the first page says of the assessment is what the current bank measures', () => {
  expect(measureAssessment(QUESTION_BANK)).toMatchObject({
    questions: ASSESSMENT_QUESTIONS,
    minutes: ASSESSMENT_MINUTES,
  });
});
