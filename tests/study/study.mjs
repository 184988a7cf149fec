// `npm run study`: the simulation study of the scoring (issue 20). Simulated people of
// two respondent models answer the bank twice at three noise levels; the app's own
// computeProfile scores both takes; this prints how the first take compares with the
// person's truth (their noise-free answers) and with the retake, against the study's
// goals, and writes the figures to src/data/study-results.json, which the "How the
// scoring works" page shows.
//
// `npm run study -- --tune`: tunes the scoring's parameters (the answer error and the
// single-shape threshold) on the tuning seed, the uniform model at typical noise only,
// and prints the combination nearest the goals. It writes nothing: the app's defaults
// live in src/domain/uncertainty.ts, and the normal run reports on another seed.
//
// Deterministic: seeded, no timestamp, formatted with the repository's Prettier
// settings, so re-running it on any machine rewrites the identical file (and a diff on
// it shows a real change in the scoring, never noise).
//
// Environment: STUDY_RESPONDENTS (per model and noise level, default 2000; for --tune,
// default 1500). Only the default size of the normal run writes the JSON; other sizes
// only print, so a quick look cannot overwrite the published figures.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { loadModules } from '../tools/vite-servers.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS_FILE = path.join(REPO, 'src/data/study-results.json');
const DEFAULT_RESPONDENTS = 2000;
const DEFAULT_TUNING_RESPONDENTS = 1500;
const tune = process.argv.slice(2).includes('--tune');
const respondents = Number(
  process.env.STUDY_RESPONDENTS ?? (tune ? DEFAULT_TUNING_RESPONDENTS : DEFAULT_RESPONDENTS),
);
if (!Number.isInteger(respondents) || respondents < 1) {
  throw new Error(
    `STUDY_RESPONDENTS must be a positive integer, got ${process.env.STUDY_RESPONDENTS}`,
  );
}

const [study, { QUESTION_BANK: bank }, uncertainty] = await loadModules([
  '/src/domain/study.ts',
  '/src/data/question-bank.ts',
  '/src/domain/uncertainty.ts',
]);

const percent = (value) => (value === null ? '—' : `${(100 * value).toFixed(1)}%`);
const ratePercent = (rate) => percent(rate.rate);

function printTable(header, rows) {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => String(row[column]).length)),
  );
  const line = (row) =>
    row
      .map((cell, column) =>
        column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]),
      )
      .join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** A goal's bounds in words: "75%–85%", "≥ 90%", "≤ 2%". */
function bounds(goal) {
  if (goal.min !== null && goal.max !== null) return `${percent(goal.min)}–${percent(goal.max)}`;
  return goal.min !== null ? `≥ ${percent(goal.min)}` : `≤ ${percent(goal.max)}`;
}

if (tune) runTuning();
else await runReport();

