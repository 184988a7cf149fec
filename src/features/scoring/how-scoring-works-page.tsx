import { QUESTION_BANK } from '../../data/question-bank';
import studyResults from '../../data/study-results.json';
import { DataTable } from '../../components/data-table';
import { MAX_LEVEL, SCORE_PER_LEVEL } from '../../domain/area-scores';
import { BOOTSTRAP_RESAMPLES } from '../../domain/bootstrap';
import { LEVELS } from '../../data/levels';
import { CALIBRATION_FLAG_FROM_SCORE, STRAIGHT_LINE_RUN } from '../../domain/flags';
import {
  formatCount,
  formatCountRange,
  formatDecimal,
  formatPercent,
  formatWeight,
} from '../../domain/format';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD, SHAPE_RULES } from '../../domain/shape';
import { FAR_FROM_DEPTH, NEAR_DEPTH } from '../../domain/study';
import { SPECTRUM_SIGNAL_THRESHOLD, SPECTRUM_WEIGHTS } from '../../domain/spectrum';
import './scoring.css';

type StudySetting = (typeof studyResults.settings)[number];

/** A share as a whole percentage; "—" when the study had nothing to count. */
const formatRate = (rate: number | null): string => (rate === null ? '—' : formatPercent(rate));

/** The noise settings, from the study's own model, so the page describes what was run. */
/** One row of a study table: a label and how to read its figure from one noise setting. */
interface StudyRow {
  readonly label: string;
  readonly value: (setting: StudySetting) => string;
}

const NOISE_ROWS: readonly StudyRow[] = [
  { label: 'Answers one level off', value: (setting) => formatRate(setting.model.slip) },
  { label: 'Answers two levels off', value: (setting) => formatRate(setting.model.bigSlip) },
  { label: 'People who over-claim', value: (setting) => formatRate(setting.model.overclaimers) },
];

/** The study's figures per noise setting; every value is read from study-results.json. */
const RESULT_ROWS: readonly StudyRow[] = [
  {
    label: '80% interval contains the true position',
    value: (setting) => formatRate(setting.positionCoverage.rate),
  },
  {
    label: '… for honest respondents only',
    value: (setting) => formatRate(setting.positionCoverageHonest.rate),
  },
  {
    label: 'Mean error of the position (on −1 to +1)',
    value: (setting) => formatDecimal(setting.positionMae, 2),
  },
  {
    label: 'Shape shown is the true shape',
    value: (setting) => formatRate(setting.shapeAccuracy.rate),
  },
  {
    label: '… the shape of the same person’s noise-free answers',
    value: (setting) => formatRate(setting.shapeAccuracyNoiseFree.rate),
  },
  {
    label: '… when the shape is shown at 80% or more',
    value: (setting) => formatRate(setting.shapeAccuracyConfident.rate),
  },
  {
    label: `Area marked borderline, true score within ${NEAR_DEPTH} of ${DEPTH_THRESHOLD}`,
    value: (setting) => formatRate(setting.borderlineNear.rate),
  },
  {
    label: `Area marked borderline, true score over ${FAR_FROM_DEPTH} from ${DEPTH_THRESHOLD}`,
    value: (setting) => formatRate(setting.borderlineFar.rate),
  },
  {
    label: 'Calibration flag: over-claimers',
    value: (setting) => formatRate(setting.calibrationFlagOverclaimers.rate),
  },
  {
    label: 'Calibration flag: honest respondents',
    value: (setting) => formatRate(setting.calibrationFlagHonest.rate),
  },
  {
    label: 'Made-up method flag: over-claimers',
    value: (setting) => formatRate(setting.foilFlagOverclaimers.rate),
  },
  {
    label: 'Made-up method flag: honest respondents',
    value: (setting) => formatRate(setting.foilFlagHonest.rate),
  },
];

const NOISE_NAMES: Readonly<Record<string, string>> = {
  low: 'Low noise',
  typical: 'Typical noise',
  high: 'High noise',
};

