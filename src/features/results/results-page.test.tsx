import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { buildChecks, buildLevels, buildResult } from '../../testing/builders';
import { renderWithStore } from '../../testing/render-app';
import { ResultsPage } from './results-page';

function renderWithResult(responses: Record<string, number>) {
  const view = renderWithStore(<ResultsPage />);
  view.store.setState({ results: [buildResult({ responses })] });
  return view;
}

test('without a completed result the page offers the assessment', () => {
  renderWithStore(<ResultsPage />);
  expect(screen.getByRole('heading', { level: 1, name: 'Your T-shape' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Start assessment' })).toHaveAttribute(
    'href',
    '#/assess',
  );
});

test('the latest result is read as a shape statement, a meter and per-area readings', async () => {
  // A = 80, 40, 40, 60, 20: T-shaped, P = −75/175.
  renderWithResult({
    ...buildLevels({
      statistics: 4,
      'business-communication': 2,
      'production-software': 2,
      experimentation: 3,
      deployment: 1,
    }),
    ...buildChecks({}),
  });
  // T-shaped as answered, but two areas sit exactly on the breadth line: the headline
  // says which shape a retake more often gives, and why.
  expect(
    await screen.findByRole('heading', {
      name: 'You are most likely a Narrow T — Business communication and Production software sit on the breadth line — or T-shaped',
    }),
  ).toBeInTheDocument();
  expect(
    screen.getByText(/retakes? would show Narrow T; next closest: T-shaped\./),
  ).toBeInTheDocument();
  const spectrum = screen.getByRole('region', { name: 'Spectrum' });
  const meter = within(spectrum).getByRole('meter', { name: 'Spectrum position' });
  expect(Number(meter.getAttribute('aria-valuenow'))).toBeCloseTo(-75 / 175, 9);
  expect(meter).toHaveAttribute('aria-valuetext', expect.stringMatching(/leaning towards Stats/));
  const readings = screen.getByRole('region', { name: 'Reading' });
  expect(within(readings).getByRole('heading', { name: /Statistics\s*80/ })).toBeInTheDocument();
  expect(within(readings).getAllByText(/Knowledge checks: 2 of 2 correct/)).toHaveLength(5);
});

test('every answer at "Not yet" says there is not enough signal and shows no meter', async () => {
  renderWithResult(buildLevels({}));
  expect(await screen.findByRole('heading', { name: /^You are Emerging/ })).toBeInTheDocument();
  const spectrum = screen.getByRole('region', { name: 'Spectrum' });
  expect(spectrum).toHaveTextContent(/not enough signal/i);
  expect(screen.queryByRole('meter')).not.toBeInTheDocument();
});

test('a rating that the checks do not support is flagged, and the score is unchanged', async () => {
  renderWithResult({
    ...buildLevels({ experimentation: 4 }),
    ...buildChecks({ experimentation: 0 }),
  });
  const flags = await screen.findByRole('region', { name: 'Worth a second look' });
  expect(flags).toHaveTextContent(
    'Your self-rating in Experimentation may be high: 0 of 2 knowledge checks correct.',
  );
  const readings = screen.getByRole('region', { name: 'Reading' });
  expect(
    within(readings).getByRole('heading', { name: /Experimentation\s*80/ }),
  ).toBeInTheDocument();
});

test('"Review your answers" reopens the flagged result in the quiz', async () => {
  const { store, user } = renderWithResult({
    ...buildLevels({ experimentation: 4 }),
    ...buildChecks({ experimentation: 0 }),
  });
  await user.click(await screen.findByRole('button', { name: 'Review your answers' }));
  expect(store.getState().progress?.revises).toBe('result-1');
  expect(store.getState().progress?.answers['exp-test-design']?.value).toBe(4);
  expect(window.location.hash).toBe('#/assess');
});

test('the share panel builds a link with the display name, and survives data a link cannot carry', async () => {
  const { store, user } = renderWithResult(buildLevels({ statistics: 3 }));
  const name = await screen.findByRole('textbox', { name: 'Display name' });
  await user.type(name, 'Ada');
  expect(store.getState().settings.displayName).toBe('Ada');
  const link = screen.getByRole('textbox', { name: 'Share link' });
  expect((link as HTMLInputElement).value).toMatch(/#\/r\/[A-Za-z0-9_-]+$/);

  store.setState({ results: [buildResult({ responses: { 'stats-estimation': 6 } })] });
  expect(await screen.findByText(/cannot be shared/)).toBeInTheDocument();
});

test('an area to grow in is ticked once saved; when storage refuses it, it stays unticked and says so', async () => {
  const { store, storage, user } = renderWithResult(buildLevels({ statistics: 3 }));
  const group = await screen.findByRole('group', { name: 'Areas you want to grow in' });
  await user.click(within(group).getByRole('checkbox', { name: 'Deployment' }));
  expect(within(group).getByRole('checkbox', { name: 'Deployment' })).toBeChecked();
  expect(store.getState().results[0]?.growthAreas).toEqual(['deployment']);

  storage.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  await user.click(within(group).getByRole('checkbox', { name: 'Statistics' }));
  expect(within(group).getByRole('checkbox', { name: 'Statistics' })).not.toBeChecked();
  expect(screen.getByRole('alert')).toHaveTextContent(/could not be saved/);
  expect(screen.getByRole('link', { name: 'Plan your growth' })).toHaveAttribute('href', '#/plan');
});
