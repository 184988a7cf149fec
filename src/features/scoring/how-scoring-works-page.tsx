import { QUESTION_BANK } from '../../data/question-bank';
import { LEVELS } from '../../data/levels';
import studyJson from '../../data/study-results.json';
import { DataTable } from '../../components/data-table';
import { MAX_LEVEL, SCORE_PER_LEVEL } from '../../domain/area-scores';
import { CALIBRATION_FLAG_FROM_SCORE, FAST_MEDIAN_MS, STRAIGHT_LINE_RUN } from '../../domain/flags';
import {
  formatCount,
  formatCountRange,
  formatDecimal,
  formatPercent,
  formatWeight,
} from '../../domain/format';
import { describeAgreement } from '../../domain/headline';
import { joinNames } from '../../domain/reading';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD, SHAPE_RULES } from '../../domain/shape';
import { SPECTRUM_SIGNAL_THRESHOLD, SPECTRUM_WEIGHTS } from '../../domain/spectrum';
import type {
  FlagKind,
  GoalId,
  ModelId,
  NoiseLevel,
  Rate,
  SettingReport,
  StudyGoal,
  StudyResults,
  StyledNoise,
} from '../../domain/study';
import {
  ANSWER_ERROR,
  INTERVAL_MASS,
  POSITION_RESAMPLES,
  SINGLE_SHAPE_FROM,
} from '../../domain/uncertainty';
import './scoring.css';

const MODEL_NAMES: Readonly<Record<ModelId, string>> = { uniform: 'Uniform', styled: 'Styled' };
const NOISE_NAMES: Readonly<Record<NoiseLevel, string>> = {
  low: 'low noise',
  typical: 'typical noise',
  high: 'high noise',
};

/**
 * The study's published figures, as far as this page reads them: StudyResults, with the
 * styled model's settings less the one tuple (`leniencyRate`) that a JSON import widens
 * to an array and the page does not show.
 */
type PublishedStudy = Omit<StudyResults, 'models'> & {
  readonly models: {
    readonly uniform: StudyResults['models']['uniform'];
    readonly styled: Readonly<Record<NoiseLevel, Omit<StyledNoise, 'leniencyRate'>>> & {
      readonly difficultySpread: number;
    };
  };
};

/**
 * A JSON import also widens the string unions (`model`, `noise`) to `string`. The file
 * is written by `npm run study` from StudyResults, so those members are checked here
 * once and the rest is read as that type.
 */
function readStudyResults(json: typeof studyJson): PublishedStudy {
  const known = ({ model, noise }: { model: string; noise: string }) =>
    Object.hasOwn(MODEL_NAMES, model) && Object.hasOwn(NOISE_NAMES, noise);
  if (!known(json.tunedOn) || !json.settings.every(known)) {
    throw new Error('study-results.json names a model or noise level this page does not know.');
  }
  return json as PublishedStudy;
}

const results = readStudyResults(studyJson);

// ---------------------------------------------------------------------------
// Numbers in words, each read from the constant it describes
// ---------------------------------------------------------------------------

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/** 6 → "six"; past ten, the digits. */
function inWords(count: number): string {
  return NUMBER_WORDS[count] ?? formatCount(count);
}

/** "six", "six or seven", "five to seven": a range of counts in words. */
function rangeInWords(low: number, high: number): string {
  if (low === high) return inWords(low);
  return high === low + 1
    ? `${inWords(low)} or ${inWords(high)}`
    : `${inWords(low)} to ${inWords(high)}`;
}

function levelName(level: number): string {
  return `“${LEVELS[level]?.name ?? level}”`;
}

/** "a mean level of 2, “Working”"; "a mean level of 3.5, halfway between “Practitioner” and “Advanced”". */
function describeMeanLevel(score: number): string {
  const mean = score / SCORE_PER_LEVEL;
  const lower = Math.floor(mean);
  const figure = formatDecimal(mean, 2).replace(/\.?0+$/, '');
  if (mean === lower) return `a mean level of ${figure}, ${levelName(lower)}`;
  const between = mean - lower === 0.5 ? 'halfway between' : 'between';
  return `a mean level of ${figure}, ${between} ${levelName(lower)} and ${levelName(lower + 1)}`;
}