/** `#/how-scoring-works`: the formulas in plain words, and how well they hold up. */
export function HowScoringWorksPage() {
  const typical =
    studyResults.settings.find((setting) => setting.noise === studyResults.headline.noise) ??
    studyResults.settings[0];
  const settings = studyResults.settings;

  return (
    <div className="page page--narrow scoring-page">
      <p className="eyebrow">Behind your results</p>
      <h1>How the scoring works</h1>
      <p className="section-lede">
        Every number on your results comes from a few plain rules, set out below, and we tested
        them: a simulation study scored {formatCount(studyResults.respondentsPerSetting)} made-up
        people per noise level, whose true skills we knew, and compared the results with the truth.
        Its figures are at the end, including where the scoring falls short.
      </p>

      <section className="card" aria-labelledby="scoring-areas">
        <h2 id="scoring-areas">Area scores</h2>
        <p>
          Each area’s score is {SCORE_PER_LEVEL} times the average level you gave its sub-skills, so
          it runs from 0 to {SCORE_PER_LEVEL * MAX_LEVEL}: level 3, “{LEVELS[3]?.name}”, in every
          sub-skill gives {3 * SCORE_PER_LEVEL}. Only the rated statements count; the knowledge
          checks and the made-up method never add or take away points.
        </p>
      </section>

      <section className="card" aria-labelledby="scoring-shape">
        <h2 id="scoring-shape">Breadth, depth and your shape</h2>
        <p>
          An area scoring {BREADTH_THRESHOLD} or more is part of your <strong>breadth</strong>: on
          average you have done its work at least with guidance (level 2). An area scoring{' '}
          {DEPTH_THRESHOLD} or more is a <strong>depth</strong>: on average you go beyond doing it
          on your own (level 3) and handle non-standard cases or review others (level 4). The two
          lines are far enough apart that “broad” and “deep” mean different things, and a score
          exactly on a line counts as reaching it.
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
          to +1 (all on the Engineering side). Business communication weighs 0: every role needs it,
          so it is shown beside the spectrum rather than on it.
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
          When the weighted scores add up to less than {SPECTRUM_SIGNAL_THRESHOLD} (almost nothing
          on either side), the results say “not enough signal” instead of a position: a person with
          one low score on one side would otherwise be placed, with false confidence, at an end of
          the line.
        </p>
      </section>

      <section className="card" aria-labelledby="scoring-uncertainty">
        <h2 id="scoring-uncertainty">How sure the results are</h2>
        <p>
          Each area is judged from only five to seven sub-skills, so the scores carry uncertainty.
          tshape measures it with a bootstrap: {formatCount(BOOTSTRAP_RESAMPLES)} times, it redraws
          each area’s sub-skills at random from your own answers (some twice, some not at all) and
          works everything out again. The <strong>80% interval</strong> is the range that holds the
          middle 80% of those redrawn results, widened by two standard small-sample corrections,
          because with six sub-skills the plain range is too narrow. It means: for people answering
          like you, about 8 intervals in 10 contain the true value.
        </p>
        <p>
          The percentage beside your shape (“T-shaped, 78%”) is the share of redraws that give the
          same shape. An area whose interval reaches both sides of {DEPTH_THRESHOLD} is marked{' '}
          <strong>borderline</strong>: it may or may not be a depth. The redraws use a fixed
          starting point, so the same answers always give the same intervals.
        </p>
      </section>

      <section className="card" aria-labelledby="scoring-flags">
        <h2 id="scoring-flags">Flags never change your scores</h2>
        <p>
          Flags are advice printed beside the result. They are raised when an area scores{' '}
          {CALIBRATION_FLAG_FROM_SCORE} or more but both of its knowledge checks were missed, when
          the made-up method is rated as known, when the answers came faster than anyone can read,
          or when {STRAIGHT_LINE_RUN} or more statements in a row got the same level. None of them
          moves a score, an interval, the shape or the position.
        </p>
      </section>

      <section className="card" aria-labelledby="scoring-study">
        <h2 id="scoring-study">Does it work? A simulation study</h2>
        <p>
          We made up {formatCount(studyResults.respondentsPerSetting)} people for each of three
          noise levels. Each has a true profile, either one of the reference roles (with some
          variation) or a random I, T, Π, comb or generalist shape; their sub-skills are drawn
          around it, and they answer with mistakes of one or two levels, some of them over-claiming.
          Their knowledge-check answers follow their true level, not their claimed one. tshape then
          scores them with exactly the code behind your results.
        </p>
        {typical && (
          <>
            <p>
              At typical noise, the 80% interval contained the true position for{' '}
              <strong>{formatRate(typical.positionCoverage.rate)}</strong> of people (the aim is
              80%), the position was off by <strong>{formatDecimal(typical.positionMae, 2)}</strong>{' '}
              on average on the −1 to +1 line, and the shape shown was the true shape for{' '}
              <strong>{formatRate(typical.shapeAccuracy.rate)}</strong> of people.
            </p>
            <p>
              That last figure is modest for a reason. Many true profiles sit close to 40 or 70,
              where one sub-skill rated a level higher moves an area by about 3 points and can tip
              the shape. Against the shape their own answers would have shown without mistakes, the
              shape is right for {formatRate(typical.shapeAccuracyNoiseFree.rate)}; when tshape
              reports a shape at 80% or more, it is right{' '}
              {formatRate(typical.shapeAccuracyConfident.rate)} of the time. Read a shape together
              with its percentage and any borderline areas.
            </p>
          </>
        )}
        <SettingsTable
          caption="The three noise settings"
          firstColumn="Setting"
          rows={NOISE_ROWS}
          settings={settings}
        />
        <SettingsTable
          caption="Simulation study results by noise level"
          firstColumn="Measure"
          rows={RESULT_ROWS}
          settings={settings}
        />
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
            Over-claiming lifts everything, and no interval can see it: that is why coverage is
            higher for honest respondents than for everyone.
          </li>
          <li>
            <strong>A map, not a ruler.</strong> Areas, thresholds, weights and reference roles are
            a way of looking at skills, not a measurement of a person’s worth or a hiring test.
          </li>
          <li>
            <strong>The study tests the arithmetic, not the questions.</strong> Its people are made
            up, and its noise levels are assumptions; it shows how the scoring behaves when answers
            are imperfect, not how well real people describe themselves.
          </li>
        </ul>
        <p>
          <a href="#/results">Back to your results</a>
        </p>
      </section>
    </div>
  );
}

/** −0.75 with a true minus sign, +1 with its plus, 0 bare. */
interface SettingsTableProps {
  caption: string;
  firstColumn: string;
  rows: readonly StudyRow[];
  settings: readonly StudySetting[];
}

/** A study table: one row per figure, one column per noise setting. */
function SettingsTable({ caption, firstColumn, rows, settings }: SettingsTableProps) {
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{firstColumn}</th>
          {settings.map((setting) => (
            <th scope="col" key={setting.noise}>
              {NOISE_NAMES[setting.noise] ?? setting.noise}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {settings.map((setting) => (
              <td key={setting.noise}>{row.value(setting)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
