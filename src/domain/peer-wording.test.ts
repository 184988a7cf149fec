import { expect, test } from 'vitest';
import { BANKS } from '../data/question-bank';
import { speakOfColleague } from './peer-wording';

test('anchors read about the colleague', () => {
  expect(speakOfColleague('Not part of my work yet.')).toBe('Not part of their work yet.');
  expect(speakOfColleague('I have fitted a distribution *with guidance*.')).toBe(
    'They have fitted a distribution *with guidance*.',
  );
  expect(
    speakOfColleague('I am the person others bring their hardest bugs to, or I built it.'),
  ).toBe('They are the person others bring their hardest bugs to, or they built it.');
  expect(
    speakOfColleague('I *solve the hardest bugs others bring me*, in code I didn’t write.'),
  ).toBe('They *solve the hardest bugs others bring them*, in code they didn’t write.');
  expect(speakOfColleague('My code is mostly notebooks for my own use.')).toBe(
    'Their code is mostly notebooks for their own use.',
  );
});

test('no anchor of any bank keeps a first-person word', () => {
  for (const bank of Object.values(BANKS)) {
    for (const item of bank.areas.flatMap((area) => area.items)) {
      for (const anchor of item.anchors) {
        expect(speakOfColleague(anchor)).not.toMatch(/\b(I|me|my|myself|mine|am|we|our|us)\b/i);
      }
    }
  }
});
