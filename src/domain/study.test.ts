import { expect, test } from 'vitest';
import { BANK_V1 } from '../data/bank-v1';
import { QUESTION_BANK } from '../data/question-bank';
import { buildChecks, buildLevels, onlyFoil } from '../testing/builders';
import { computeAreaScores } from './area-scores';
import { createMulberry32 } from './prng';
import { askedChecks, askedFoil, drawAssessment, listQuestions } from './quiz-plan';
import { SHAPE_NAMES } from './shape';
import {
  evaluateRespondent,
  NOISE_MODELS,
  runStudy,
  simulateRespondent,
  summariseOutcomes,
  type NoiseModel,
  type RespondentOutcome,
} from './study';

const NO_NOISE: NoiseModel = {
  slip: 0,
  bigSlip: 0,
  overclaimers: 0,
  overclaimBump: 0,
  honestFoil: [1, 0, 0, 0],
  overclaimerFoil: [1, 0, 0, 0],
};

test('a simulated respondent answers every question with a value the quiz could store', () => {
  // The current bank has pools: each respondent answers one drawn assessment, that is
  // every rating item, `checksPerArea` checks of each area's pool and one foil of the pool.
  const random = createMulberry32(7);
  const foilsAsked = new Set<string>();
  for (let index = 0; index < 50; index += 1) {
    const { responses } = simulateRespondent(QUESTION_BANK, NOISE_MODELS.high, random);
    for (const area of QUESTION_BANK.areas) {
      for (const item of area.items) expect([0, 1, 2, 3, 4, 5]).toContain(responses[item.id]);
      const checks = askedChecks(area, responses);
      expect(checks).toHaveLength(QUESTION_BANK.checksPerArea);
      for (const check of checks) {
        expect(Number.isInteger(responses[check.id])).toBe(true);
        expect(responses[check.id]).toBeGreaterThanOrEqual(0);
        expect(responses[check.id]).toBeLessThan(check.options.length);
      }
    }
    const foil = askedFoil(QUESTION_BANK, responses);
    if (!foil) throw new Error('every respondent rates a foil');
    expect([0, 1, 2, 3]).toContain(responses[foil.id]);
    foilsAsked.add(foil.id);
    // Nothing but the questions of the one assessment its answers draw.
    const asked = listQuestions(QUESTION_BANK, drawAssessment(QUESTION_BANK, 0, responses));
    expect(Object.keys(responses).sort()).toEqual(asked.map((question) => question.id).sort());
  }
  // The draw differs between respondents: the pool's foils all get asked.
  expect(foilsAsked.size).toBe(QUESTION_BANK.foils.length);
});

test('without noise the answers are unbiased for the true area scores', () => {
  // Sub-skill levels are Binomial(5, A/100), mean A/20: over 400 people × 5 areas
  // the mean error of the area score should be near 0 (its standard error is ≈ 0.4).
  const random = createMulberry32(11);
  let error = 0;
  let count = 0;
  for (let index = 0; index < 400; index += 1) {
    const respondent = simulateRespondent(QUESTION_BANK, NO_NOISE, random);
    const scores = computeAreaScores(QUESTION_BANK, respondent.responses);
    for (const area of QUESTION_BANK.areas) {
      error += (scores[area.id] ?? Number.NaN) - respondent.areas[area.id];
      count += 1;
    }
  }
  expect(Math.abs(error / count)).toBeLessThan(1.5);
});

// Version 1's checks and its one foil, so the answers are a whole version 1 assessment.
test('a respondent is scored by computeProfile and set beside the truth', () => {
  const outcome = evaluateRespondent(BANK_V1, {
    kind: 'random-i',
    overclaimer: false,
    // True: Statistics deep, the rest narrow → I-shaped,
    // P = (−72 − 0.75 × 15 + 0.75 × 25 + 20) / (72 + 11.25 + 18.75 + 20) = −44.5 / 122.
    areas: {
      statistics: 72,
      'business-communication': 30,
      'production-software': 25,
      experimentation: 15,
      deployment: 20,
    },
    // Answered without noise: levels 4, 1, 1, 1, 1 → P = (−80 − 15 + 15 + 20) / 130 = −60 / 130.
    noiseFreeAreas: {
      statistics: 80,
      'business-communication': 20,
      'production-software': 20,
      experimentation: 20,
      deployment: 20,
    },
    responses: {
      ...buildLevels(
        {
          statistics: 4,
          'business-communication': 1,
          'production-software': 1,
          experimentation: 1,
          deployment: 1,
        },
        BANK_V1,
      ),
      ...buildChecks({}, BANK_V1),
      [onlyFoil(BANK_V1).id]: 3,
    },
  });
  expect(outcome).toMatchObject({
    trueShape: 'I-shaped',
    noiseFreeShape: 'I-shaped',
    shownShape: 'I-shaped',
    shapeFrequency: 1,
    calibrationFlags: 0,
    overclaimFlag: true,
  });
  expect(outcome.truePosition).toBeCloseTo(-44.5 / 122, 10);
  expect(outcome.noiseFreePosition).toBeCloseTo(-60 / 130, 10);
  expect(outcome.shownPosition).toBeCloseTo(-60 / 130, 10);
  // Every item of an area at one level: nothing varies, the intervals have no width.
  expect(outcome.positionInterval?.[1]).toBeCloseTo(outcome.positionInterval?.[0] ?? Number.NaN);
  expect(outcome.areas[0]).toEqual({ trueScore: 72, interval: [80, 80], borderline: false });
});

