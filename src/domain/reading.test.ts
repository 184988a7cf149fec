import { expect, test } from 'vitest';
import type { Area } from '../data/bank-types';
import { BANK_V1 } from '../data/bank-v1';
import { BANK_V2 } from '../data/bank-v2';
import { QUESTION_BANK } from '../data/question-bank';
import { buildLevels, buildLevelsInOrder, onlyFoil } from '../testing/builders';
import { scoreFromLevelSum } from './area-scores';
import { computeProfile } from './profile';
import {
  describeFlag,
  describeShape,
  describeSpectrumPosition,
  describeStrongestAndWeakest,
  joinNames,
  nameMeanLevel,
} from './reading';

const profileOf = (levels: Parameters<typeof buildLevels>[0]) =>
  computeProfile(QUESTION_BANK, buildLevels(levels));

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

test('an area score is named by the nearest level when its mean is within 0.25 of one', () => {
  expect(nameMeanLevel(0)).toBe('Not yet');
  // 17: a mean of 0.85, mostly "Aware", is not "Not yet".
  expect(nameMeanLevel(17)).toBe('Aware');
  expect(nameMeanLevel(scoreFromLevelSum(6, 7))).toBe('Aware');
  expect(nameMeanLevel(60)).toBe('Practitioner');
  expect(nameMeanLevel(100)).toBe('Expert');
});

test('an area score between two levels says so', () => {
  // 53.3 and 2.67 × 20: a mean of 2.67, a third of a level from Practitioner.
  expect(nameMeanLevel(53.3)).toBe('between Working and Practitioner');
  expect(nameMeanLevel(2.67 * 20)).toBe('between Working and Practitioner');
  expect(nameMeanLevel(scoreFromLevelSum(16, 6))).toBe('between Working and Practitioner');
  expect(nameMeanLevel(30)).toBe('between Aware and Working');
  expect(nameMeanLevel(94)).toBe('between Advanced and Expert');
});

test('exactly 0.25 from a level is near it; a little further is between', () => {
  expect(nameMeanLevel(5)).toBe('Not yet'); // 0.25
  expect(nameMeanLevel(5.2)).toBe('between Not yet and Aware'); // 0.26
  expect(nameMeanLevel(14.8)).toBe('between Not yet and Aware'); // 0.74
  expect(nameMeanLevel(15)).toBe('Aware'); // 0.75
  // Four answered items summing to 9 and 11: means of exactly 2.25 and 2.75.
  expect(nameMeanLevel(scoreFromLevelSum(9, 4))).toBe('Working');
  expect(nameMeanLevel(scoreFromLevelSum(11, 4))).toBe('Practitioner');
  expect(nameMeanLevel(95)).toBe('Expert'); // 4.75
});

test('a score off the scale is clamped to it', () => {
  expect(nameMeanLevel(-5)).toBe('Not yet');
  expect(nameMeanLevel(120)).toBe('Expert');
  expect(nameMeanLevel(Number.NaN)).toBe('Not yet');
});

const statisticsOf = (bank: typeof BANK_V2): Area => {
  const area = bank.areas[0];
  if (area?.id !== 'statistics') throw new Error('Statistics is asked first');
  return area;
};

test('an area names its strongest and weakest sub-skill by title and level', () => {
  // Bank 2's Statistics: estimation, regression, exploratory analysis, model validation,
  // feature engineering, model choice, time series.
  expect(
    describeStrongestAndWeakest(
      statisticsOf(BANK_V2),
      buildLevelsInOrder([3, 2, 3, 4, 2, 3, 1], BANK_V2),
    ),
  ).toBe('Strongest: Model validation (Advanced); weakest: Time series and forecasting (Aware).');
});

test('sub-skills tied at the top or the bottom are named together, two at most', () => {
  expect(
    describeStrongestAndWeakest(
      statisticsOf(BANK_V2),
      buildLevelsInOrder([4, 4, 2, 2, 2, 3, 3], BANK_V2),
    ),
  ).toBe(
    'Strongest: Estimation and uncertainty, Regression and statistical models (Advanced); weakest: Exploratory analysis and data quality, Model validation and 1 more (Working).',
  );
});

test('an area whose every item is at one level says so', () => {
  const area = statisticsOf(BANK_V2);
  expect(describeStrongestAndWeakest(area, buildLevels({ statistics: 3 }, BANK_V2))).toBe(
    'Every sub-skill rated Practitioner.',
  );
  expect(describeStrongestAndWeakest(area, buildLevels({}, BANK_V2))).toBe(
    'Every sub-skill rated Not yet.',
  );
  expect(describeStrongestAndWeakest(area, buildLevelsInOrder([2, 2], BANK_V2))).toBe(
    'Every answered sub-skill rated Working.',
  );
  expect(describeStrongestAndWeakest(area, {})).toBeNull();
});

test('sub-skills are named from the bank the answers were given to', () => {
  // Bank 1's Statistics: probability, estimation, regression, Bayesian, validation, exploratory.
  expect(
    describeStrongestAndWeakest(
      statisticsOf(BANK_V1),
      buildLevelsInOrder([0, 1, 5, 1, 1, 1], BANK_V1),
    ),
  ).toBe(
    'Strongest: Regression and GLMs (Expert); weakest: Probability and distributions (Not yet).',
  );
});
