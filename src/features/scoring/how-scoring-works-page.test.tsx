import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import studyResults from '../../data/study-results.json';
import { HowScoringWorksPage } from './how-scoring-works-page';

function percent(rate: number | null): string {
  return `${Math.round(100 * (rate ?? Number.NaN))}%`;
}

test('the page has one level-1 heading and explains the formulas and thresholds', () => {
  render(<HowScoringWorksPage />);
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('How the scoring works');
  expect(screen.getByText(/20 times the average level/)).toBeInTheDocument();
  expect(screen.getByText(/not enough signal/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Flags never change your scores' })).toBeVisible();
  const shapes = screen.getByRole('table', { name: /your shape from the number/i });
  expect(within(shapes).getByRole('row', { name: /^1 4 or more T-shaped$/ })).toBeInTheDocument();
  const weights = screen.getByRole('table', { name: 'Spectrum weights' });
  expect(within(weights).getByRole('row', { name: 'Statistics −1' })).toBeInTheDocument();
  expect(within(weights).getByRole('row', { name: 'Production software +0.75' })).toBeVisible();
  expect(within(weights).getByRole('row', { name: 'Business communication 0' })).toBeVisible();
});

test('the headline figures are the study’s, for typical noise', () => {
  render(<HowScoringWorksPage />);
  const typical = studyResults.settings.find((setting) => setting.noise === 'typical');
  if (!typical) throw new Error('the study has a typical setting');
  expect(studyResults.headline.positionCoverage).toBe(typical.positionCoverage.rate);
  const headline = screen.getByText(/at typical noise, the 80% interval contained/i);
  expect(headline).toHaveTextContent(
    `contained the true position for ${percent(typical.positionCoverage.rate)} of people`,
  );
  expect(headline).toHaveTextContent(`off by ${typical.positionMae.toFixed(2)} on average`);
  expect(headline).toHaveTextContent(
    `the true shape for ${percent(typical.shapeAccuracy.rate)} of people`,
  );
});

test('a table gives the study’s figures for all three noise levels', () => {
  render(<HowScoringWorksPage />);
  const table = screen.getByRole('table', { name: 'Simulation study results by noise level' });
  const header = within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);
  expect(header).toEqual(['Measure', 'Low noise', 'Typical noise', 'High noise']);
  const coverage = within(table).getByRole('row', {
    name: /^80% interval contains the true position/,
  });
  expect(
    within(coverage)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  ).toEqual(studyResults.settings.map((setting) => percent(setting.positionCoverage.rate)));
  expect(screen.getByRole('table', { name: 'The three noise settings' })).toBeInTheDocument();
});

test('the limits are stated, and the page leads back to the results', () => {
  render(<HowScoringWorksPage />);
  expect(screen.getByText('It is self-reported.')).toBeInTheDocument();
  expect(screen.getByText('A map, not a ruler.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Back to your results' })).toHaveAttribute(
    'href',
    '#/results',
  );
});
