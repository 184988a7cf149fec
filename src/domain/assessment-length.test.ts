import { expect, test } from 'vitest';
import { BANK_V1 } from '../data/bank-v1';
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

test('version 1 asks 41 questions: about 4,500 words, over 20 minutes to read and answer', () => {
  // The figure issue 19 found: "about 10 minutes" was promised for about 5,000 words.
  const length = measureAssessment(BANK_V1);
  expect(length.questions).toBe(41);
  expect(length.words).toBe(4_491);
  expect(length.minutes).toBeGreaterThan(20);
});
