/**
 * A simulation study of the scoring (issue 10): respondents whose true profile
 * is known answer the bank with realistic noise, the app's own `computeProfile`
 * scores them, and the result is compared with the truth. `npm run study` runs
 * it at full size (tests/study/study.mjs); a unit test runs a small sample.
 *
 * Pure and deterministic: every random draw comes from a seeded mulberry32, and
 * the code uses only + − × ÷ and comparisons (no Math.log, Math.cos…), whose
 * results JavaScript fixes bit for bit, so the same seed gives the same figures
 * on every machine and the published JSON can be checked by re-running it.
 */
import type { AreaId, QuestionBank } from '../data/bank-types';
import { REFERENCE_PROFILES } from '../data/reference-profiles';
import { MAX_LEVEL, scoreFromLevelSum } from './area-scores';
import type { BootstrapOptions, Interval } from './bootstrap';
import { computeProfile } from './profile';
import { createMulberry32 } from './prng';
import { drawAssessment } from './quiz-plan';
import { classifyShape, DEPTH_THRESHOLD, SHAPE_NAMES, type ShapeName } from './shape';
import { computeSpectrumPosition } from './spectrum';

export type NoiseLevel = 'low' | 'typical' | 'high';

/** Every noise setting, from least to most noisy, in the order reports list them. */
export const NOISE_LEVELS: readonly NoiseLevel[] = ['low', 'typical', 'high'];

/**
 * How a simulated person turns their true sub-skill levels into answers. The
 * figures are assumptions, not measurements: the study shows how the scoring
 * behaves under them, and the three settings bracket what seems plausible.
 */
export interface NoiseModel {
  /** Chance that an answer lands one level off the truth, up or down alike. */
  readonly slip: number;
  /** Chance that an answer lands two levels off (a misread anchor). */
  readonly bigSlip: number;
  /** Share of respondents who over-claim. */
  readonly overclaimers: number;
  /** For an over-claimer, the chance that each answer is one level too high. */
  readonly overclaimBump: number;
  /** Chance that an honest person rates the made-up foil at each level 0..3. */
  readonly honestFoil: readonly [number, number, number, number];
  /** The same for an over-claimer. */
  readonly overclaimerFoil: readonly [number, number, number, number];
}

export const NOISE_MODELS: Readonly<Record<NoiseLevel, NoiseModel>> = {
  low: {
    slip: 0.1,
    bigSlip: 0,
    overclaimers: 0.05,
    overclaimBump: 0.5,
    honestFoil: [0.92, 0.07, 0.01, 0],
    overclaimerFoil: [0.45, 0.25, 0.2, 0.1],
  },
  typical: {
    slip: 0.25,
    bigSlip: 0.02,
    overclaimers: 0.1,
    overclaimBump: 0.6,
    honestFoil: [0.88, 0.1, 0.02, 0],
    overclaimerFoil: [0.4, 0.25, 0.2, 0.15],
  },
  high: {
    slip: 0.4,
    bigSlip: 0.05,
    overclaimers: 0.2,
    overclaimBump: 0.7,
    honestFoil: [0.8, 0.15, 0.04, 0.01],
    overclaimerFoil: [0.35, 0.25, 0.25, 0.15],
  },
};

/** Where a true profile came from: a jittered reference profile, or a random shape. */
export type ProfileKind =
  | `reference:${string}`
  | 'random-i'
  | 'random-t'
  | 'random-pi'
  | 'random-comb'
  | 'random-generalist';

const RANDOM_KINDS = [
  'random-i',
  'random-t',
  'random-pi',
  'random-comb',
  'random-generalist',
] as const satisfies readonly ProfileKind[];
type RandomKind = (typeof RANDOM_KINDS)[number];

/** Every kind of true profile, references first: half the respondents come from each group. */
export const PROFILE_KINDS: readonly ProfileKind[] = [
  ...REFERENCE_PROFILES.map((profile): ProfileKind => `reference:${profile.id}`),
  ...RANDOM_KINDS,
];

/** Spread (score points, one standard deviation) of a respondent around a reference profile. */
const REFERENCE_JITTER = 10;

type Random = () => number;

export interface TrueProfile {
  readonly kind: ProfileKind;
  /** True area scores, 0–100: the mean a person's sub-skills are drawn around. */
  readonly areas: Readonly<Record<AreaId, number>>;
}