function runTuning() {
  const started = performance.now();
  const result = study.tuneScoring({ bank, respondents });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `tshape scoring study, TUNING: seed ${result.seed} (tuning seed; the report uses ` +
      `${study.REPORT_SEED}), model "${result.model}", ${result.noise} noise only, ` +
      `${result.respondents} respondents, question bank v${bank.version} ` +
      `(${seconds.toFixed(1)} s)\n`,
  );
  const goal = (id) => study.STUDY_GOALS.find((each) => each.id === id);
  console.log(
    `Goals: coverage ${bounds(goal('positionCoverage'))} (nominal ${percent(
      uncertainty.INTERVAL_MASS,
    )}); stated shapes hold the retake's ${bounds(goal('statedShapesHoldRetake'))}; ` +
      `single shape stated ${bounds(goal('singleShapeStated'))}.\n`,
  );

  // Coverage does not read the single-shape threshold: one row per answer error.
  console.log('Coverage by answer error (any threshold):');
  const byError = result.candidates.filter(
    (each) => each.singleShapeFrom === study.TUNING_GRID.singleShapeFrom[0],
  );
  printTable(
    ['slip', 'bigSlip', 'P coverage', 'area coverage', 'larger gap to 80%'],
    byError.map((each) => [
      each.answerError.slip.toFixed(2),
      each.answerError.bigSlip.toFixed(2),
      ratePercent(each.positionCoverage),
      ratePercent(each.areaCoverage),
      percent(each.coverageGap),
    ]),
  );

  const shown = result.best;
  console.log(
    `\nStated shapes by threshold, at slip ${shown.answerError.slip.toFixed(2)}, ` +
      `bigSlip ${shown.answerError.bigSlip.toFixed(2)}:`,
  );
  printTable(
    ['single shape from', 'stated hold retake', 'single stated', 'both shape goals'],
    result.candidates
      .filter(
        (each) =>
          each.answerError.slip === shown.answerError.slip &&
          each.answerError.bigSlip === shown.answerError.bigSlip,
      )
      .map((each) => [
        each.singleShapeFrom.toFixed(2),
        ratePercent(each.statedShapesHoldRetake),
        ratePercent(each.singleShapeStated),
        each.meetsShapeGoals ? 'met' : 'not met',
      ]),
  );

  const defaults = {
    slip: uncertainty.ANSWER_ERROR.slip,
    bigSlip: uncertainty.ANSWER_ERROR.bigSlip,
    singleShapeFrom: uncertainty.SINGLE_SHAPE_FROM,
  };
  const atDefaults = result.candidates.find(
    (each) =>
      each.answerError.slip === defaults.slip &&
      each.answerError.bigSlip === defaults.bigSlip &&
      each.singleShapeFrom === defaults.singleShapeFrom,
  );
  const describe = (each) =>
    `slip ${each.answerError.slip.toFixed(2)}, bigSlip ${each.answerError.bigSlip.toFixed(2)}, ` +
    `singleShapeFrom ${each.singleShapeFrom.toFixed(2)}: P coverage ${ratePercent(
      each.positionCoverage,
    )}, area coverage ${ratePercent(each.areaCoverage)}, stated shapes hold the retake's ` +
    `${ratePercent(each.statedShapesHoldRetake)}, single shape stated ${ratePercent(
      each.singleShapeStated,
    )}`;
  console.log(`\nPicked: ${describe(result.best)}.`);
  if (!result.best.meetsShapeGoals) {
    console.log(
      'No combination meets both stated-shape goals: the pick is the one nearest 80% ' +
        'coverage, with the threshold nearest both stated-shape goals.',
    );
  }
  if (atDefaults) console.log(`App defaults: ${describe(atDefaults)}.`);
  const same =
    result.best.answerError.slip === defaults.slip &&
    result.best.answerError.bigSlip === defaults.bigSlip &&
    result.best.singleShapeFrom === defaults.singleShapeFrom;
  console.log(
    same
      ? 'The app already uses the picked values (src/domain/uncertainty.ts).'
      : 'The app uses other values: set ANSWER_ERROR and SINGLE_SHAPE_FROM in ' +
          'src/domain/uncertainty.ts, then run `npm run study` (report seed) again.',
  );
}

