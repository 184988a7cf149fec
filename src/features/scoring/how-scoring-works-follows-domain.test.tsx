import { render, screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type * as Bootstrap from '../../domain/bootstrap';
import type * as Shape from '../../domain/shape';
import type * as Study from '../../domain/study';
import { HowScoringWorksPage } from './how-scoring-works-page';

// The page must print the rules the scoring runs, not a copy of them: with the
// domain's rules and thresholds changed, the page changes with them.
vi.mock('../../domain/shape', async (importOriginal) => ({
  ...(await importOriginal<typeof Shape>()),
  DEPTH_THRESHOLD: 75,
  BREADTH_THRESHOLD: 45,
  SHAPE_RULES: [
    { deep: { min: 0, max: 0 }, broad: { min: 0, max: null }, shape: 'Generalist' },
    { deep: { min: 1, max: 2 }, broad: { min: 5, max: null }, shape: 'T-shaped' },
  ],
}));
vi.mock('../../domain/study', async (importOriginal) => ({
  ...(await importOriginal<typeof Study>()),
  NEAR_DEPTH: 3,
  FAR_FROM_DEPTH: 25,
}));
vi.mock('../../domain/bootstrap', async (importOriginal) => ({
  ...(await importOriginal<typeof Bootstrap>()),
  BOOTSTRAP_RESAMPLES: 2500,
}));

test('the page prints the domain’s shape rules, thresholds, cut-offs and resample count', () => {
  render(<HowScoringWorksPage />);
  const shapes = screen.getByRole('table', { name: /your shape from the number/i });
  const rows = within(shapes)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent);
  expect(rows).toEqual(['0anyGeneralist', '1 to 25 or moreT-shaped']);
  expect(screen.getByText(/An area scoring 45 or more is part of your/)).toBeInTheDocument();
  expect(screen.getByText(/reaches both sides of 75/)).toBeInTheDocument();
  expect(screen.getByText(/2,500 times/)).toBeInTheDocument();
  const study = screen.getByRole('table', { name: 'Simulation study results by noise level' });
  expect(
    within(study).getByText('Area marked borderline, true score within 3 of 75'),
  ).toBeVisible();
  expect(
    within(study).getByText('Area marked borderline, true score over 25 from 75'),
  ).toBeVisible();
});
