/**
 * A simulation study of the scoring (issue 20): does what the results page says hold
 * for people whose truth is known? Simulated people answer the bank twice (a first
 * take and a retake with fresh answer error); the app's own `computeProfile` scores
 * both, exactly as the results page does; the study compares the first take with the
 * person's truth and with the retake. `npm run study` runs it at full size
 * (tests/study/study.mjs); a unit test runs a small sample.
 *
 * The truth is each person's noise-free answers: the levels they would give with no
 * random answer error. Two respondent models, written apart so that the scoring is not
 * only tested against the assumptions it makes itself:
 *
 * - "uniform", like the scoring's own model: true sub-skill levels around a true
 *   profile, every answer slipping one or two levels at fixed rates, the same for
 *   everyone.
 * - "styled": some items harder for everyone (difficulty), stable response styles
 *   (leniency, extreme answering), and some people noisier than others.
 *
 * Both have over-claimers and careless respondents. No parameter of the scoring is
 * tuned on the figure it reports: `tuneScoring` searches on TUNING_SEED with the
 * uniform model at typical noise; the published figures come from REPORT_SEED with the
 * app's defaults.
 *
 * Pure and deterministic: every random draw comes from a seeded mulberry32, and the
 * code uses only + − × ÷ and comparisons (no Math.log, Math.cos…), whose results
 * JavaScript fixes bit for bit, so the same seed gives the same figures on every
 * machine and the published JSON can be checked by re-running it.
 */
import type { AreaId, QuestionBank } from '../data/bank-types';
import { REFERENCE_PROFILES } from '../data/reference-profiles';
import { computeAreaScores, MAX_LEVEL } from './area-scores';
import type { Flag } from './flags';
import { computeProfile, stateShapes } from './profile';
import { createMulberry32 } from './prng';
import { drawAssessment, type AssessmentDraw } from './quiz-plan';
import { SHAPE_NAMES, summariseShape, type ShapeName } from './shape';
import { computeSpectrumPosition } from './spectrum';
import { ANSWER_ERROR, INTERVAL_MASS, SINGLE_SHAPE_FROM, type Interval } from './uncertainty';

// ---------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------

export type ModelId = 'uniform' | 'styled';
/** Both respondent models, in the order reports list them. */
export const MODEL_IDS: readonly ModelId[] = ['uniform', 'styled'];

export type NoiseLevel = 'low' | 'typical' | 'high';
/** Every noise setting, from least to most noisy, in the order reports list them. */
export const NOISE_LEVELS: readonly NoiseLevel[] = ['low', 'typical', 'high'];

/**
 * Honest people answer with their calm-day levels plus random error; over-claimers rate
 * themselves up (and rate the made-up foil); careless people do not read the items.
 */
export type RespondentKind = 'honest' | 'overclaimer' | 'careless';
export const RESPONDENT_KINDS: readonly RespondentKind[] = ['honest', 'overclaimer', 'careless'];

export type FlagKind = Flag['kind'];
// A record, so that a new kind of flag in flags.ts fails to compile here until the
// study counts it too.
const FLAG_KIND_SET: Readonly<Record<FlagKind, true>> = {
  calibration: true,
  overclaim: true,
  fast: true,
  'straight-line': true,
};
/** Every kind of flag, as the study counts them. */
export const FLAG_KINDS = Object.keys(FLAG_KIND_SET) as readonly FlagKind[];

/** What the study may pass to computeProfile; the app uses the defaults. */
export type ScoringOptions = NonNullable<Parameters<typeof computeProfile>[3]>;

/** The seed the published figures come from. */
export const REPORT_SEED = 20_261_120;
/** The seed the scoring's parameters are tuned on: never the one that reports. */
export const TUNING_SEED = 7_351_981;
/** What the tuning runs on: one model and one noise level, see tuneScoring. */
export const TUNING_SETTING = { model: 'uniform', noise: 'typical' } as const satisfies {
  readonly model: ModelId;
  readonly noise: NoiseLevel;
};

/**
 * Chance that a person rates the made-up foil at each level, from 0 up. The figures
 * are assumptions, not measurements: the over-claiming flag's rate for honest people
 * follows from them directly.
 */
export type FoilOdds = readonly number[];

// ---------------------------------------------------------------------------
// Goals
// ---------------------------------------------------------------------------

export type GoalId =
  | 'positionCoverage'
  | 'areaCoverage'
  | 'statedShapesHoldRetake'
  | 'singleShapeStated'
  | 'honestFlagRate';

/** A goal on one of a setting's figures: its value must lie within [min, max]. */
export interface StudyGoal {
  readonly id: GoalId;
  /** What the figure is, in words, without its bounds (they are min and max). */
  readonly figure: string;
  readonly min: number | null;
  readonly max: number | null;
}

/**
 * The study's goals (issue 20), the one list the study, its tuning and the page read.
 * Each is judged per model and noise level.
 */
export const STUDY_GOALS: readonly StudyGoal[] = [
  {
    id: 'positionCoverage',
    figure: 'the 80% interval of the spectrum position holds the truth',
    min: 0.75,
    max: 0.85,
  },
  {
    id: 'areaCoverage',
    figure: 'the 80% interval of an area score holds the truth',
    min: 0.75,
    max: 0.85,
  },
  {
    id: 'statedShapesHoldRetake',
    figure: 'the shape stated (one, or the two named) holds the retake’s shape',
    min: 0.9,
    max: null,
  },
  { id: 'singleShapeStated', figure: 'a single shape is stated', min: 0.4, max: null },
  {
    id: 'honestFlagRate',
    figure: 'the flag of any one kind fires for honest respondents (the most frequent kind)',
    min: null,
    max: 0.02,
  },
];

/** A goal's figure in one setting, and whether it is met. */
export interface GoalCheck {
  readonly id: GoalId;
  /** null when there was nothing to count, which never meets a goal. */
  readonly value: number | null;
  readonly met: boolean;
}

