import { screen, waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import { renderWithStore } from '../testing/render-app';
import { App } from './app';

test('a link that leaves its page hands focus to the new page, not to nowhere', async () => {
  window.location.hash = '#/nowhere';
  const { user } = renderWithStore(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Page not found' });
  expect(document.activeElement).toBe(document.body);

  screen.getByRole('link', { name: 'Go to the home page' }).focus();
  await user.keyboard('{Enter}');
  await screen.findByRole('link', { name: 'Start assessment' });
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('main')));
});

test('a route change from the header keeps focus on the header link', async () => {
  window.location.hash = '#/';
  const { user } = renderWithStore(<App />);
  const history = screen.getByRole('link', { name: 'History' });
  history.focus();
  await user.keyboard('{Enter}');
  await screen.findByRole('heading', { level: 1, name: 'History' });
  expect(document.activeElement).toBe(history);
});
