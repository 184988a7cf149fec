import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import studyResults from '../../data/study-results.json';
import { formatDecimal } from '../../domain/format';
import { HowScoringWorksPage } from './how-scoring-works-page';

/** The study's shares as the page prints them: a percentage with one decimal. */
function share(rate: number | null): string {
  return rate === null ? '—' : `${formatDecimal(rate * 100, 1)}%`;
}

/** A table's body rows as row header → the text of each cell. */
function readRows(table: HTMLElement): Map<string, string[]> {
  const rows = within(table).getAllByRole('row').slice(1);
  return new Map(
    rows.map((row) => [
      within(row).getByRole('rowheader').textContent,
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ]),
  );
}

const COLUMN_HEADINGS = [
  'Uniform, low noise',
  'Uniform, typical noise',
  'Uniform, high noise',
  'Styled, low noise',
  'Styled, typical noise',
  'Styled, high noise',
];

test('the page has one level-1 heading and states the formulas and lines', () => {
  render(<HowScoringWorksPage />);
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How the scoring works');
  expect(screen.getByText(/20 times the average level/)).toBeInTheDocument();
  const lines = screen.getByText(/is part of your/);
  expect(lines).toHaveTextContent(
    'An area scoring 40 or more is part of your breadth: that takes a mean level of 2, “Working”.',
  );
  expect(lines).toHaveTextContent(
    'An area scoring 70 or more is a depth: that takes a mean level of 3.5, halfway between “Practitioner” and “Advanced”.',
  );
  expect(screen.queryByText(/level 4/)).not.toBeInTheDocument();
  const shapes = screen.getByRole('table', {
    name: 'Your shape from the number of deep and broad areas',
  });
  expect(readRows(shapes).get('T-shaped')).toEqual(['1', '4 or more']);
  const weights = screen.getByRole('table', { name: 'Spectrum weights' });
  expect(within(weights).getByRole('row', { name: 'Statistics −1' })).toBeInTheDocument();
  expect(within(weights).getByRole('row', { name: 'Production software +0.75' })).toBeVisible();
  expect(screen.getByText(/not enough signal/)).toHaveTextContent(
    /less than 40 — as little as one area of weight \+1 or −1 at a mean level of 2, “Working”/,
  );
});

test('how sure the results are: answer error, intervals, borderline lines and certainty in words', () => {
  render(<HowScoringWorksPage />);
  expect(screen.getByText(/six or seven sub-skills/)).toHaveTextContent(
    'about one answer in three (35%) could land on a neighbouring level',
  );
  expect(screen.getByText(/is the range that holds/)).toHaveTextContent(
    'the range that holds, at least 80% of the time, the score your calm-day answers would give',
  );
  expect(screen.getByText(/is the range that holds/)).toHaveTextContent(
    'breadth line (40) or of the depth line (70)',
  );
  const words = screen.getByRole('table', { name: 'How sure the shape is, in words' });
  const bands = readRows(words);
  expect(bands.get('90% or more')).toEqual(['Nearly every retake would show it']);
  expect(bands.get('under 25%')).toEqual(['Few retakes would show it']);
  expect(screen.getByText(/A single shape is stated only when/)).toHaveTextContent(
    'at least 70% of retakes would show it',
  );
  expect(screen.getByText(/1,000 draws of calm-day area scores/)).toBeInTheDocument();
});