function findGoal(id: GoalId): StudyGoal {
  const goal = STUDY_GOALS.find((each) => each.id === id);
  if (!goal) throw new Error(`No study goal ${id}.`);
  return goal;
}

function meetsGoal(goal: StudyGoal, value: number | null): boolean {
  return (
    value !== null &&
    (goal.min === null || value >= goal.min) &&
    (goal.max === null || value <= goal.max)
  );
}

// ---------------------------------------------------------------------------
// True profiles (shared by both models: where people are, not how they answer)
// ---------------------------------------------------------------------------

type Random = () => number;

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

/** Every kind of true profile, references first: about half the respondents come from each group. */
export const PROFILE_KINDS: readonly ProfileKind[] = [
  ...REFERENCE_PROFILES.map((profile): ProfileKind => `reference:${profile.id}`),
  ...RANDOM_KINDS,
];

/** Spread (score points, one standard deviation) of a respondent around a reference profile. */
const REFERENCE_JITTER = 10;

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

export interface TrueProfile {
  readonly kind: ProfileKind;
  /** True area scores, 0–100: the mean a person's sub-skills are drawn around. */
  readonly areas: Readonly<Record<AreaId, number>>;
}

/**
 * A true area profile: a reference profile jittered by N(0, 10²) per area, or a
 * random I, T, Π, comb or generalist shape. Depth is drawn from 65–95 and breadth
 * from 35–68, ranges that straddle the thresholds on purpose, so some respondents sit
 * near τb and τd, where the scoring is hardest.
 */
