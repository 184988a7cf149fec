import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { NewTeamForm } from './new-team-form';

test('a named team is created with its name trimmed, and the field empties', async () => {
  const user = userEvent.setup();
  const onCreate = vi.fn();
  render(<NewTeamForm fallbackName="Team 3" onCreate={onCreate} />);
  const field = screen.getByRole('textbox', { name: 'New team' });
  await user.type(field, '  Platform  ');
  await user.click(screen.getByRole('button', { name: 'Create team' }));
  expect(onCreate).toHaveBeenCalledWith('Platform');
  expect(field).toHaveValue('');
});

test('an empty field creates the fallback name', async () => {
  const user = userEvent.setup();
  const onCreate = vi.fn();
  render(<NewTeamForm fallbackName="Team 3" onCreate={onCreate} />);
  await user.click(screen.getByRole('button', { name: 'Create team' }));
  expect(onCreate).toHaveBeenCalledWith('Team 3');
});

test('a name of zero-width characters is refused with a message, and nothing is created', async () => {
  const user = userEvent.setup();
  const onCreate = vi.fn();
  render(<NewTeamForm fallbackName="Team 3" onCreate={onCreate} />);
  const field = screen.getByRole('textbox', { name: 'New team' });
  await user.click(field);
  await user.paste('\u200b\u200d\u2060');
  await user.click(screen.getByRole('button', { name: 'Create team' }));
  expect(onCreate).not.toHaveBeenCalled();
  expect(await screen.findByRole('alert')).toHaveTextContent('needs at least one visible');
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(field).toHaveAccessibleDescription(/visible letter/);

  await user.clear(field);
  await user.type(field, 'Data');
  await user.click(screen.getByRole('button', { name: 'Create team' }));
  expect(onCreate).toHaveBeenCalledWith('Data');
  expect(screen.queryByRole('alert')).toBeNull();
});
