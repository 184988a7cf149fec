import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderWithStore } from '../testing/render-app';
import { HomePage } from './home-page';

test('a newcomer is offered "Start assessment" and told nothing leaves the browser', () => {
  renderWithStore(<HomePage />);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/tshape/i);
  expect(screen.getByText(/nothing is sent anywhere/i)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Start assessment' })).toBeInTheDocument();
});

test('answers in progress turn the button into "Continue assessment" and offer "Start over"', async () => {
  const { store, user } = renderWithStore(<HomePage />);
  store.getState().answerQuestion('stats-probability', 2, 900);
  await user.click(await screen.findByRole('link', { name: 'Continue assessment' }));
  expect(window.location.hash).toBe('#/assess');
  expect(store.getState().progress?.answers['stats-probability']?.value).toBe(2);
});

test('"Start over" asks first, and only clears the answers when confirmed', async () => {
  const { store, user } = renderWithStore(<HomePage />);
  store.getState().answerQuestion('stats-probability', 2, 900);
  await user.click(await screen.findByRole('button', { name: 'Start over' }));
  // The dialog's code is fetched on the first "Start over".
  await user.click(await screen.findByRole('button', { name: 'Cancel' }));
  expect(store.getState().progress?.answers['stats-probability']).toBeDefined();

  await user.click(screen.getByRole('button', { name: 'Start over' }));
  await user.click(screen.getByRole('button', { name: 'Clear answers and start over' }));
  expect(store.getState().progress?.answers).toEqual({});
});
