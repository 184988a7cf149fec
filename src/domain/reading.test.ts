import { expect, test } from 'vitest';
import { BANK_V1 } from '../data/bank-v1';
import { QUESTION_BANK } from '../data/question-bank';
import { buildLevels, onlyFoil } from '../testing/builders';
import { computeProfile } from './profile';
import { describeFlag, describeShape, describeSpectrumPosition, joinNames } from './reading';

const profileOf = (levels: Parameters<typeof buildLevels>[0]) =>
  computeProfile(QUESTION_BANK, buildLevels(levels), {}, { resamples: 50 });

test('names join the way a person writes them', () => {
  expect(joinNames([])).toBe('');
  expect(joinNames(['Deployment'])).toBe('Deployment');
  expect(joinNames(['A', 'B'])).toBe('A and B');
  expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
});

test('a T-shape is described by its breadth and its deep area', () => {
  // Four areas at 40 or more, Deployment at 80: T-shaped.
  const profile = profileOf({
    statistics: 2,
    'business-communication': 2,
    'production-software': 2,
    deployment: 4,
  });
  expect(profile.shape).toBe('T-shaped');
  expect(describeShape(QUESTION_BANK, profile)).toBe(
    'You are T-shaped: broad across four areas, deep in Deployment',
  );
});

test('a Generalist with no deep area names where they are strongest', () => {
  const profile = profileOf({ statistics: 3, 'business-communication': 2, experimentation: 2 });
  expect(describeShape(QUESTION_BANK, profile, 'Ada is')).toBe(
    'Ada is a Generalist: broad across three areas, strongest in Statistics',
  );
});

test('all zeros is Emerging with no broad area', () => {
  expect(describeShape(QUESTION_BANK, profileOf({}))).toBe(
    'You are Emerging: no area broad yet, every rating at “Not yet” so far',
  );
});

test('spectrum positions read as words, symmetric around the middle', () => {
  expect(describeSpectrumPosition(0)).toBe('balanced between Stats and Engineering');
  expect(describeSpectrumPosition(-0.14)).toBe('balanced between Stats and Engineering');
  expect(describeSpectrumPosition(0.3)).toBe('leaning towards Engineering');
  expect(describeSpectrumPosition(-0.6)).toBe('strongly towards Stats');
  expect(describeSpectrumPosition(1)).toBe('at the Engineering end');
});

// Read with version 1, whose one foil onlyFoil can name.
test('each flag becomes a sentence naming what was seen', () => {
  expect(
    describeFlag(BANK_V1, {
      kind: 'calibration',
      area: 'experimentation',
      checksCorrect: 0,
      checksTotal: 2,
    }),
  ).toBe('Your self-rating in Experimentation may be high: 0 of 2 knowledge checks correct.');
  expect(
    describeFlag(BANK_V1, { kind: 'overclaim', foilId: onlyFoil(BANK_V1).id, foilLevel: 3 }),
  ).toContain(onlyFoil(BANK_V1).title);
  expect(describeFlag(BANK_V1, { kind: 'fast', medianMs: 640 })).toContain('0.6 s');
  expect(
    describeFlag(
      BANK_V1,
      { kind: 'calibration', area: 'deployment', checksCorrect: 0, checksTotal: 2 },
      false,
    ),
  ).toBe('The self-rating in Deployment may be high: 0 of 2 knowledge checks correct.');
  expect(describeFlag(BANK_V1, { kind: 'straight-line', level: 2, run: 14 })).toMatch(
    /^14 answers in a row .* \(2\)/,
  );
});