/** 0.35 → "about one answer in three"; 0 → "no answer". */
function describeShareOfAnswers(share: number): string {
  if (share <= 0) return 'no answer';
  const oneIn = Math.round(1 / share);
  return oneIn <= 1 ? 'nearly every answer' : `about one answer in ${inWords(oneIn)}`;
}

/** A share as a percentage with one decimal, as the study's figures are read: "77.2%". */
function formatShare(share: number | null): string {
  return share === null ? '—' : `${formatDecimal(share * 100, 1)}%`;
}

/** A share as a percentage without a needless decimal: 0.75 → "75", 0.025 → "2.5". */
function percentFigure(share: number): string {
  return formatDecimal(share * 100, 1).replace(/\.0$/, '');
}

/** A goal's target: "75–85%", "at least 90%", "at most 2%". */
function formatTarget({ min, max }: StudyGoal): string {
  if (min !== null && max !== null) return `${percentFigure(min)}–${percentFigure(max)}%`;
  if (min !== null) return `at least ${percentFigure(min)}%`;
  return max === null ? 'any' : `at most ${percentFigure(max)}%`;
}

/** "77.2–79.4%", or one figure when they agree: the spread of a figure over settings. */
function formatShareRange(shares: readonly (number | null)[]): string {
  const known = shares.filter((share): share is number => share !== null);
  if (known.length === 0) return '—';
  const [low, high] = [Math.min(...known), Math.max(...known)];
  const [lowText, highText] = [formatShare(low), formatShare(high)];
  return lowText === highText ? lowText : `${lowText.slice(0, -1)}–${highText}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A setting's column heading: "Uniform, typical noise". */
function settingName(setting: SettingReport): string {
  return `${MODEL_NAMES[setting.model]}, ${NOISE_NAMES[setting.noise]}`;
}

// ---------------------------------------------------------------------------
// The rules, read from the code
// ---------------------------------------------------------------------------

const itemCounts = QUESTION_BANK.areas.map((area) => area.items.length);
const SUB_SKILLS_PER_AREA = rangeInWords(Math.min(...itemCounts), Math.max(...itemCounts));

/** The heaviest weight on the spectrum, so the "not enough signal" line reads as one area. */
const END_WEIGHT = Math.max(...Object.values(SPECTRUM_WEIGHTS).map(Math.abs));

/** The levels at which the made-up method raises its flag; one sentence when every foil agrees. */
const foilLevels = [...new Set(QUESTION_BANK.foils.map((foil) => foil.flagFromLevel))];
const FOIL_RULE =
  foilLevels.length === 1 && foilLevels[0] !== undefined
    ? `rated ${levelName(foilLevels[0])} or higher`
    : 'rated at a level that claims to know it';

const CHECKS_RULE =
  QUESTION_BANK.checksPerArea === 2
    ? 'both of its knowledge checks were answered wrongly'
    : `all ${inWords(QUESTION_BANK.checksPerArea)} of its knowledge checks were answered wrongly`;

const CALIBRATION_LINE =
  CALIBRATION_FLAG_FROM_SCORE === DEPTH_THRESHOLD
    ? 'the depth line, a claim of depth'
    : describeMeanLevel(CALIBRATION_FLAG_FROM_SCORE);

const FAST_SECONDS = FAST_MEDIAN_MS / 1000;

/** A band of shares of retakes (whole percentages, both ends included) and what the results say. */
interface AgreementBand {
  readonly from: number;
  readonly to: number;
  readonly phrase: string;
}

/**
 * The words the results use for how many retakes would agree, read by asking
 * describeAgreement itself at every whole percentage, highest first.
 */
function agreementBands(): readonly AgreementBand[] {
  const bands: AgreementBand[] = [];
  for (let percent = 100; percent >= 0; percent -= 1) {
    const phrase = describeAgreement(percent / 100);
    const last = bands.at(-1);
    if (last && last.phrase === phrase) bands[bands.length - 1] = { ...last, from: percent };
    else bands.push({ from: percent, to: percent, phrase });
  }
  return bands;
}

function formatBand({ from, to }: AgreementBand): string {
  if (to === 100) return from === 100 ? 'all' : `${from}% or more`;
  if (from === 0) return `under ${to + 1}%`;
  return `${from}% to under ${to + 1}%`;
}

// ---------------------------------------------------------------------------
// The study
// ---------------------------------------------------------------------------

/** One row of a study table: a label and how to read its figure from one setting. */
interface StudyRow {
  readonly label: string;
  readonly value: (setting: SettingReport) => string;
}

const FLAG_NAMES: Readonly<Record<FlagKind | 'any', string>> = {
  calibration: 'Calibration flag',
  overclaim: 'Made-up method flag',
  fast: 'Fast answering flag',
  'straight-line': 'Straight-line flag',
  any: 'Any flag',
};

const rateOf = (pick: (setting: SettingReport) => Rate) => (setting: SettingReport) =>
  formatShare(pick(setting).rate);

const decimalOf =
  (pick: (setting: SettingReport) => number | null, digits: number) => (setting: SettingReport) => {
    const value = pick(setting);
    return value === null ? '—' : formatDecimal(value, digits);
  };

const nominal = formatPercent(results.nominalCoverage);

/** The study's figures per setting; every value is read from study-results.json. */
const RESULT_ROWS: readonly StudyRow[] = [
  {
    label: `${nominal} interval holds the true position`,
    value: rateOf((setting) => setting.positionCoverage),
  },
  {
    label: `${nominal} interval holds the true area score`,
    value: rateOf((setting) => setting.areaCoverage),
  },
  {
    label: 'Stated shapes hold the retake’s shape',
    value: rateOf((setting) => setting.statedShapesHoldRetake),
  },
  { label: 'A single shape is stated', value: rateOf((setting) => setting.singleShapeStated) },
  {
    label: 'Retest agreement: the retake shows the same shape',
    value: rateOf((setting) => setting.retestAgreement),
  },
  {
    label: 'Shape shown is the shape of the truth',
    value: rateOf((setting) => setting.shapeAccuracy),
  },
  {
    label: 'Mean error of the position (on −1 to +1)',
    value: decimalOf((setting) => setting.positionMae, 3),
  },
  {
    label: `Mean width of the position’s ${nominal} interval`,
    value: decimalOf((setting) => setting.meanPositionIntervalWidth, 2),
  },
  {
    label: `Mean width of an area score’s ${nominal} interval (points)`,
    value: decimalOf((setting) => setting.meanAreaIntervalWidth, 1),
  },
  {
    label: '“Not enough signal” for the position',
    value: rateOf((setting) => setting.notEnoughSignal),
  },
  ...(Object.keys(FLAG_NAMES) as (FlagKind | 'any')[]).flatMap((kind): StudyRow[] => [
    {
      label: `${FLAG_NAMES[kind]}: honest respondents`,
      value: rateOf((setting) => setting.flags.honest[kind]),
    },
    {
      label: `${FLAG_NAMES[kind]}: over-claimers`,
      value: rateOf((setting) => setting.flags.overclaimer[kind]),
    },
  ]),
];

function goalCheck(setting: SettingReport, id: GoalId) {
  return setting.goals.find((check) => check.id === id);
}

const NOISE_ORDER = Object.keys(NOISE_NAMES) as NoiseLevel[];

/** "10%, 25% and 40%": one figure per noise level, low to high. */
function perNoise(pick: (noise: NoiseLevel) => number): string {
  return joinNames(NOISE_ORDER.map((noise) => formatPercent(pick(noise))));
}

/** "low, typical and high noise". */
const NOISE_LIST = `${joinNames(NOISE_ORDER.map((noise) => NOISE_NAMES[noise].replace(' noise', '')))} noise`;

/** The goals not met at typical noise, with the models that miss them and by how much. */
function describeTypicalMisses(): string {
  const typical = results.settings.filter((setting) => setting.noise === 'typical');
  const misses = results.goals.flatMap((goal) => {
    const missed = typical.flatMap((setting) => {
      const check = goalCheck(setting, goal.id);
      return check && !check.met
        ? [`${formatShare(check.value)} under the ${setting.model} model`]
        : [];
    });
    return missed.length > 0
      ? [`${goal.figure} — ${joinNames(missed)}, against ${formatTarget(goal)}`]
      : [];
  });
  return misses.length === 0
    ? 'Every goal is met at typical noise.'
    : `Not met at typical noise: ${misses.join('; ')}.`;
}

const COVERAGE_GOALS: readonly GoalId[] = ['positionCoverage', 'areaCoverage'];

/** The coverage figures of every setting at one noise level. */
function coverageAt(noise: NoiseLevel): (number | null)[] {
  return results.settings
    .filter((setting) => setting.noise === noise)
    .flatMap((setting) => [setting.positionCoverage.rate, setting.areaCoverage.rate]);
}

const coverageMissedAt = (noise: NoiseLevel) =>
  results.settings.some(
    (setting) =>
      setting.noise === noise && COVERAGE_GOALS.some((id) => goalCheck(setting, id)?.met === false),
  );

const findGoal = (id: GoalId) => results.goals.find((goal) => goal.id === id);

/**
 * Why a flag fires for more honest people than the goal allows, and what would bring it
 * under: the study's own reasons, by kind (the figures come from the study's file).
 */
const FLAG_SHORTFALLS: Partial<Record<FlagKind, string>> = {
  overclaim:
    'the study assumes some honest people rate a made-up method “Working” or higher (it sounds like one they know), more often the noisier they answer. Flagging it only from “Practitioner” would keep honest people under the goal, and catch far fewer over-claimers',
  calibration:
    'a generous answering style claims depth that the knowledge checks then miss, and the study counts such people as honest. Questioning only a higher score would flag fewer of them, and fewer over-claimers too',
};

/** "The made-up method flag fires for 4.4–4.9% of honest people (uniform, high noise; …)". */
function describeFlagMisses(): string[] {
  const goal = findGoal('honestFlagRate');
  if (!goal || goal.max === null) return [];
  const limit = goal.max;
  const kinds = (Object.keys(FLAG_NAMES) as (FlagKind | 'any')[]).filter(
    (kind): kind is FlagKind => kind !== 'any',
  );
  return kinds.flatMap((kind) => {
    const over = results.settings.filter(
      (setting) => (setting.flags.honest[kind].rate ?? 0) > limit,
    );
    if (over.length === 0) return [];
    const rates = formatShareRange(over.map((setting) => setting.flags.honest[kind].rate));
    const where = over.map((setting) => settingName(setting).toLowerCase()).join('; ');
    const why = FLAG_SHORTFALLS[kind];
    return [
      `The ${FLAG_NAMES[kind].toLowerCase()} fires for ${rates} of honest people (${where})${why ? `: ${why}` : ''}.`,
    ];
  });
}

/** `#/how-scoring-works`: the formulas in plain words, and how well they hold up. */
export function HowScoringWorksPage() {
  const settings = results.settings;
  const typical = settings.filter((setting) => setting.noise === 'typical');
  const uniform = results.models.uniform;
  const styled = results.models.styled;
  const statedGoal = findGoal('statedShapesHoldRetake');
  const singleGoal = findGoal('singleShapeStated');
  const coverageGoal = findGoal('positionCoverage');
  const statedMissedAtTypical = typical.some(
    (setting) => goalCheck(setting, 'statedShapesHoldRetake')?.met === false,
  );
  const models = [...new Set(settings.map((setting) => setting.model))];
  const noises = [...new Set(settings.map((setting) => setting.noise))];
  const errorSpread = styled.typical.errorSpread;
  const measuredElsewhere =
    results.scoring.answerError.slip !== ANSWER_ERROR.slip ||
    results.scoring.answerError.bigSlip !== ANSWER_ERROR.bigSlip ||
    results.scoring.singleShapeFrom !== SINGLE_SHAPE_FROM;

  return (
    <div className="page scoring-page">
      <p className="eyebrow">Behind your results</p>
      <h1>How the scoring works</h1>
      <p className="section-lede">
        Every number on your results comes from a few plain rules, set out below, and we tested
        them: a simulation study scored {formatCount(results.respondentsPerSetting)} made-up people
        for each respondent model and noise level, whose true answers we knew, and compared the
        results with the truth. Its figures are at the end, including the goals they miss.
      </p>

      <section className="card" aria-labelledby="scoring-areas">
        <h2 id="scoring-areas">Area scores</h2>
        <p>
          Each area’s score is {SCORE_PER_LEVEL} times the average level you gave its sub-skills, so
          it runs from 0 to {SCORE_PER_LEVEL * MAX_LEVEL}: level 3, {levelName(3)}, in every
          sub-skill gives {3 * SCORE_PER_LEVEL}. Only the rated statements count; the knowledge
          checks and the made-up method never add or take away points.
        </p>
      </section>

      <section className="card" aria-labelledby="scoring-shape">
        <h2 id="scoring-shape">Breadth, depth and your shape</h2>
        <p>
          An area scoring {BREADTH_THRESHOLD} or more is part of your <strong>breadth</strong>: that
          takes {describeMeanLevel(BREADTH_THRESHOLD)}. An area scoring {DEPTH_THRESHOLD} or more is
          a <strong>depth</strong>: that takes {describeMeanLevel(DEPTH_THRESHOLD)}. A score exactly
          on a line counts as reaching it.
        </p>
        <DataTable caption="Your shape from the number of deep and broad areas">
          <thead>
            <tr>
              <th scope="col">Deep areas</th>
              <th scope="col">Broad areas (deep ones included)</th>
              <th scope="col">Shape</th>
            </tr>
          </thead>
          <tbody>
            {SHAPE_RULES.map(({ deep, broad, shape }) => (
              <tr key={shape}>
                <td>{formatCountRange(deep)}</td>
                <td>{formatCountRange(broad)}</td>
                <th scope="row">{shape}</th>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </section>

      <section className="card" aria-labelledby="scoring-spectrum">
        <h2 id="scoring-spectrum">Between Stats and Engineering</h2>
        <p>
          Your position is a weighted balance of your area scores: each score is multiplied by its
          area’s weight, the results are added up, and the sum is divided by the same sum with every
          weight taken as positive. That gives a number from −1 (all your weight on the Stats side)
          to +1 (all on the Engineering side). An area weighing 0 is shown beside the spectrum
          rather than on it.
        </p>
        <DataTable caption="Spectrum weights">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Weight</th>
            </tr>
          </thead>
          <tbody>
            {QUESTION_BANK.areas.map((area) => (
              <tr key={area.id}>
                <th scope="row">{area.name}</th>
                <td>{formatWeight(SPECTRUM_WEIGHTS[area.id])}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <p>
          When the scores, each multiplied by its weight taken as positive, add up to less than{' '}
          {SPECTRUM_SIGNAL_THRESHOLD} — as little as one area of weight {formatWeight(END_WEIGHT)}{' '}
          or {formatWeight(-END_WEIGHT)} at{' '}
          {describeMeanLevel(SPECTRUM_SIGNAL_THRESHOLD / END_WEIGHT)} — the results say “not enough
          signal” instead of a position: a few low answers on one side would otherwise place a
          person, with false confidence, at an end of the line.
        </p>
      </section>

      <section className="card" aria-labelledby="scoring-uncertainty">
        <h2 id="scoring-uncertainty">How sure the results are</h2>
        <p>
          Each area is judged from only {SUB_SKILLS_PER_AREA} sub-skills, and nobody answers exactly
          the same way twice. tshape assumes that {describeShareOfAnswers(ANSWER_ERROR.slip)} (
          {formatPercent(ANSWER_ERROR.slip)}) could land on a neighbouring level on another day, up
          or down alike, and {describeShareOfAnswers(ANSWER_ERROR.bigSlip)}
          {ANSWER_ERROR.bigSlip > 0 ? ` (${formatPercent(ANSWER_ERROR.bigSlip)})` : ''} two levels
          off. Your <em>calm-day answers</em> are the ones you would give without those slips.
        </p>
        <p>
          An area score’s <strong>{formatPercent(INTERVAL_MASS)} interval</strong> is the range that
          holds, at least {formatPercent(INTERVAL_MASS)} of the time, the score your calm-day
          answers would give. It is worked out exactly from your answers and never has zero width:
          answers all at one level could be off too. An area is <strong>borderline</strong> when its
          interval reaches both sides of the breadth line ({BREADTH_THRESHOLD}) or of the depth line
          ({DEPTH_THRESHOLD}): a retake could move it across, and either line changes your shape.
        </p>
        <p>
          The same model gives the chance that a retake, with fresh slips, would show each shape.
          The results say it in words, never as a bare percentage:
        </p>
        <DataTable caption="How sure the shape is, in words">
          <thead>
            <tr>
              <th scope="col">Retakes that would show the shape</th>
              <th scope="col">What the results say</th>
            </tr>
          </thead>
          <tbody>
            {agreementBands().map((band) => (
              <tr key={band.phrase}>
                <th scope="row">{formatBand(band)}</th>
                <td className="scoring-page__words">{capitalise(band.phrase)} show it</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        <p>
          A single shape is stated only when at least {formatPercent(SINGLE_SHAPE_FROM)} of retakes
          would show it. Otherwise the results name the two likeliest shapes, and the area whose
          place on a line decides between them.
        </p>
        <p>
          The position’s {formatPercent(INTERVAL_MASS)} interval comes from{' '}
          {formatCount(POSITION_RESAMPLES)} draws of calm-day area scores, centred on your own
          position. The draws start from a fixed seed, so the same answers always give the same
          intervals.
        </p>
      </section>

      <section className="card" aria-labelledby="scoring-flags">
        <h2 id="scoring-flags">Flags never change your scores</h2>
        <p>Flags are advice printed beside the result. One is raised when:</p>
        <ul className="plain-list">
          <li>
            an area scores {CALIBRATION_FLAG_FROM_SCORE} or more ({CALIBRATION_LINE}) but{' '}
            {CHECKS_RULE};
          </li>
          <li>the made-up method is {FOIL_RULE};</li>
          <li>
            the median time per statement is under{' '}
            {formatDecimal(FAST_SECONDS, Number.isInteger(FAST_SECONDS) ? 0 : 1)} second
            {FAST_SECONDS === 1 ? '' : 's'}, faster than anyone can read;
          </li>
          <li>
            {STRAIGHT_LINE_RUN} or more statements in a row got the same level above {levelName(0)}.
            A run of {levelName(0)} never counts: someone whose work includes nothing of two whole
            areas honestly answers all of their statements that way.
          </li>
        </ul>
        <p>None of them moves a score, an interval, the shape or the position.</p>
      </section>

      <section className="card scoring-page__wide" aria-labelledby="scoring-study">
        <h2 id="scoring-study">Does it work? A simulation study</h2>
        <p>
          We made up {formatCount(results.respondentsPerSetting)} people for each of{' '}
          {inWords(models.length)} respondent models at {inWords(noises.length)} noise levels. Each
          has a true profile, from one of the reference roles or a random shape, and answers the
          assessment <strong>twice</strong>: a first take and a retake with fresh slips. The{' '}
          <strong>truth</strong> is each person’s noise-free answers, the levels they would give
          without random slips. tshape scores both takes with exactly the code behind your results.
        </p>
        <ul className="plain-list">
          <li>
            <strong>Uniform</strong>, like the scoring’s own assumption: every answer slips one
            level with the same chance for everyone — {perNoise((noise) => uniform[noise].slip)} at{' '}
            {NOISE_LIST} — and two levels {perNoise((noise) => uniform[noise].bigSlip)} of the time.
          </li>
          <li>
            <strong>Styled</strong>, written apart: some sub-skills are harder for everyone (by up
            to {formatDecimal(styled.difficultySpread, 0)} level either way), people have stable
            response styles ({formatPercent(styled.typical.lenient)} rate generously,{' '}
            {formatPercent(styled.typical.severe)} strictly, {formatPercent(styled.typical.extreme)}{' '}
            answer at the ends of the scale), and each slips at their own rate, from{' '}
            {formatDecimal(1 - errorSpread, 2)} to {formatDecimal(1 + errorSpread, 2)} times the
            noise level’s ({formatPercent(styled.typical.slip)} at typical noise). A stable style is
            part of the truth: a retake repeats it, and no interval can see it.
          </li>
        </ul>
        <p>
          Both have over-claimers ({formatPercent(uniform.typical.overclaimers)} of people at
          typical noise) and careless respondents ({formatPercent(uniform.typical.careless)}). The
          answer error and the single-shape threshold were tuned on seed {results.seeds.tuning} (
          {results.tunedOn.model} model, {NOISE_NAMES[results.tunedOn.noise]}); every figure below
          comes from seed {results.seeds.report}, so none was tuned on the figure it reports.
        </p>

        {measuredElsewhere && (
          <p>
            <strong>These figures are out of date:</strong> they were measured with the scoring set
            as it was then, not as the code sets it now. Run <code>npm run study</code> again.
          </p>
        )}
        <DataTable caption="Study goals">
          <thead>
            <tr>
              <th scope="col">Goal</th>
              <th scope="col">Target</th>
              {settings.map((setting) => (
                <th scope="col" key={settingName(setting)}>
                  {settingName(setting)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.goals.map((goal) => (
              <tr key={goal.id}>
                <th scope="row">{capitalise(goal.figure)}</th>
                <td>{formatTarget(goal)}</td>
                {settings.map((setting) => {
                  const check = goalCheck(setting, goal.id);
                  return (
                    <td key={settingName(setting)}>
                      {formatShare(check?.value ?? null)},{' '}
                      <span className="scoring-page__verdict">
                        {check?.met ? 'met' : <strong>not met</strong>}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </DataTable>

        <DataTable caption="Simulation study results">
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {settings.map((setting) => (
                <th scope="col" key={settingName(setting)}>
                  {settingName(setting)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {RESULT_ROWS.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {settings.map((setting) => (
                  <td key={settingName(setting)}>{row.value(setting)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </DataTable>

        <h3>Where it falls short</h3>
        <p>{describeTypicalMisses()}</p>
        {statedMissedAtTypical && statedGoal && singleGoal && (
          <p>
            The stated shapes stay under {percentFigure(statedGoal.min ?? 0)}% because a retake
            shows the same shape only{' '}
            {formatShareRange(typical.map((setting) => setting.retestAgreement.rate))} of the time
            at typical noise, and two named shapes cannot hold the retake’s shape more often while a
            single shape is still stated for {formatTarget(singleGoal)} of people. Reaching it would
            take a third named shape, or fewer shape boundaries; the README explains.
          </p>
        )}
        {coverageGoal && (coverageMissedAt('low') || coverageMissedAt('high')) && (
          <p>
            At low and high noise, coverage misses its {formatTarget(coverageGoal)} by design
            (intervals hold the truth {formatShareRange(coverageAt('low'))} of the time at low
            noise, {formatShareRange(coverageAt('high'))} at high): the scoring assumes one error
            rate for everyone, so its intervals are too wide for careful people and too narrow for
            noisy ones. One set of answers cannot tell which a person is; an error rate of each
            person’s own would take the same items answered twice. The goals table marks every goal
            not met.
          </p>
        )}
        {describeFlagMisses().map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
        <p className="hint">
          Reproduce these figures with <code>npm run study</code>; the study is seeded, so it gives
          the same numbers every time.
        </p>
      </section>

      <section className="card" aria-labelledby="scoring-limits">
        <h2 id="scoring-limits">The limits</h2>
        <ul className="plain-list">
          <li>
            <strong>It is self-reported.</strong> Every score is what you said about yourself.
            Over-claiming or a generous style lifts everything, and no interval can see it: an
            interval says how much a retake could move your result, not whether your answers are
            right.
          </li>
          <li>
            <strong>A map, not a ruler.</strong> Areas, thresholds, weights and reference roles are
            a way of looking at skills, not a measurement of a person’s worth or a hiring test.
          </li>
          <li>
            <strong>The study tests the arithmetic, not the questions.</strong> Its people are made
            up, and its noise levels and response styles are assumptions; it shows how the scoring
            behaves when answers are imperfect, not how well real people describe themselves.
          </li>
        </ul>
        <p>
          <a href="#/results">Back to your results</a>
        </p>
      </section>
    </div>
  );
}