test('the flags section states each rule', () => {
  render(<HowScoringWorksPage />);
  expect(screen.getByRole('heading', { name: 'Flags never change your scores' })).toBeVisible();
  expect(screen.getByText(/an area scores 70 or more \(the depth line/)).toBeInTheDocument();
  expect(screen.getByText(/the made-up method is rated “Working” or higher/)).toBeVisible();
  expect(screen.getByText(/under 1 second,/)).toBeVisible();
  expect(
    screen.getByText(/10 or more statements in a row got the same level above “Not yet”/),
  ).toBeVisible();
});

test('the study goals table shows each setting’s value and whether it met the goal', () => {
  render(<HowScoringWorksPage />);
  const table = screen.getByRole('table', { name: 'Study goals' });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Goal', 'Target', ...COLUMN_HEADINGS]);
  const rows = readRows(table);
  expect(rows.size).toBe(studyResults.goals.length);
  for (const goal of studyResults.goals) {
    const heading = goal.figure.charAt(0).toUpperCase() + goal.figure.slice(1);
    const cells = rows.get(heading);
    const checks = studyResults.settings.map((setting) => {
      const check = setting.goals.find((each) => each.id === goal.id);
      if (!check) throw new Error(`every setting judges goal ${goal.id}`);
      return `${share(check.value)}, ${check.met ? 'met' : 'not met'}`;
    });
    expect(cells?.slice(1)).toEqual(checks);
  }
  expect(rows.get('A single shape is stated')?.[0]).toBe('at least 40%');
  expect(rows.get('The 80% interval of an area score holds the truth')?.[0]).toBe('75–85%');
});

test('the results table gives every setting’s figures from the JSON', () => {
  render(<HowScoringWorksPage />);
  const table = screen.getByRole('table', { name: 'Simulation study results' });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent),
  ).toEqual(['Figure', ...COLUMN_HEADINGS]);
  const rows = readRows(table);
  expect(rows.get('80% interval holds the true position')).toEqual(
    studyResults.settings.map((setting) => share(setting.positionCoverage.rate)),
  );
  expect(rows.get('Stated shapes hold the retake’s shape')).toEqual(
    studyResults.settings.map((setting) => share(setting.statedShapesHoldRetake.rate)),
  );
  expect(rows.get('Calibration flag: honest respondents')).toEqual(
    studyResults.settings.map((setting) => share(setting.flags.honest.calibration.rate)),
  );
  expect(rows.get('Made-up method flag: over-claimers')).toEqual(
    studyResults.settings.map((setting) => share(setting.flags.overclaimer.overclaim.rate)),
  );
});

test('the study names its seeds, and the tuning seed’s model and noise', () => {
  render(<HowScoringWorksPage />);
  const seeds = screen.getByText(/tuned on seed/);
  expect(seeds).toHaveTextContent(
    `tuned on seed ${studyResults.seeds.tuning} (uniform model, typical noise)`,
  );
  expect(seeds).toHaveTextContent(`comes from seed ${studyResults.seeds.report}`);
  expect(screen.getByText('npm run study')).toBeInTheDocument();
});

test('the shortfall paragraph names every goal not met at typical noise, and only those', () => {
  render(<HowScoringWorksPage />);
  const typical = studyResults.settings.filter((setting) => setting.noise === 'typical');
  const missed = (id: string) =>
    typical.some((setting) => setting.goals.find((goal) => goal.id === id)?.met === false);
  const paragraph = screen.getByText(/at typical noise[:.]/);
  for (const goal of studyResults.goals) {
    if (missed(goal.id)) expect(paragraph).toHaveTextContent(goal.figure);
    else expect(paragraph).not.toHaveTextContent(goal.figure);
  }
  // Today the stated shapes miss their goal at typical noise, and the page says why.
  expect(missed('statedShapesHoldRetake')).toBe(true);
  expect(screen.getByText(/The stated shapes stay under 90%/)).toBeInTheDocument();
  expect(screen.getByText(/coverage misses its 75–85% by design/)).toHaveTextContent(
    'too wide for careful people and too narrow for noisy ones',
  );
});

test('each flag that fires for more honest people than the goal allows is named, with where and why', () => {
  render(<HowScoringWorksPage />);
  const limit = studyResults.goals.find((goal) => goal.id === 'honestFlagRate')?.max ?? 0;
  const names = {
    calibration: 'calibration flag',
    overclaim: 'made-up method flag',
    fast: 'fast answering flag',
    'straight-line': 'straight-line flag',
  } as const;
  for (const [kind, name] of Object.entries(names)) {
    const over = studyResults.settings.filter(
      (setting) => (setting.flags.honest[kind as keyof typeof names].rate ?? 0) > limit,
    );
    const sentence = screen.queryByText(new RegExp(`^The ${name} fires for`));
    if (over.length === 0) {
      expect(sentence).toBeNull();
      continue;
    }
    for (const setting of over) {
      expect(sentence).toHaveTextContent(`${setting.model}, ${setting.noise} noise`);
    }
  }
  // Today the made-up method flag misses at high noise, and the page says what would reach it.
  expect(screen.getByText(/^The made-up method flag fires for/)).toHaveTextContent(
    'Flagging it only from “Practitioner”',
  );
});

test('the limits are stated, and the page leads back to the results', () => {
  render(<HowScoringWorksPage />);
  expect(screen.getByText('It is self-reported.')).toBeInTheDocument();
  expect(screen.getByText('A map, not a ruler.')).toBeInTheDocument();
  expect(screen.getByText('The study tests the arithmetic, not the questions.')).toBeVisible();
  expect(screen.getByRole('link', { name: 'Back to your results' })).toHaveAttribute(
    'href',
    '#/results',
  );
});
