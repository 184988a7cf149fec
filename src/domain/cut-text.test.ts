import { expect, test } from 'vitest';
import { cutToLength } from './cut-text';

test('text within the limit comes back unchanged', () => {
  expect(cutToLength('Ada', 3)).toBe('Ada');
  expect(cutToLength('', 0)).toBe('');
});

test('longer text is cut to the limit in UTF-16 units', () => {
  expect(cutToLength('Ada Lovelace', 3)).toBe('Ada');
  expect(cutToLength('x'.repeat(250), 200)).toHaveLength(200);
});

test('an emoji that would be split in half is dropped whole', () => {
  // Each unicorn is two UTF-16 units: 5 units hold two of them and half a third.
  expect(cutToLength('🦄'.repeat(3), 5)).toBe('🦄🦄');
  expect(cutToLength('a🦄', 2)).toBe('a');
  expect(cutToLength('🦄'.repeat(50), 80)).toBe('🦄'.repeat(40));
});
