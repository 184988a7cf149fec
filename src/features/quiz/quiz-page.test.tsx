import { screen, waitFor, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderWithStore } from '../../testing/render-app';
import { QuizPage } from './quiz-page';

test('the first step names its area and explains the scale and the checks', () => {
  renderWithStore(<QuizPage />);
  expect(screen.getByRole('heading', { level: 1, name: 'Statistics' })).toBeInTheDocument();
  expect(screen.getByText(/highest statement that was true of you/i)).toBeInTheDocument();
  expect(screen.getByRole('progressbar', { name: 'Assessment progress' })).toHaveAttribute(
    'aria-valuenow',
    '0',
  );
});

test('choosing a level saves it in the store with the time it took', async () => {
  const { store, user } = renderWithStore(<QuizPage />);
  const group = screen.getByRole('radiogroup', { name: 'Regression and statistical models' });
  await user.click(within(group).getByRole('radio', { name: /Practitioner/ }));
  expect(store.getState().progress?.answers['stats-regression']).toMatchObject({ value: 3 });
  expect(store.getState().progress?.answers['stats-regression']?.ms).toBeGreaterThanOrEqual(0);
  expect(screen.getByRole('progressbar', { name: 'Assessment progress' })).toHaveAttribute(
    'aria-valuenow',
    '1',
  );
});

test('"Next" with unanswered items stays, alerts, and focuses the first unanswered group', async () => {
  const { store, user } = renderWithStore(<QuizPage />);
  const [first] = screen.getAllByRole('radiogroup');
  if (!first) throw new Error('no radiogroup');
  await user.click(within(first).getAllByRole('radio')[2] as HTMLElement);
  await user.click(screen.getByRole('button', { name: 'Next' }));

  expect(await screen.findByRole('alert')).toHaveTextContent('8 questions on this step still need');
  expect(screen.getByRole('heading', { level: 1, name: 'Statistics' })).toBeInTheDocument();
  expect(
    screen.getByRole('radiogroup', { name: 'Regression and statistical models' }),
  ).toHaveFocus();
  expect(store.getState().progress?.step).toBe(0);
});

test('a complete step moves on, and "Back" returns with the answers shown', async () => {
  const { store, user } = renderWithStore(<QuizPage />);
  for (const group of screen.getAllByRole('radiogroup')) {
    await user.click(within(group).getAllByRole('radio')[1] as HTMLElement);
  }
  await user.click(screen.getByRole('button', { name: 'Next' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Business communication' }),
  ).toHaveFocus();
  expect(store.getState().progress?.step).toBe(1);

  await user.click(screen.getByRole('button', { name: 'Back' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Statistics' })).toBeInTheDocument();
  expect(screen.getAllByRole('radio', { checked: true })).toHaveLength(9);
});

test('the last step offers "See results" and saves a result', async () => {
  const { store, user } = renderWithStore(<QuizPage />);
  store.getState().goToStep(4);
  expect(await screen.findByRole('heading', { level: 1, name: 'Deployment' })).toBeInTheDocument();
  for (const group of screen.getAllByRole('radiogroup')) {
    await user.click(within(group).getAllByRole('radio')[0] as HTMLElement);
  }
  await user.click(screen.getByRole('button', { name: 'See results' }));
  await waitFor(() => expect(store.getState().results).toHaveLength(1));
  expect(store.getState().progress).toBeNull();
  expect(window.location.hash).toBe('#/results');
});

test('"Start over" counts the answers it clears, singular for one', async () => {
  const { user } = renderWithStore(<QuizPage />);
  const group = screen.getByRole('radiogroup', { name: 'Regression and statistical models' });
  await user.click(within(group).getByRole('radio', { name: /Practitioner/ }));
  await user.click(screen.getByRole('button', { name: 'Start over' }));
  const dialog = screen.getByRole('dialog', { name: 'Start over?' });
  expect(dialog).toHaveTextContent('This clears the 1 answer you have given so far.');
});