export interface SimulatedRespondent extends TrueProfile {
  readonly overclaimer: boolean;
  /** Question id → answer, as the quiz would store it (levels, check options, foil). */
  readonly responses: Readonly<Record<string, number>>;
  /**
   * Area scores from the true sub-skill levels, before any response noise: what
   * a careful, honest answer to this bank would give. Set beside the true
   * profile, it separates what the few-item sample of an area costs from what
   * the answering costs.
   */
  readonly noiseFreeAreas: Readonly<Record<AreaId, number>>;
}

/** Score ranges (0–100) of a random shape's deep, broad-only and narrow areas. */
const DEEP_RANGE = [65, 95] as const;
const BROAD_RANGE = [35, 68] as const;
const NARROW_RANGE = [0, 38] as const;

/** How many deep and how many broad-only areas each random shape has. */
const RANDOM_SHAPE_COUNTS: Readonly<
  Record<RandomKind, (random: Random) => readonly [number, number]>
> = {
  'random-i': (random) => [1, random() < 0.5 ? 0 : 1],
  'random-t': (random) => [1, random() < 0.5 ? 3 : 4],
  'random-pi': (random) => [2, 1 + Math.floor(random() * 3)],
  'random-comb': (random) => [random() < 0.5 ? 3 : 4, 1],
  'random-generalist': (random) => [0, random() < 0.5 ? 3 : 4],
};

/**
 * A true area profile: a reference profile jittered by N(0, 10²) per area, or a
 * random I, T, Π, comb or generalist shape. Depth is drawn from 65–95 and
 * breadth from 35–68, ranges that straddle the thresholds on purpose, so some
 * respondents sit near τb and τd, where the scoring is hardest.
 */
export function drawTrueProfile(bank: QuestionBank, random: Random): TrueProfile {
  const kind = pick(PROFILE_KINDS, random);
  const ids = bank.areas.map((area) => area.id);
  if (kind.startsWith('reference:')) {
    const reference = REFERENCE_PROFILES.find((profile) => kind === `reference:${profile.id}`);
    const areas = Object.fromEntries(
      ids.map((id) => [
        id,
        clampScore((reference?.areas[id] ?? 50) + REFERENCE_JITTER * normal(random)),
      ]),
    ) as Record<AreaId, number>;
    return { kind, areas };
  }
  const [deep, broad] = RANDOM_SHAPE_COUNTS[kind as RandomKind](random);
  const order = shuffle(ids, random);
  const areas = Object.fromEntries(
    order.map((id, index) => {
      const band = index < deep ? DEEP_RANGE : index < deep + broad ? BROAD_RANGE : NARROW_RANGE;
      return [id, band[0] + (band[1] - band[0]) * random()];
    }),
  ) as Record<AreaId, number>;
  return { kind, areas };
}

/**
 * One respondent: a true profile, true sub-skill levels drawn around it, and
 * the answers those become under a noise model.
 *
 * - True level of a sub-skill: Binomial(5, A/100). Its mean is exactly A/20, so
 *   the true area score A is what the area's answers estimate, with no clamping
 *   at 0 or 5 to bias it; the spread (about one level) shrinks near the ends of
 *   the scale, as it must on a bounded one.
 * - Noise: each answer slips ±1 level (or ±2) at random, kept within 0–5; an
 *   over-claimer also adds one level to each answer with some probability.
 * - Knowledge checks follow the TRUE area level, not the claimed one: the chance
 *   of a correct answer rises from guessing (¼ of four options) at level ≤ 1 to
 *   0.95 at level ≥ 4. A wrong answer picks another option at random.
 * - The foil is rated 0..3 from the noise model's honest or over-claimer odds.
 */