export function drawTrueProfile(bank: QuestionBank, random: Random): TrueProfile {
  const kind = pick(PROFILE_KINDS, random);
  const ids = bank.areas.map((area) => area.id);
  if (kind.startsWith('reference:')) {
    const reference = REFERENCE_PROFILES.find((profile) => kind === `reference:${profile.id}`);
    const areas = Object.fromEntries(
      ids.map((id) => [
        id,
        clamp((reference?.areas[id] ?? 50) + REFERENCE_JITTER * normal(random), 0, 100),
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

// ---------------------------------------------------------------------------
// A simulated respondent
// ---------------------------------------------------------------------------

/** One sitting of the assessment, as the quiz would store it. */
export interface Take {
  /** Question id → answer: levels for rating items and the foil, option index for checks. */
  readonly responses: Readonly<Record<string, number>>;
  /** Rating item id → ms spent on it. */
  readonly timings: Readonly<Record<string, number>>;
}

/** A styled respondent's stable ways of answering (model "styled" only). */
export interface ResponseStyle {
  /** +1 rates generously, −1 strictly, 0 neither. */
  readonly leniency: -1 | 0 | 1;
  /** Answers away from the middle of the scale are pushed to its ends. */
  readonly extreme: boolean;
  /** This person's answer error as a multiple of the noise level's mean error. */
  readonly errorScale: number;
}

export interface SimulatedRespondent {
  readonly model: ModelId;
  readonly profile: TrueProfile;
  readonly kind: RespondentKind;
  /** Rating item id → true sub-skill level, before any style, over-claiming or error. */
  readonly trueLevels: Readonly<Record<string, number>>;
  /**
   * The truth: rating item id → the level the person would answer with no random
   * answer error. It holds what is stable about the person — their levels, the items'
   * difficulty, their response style, their over-claiming — and none of the random
   * slips, which a retake draws afresh. A careless respondent's are what they would
   * answer if they read the items.
   */
  readonly noiseFree: Readonly<Record<string, number>>;
  /** null in the uniform model, which has no styles. */
  readonly style: ResponseStyle | null;
  readonly firstTake: Take;
  /** The same person again: same levels and style, fresh answer error, a fresh draw of checks and foil. */
  readonly retake: Take;
}

// Tiny helpers both models use: who a person is, how fast they read, what they know.

/** Which kind of respondent, from the shares of careless people and over-claimers. */
function drawRespondentKind(
  careless: number,
  overclaimers: number,
  random: Random,
): RespondentKind {
  const roll = random();
  if (roll < careless) return 'careless';
  return roll < careless + overclaimers ? 'overclaimer' : 'honest';
}

/**
 * A person's typical time per rating item, ms. Considered answers take 2–12 s (most
 * near the quick end); careless ones 0.4–1.4 s, so the fast flag catches most of them
 * but not all. Assumptions, like the foil odds: the fast flag's rates follow from them.
 */
function drawPace(kind: RespondentKind, random: Random): number {
  const roll = random();
  return kind === 'careless' ? 400 + 1000 * roll : 2000 + 10_000 * roll * roll;
}

/** Time on each rating item: the person's pace, from half to one and a half times it. */
function drawTimings(bank: QuestionBank, pace: number, random: Random): Record<string, number> {
  return Object.fromEntries(
    bank.areas.flatMap((area) => area.items.map((item) => [item.id, pace * (0.5 + random())])),
  );
}

/** The checks and foil one sitting asks: a fresh draw of the bank's pools, as a retake gets. */
function drawSitting(bank: QuestionBank, random: Random): AssessmentDraw {
  return drawAssessment(bank, Math.floor(random() * 4294967296));
}

/**
 * Knowledge checks follow what the person knows, their TRUE levels (not what they
 * claim): the chance of a correct answer rises from guessing (¼ of four options) at a
 * mean level ≤ 1 to 0.95 at ≥ 4. A wrong answer picks another option at random; a
 * careless person picks any option.
 */
function answerChecks(
  bank: QuestionBank,
  draw: AssessmentDraw,
  trueLevels: Readonly<Record<string, number>>,
  careless: boolean,
  responses: Record<string, number>,
  random: Random,
): void {
  for (const area of bank.areas) {
    const meanLevel =
      area.items.reduce((sum, item) => sum + (trueLevels[item.id] as number), 0) /
      area.items.length;
    const correctChance = 0.25 + 0.7 * clamp((meanLevel - 1) / 3, 0, 1);
    for (const check of area.checks.filter((each) => draw.checks.has(each.id))) {
      const options = check.options.length;
      if (careless) {
        responses[check.id] = Math.floor(random() * options);
        continue;
      }
      const wrong = 1 + Math.floor(random() * (options - 1));
      responses[check.id] =
        random() < correctChance ? check.correctIndex : (check.correctIndex + wrong) % options;
    }
  }
}

function clampLevel(level: number): number {
  return clamp(level, 0, MAX_LEVEL);
}

// ---------------------------------------------------------------------------
// Model "uniform": the scoring's own assumptions
// ---------------------------------------------------------------------------

/**
 * How a person of the uniform model turns true levels into answers. Assumptions, not
 * measurements: the study shows how the scoring behaves under them, and the three
 * settings bracket what seems plausible.
 */
export interface UniformNoise {
  /** Chance that an answer lands one level off the calm-day level, up or down alike. */
  readonly slip: number;
  /** Chance that an answer lands two levels off (a misread anchor). */
  readonly bigSlip: number;
  /** Share of respondents who over-claim. */
  readonly overclaimers: number;
  /**
   * For an over-claimer, the chance that an item is rated one level up. Which items is
   * part of the person (drawn once, the same on a retake), so it is in the truth.
   */
  readonly overclaimBump: number;
  /** Share of careless respondents: random answers, fast. */
  readonly careless: number;
  readonly honestFoil: FoilOdds;
  readonly overclaimerFoil: FoilOdds;
}

export const UNIFORM_NOISE: Readonly<Record<NoiseLevel, UniformNoise>> = {
  low: {
    slip: 0.1,
    bigSlip: 0,
    overclaimers: 0.05,
    overclaimBump: 0.5,
    careless: 0.02,
    honestFoil: [0.92, 0.07, 0.01, 0],
    overclaimerFoil: [0.45, 0.25, 0.2, 0.1],
  },
  typical: {
    slip: 0.25,
    bigSlip: 0.02,
    overclaimers: 0.1,
    overclaimBump: 0.6,
    careless: 0.05,
    honestFoil: [0.88, 0.1, 0.02, 0],
    overclaimerFoil: [0.4, 0.25, 0.2, 0.15],
  },
  high: {
    slip: 0.4,
    bigSlip: 0.05,
    overclaimers: 0.2,
    overclaimBump: 0.7,
    careless: 0.08,
    honestFoil: [0.8, 0.15, 0.04, 0.01],
    overclaimerFoil: [0.35, 0.25, 0.25, 0.15],
  },
};

/**
 * One respondent of the uniform model, answering twice.
 *
 * - True level of a sub-skill: Binomial(5, A/100) around the true area score A. Its
 *   mean is exactly A/20, with no clamping at 0 or 5 to bias it.
 * - Calm-day answer (the truth): the true level; an over-claimer's is one level up on
 *   a fixed share of items.
 * - Each answer: the calm-day answer, slipping ±1 or ±2 at the noise level's fixed
 *   rates, the same for everyone, kept within 0–5 (as the scoring assumes).
 * - A careless respondent answers every item at random, fast.
 */
export function simulateUniformRespondent(
  bank: QuestionBank,
  noise: UniformNoise,
  random: Random,
): SimulatedRespondent {
  const profile = drawTrueProfile(bank, random);
  const kind = drawRespondentKind(noise.careless, noise.overclaimers, random);
  const pace = drawPace(kind, random);
  const trueLevels: Record<string, number> = {};
  const noiseFree: Record<string, number> = {};
  for (const area of bank.areas) {
    for (const item of area.items) {
      const level = binomial(MAX_LEVEL, profile.areas[area.id] / 100, random);
      const bump = kind === 'overclaimer' && random() < noise.overclaimBump ? 1 : 0;
      trueLevels[item.id] = level;
      noiseFree[item.id] = clampLevel(level + bump);
    }
  }

  const answerWithSlip = (calm: number): number => {
    const roll = random();
    let answer = calm;
    if (roll < noise.bigSlip) answer += random() < 0.5 ? -2 : 2;
    else if (roll < noise.bigSlip + noise.slip) answer += random() < 0.5 ? -1 : 1;
    return clampLevel(answer);
  };

  const sit = (): Take => {
    const draw = drawSitting(bank, random);
    const responses: Record<string, number> = {};
    for (const area of bank.areas) {
      for (const item of area.items) {
        const calm = noiseFree[item.id] as number;
        responses[item.id] =
          kind === 'careless' ? Math.floor(random() * (MAX_LEVEL + 1)) : answerWithSlip(calm);
      }
    }
    answerChecks(bank, draw, trueLevels, kind === 'careless', responses, random);
    responses[draw.foil.id] =
      kind === 'careless'
        ? Math.floor(random() * (MAX_LEVEL + 1))
        : pickWeighted(kind === 'overclaimer' ? noise.overclaimerFoil : noise.honestFoil, random);
    return { responses, timings: drawTimings(bank, pace, random) };
  };

  const firstTake = sit();
  const retake = sit();
  return { model: 'uniform', profile, kind, trueLevels, noiseFree, style: null, firstTake, retake };
}

// ---------------------------------------------------------------------------
// Model "styled": difficulty, response styles, people noisier than others
// ---------------------------------------------------------------------------

/** The styled model's settings per noise level; see simulateStyledRespondent. */
export interface StyledNoise {
  /** Mean chance, over people, that an answer lands one level off the calm-day level. */
  readonly slip: number;
  /** Mean chance that it lands two levels off. */
  readonly bigSlip: number;
  /** A person's error rates are the mean times a factor drawn evenly from 1 ± this. */
  readonly errorSpread: number;
  /** Share of people who rate generously, and of those who rate strictly. */
  readonly lenient: number;
  readonly severe: number;
  /**
   * A lenient or severe person's shift hits each item with a chance drawn, per person,
   * evenly from this range; which items it hits is stable, the same on a retake.
   */
  readonly leniencyRate: readonly [number, number];
  /** Share of extreme answerers. */
  readonly extreme: number;
  readonly overclaimers: number;
  /** For an over-claimer, the chance that an item is rated one more level up (stable, like leniency). */
  readonly overclaimRate: number;
  /** Share of careless respondents: long straight runs, fast. */
  readonly careless: number;
  /** For a careless respondent, the chance that an answer breaks the run with a random level. */
  readonly carelessBreak: number;
  readonly honestFoil: FoilOdds;
  readonly overclaimerFoil: FoilOdds;
}

/** Items' difficulty offsets are drawn evenly from ± this many levels, then centred per area. */
export const DIFFICULTY_SPREAD = 1;

const STYLES = {
  errorSpread: 0.75,
  lenient: 0.25,
  severe: 0.15,
  leniencyRate: [0.3, 0.8],
  extreme: 0.15,
  carelessBreak: 0.1,
} as const;

export const STYLED_NOISE: Readonly<Record<NoiseLevel, StyledNoise>> = {
  low: {
    ...STYLES,
    slip: 0.1,
    bigSlip: 0,
    overclaimers: 0.05,
    overclaimRate: 0.5,
    careless: 0.02,
    honestFoil: UNIFORM_NOISE.low.honestFoil,
    overclaimerFoil: UNIFORM_NOISE.low.overclaimerFoil,
  },
  typical: {
    ...STYLES,
    slip: 0.25,
    bigSlip: 0.02,
    overclaimers: 0.1,
    overclaimRate: 0.6,
    careless: 0.05,
    honestFoil: UNIFORM_NOISE.typical.honestFoil,
    overclaimerFoil: UNIFORM_NOISE.typical.overclaimerFoil,
  },
  high: {
    ...STYLES,
    slip: 0.4,
    bigSlip: 0.05,
    overclaimers: 0.2,
    overclaimRate: 0.7,
    careless: 0.08,
    honestFoil: UNIFORM_NOISE.high.honestFoil,
    overclaimerFoil: UNIFORM_NOISE.high.overclaimerFoil,
  },
};

/** Rating item id → how many levels harder the item is than its area's average, for everyone. */
export type ItemDifficulty = Readonly<Record<string, number>>;

// Salt so the difficulty stream differs from every setting's respondent stream.
const DIFFICULTY_SALT = 0x64696666; // "diff"

/**
 * Each item's difficulty offset, drawn once per study from its seed, item by item in
 * bank order: evenly from ±DIFFICULTY_SPREAD levels, then centred within the area, so
 * some sub-skills are harder than others for everyone while the area as a whole is as
 * hard as its true score says.
 */
export function drawItemDifficulty(bank: QuestionBank, seed: number): ItemDifficulty {
  const random = createMulberry32(seed ^ DIFFICULTY_SALT);
  return Object.fromEntries(
    bank.areas.flatMap((area) => {
      const raw = area.items.map(() => DIFFICULTY_SPREAD * (2 * random() - 1));
      const mean = raw.reduce((sum, offset) => sum + offset, 0) / raw.length;
      return area.items.map((item, index) => [item.id, (raw[index] as number) - mean]);
    }),
  );
}

/** An extreme answerer's level: off the middle (2, 3) of the scale, one level towards its end. */
function pushToEnd(level: number): number {
  if (level === 1) return 0;
  return level === MAX_LEVEL - 1 ? MAX_LEVEL : level;
}

/**
 * One respondent of the styled model, answering twice.
 *
 * - True level of a sub-skill: Binomial(5, p) with mean A/20 − the item's difficulty
 *   (`difficulty`, the same for everyone in the study).
 * - Calm-day answer (the truth): the true level, shifted one level by the person's
 *   leniency (up) or severity (down) on a stable share of items, one more level up on
 *   a stable share for an over-claimer, kept within 0–5, then for an extreme answerer
 *   pushed from 1 to 0 and from 4 to 5. A style is stable — the same on a retake — so
 *   it belongs to the truth, not to the error; the intervals cannot and do not claim
 *   to see it.
 * - Each answer: the calm-day answer, slipping ±1 or ±2 at the person's own rates
 *   (the noise level's mean times a factor drawn once per person), kept within 0–5.
 * - A careless respondent holds one level through the assessment, breaking the run
 *   now and then with a random level, fast.
 */
export function simulateStyledRespondent(
  bank: QuestionBank,
  noise: StyledNoise,
  difficulty: ItemDifficulty,
  random: Random,
): SimulatedRespondent {
  const profile = drawTrueProfile(bank, random);
  const kind = drawRespondentKind(noise.careless, noise.overclaimers, random);
  const pace = drawPace(kind, random);
  const styleRoll = random();
  const leniency: ResponseStyle['leniency'] =
    styleRoll < noise.lenient ? 1 : styleRoll < noise.lenient + noise.severe ? -1 : 0;
  const [fewest, most] = noise.leniencyRate;
  const leniencyRate = fewest + (most - fewest) * random();
  const style: ResponseStyle = {
    leniency,
    extreme: random() < noise.extreme,
    errorScale: 1 - noise.errorSpread + 2 * noise.errorSpread * random(),
  };
  const slip = noise.slip * style.errorScale;
  const bigSlip = noise.bigSlip * style.errorScale;

  const trueLevels: Record<string, number> = {};
  const noiseFree: Record<string, number> = {};
  for (const area of bank.areas) {
    for (const item of area.items) {
      const meanLevel = profile.areas[area.id] / 20 - (difficulty[item.id] ?? 0);
      const level = binomial(MAX_LEVEL, clamp(meanLevel / MAX_LEVEL, 0, 1), random);
      const styled = leniency !== 0 && random() < leniencyRate ? leniency : 0;
      const claimed = kind === 'overclaimer' && random() < noise.overclaimRate ? 1 : 0;
      const calm = clampLevel(level + styled + claimed);
      trueLevels[item.id] = level;
      noiseFree[item.id] = style.extreme ? pushToEnd(calm) : calm;
    }
  }

  const answerWithOwnError = (calm: number): number => {
    const roll = random();
    if (roll < bigSlip) return clampLevel(calm + (random() < 0.5 ? -2 : 2));
    if (roll < bigSlip + slip) return clampLevel(calm + (random() < 0.5 ? -1 : 1));
    return calm;
  };

  const sit = (): Take => {
    const draw = drawSitting(bank, random);
    const held = Math.floor(random() * (MAX_LEVEL + 1));
    const responses: Record<string, number> = {};
    for (const area of bank.areas) {
      for (const item of area.items) {
        if (kind !== 'careless') {
          responses[item.id] = answerWithOwnError(noiseFree[item.id] as number);
          continue;
        }
        responses[item.id] =
          random() < noise.carelessBreak ? Math.floor(random() * (MAX_LEVEL + 1)) : held;
      }
    }
    answerChecks(bank, draw, trueLevels, kind === 'careless', responses, random);
    responses[draw.foil.id] =
      kind === 'careless'
        ? held
        : pickWeighted(kind === 'overclaimer' ? noise.overclaimerFoil : noise.honestFoil, random);
    return { responses, timings: drawTimings(bank, pace, random) };
  };

  const firstTake = sit();
  const retake = sit();
  return { model: 'styled', profile, kind, trueLevels, noiseFree, style, firstTake, retake };
}

/** One respondent of either model at one noise level. */
export function simulateRespondent(
  bank: QuestionBank,
  model: ModelId,
  noise: NoiseLevel,
  difficulty: ItemDifficulty,
  random: Random,
): SimulatedRespondent {
  return model === 'uniform'
    ? simulateUniformRespondent(bank, UNIFORM_NOISE[noise], random)
    : simulateStyledRespondent(bank, STYLED_NOISE[noise], difficulty, random);
}

// ---------------------------------------------------------------------------
// Scoring a respondent as the app does
// ---------------------------------------------------------------------------

/** What the results page would show for one take. */
export interface TakeReading {
  /** Per area, in bank order. */
  readonly areas: readonly { readonly score: number | null; readonly interval: Interval | null }[];
  /** null: "not enough signal". */
  readonly position: number | null;
  readonly positionInterval: Interval | null;
  readonly shape: ShapeName;
  readonly shapeChances: Readonly<Record<ShapeName, number>>;
  readonly statedShapes: readonly ShapeName[];
  /** The kinds of flag that fired, each once. */
  readonly flags: readonly FlagKind[];
}

/** The truth about one person: what their noise-free answers score. */
export interface Truth {
  /** Per area, in bank order. */
  readonly areas: readonly number[];
  readonly position: number | null;
  readonly shape: ShapeName;
}

/** What the study compares for one respondent. */
export interface RespondentOutcome {
  readonly kind: RespondentKind;
  readonly truth: Truth;
  readonly first: TakeReading;
  /** The retake's shape, as computeProfile gives it. */
  readonly retakeShape: ShapeName;
}

/** Scores one take with `computeProfile`, exactly as the results page does. */
export function readTake(
  bank: QuestionBank,
  take: Take,
  scoring: ScoringOptions = {},
): TakeReading {
  const profile = computeProfile(bank, take.responses, take.timings, scoring);
  return {
    areas: profile.areas.map((area) => ({ score: area.score, interval: area.interval })),
    position: profile.spectrum.position,
    positionInterval: profile.spectrum.interval,
    shape: profile.shape,
    shapeChances: profile.shapeChances,
    statedShapes: profile.statedShapes,
    flags: FLAG_KINDS.filter((kind) => profile.flags.some((flag) => flag.kind === kind)),
  };
}

/** The truth: area scores, position and shape of the noise-free answers, by the app's formulas. */
export function readTruth(bank: QuestionBank, respondent: SimulatedRespondent): Truth {
  const scores = computeAreaScores(bank, respondent.noiseFree);
  return {
    areas: bank.areas.map((area) => scores[area.id] ?? 0),
    position: computeSpectrumPosition(scores),
    shape: summariseShape(scores).shape,
  };
}

/** Scores both takes of one respondent and sets the first beside the truth and the retake. */
export function evaluateRespondent(
  bank: QuestionBank,
  respondent: SimulatedRespondent,
  scoring: ScoringOptions = {},
): RespondentOutcome {
  return {
    kind: respondent.kind,
    truth: readTruth(bank, respondent),
    first: readTake(bank, respondent.firstTake, scoring),
    retakeShape: computeProfile(
      bank,
      respondent.retake.responses,
      respondent.retake.timings,
      scoring,
    ).shape,
  };
}

// ---------------------------------------------------------------------------
// Summaries
// ---------------------------------------------------------------------------

/** A count out of a total, and their ratio (null when there was nothing to count). */
export interface Rate {
  readonly count: number;
  readonly total: number;
  readonly rate: number | null;
}

/** Per kind of flag (and `any`), the share of respondents it fired for. */
export type FlagRates = Readonly<Record<FlagKind | 'any', Rate>>;

/**
 * The figures of one model at one noise level. "Considered" respondents are the honest
 * ones and the over-claimers: careless answers carry no calm-day levels to cover, so
 * careless respondents count only in the flag rates.
 */
export interface SettingReport {
  readonly model: ModelId;
  readonly noise: NoiseLevel;
  readonly respondents: number;
  readonly counts: Readonly<Record<RespondentKind, number>>;
  /** The first take's P interval holds the truth's P, where both have a position. */
  readonly positionCoverage: Rate;
  readonly positionCoverageHonest: Rate;
  /** Mean |P of the first take − the truth's P|, where both have a position. */
  readonly positionMae: number | null;
  readonly meanPositionIntervalWidth: number | null;
  /** Every area of every considered respondent: its interval holds the truth's score. */
  readonly areaCoverage: Rate;
  readonly areaCoverageHonest: Rate;
  readonly meanAreaIntervalWidth: number | null;
  /** The stated shapes (one or two) hold the retake's shape. */
  readonly statedShapesHoldRetake: Rate;
  readonly singleShapeStated: Rate;
  /** The first take's shape is the retake's. */
  readonly retestAgreement: Rate;
  /** The first take's shape is the truth's. */
  readonly shapeAccuracy: Rate;
  /** The first take says "not enough signal" for the position. */
  readonly notEnoughSignal: Rate;
  /** The truth has too little signal to place. */
  readonly notEnoughSignalTruth: Rate;
  readonly flags: Readonly<Record<RespondentKind, FlagRates>>;
  /** Truth's shape → first take's shape → considered respondents. */
  readonly shapeConfusion: Readonly<Record<ShapeName, Readonly<Record<ShapeName, number>>>>;
  /** Every goal of STUDY_GOALS judged on this setting's figures. */
  readonly goals: readonly GoalCheck[];
}

/** The figures of one setting from its respondents' outcomes. */
export function summariseOutcomes(
  model: ModelId,
  noise: NoiseLevel,
  outcomes: readonly RespondentOutcome[],
): SettingReport {
  const considered = outcomes.filter((outcome) => outcome.kind !== 'careless');
  const honest = considered.filter((outcome) => outcome.kind === 'honest');
  const placed = (group: readonly RespondentOutcome[]) =>
    group.filter((outcome) => outcome.truth.position !== null && outcome.first.position !== null);
  const coversPosition = (outcome: RespondentOutcome) =>
    contains(outcome.first.positionInterval, outcome.truth.position);
  const areasOf = (group: readonly RespondentOutcome[]) =>
    group.flatMap((outcome) =>
      outcome.first.areas.flatMap((area, index) =>
        area.score === null ? [] : [{ interval: area.interval, truth: outcome.truth.areas[index] }],
      ),
    );
  const coversArea = (area: { interval: Interval | null; truth: number | undefined }) =>
    contains(area.interval, area.truth ?? null);
  const placedConsidered = placed(considered);
  const intervals = areasOf(considered).flatMap((area) => (area.interval ? [area.interval] : []));

  const flagRates = (group: readonly RespondentOutcome[]): FlagRates =>
    Object.fromEntries([
      ...FLAG_KINDS.map((kind) => [
        kind,
        rate(group, (outcome) => outcome.first.flags.includes(kind)),
      ]),
      ['any', rate(group, (outcome) => outcome.first.flags.length > 0)],
    ]) as Record<FlagKind | 'any', Rate>;

  const confusion = Object.fromEntries(
    SHAPE_NAMES.map((row) => [row, Object.fromEntries(SHAPE_NAMES.map((column) => [column, 0]))]),
  ) as Record<ShapeName, Record<ShapeName, number>>;
  for (const outcome of considered) confusion[outcome.truth.shape][outcome.first.shape] += 1;

  const figures: Omit<SettingReport, 'goals'> = {
    model,
    noise,
    respondents: outcomes.length,
    counts: Object.fromEntries(
      RESPONDENT_KINDS.map((kind) => [
        kind,
        outcomes.filter((outcome) => outcome.kind === kind).length,
      ]),
    ) as Record<RespondentKind, number>,
    positionCoverage: rate(placedConsidered, coversPosition),
    positionCoverageHonest: rate(placed(honest), coversPosition),
    positionMae: mean(
      placedConsidered.map((outcome) =>
        Math.abs((outcome.first.position as number) - (outcome.truth.position as number)),
      ),
    ),
    meanPositionIntervalWidth: mean(
      placedConsidered.flatMap((outcome) => {
        const interval = outcome.first.positionInterval;
        return interval ? [interval[1] - interval[0]] : [];
      }),
    ),
    areaCoverage: rate(areasOf(considered), coversArea),
    areaCoverageHonest: rate(areasOf(honest), coversArea),
    meanAreaIntervalWidth: mean(intervals.map(([low, high]) => high - low)),
    statedShapesHoldRetake: rate(considered, (outcome) =>
      outcome.first.statedShapes.includes(outcome.retakeShape),
    ),
    singleShapeStated: rate(considered, (outcome) => outcome.first.statedShapes.length === 1),
    retestAgreement: rate(considered, (outcome) => outcome.first.shape === outcome.retakeShape),
    shapeAccuracy: rate(considered, (outcome) => outcome.first.shape === outcome.truth.shape),
    notEnoughSignal: rate(considered, (outcome) => outcome.first.position === null),
    notEnoughSignalTruth: rate(considered, (outcome) => outcome.truth.position === null),
    flags: {
      honest: flagRates(honest),
      overclaimer: flagRates(considered.filter((outcome) => outcome.kind === 'overclaimer')),
      careless: flagRates(outcomes.filter((outcome) => outcome.kind === 'careless')),
    },
    shapeConfusion: confusion,
  };
  return { ...figures, goals: checkGoals(figures) };
}

/** The value each goal reads from a setting's figures. */
function goalValue(id: GoalId, figures: Omit<SettingReport, 'goals'>): number | null {
  if (id === 'honestFlagRate') {
    const rates = FLAG_KINDS.map((kind) => figures.flags.honest[kind].rate);
    return rates.some((each) => each === null) ? null : Math.max(...(rates as number[]));
  }
  return figures[id].rate;
}

/** Every goal of STUDY_GOALS judged on one setting's figures. */
export function checkGoals(figures: Omit<SettingReport, 'goals'>): readonly GoalCheck[] {
  return STUDY_GOALS.map((goal) => {
    const value = goalValue(goal.id, figures);
    return { id: goal.id, value, met: meetsGoal(goal, value) };
  });
}

// ---------------------------------------------------------------------------
// Running the study
// ---------------------------------------------------------------------------

export interface StudyOptions {
  readonly bank: QuestionBank;
  /** Respondents per model and noise level. */
  readonly respondents: number;
  /** REPORT_SEED unless told otherwise. */
  readonly seed?: number;
  readonly models?: readonly ModelId[];
  readonly noiseLevels?: readonly NoiseLevel[];
  /** Passed to computeProfile; leave unset to study exactly what the app shows. */
  readonly scoring?: ScoringOptions;
}

/**
 * The seed of one setting's stream of respondents. Each setting has its own, so adding
 * a setting (or running one alone) does not change the others' figures.
 */
export function settingSeed(seed: number, model: ModelId, noise: NoiseLevel): number {
  return seed + 100 * MODEL_IDS.indexOf(model) + NOISE_LEVELS.indexOf(noise);
}

/** `respondents` simulated people of one setting, both takes each. */
export function simulateSetting(
  bank: QuestionBank,
  model: ModelId,
  noise: NoiseLevel,
  respondents: number,
  seed: number,
): SimulatedRespondent[] {
  const difficulty = drawItemDifficulty(bank, seed);
  const random = createMulberry32(settingSeed(seed, model, noise));
  return Array.from({ length: respondents }, () =>
    simulateRespondent(bank, model, noise, difficulty, random),
  );
}

/**
 * Runs the study: for each model and noise level, `respondents` simulated people answer
 * twice, `computeProfile` scores both takes, and the outcomes are summarised.
 */
export function runStudy({
  bank,
  respondents,
  seed = REPORT_SEED,
  models = MODEL_IDS,
  noiseLevels = NOISE_LEVELS,
  scoring = {},
}: StudyOptions): readonly SettingReport[] {
  return models.flatMap((model) =>
    noiseLevels.map((noise) =>
      summariseOutcomes(
        model,
        noise,
        simulateSetting(bank, model, noise, respondents, seed).map((respondent) =>
          evaluateRespondent(bank, respondent, scoring),
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------------------
// Tuning
// ---------------------------------------------------------------------------

/** What the tuning tries: every combination of these (ANSWER_ERROR and SINGLE_SHAPE_FROM among them). */
export const TUNING_GRID = {
  slip: [15, 20, 25, 30, 35, 40].map((percent) => percent / 100),
  bigSlip: [0, 2, 4].map((percent) => percent / 100),
  singleShapeFrom: [60, 65, 70, 75, 80, 85, 90, 95].map((percent) => percent / 100),
} as const;

export interface TuningCandidate {
  readonly answerError: { readonly slip: number; readonly bigSlip: number };
  readonly singleShapeFrom: number;
  readonly positionCoverage: Rate;
  readonly areaCoverage: Rate;
  readonly statedShapesHoldRetake: Rate;
  readonly singleShapeStated: Rate;
  /** Both stated-shape goals met. */
  readonly meetsShapeGoals: boolean;
  /** The larger of |P coverage − 80%| and |area coverage − 80%|. */
  readonly coverageGap: number;
  /** The smaller margin by which the two stated-shape goals are met (negative: missed). */
  readonly shapeMargin: number;
}

export interface TuningResult {
  readonly seed: number;
  readonly model: ModelId;
  readonly noise: NoiseLevel;
  readonly respondents: number;
  /** Every combination of the grid, in grid order. */
  readonly candidates: readonly TuningCandidate[];
  /**
   * The pick: among the combinations meeting both stated-shape goals (all of them when
   * none does: see `best.meetsShapeGoals`), the one whose P and area coverage are
   * nearest 80% (the larger gap, then the sum), then the one nearest the stated-shape
   * goals (the widest smaller margin).
   */
  readonly best: TuningCandidate;
}

function candidateOrder(a: TuningCandidate, b: TuningCandidate): number {
  const sumGap = (each: TuningCandidate) =>
    Math.abs((each.positionCoverage.rate ?? 0) - INTERVAL_MASS) +
    Math.abs((each.areaCoverage.rate ?? 0) - INTERVAL_MASS);
  return (
    Number(b.meetsShapeGoals) - Number(a.meetsShapeGoals) ||
    a.coverageGap - b.coverageGap ||
    sumGap(a) - sumGap(b) ||
    b.shapeMargin - a.shapeMargin
  );
}

/**
 * Tunes the scoring's two parameters on TUNING_SEED (never the seed that reports),
 * with TUNING_SETTING's model and noise level only: every combination of TUNING_GRID's
 * answer error and single-shape threshold, scored by computeProfile with them as
 * options. The people, the truth and the retakes' shapes (which read no option) are
 * computed once; each answer error scores the first takes again, and each threshold
 * reads the stated shapes from that profile's shape chances by `stateShapes`, the
 * function computeProfile states them with.
 */
export function tuneScoring({
  bank,
  respondents,
  seed = TUNING_SEED,
}: {
  readonly bank: QuestionBank;
  readonly respondents: number;
  readonly seed?: number;
}): TuningResult {
  const { model, noise } = TUNING_SETTING;
  const people = simulateSetting(bank, model, noise, respondents, seed);
  const fixed = people.map((person) => evaluateRespondent(bank, person));
  const candidates: TuningCandidate[] = [];
  const shapeGoalIds: readonly GoalId[] = ['statedShapesHoldRetake', 'singleShapeStated'];
  for (const slip of TUNING_GRID.slip) {
    for (const bigSlip of TUNING_GRID.bigSlip) {
      const answerError = { slip, bigSlip };
      const firsts = people.map((person) => readTake(bank, person.firstTake, { answerError }));
      for (const singleShapeFrom of TUNING_GRID.singleShapeFrom) {
        const outcomes = fixed.map((outcome, index): RespondentOutcome => {
          const first = firsts[index] as TakeReading;
          return {
            ...outcome,
            first: {
              ...first,
              statedShapes: stateShapes(first.shape, first.shapeChances, singleShapeFrom),
            },
          };
        });
        const report = summariseOutcomes(model, noise, outcomes);
        const shapeGoals = report.goals.filter((goal) => shapeGoalIds.includes(goal.id));
        const margins = shapeGoals.map((goal) => (goal.value ?? 0) - (findGoal(goal.id).min ?? 0));
        candidates.push({
          answerError,
          singleShapeFrom,
          positionCoverage: report.positionCoverage,
          areaCoverage: report.areaCoverage,
          statedShapesHoldRetake: report.statedShapesHoldRetake,
          singleShapeStated: report.singleShapeStated,
          meetsShapeGoals: shapeGoals.every((goal) => goal.met),
          coverageGap: Math.max(
            Math.abs((report.positionCoverage.rate ?? 0) - INTERVAL_MASS),
            Math.abs((report.areaCoverage.rate ?? 0) - INTERVAL_MASS),
          ),
          shapeMargin: Math.min(...margins),
        });
      }
    }
  }
  const [best] = [...candidates].sort(candidateOrder);
  if (!best) throw new Error('The tuning grid is empty.');
  return { seed, model, noise, respondents, candidates, best };
}

// ---------------------------------------------------------------------------
// The published file
// ---------------------------------------------------------------------------

/**
 * src/data/study-results.json, which "How the scoring works" reads. Every share is a
 * fraction (0..1), rounded to 4 digits; `rate` is null where there was nothing to count.
 */
export interface StudyResults {
  readonly about: string;
  readonly bankVersion: number;
  readonly respondentsPerSetting: number;
  /** Which seed did what: the figures come from `report`; the scoring was tuned on `tuning`. */
  readonly seeds: { readonly report: number; readonly tuning: number };
  /** The one model and noise level the tuning ran on. */
  readonly tunedOn: { readonly model: ModelId; readonly noise: NoiseLevel };
  /** The scoring's parameters the figures were measured with: the app's defaults. */
  readonly scoring: {
    readonly answerError: { readonly slip: number; readonly bigSlip: number };
    readonly singleShapeFrom: number;
  };
  /** The intervals' nominal coverage (0.8). */
  readonly nominalCoverage: number;
  readonly goals: readonly StudyGoal[];
  /** Each respondent model's settings per noise level, as run. */
  readonly models: {
    readonly uniform: Readonly<Record<NoiseLevel, UniformNoise>>;
    readonly styled: Readonly<Record<NoiseLevel, StyledNoise>> & {
      readonly difficultySpread: number;
    };
  };
  /** One entry per model and noise level: uniform low, typical, high, then styled. */
  readonly settings: readonly SettingReport[];
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const roundOrNull = (value: number | null) => (value === null ? null : round(value));
const roundRate = (value: Rate): Rate => ({ ...value, rate: roundOrNull(value.rate) });

function roundReport(report: SettingReport): SettingReport {
  const rates = (flags: FlagRates) =>
    Object.fromEntries(
      Object.entries(flags).map(([kind, value]) => [kind, roundRate(value)]),
    ) as Record<FlagKind | 'any', Rate>;
  return {
    ...report,
    positionCoverage: roundRate(report.positionCoverage),
    positionCoverageHonest: roundRate(report.positionCoverageHonest),
    positionMae: roundOrNull(report.positionMae),
    meanPositionIntervalWidth: roundOrNull(report.meanPositionIntervalWidth),
    areaCoverage: roundRate(report.areaCoverage),
    areaCoverageHonest: roundRate(report.areaCoverageHonest),
    meanAreaIntervalWidth: roundOrNull(report.meanAreaIntervalWidth),
    statedShapesHoldRetake: roundRate(report.statedShapesHoldRetake),
    singleShapeStated: roundRate(report.singleShapeStated),
    retestAgreement: roundRate(report.retestAgreement),
    shapeAccuracy: roundRate(report.shapeAccuracy),
    notEnoughSignal: roundRate(report.notEnoughSignal),
    notEnoughSignalTruth: roundRate(report.notEnoughSignalTruth),
    flags: {
      honest: rates(report.flags.honest),
      overclaimer: rates(report.flags.overclaimer),
      careless: rates(report.flags.careless),
    },
    goals: report.goals.map((goal) => ({ ...goal, value: roundOrNull(goal.value) })),
  };
}

/** The published file's content from a run at the app's defaults on REPORT_SEED. */
export function toStudyResults(
  bank: QuestionBank,
  respondents: number,
  reports: readonly SettingReport[],
): StudyResults {
  return {
    about:
      'Generated by `npm run study` (tests/study/study.mjs) from src/domain/study.ts. Do not edit by hand.',
    bankVersion: bank.version,
    respondentsPerSetting: respondents,
    seeds: { report: REPORT_SEED, tuning: TUNING_SEED },
    tunedOn: TUNING_SETTING,
    scoring: { answerError: ANSWER_ERROR, singleShapeFrom: SINGLE_SHAPE_FROM },
    nominalCoverage: INTERVAL_MASS,
    goals: STUDY_GOALS,
    models: {
      uniform: UNIFORM_NOISE,
      styled: { ...STYLED_NOISE, difficultySpread: DIFFICULTY_SPREAD },
    },
    settings: reports.map(roundReport),
  };
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

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

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
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
 * A standard normal draw as the sum of twelve uniforms minus 6 (Irwin–Hall): mean 0,
 * variance 1, tails cut at ±6. Plain sums keep the study bit-for-bit reproducible,
 * which Box–Muller's Math.log and Math.cos would not guarantee.
 */
function normal(random: Random): number {
  let sum = 0;
  for (let draw = 0; draw < 12; draw += 1) sum += random();
  return sum - 6;
}
