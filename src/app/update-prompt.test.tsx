import { act, screen } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
import { renderWithStore } from '../testing/render-app';
import { INITIAL_APP_UPDATE, useAppUpdate } from './app-update';
import { UpdatePrompt } from './update-prompt';

beforeEach(() => {
  useAppUpdate.setState(INITIAL_APP_UPDATE);
});

test('nothing is shown until a new version waits', () => {
  renderWithStore(<UpdatePrompt />);
  expect(screen.queryByRole('button')).toBeNull();
});

test('a waiting version is offered; "Update now" applies it once, "Later" puts it away', async () => {
  const apply = vi.fn(async () => undefined);
  useAppUpdate.setState({ waiting: true, apply });
  const { user } = renderWithStore(<UpdatePrompt />);
  expect(screen.getByText(/your answers and results are saved/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Update now' }));
  expect(apply).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('button', { name: 'Update now' })).toBeDisabled();

  await user.click(screen.getByRole('button', { name: 'Later' }));
  expect(screen.queryByRole('button', { name: 'Update now' })).toBeNull();
});

test('when storage is not keeping the answers, it warns before a reload would lose them', () => {
  useAppUpdate.setState({ waiting: true, apply: async () => undefined });
  const { store } = renderWithStore(<UpdatePrompt />);
  expect(screen.getByRole('button', { name: 'Update now' })).toBeInTheDocument();
  act(() => store.health.setState({ lastWrite: 'not-saved' }));
  expect(screen.getByText(/not keeping your answers/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Update anyway' })).toBeInTheDocument();
});