export function simulateRespondent(
  bank: QuestionBank,
  noise: NoiseModel,
  random: Random,
): SimulatedRespondent {
  const truth = drawTrueProfile(bank, random);
  const overclaimer = random() < noise.overclaimers;
  // A bank that asks all its pools (version 1) draws without using the study's random,
  // so its simulated answers stay as they were.
  const pooled =
    bank.foils.length > 1 || bank.areas.some((area) => area.checks.length > bank.checksPerArea);
  const draw = drawAssessment(bank, pooled ? Math.floor(random() * 4294967296) : 0);
  const responses: Record<string, number> = {};
  const noiseFreeAreas: Partial<Record<AreaId, number>> = {};
  for (const area of bank.areas) {
    const meanLevel = truth.areas[area.id] / 20;
    let levelSum = 0;
    for (const item of area.items) {
      const level = binomial(MAX_LEVEL, meanLevel / MAX_LEVEL, random);
      levelSum += level;
      responses[item.id] = answerRating(level);
    }
    noiseFreeAreas[area.id] = scoreFromLevelSum(levelSum, area.items.length);
    const correctChance = 0.25 + 0.7 * Math.min(1, Math.max(0, (meanLevel - 1) / 3));
    for (const check of area.checks.filter((each) => draw.checks.has(each.id))) {
      const wrong = 1 + Math.floor(random() * (check.options.length - 1));
      responses[check.id] =
        random() < correctChance
          ? check.correctIndex
          : (check.correctIndex + wrong) % check.options.length;
    }
  }
  responses[draw.foil.id] = pickWeighted(
    overclaimer ? noise.overclaimerFoil : noise.honestFoil,
    random,
  );
  return {
    ...truth,
    overclaimer,
    responses,
    noiseFreeAreas: noiseFreeAreas as Record<AreaId, number>,
  };

  function answerRating(level: number): number {
    const roll = random();
    let answer = level;
    if (roll < noise.bigSlip) answer += random() < 0.5 ? -2 : 2;
    else if (roll < noise.bigSlip + noise.slip) answer += random() < 0.5 ? -1 : 1;
    if (overclaimer && random() < noise.overclaimBump) answer += 1;
    return Math.min(MAX_LEVEL, Math.max(0, answer));
  }
}

/** What the study compares for one respondent: the truth beside what the app would show. */
export interface RespondentOutcome {
  readonly kind: ProfileKind;
  readonly overclaimer: boolean;
  readonly trueShape: ShapeName;
  /** The shape of the noise-free answers (see SimulatedRespondent.noiseFreeAreas). */
  readonly noiseFreeShape: ShapeName;
  readonly shownShape: ShapeName;
  /** Bootstrap share of the shown shape ("T-shaped, 78%"). */
  readonly shapeFrequency: number;
  /** null: not enough signal. */
  readonly truePosition: number | null;
  readonly noiseFreePosition: number | null;
  readonly shownPosition: number | null;
  readonly positionInterval: Interval | null;
  readonly areas: readonly {
    readonly trueScore: number;
    readonly interval: Interval | null;
    readonly borderline: boolean;
  }[];
  readonly calibrationFlags: number;
  readonly overclaimFlag: boolean;
}

/** Scores one respondent with `computeProfile`, exactly as the results page does. */
export function evaluateRespondent(
  bank: QuestionBank,
  respondent: SimulatedRespondent,
  bootstrapOptions: BootstrapOptions = {},
): RespondentOutcome {
  const profile = computeProfile(bank, respondent.responses, {}, bootstrapOptions);
  return {
    kind: respondent.kind,
    overclaimer: respondent.overclaimer,
    trueShape: classifyShape(bank.areas.map((area) => respondent.areas[area.id])),
    noiseFreeShape: classifyShape(bank.areas.map((area) => respondent.noiseFreeAreas[area.id])),
    shownShape: profile.shape,
    shapeFrequency: profile.shapeFrequency,
    truePosition: computeSpectrumPosition(respondent.areas),
    noiseFreePosition: computeSpectrumPosition(respondent.noiseFreeAreas),
    shownPosition: profile.spectrum.position,
    positionInterval: profile.spectrum.interval,
    areas: profile.areas.map((reading) => ({
      trueScore: respondent.areas[reading.id],
      interval: reading.interval,
      borderline: reading.borderline,
    })),
    calibrationFlags: profile.flags.filter((flag) => flag.kind === 'calibration').length,
    overclaimFlag: profile.flags.some((flag) => flag.kind === 'overclaim'),
  };
}

/** A count out of a total, and their ratio (null when there was nothing to count). */
export interface Rate {
  readonly count: number;
  readonly total: number;
  readonly rate: number | null;
}

