// `npm run study`: the simulation study of the scoring (issue 10). Simulated
// respondents with known true profiles answer the bank under three noise
// settings; the app's own computeProfile scores them; this prints how close the
// results come to the truth and writes the figures to src/data/study-results.json,
// which the "How the scoring works" page shows.
//
// Deterministic: seeded, no timestamp, formatted with the repository's Prettier
// settings, so re-running it on any machine rewrites the identical file (and
// `git diff` on it shows a real change in the scoring, never noise).
//
// Environment: STUDY_RESPONDENTS (per noise setting, default 2000). Only the
// default writes the JSON; other sizes only print, so a quick look cannot
// overwrite the published figures.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { loadModules } from '../tools/vite-servers.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS_FILE = path.join(REPO, 'src/data/study-results.json');
const DEFAULT_RESPONDENTS = 2000;
const respondents = Number(process.env.STUDY_RESPONDENTS ?? DEFAULT_RESPONDENTS);
if (!Number.isInteger(respondents) || respondents < 1) {
  throw new Error(
    `STUDY_RESPONDENTS must be a positive integer, got ${process.env.STUDY_RESPONDENTS}`,
  );
}

const [study, { QUESTION_BANK: bank }] = await loadModules([
  '/src/domain/study.ts',
  '/src/data/question-bank.ts',
]);

const started = performance.now();
const reports = study.runStudy({ bank, respondents });
const seconds = (performance.now() - started) / 1000;

/** Rounded so the JSON holds what a reader needs, not float noise. */
const round = (value, digits = 4) => (value === null ? null : Number(value.toFixed(digits)));
const percent = (rate) => (rate.rate === null ? '—' : `${(100 * rate.rate).toFixed(1)}%`);
const rateJson = (rate) => ({ count: rate.count, total: rate.total, rate: round(rate.rate) });

const ROWS = [
  ['P: 80% interval covers true P', (r) => percent(r.positionCoverage)],
  ['   honest respondents only', (r) => percent(r.positionCoverageHonest)],
  ['P: mean absolute error', (r) => r.positionMae.toFixed(3)],
  ['   against the noise-free answers', (r) => r.positionMaeNoiseFree.toFixed(3)],
  ['P: mean interval width', (r) => r.meanPositionIntervalWidth.toFixed(3)],
  ['Area: 80% interval covers true score', (r) => percent(r.areaCoverage)],
  ['Shape: shown = true shape', (r) => percent(r.shapeAccuracy)],
  ['   = shape of the noise-free answers', (r) => percent(r.shapeAccuracyNoiseFree)],
  [
    `   where the shape's share is ≥ ${100 * study.CONFIDENT_SHARE}%`,
    (r) => percent(r.shapeAccuracyConfident),
  ],
  ['Shape: mean bootstrap share shown', (r) => `${(100 * r.meanShapeFrequency).toFixed(1)}%`],
  [
    `Borderline flag, true area within ±${study.NEAR_DEPTH} of 70`,
    (r) => percent(r.borderlineNear),
  ],
  [`Borderline flag, true area > ${study.FAR_FROM_DEPTH} from 70`, (r) => percent(r.borderlineFar)],
  ['Calibration flag: over-claimers', (r) => percent(r.calibrationFlagOverclaimers)],
  ['Calibration flag: honest', (r) => percent(r.calibrationFlagHonest)],
  ['Foil flag: over-claimers', (r) => percent(r.foilFlagOverclaimers)],
  ['Foil flag: honest', (r) => percent(r.foilFlagHonest)],
];

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

console.log(
  `tshape scoring study: ${respondents} simulated respondents per noise setting, ` +
    `seed ${study.STUDY_SEED}, question bank v${bank.version} (${seconds.toFixed(1)} s)\n`,
);
printTable(
  ['', ...reports.map((report) => `${report.noise} noise`)],
  ROWS.map(([label, show]) => [label, ...reports.map(show)]),
);
const counts = (rate) => `${rate.count}/${rate.total}`;
console.log(
  `\nCounts (typical noise): coverage ${counts(reports[1].positionCoverage)}, ` +
    `borderline near ${counts(reports[1].borderlineNear)}, far ${counts(reports[1].borderlineFar)}, ` +
    `over-claimers ${reports[1].calibrationFlagOverclaimers.total}.`,
);
for (const report of reports) {
  console.log(`\nShape confusion, ${report.noise} noise (rows: true shape, columns: shape shown)`);
  const shapes = Object.keys(report.shapeConfusion);
  printTable(
    ['true \\ shown', ...shapes],
    shapes.map((row) => [row, ...shapes.map((column) => report.shapeConfusion[row][column])]),
  );
}

const typical = reports.find((report) => report.noise === 'typical');
const results = {
  about:
    'Generated by `npm run study` (tests/study/study.mjs) from src/domain/study.ts. Do not edit by hand.',
  respondentsPerSetting: respondents,
  seed: study.STUDY_SEED,
  bankVersion: bank.version,
  nominalCoverage: 0.8,
  headline: {
    noise: 'typical',
    positionCoverage: round(typical.positionCoverage.rate),
    shapeAccuracy: round(typical.shapeAccuracy.rate),
    positionMae: round(typical.positionMae),
  },
  settings: reports.map((report) => ({
    noise: report.noise,
    model: study.NOISE_MODELS[report.noise],
    respondents: report.respondents,
    positionCoverage: rateJson(report.positionCoverage),
    positionCoverageHonest: rateJson(report.positionCoverageHonest),
    positionMae: round(report.positionMae),
    positionMaeNoiseFree: round(report.positionMaeNoiseFree),
    meanPositionIntervalWidth: round(report.meanPositionIntervalWidth),
    areaCoverage: rateJson(report.areaCoverage),
    shapeAccuracy: rateJson(report.shapeAccuracy),
    shapeAccuracyNoiseFree: rateJson(report.shapeAccuracyNoiseFree),
    shapeAccuracyConfident: rateJson(report.shapeAccuracyConfident),
    meanShapeFrequency: round(report.meanShapeFrequency),
    borderlineNear: rateJson(report.borderlineNear),
    borderlineFar: rateJson(report.borderlineFar),
    calibrationFlagOverclaimers: rateJson(report.calibrationFlagOverclaimers),
    calibrationFlagHonest: rateJson(report.calibrationFlagHonest),
    foilFlagOverclaimers: rateJson(report.foilFlagOverclaimers),
    foilFlagHonest: rateJson(report.foilFlagHonest),
    shapeConfusion: report.shapeConfusion,
  })),
};

if (respondents === DEFAULT_RESPONDENTS) {
  const options = (await resolveConfig(RESULTS_FILE)) ?? {};
  const text = await format(JSON.stringify(results), { ...options, filepath: RESULTS_FILE });
  await writeFile(RESULTS_FILE, text);
  console.log(`\nWrote ${path.relative(REPO, RESULTS_FILE)}.`);
} else {
  console.log(
    `\nNot written: only the default ${DEFAULT_RESPONDENTS} respondents update the JSON.`,
  );
}
