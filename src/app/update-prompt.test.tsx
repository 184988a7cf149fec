import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { INITIAL_STORAGE_HEALTH, useStorageHealth } from '../store/storage-health';
import { INITIAL_APP_UPDATE, useAppUpdate } from './app-update';
import { UpdatePrompt } from './update-prompt';

beforeEach(() => {
  useAppUpdate.setState(INITIAL_APP_UPDATE);
  useStorageHealth.setState(INITIAL_STORAGE_HEALTH);
});

test('nothing is shown until a new version waits', () => {
  render(<UpdatePrompt />);
  expect(screen.queryByRole('button')).toBeNull();
});

test('a waiting version is offered; "Update now" applies it once, "Later" puts it away', async () => {
  const apply = vi.fn(async () => undefined);
  useAppUpdate.setState({ waiting: true, apply });
  const user = userEvent.setup();
  render(<UpdatePrompt />);
  expect(screen.getByText(/your answers and results are saved/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Update now' }));
  expect(apply).toHaveBeenCalledTimes(1);
  expect(screen.getByRole('button', { name: 'Update now' })).toBeDisabled();

  await user.click(screen.getByRole('button', { name: 'Later' }));
  expect(screen.queryByRole('button', { name: 'Update now' })).toBeNull();
});

test('when storage is not keeping the answers, it warns before a reload would lose them', () => {
  useStorageHealth.setState({ mode: 'memory' });
  useAppUpdate.setState({ waiting: true, apply: async () => undefined });
  render(<UpdatePrompt />);
  expect(screen.getByText(/not keeping your answers/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Update anyway' })).toBeInTheDocument();
});