async function runReport() {
  const started = performance.now();
  const reports = study.runStudy({ bank, respondents });
  const seconds = (performance.now() - started) / 1000;
  const results = study.toStudyResults(bank, respondents, reports);

  console.log(
    `tshape scoring study: ${respondents} simulated respondents per model and noise level, ` +
      `report seed ${study.REPORT_SEED} (the scoring was tuned on seed ${study.TUNING_SEED}, ` +
      `model "${study.TUNING_SETTING.model}", ${study.TUNING_SETTING.noise} noise), ` +
      `the app's defaults (slip ${results.scoring.answerError.slip}, bigSlip ` +
      `${results.scoring.answerError.bigSlip}, single shape from ` +
      `${results.scoring.singleShapeFrom}), question bank v${bank.version} ` +
      `(${seconds.toFixed(1)} s)\n`,
  );
  console.log(
    'Truth: each person’s noise-free answers (their levels, item difficulty and stable ' +
      'response style, without the random slips). Coverage, shapes and MAE over honest ' +
      'respondents and over-claimers; careless ones only in the flag rates.\n',
  );

  const goalOf = (id) => study.STUDY_GOALS.find((goal) => goal.id === id);
  const withGoal = (id, show) => (report) => {
    const check = report.goals.find((each) => each.id === id);
    return `${show(report)} ${check.met ? '✓' : '✗'}`;
  };
  const rows = [
    [
      `P: 80% interval holds the truth [goal ${bounds(goalOf('positionCoverage'))}]`,
      withGoal('positionCoverage', (r) => ratePercent(r.positionCoverage)),
    ],
    ['   honest respondents only', (r) => ratePercent(r.positionCoverageHonest)],
    [
      `Area: 80% interval holds the truth [goal ${bounds(goalOf('areaCoverage'))}]`,
      withGoal('areaCoverage', (r) => ratePercent(r.areaCoverage)),
    ],
    ['   honest respondents only', (r) => ratePercent(r.areaCoverageHonest)],
    [
      `Stated shapes hold the retake's [goal ${bounds(goalOf('statedShapesHoldRetake'))}]`,
      withGoal('statedShapesHoldRetake', (r) => ratePercent(r.statedShapesHoldRetake)),
    ],
    [
      `Single shape stated [goal ${bounds(goalOf('singleShapeStated'))}]`,
      withGoal('singleShapeStated', (r) => ratePercent(r.singleShapeStated)),
    ],
    ['Retest agreement (first shape = retake shape)', (r) => ratePercent(r.retestAgreement)],
    ['Shape = shape of the truth', (r) => ratePercent(r.shapeAccuracy)],
    ['P: mean absolute error', (r) => r.positionMae.toFixed(3)],
    ['P: mean interval width', (r) => r.meanPositionIntervalWidth.toFixed(3)],
    ['Area: mean interval width (points)', (r) => r.meanAreaIntervalWidth.toFixed(1)],
    ['"Not enough signal" (first take)', (r) => ratePercent(r.notEnoughSignal)],
    ['   (the truth)', (r) => ratePercent(r.notEnoughSignalTruth)],
    [
      `Most frequent flag, honest [goal ${bounds(goalOf('honestFlagRate'))}]`,
      withGoal('honestFlagRate', (r) =>
        percent(r.goals.find((g) => g.id === 'honestFlagRate').value),
      ),
    ],
    ...['honest', 'overclaimer', 'careless'].flatMap((kind) =>
      [...study.FLAG_KINDS, 'any'].map((flag) => [
        `Flag ${flag}: ${kind}`,
        (r) => ratePercent(r.flags[kind][flag]),
      ]),
    ),
    ['Respondents honest / over-claiming / careless', (r) => Object.values(r.counts).join(' / ')],
  ];
  printTable(
    ['', ...reports.map((report) => `${report.model} ${report.noise}`)],
    rows.map(([label, show]) => [label, ...reports.map(show)]),
  );

  for (const report of reports.filter((each) => each.noise === 'typical')) {
    console.log(
      `\nShape confusion, ${report.model} model, typical noise ` +
        '(rows: shape of the truth, columns: first take)',
    );
    const shapes = Object.keys(report.shapeConfusion);
    printTable(
      ['truth \\ shown', ...shapes],
      shapes.map((row) => [row, ...shapes.map((column) => report.shapeConfusion[row][column])]),
    );
  }

  const missed = reports.flatMap((report) =>
    report.goals
      .filter((goal) => !goal.met)
      .map((goal) => `${report.model} ${report.noise}: ${goal.id} ${percent(goal.value)}`),
  );
  console.log(`\nGoals not met: ${missed.length === 0 ? 'none' : `\n  ${missed.join('\n  ')}`}`);

  if (respondents === DEFAULT_RESPONDENTS) {
    const options = (await resolveConfig(RESULTS_FILE)) ?? {};
    const text = await format(JSON.stringify(results), { ...options, filepath: RESULTS_FILE });
    await writeFile(RESULTS_FILE, text);
    console.log(`\nWrote ${path.relative(REPO, RESULTS_FILE)} (report seed ${study.REPORT_SEED}).`);
  } else {
    console.log(
      `\nNot written: only the default ${DEFAULT_RESPONDENTS} respondents update the JSON.`,
    );
  }
}