/** A true area counts as near τd within ±5 points, and as far from it beyond ±20. */
export const NEAR_DEPTH = 5;
export const FAR_FROM_DEPTH = 20;
/** The shape's bootstrap share from which the app's shape counts as confident here. */
export const CONFIDENT_SHARE = 0.8;

export interface NoiseReport {
  readonly noise: NoiseLevel;
  readonly respondents: number;
  /** Respondents whose true profile has enough signal for a P, and who were shown one. */
  readonly positionCoverage: Rate;
  /** Coverage among honest respondents only: over-claiming is a bias no interval can see. */
  readonly positionCoverageHonest: Rate;
  readonly positionMae: number | null;
  /** The same error against the noise-free answers' P: what response noise alone costs. */
  readonly positionMaeNoiseFree: number | null;
  readonly meanPositionIntervalWidth: number | null;
  /** How often an area's 80% interval contains its true score, over all areas scored. */
  readonly areaCoverage: Rate;
  readonly shapeAccuracy: Rate;
  /** How often the shown shape is the shape of the noise-free answers. */
  readonly shapeAccuracyNoiseFree: Rate;
  /** Accuracy where the bootstrap share of the shown shape is at least 80%. */
  readonly shapeAccuracyConfident: Rate;
  /** Mean bootstrap share of the shown shape, to set beside the accuracy. */
  readonly meanShapeFrequency: number | null;
  /** true shape → shown shape → respondents. */
  readonly shapeConfusion: Readonly<Record<ShapeName, Readonly<Record<ShapeName, number>>>>;
  /** Borderline flags on areas whose true score is within ±5 of τd… */
  readonly borderlineNear: Rate;
  /** …and on areas more than 20 points away from it. */
  readonly borderlineFar: Rate;
  /** Respondents with at least one calibration flag. */
  readonly calibrationFlagOverclaimers: Rate;
  readonly calibrationFlagHonest: Rate;
  /** Respondents flagged for rating the made-up foil. */
  readonly foilFlagOverclaimers: Rate;
  readonly foilFlagHonest: Rate;
}

/** The summary of one noise setting from its respondents' outcomes. */
export function summariseOutcomes(
  noise: NoiseLevel,
  outcomes: readonly RespondentOutcome[],
): NoiseReport {
  const placed = outcomes.filter(
    (outcome) =>
      outcome.truePosition !== null &&
      outcome.shownPosition !== null &&
      outcome.positionInterval !== null,
  );
  const covers = (outcome: RespondentOutcome) =>
    contains(outcome.positionInterval, outcome.truePosition);
  const areas = outcomes.flatMap((outcome) => outcome.areas);
  const scoredAreas = areas.filter((area) => area.interval !== null);
  const distance = (area: (typeof areas)[number]) => Math.abs(area.trueScore - DEPTH_THRESHOLD);
  const overclaimers = outcomes.filter((outcome) => outcome.overclaimer);
  const rightShape = (outcome: RespondentOutcome) => outcome.shownShape === outcome.trueShape;
  const honest = outcomes.filter((outcome) => !outcome.overclaimer);

  const confusion = Object.fromEntries(
    SHAPE_NAMES.map((row) => [
      row,
      Object.fromEntries(
        SHAPE_NAMES.map((column) => [
          column,
          outcomes.filter((outcome) => outcome.trueShape === row && outcome.shownShape === column)
            .length,
        ]),
      ),
    ]),
  ) as Record<ShapeName, Record<ShapeName, number>>;

  return {
    noise,
    respondents: outcomes.length,
    positionCoverage: rate(placed, covers),
    positionCoverageHonest: rate(
      placed.filter((outcome) => !outcome.overclaimer),
      covers,
    ),
    positionMae: mean(
      placed.map((outcome) =>
        Math.abs((outcome.shownPosition as number) - (outcome.truePosition as number)),
      ),
    ),
    positionMaeNoiseFree: mean(
      placed
        .filter((outcome) => outcome.noiseFreePosition !== null)
        .map((outcome) =>
          Math.abs((outcome.shownPosition as number) - (outcome.noiseFreePosition as number)),
        ),
    ),
    meanPositionIntervalWidth: mean(
      placed.map((outcome) => {
        const [low, high] = outcome.positionInterval as Interval;
        return high - low;
      }),
    ),
    areaCoverage: rate(scoredAreas, (area) => contains(area.interval, area.trueScore)),
    shapeAccuracy: rate(outcomes, rightShape),
    shapeAccuracyNoiseFree: rate(
      outcomes,
      (outcome) => outcome.shownShape === outcome.noiseFreeShape,
    ),
    shapeAccuracyConfident: rate(
      outcomes.filter((outcome) => outcome.shapeFrequency >= CONFIDENT_SHARE),
      rightShape,
    ),
    meanShapeFrequency: mean(outcomes.map((outcome) => outcome.shapeFrequency)),
    shapeConfusion: confusion,
    borderlineNear: rate(
      scoredAreas.filter((area) => distance(area) <= NEAR_DEPTH),
      (area) => area.borderline,
    ),
    borderlineFar: rate(
      scoredAreas.filter((area) => distance(area) > FAR_FROM_DEPTH),
      (area) => area.borderline,
    ),
    calibrationFlagOverclaimers: rate(overclaimers, (outcome) => outcome.calibrationFlags > 0),
    calibrationFlagHonest: rate(honest, (outcome) => outcome.calibrationFlags > 0),
    foilFlagOverclaimers: rate(overclaimers, (outcome) => outcome.overclaimFlag),
    foilFlagHonest: rate(honest, (outcome) => outcome.overclaimFlag),
  };
}