function outcome(overrides: Partial<RespondentOutcome>): RespondentOutcome {
  return {
    kind: 'random-t',
    overclaimer: false,
    trueShape: 'T-shaped',
    noiseFreeShape: 'T-shaped',
    shownShape: 'T-shaped',
    shapeFrequency: 0.9,
    truePosition: 0,
    noiseFreePosition: 0,
    shownPosition: 0,
    positionInterval: [-0.1, 0.1],
    areas: [],
    calibrationFlags: 0,
    overclaimFlag: false,
    ...overrides,
  };
}

test('the summary counts coverage, error, shapes, borderline areas and flags', () => {
  const report = summariseOutcomes('typical', [
    outcome({
      truePosition: 0.05,
      shownPosition: 0.1,
      areas: [
        { trueScore: 72, interval: [65, 80], borderline: true },
        { trueScore: 30, interval: [20, 40], borderline: false },
      ],
    }),
    outcome({
      overclaimer: true,
      truePosition: 0.3,
      shownPosition: 0,
      shownShape: 'Π-shaped',
      shapeFrequency: 0.5,
      areas: [{ trueScore: 95, interval: [75, 90], borderline: false }],
      calibrationFlags: 1,
      overclaimFlag: true,
    }),
    outcome({ truePosition: null, shownPosition: null, positionInterval: null }),
  ]);
  expect(report.respondents).toBe(3);
  expect(report.positionCoverage).toEqual({ count: 1, total: 2, rate: 0.5 });
  expect(report.positionCoverageHonest).toEqual({ count: 1, total: 1, rate: 1 });
  expect(report.positionMae).toBeCloseTo((0.05 + 0.3) / 2, 10);
  // Against the noise-free answers' P (0 in every fixture): |0.1| and |0|.
  expect(report.positionMaeNoiseFree).toBeCloseTo(0.05, 10);
  expect(report.meanPositionIntervalWidth).toBeCloseTo(0.2, 10);
  expect(report.areaCoverage).toEqual({ count: 2, total: 3, rate: 2 / 3 });
  expect(report.shapeAccuracy).toEqual({ count: 2, total: 3, rate: 2 / 3 });
  expect(report.shapeAccuracyNoiseFree).toEqual({ count: 2, total: 3, rate: 2 / 3 });
  expect(report.shapeAccuracyConfident).toEqual({ count: 2, total: 2, rate: 1 });
  expect(report.shapeConfusion['T-shaped']).toMatchObject({ 'T-shaped': 2, 'Π-shaped': 1 });
  expect(report.borderlineNear).toEqual({ count: 1, total: 1, rate: 1 });
  expect(report.borderlineFar).toEqual({ count: 0, total: 2, rate: 0 });
  expect(report.calibrationFlagOverclaimers).toEqual({ count: 1, total: 1, rate: 1 });
  expect(report.calibrationFlagHonest).toEqual({ count: 0, total: 2, rate: 0 });
  expect(report.foilFlagOverclaimers.rate).toBe(1);
  expect(report.foilFlagHonest.rate).toBe(0);
});

test('the study is reproducible: the same seed gives the same figures', () => {
  const run = () => runStudy({ bank: QUESTION_BANK, respondents: 15, noiseLevels: ['high'] });
  expect(run()).toEqual(run());
});

test('the study runs, and the 80% interval for P still covers the true P about 80% of the time', () => {
  // A small sample (about a second); `npm run study` runs 2,000 per setting. With 600
  // respondents the coverage's standard error is 1.6 points, so 75–85% is about ±3 of
  // them around 80%. The seed is fixed, so the test is not flaky; the band is there so
  // that a change which narrows the intervals well below 80%, or widens them until they
  // say nothing, fails here. (The sample follows the reference profiles, which the
  // respondents are drawn around: with the nine there are now, on the version 2 bank, this
  // sample covers 78.2%.)
  const [report] = runStudy({ bank: QUESTION_BANK, respondents: 600, noiseLevels: ['typical'] });
  if (!report) throw new Error('the study reports on the setting asked for');
  expect(report.noise).toBe('typical');
  expect(report.respondents).toBe(600);
  expect(report.positionCoverage.total).toBeGreaterThan(590);
  expect(report.positionCoverage.rate).toBeGreaterThan(0.75);
  expect(report.positionCoverage.rate).toBeLessThan(0.85);
  const confused = SHAPE_NAMES.flatMap((row) =>
    SHAPE_NAMES.map((column) => report.shapeConfusion[row][column]),
  );
  expect(confused.reduce((sum, count) => sum + count, 0)).toBe(600);
  // Shapes are read far better than chance (one in seven).
  expect(report.shapeAccuracy.rate).toBeGreaterThan(0.35);
  // Borderline flags follow the truth: far more often near τd than far from it.
  expect(report.borderlineNear.rate).toBeGreaterThan(3 * (report.borderlineFar.rate ?? 1));
});
