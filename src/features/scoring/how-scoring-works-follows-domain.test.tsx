import { render, screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type * as Flags from '../../domain/flags';
import type * as Headline from '../../domain/headline';
import type * as Shape from '../../domain/shape';
import type * as Spectrum from '../../domain/spectrum';
import type * as Uncertainty from '../../domain/uncertainty';
import { HowScoringWorksPage } from './how-scoring-works-page';

// The page must print the rules the scoring runs, not a copy of them: with the
// domain's rules, thresholds and constants changed, the page changes with them.
vi.mock('../../domain/shape', async (importOriginal) => ({
  ...(await importOriginal<typeof Shape>()),
  DEPTH_THRESHOLD: 75,
  BREADTH_THRESHOLD: 45,
  SHAPE_RULES: [
    { deep: { min: 0, max: 0 }, broad: { min: 0, max: null }, shape: 'Generalist' },
    { deep: { min: 1, max: 2 }, broad: { min: 5, max: null }, shape: 'T-shaped' },
  ],
}));
vi.mock('../../domain/uncertainty', async (importOriginal) => ({
  ...(await importOriginal<typeof Uncertainty>()),
  ANSWER_ERROR: { slip: 0.2, bigSlip: 0.1 },
  INTERVAL_MASS: 0.9,
  POSITION_RESAMPLES: 2500,
  SINGLE_SHAPE_FROM: 0.65,
}));
vi.mock('../../domain/flags', async (importOriginal) => ({
  ...(await importOriginal<typeof Flags>()),
  CALIBRATION_FLAG_FROM_SCORE: 80,
  FAST_MEDIAN_MS: 1500,
  STRAIGHT_LINE_RUN: 12,
}));
vi.mock('../../domain/spectrum', async (importOriginal) => ({
  ...(await importOriginal<typeof Spectrum>()),
  SPECTRUM_SIGNAL_THRESHOLD: 30,
}));
vi.mock('../../domain/headline', async (importOriginal) => ({
  ...(await importOriginal<typeof Headline>()),
  describeAgreement: (share: number) =>
    share >= 0.8 ? 'almost all retakes would' : 'some retakes would',
}));

test('the page prints the domain’s shape rules and lines, named by their mean level', () => {
  render(<HowScoringWorksPage />);
  const shapes = screen.getByRole('table', { name: /your shape from the number/i });
  const rows = within(shapes)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);
  expect(rows).toEqual(['0anyGeneralist', '1 to 25 or moreT-shaped']);
  const lines = screen.getByText(/is part of your/);
  expect(lines).toHaveTextContent(
    'An area scoring 45 or more is part of your breadth: that takes a mean level of 2.25, between “Working” and “Practitioner”.',
  );
  expect(lines).toHaveTextContent(
    'An area scoring 75 or more is a depth: that takes a mean level of 3.75, between “Practitioner” and “Advanced”.',
  );
  expect(screen.getByText(/not enough signal/)).toHaveTextContent(
    'less than 30 — as little as one area of weight +1 or −1 at a mean level of 1.5, halfway between “Aware” and “Working”',
  );
});

test('the page prints the domain’s answer error, interval, resamples and single-shape share', () => {
  render(<HowScoringWorksPage />);
  expect(screen.getByText(/could land on a neighbouring level/)).toHaveTextContent(
    'about one answer in five (20%) could land on a neighbouring level on another day, up or down alike, and about one answer in ten (10%) two levels off',
  );
  const interval = screen.getByText(/is the range that holds/);
  expect(interval).toHaveTextContent('at least 90% of the time');
  expect(interval).toHaveTextContent('breadth line (45) or of the depth line (75)');
  expect(screen.getByText(/A single shape is stated only when/)).toHaveTextContent(
    'at least 65% of retakes would show it',
  );
  expect(screen.getByText(/2,500 draws/)).toBeInTheDocument();
  const words = screen.getByRole('table', { name: 'How sure the shape is, in words' });
  expect(
    within(words)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent),
  ).toEqual(['80% or moreAlmost all retakes would show it', 'under 80%Some retakes would show it']);
  // The study ran with the scoring as it was, so the page says its figures are stale.
  expect(screen.getByText(/These figures are out of date/)).toBeInTheDocument();
});

test('the page prints the domain’s flag rules', () => {
  render(<HowScoringWorksPage />);
  expect(
    screen.getByText(/an area scores 80 or more \(a mean level of 4, “Advanced”\)/),
  ).toBeInTheDocument();
  expect(screen.getByText(/under 1\.5 seconds,/)).toBeInTheDocument();
  expect(screen.getByText(/12 or more statements in a row/)).toBeInTheDocument();
});