export interface StudyOptions {
  readonly bank: QuestionBank;
  /** Respondents per noise setting. */
  readonly respondents: number;
  /** Seed of the respondent generator; each noise setting offsets it by its index. */
  readonly seed?: number;
  /** Passed to computeProfile; leave unset to study exactly what the app shows. */
  readonly bootstrap?: BootstrapOptions;
  readonly noiseLevels?: readonly NoiseLevel[];
}

/** The default study seed, fixed so the published figures can be reproduced. */
export const STUDY_SEED = 20_261_110;

/**
 * Runs the study: for each noise setting, `respondents` simulated people are
 * scored by `computeProfile` and summarised. Each setting has its own stream of
 * random numbers, so adding a setting does not change the others' figures.
 */
export function runStudy({
  bank,
  respondents,
  seed = STUDY_SEED,
  bootstrap = {},
  noiseLevels = NOISE_LEVELS,
}: StudyOptions): readonly NoiseReport[] {
  return noiseLevels.map((noise) => {
    const random = createMulberry32(seed + NOISE_LEVELS.indexOf(noise));
    const outcomes: RespondentOutcome[] = [];
    for (let index = 0; index < respondents; index += 1) {
      const respondent = simulateRespondent(bank, NOISE_MODELS[noise], random);
      outcomes.push(evaluateRespondent(bank, respondent, bootstrap));
    }
    return summariseOutcomes(noise, outcomes);
  });
}

function contains(interval: Interval | null, value: number | null): boolean {
  return interval !== null && value !== null && interval[0] <= value && value <= interval[1];
}

function rate<T>(items: readonly T[], counts: (item: T) => boolean): Rate {
  const count = items.filter(counts).length;
  return { count, total: items.length, rate: items.length === 0 ? null : count / items.length };
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function clampScore(score: number): number {
  return Math.min(100, Math.max(0, score));
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** An index drawn with the given weights (which sum to 1; any remainder falls on the last). */
function pickWeighted(weights: readonly number[], random: Random): number {
  let roll = random();
  for (let index = 0; index < weights.length - 1; index += 1) {
    roll -= weights[index] as number;
    if (roll < 0) return index;
  }
  return weights.length - 1;
}

/** Fisher–Yates, on a copy. */
function shuffle<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function binomial(trials: number, chance: number, random: Random): number {
  let successes = 0;
  for (let trial = 0; trial < trials; trial += 1) if (random() < chance) successes += 1;
  return successes;
}

/**
 * A standard normal draw as the sum of twelve uniforms minus 6 (Irwin–Hall):
 * mean 0, variance 1, tails cut at ±6. Plain sums keep the study bit-for-bit
 * reproducible, which Box–Muller's Math.log and Math.cos would not guarantee.
 */
function normal(random: Random): number {
  let sum = 0;
  for (let draw = 0; draw < 12; draw += 1) sum += random();
  return sum - 6;
}
