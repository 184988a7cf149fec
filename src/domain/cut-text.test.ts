import { expect, test } from 'vitest';
import { cutToLength, hasVisibleText } from './cut-text';

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

test('a name of spaces, zero-width or control characters has nothing visible', () => {
  expect(hasVisibleText('')).toBe(false);
  expect(hasVisibleText('   \t\n')).toBe(false);
  expect(hasVisibleText('\u200b\u200c\u200d\u2060\ufeff')).toBe(false);
  expect(hasVisibleText('\u202e\u0301')).toBe(false);
});

test('letters, digits, punctuation, symbols and emoji are visible', () => {
  expect(hasVisibleText('Ada')).toBe(true);
  expect(hasVisibleText('\u200b7\u200b')).toBe(true);
  expect(hasVisibleText('数据')).toBe(true);
  expect(hasVisibleText('—')).toBe(true);
  expect(hasVisibleText('🦄')).toBe(true);
});
