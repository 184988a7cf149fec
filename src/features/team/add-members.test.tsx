import { fireEvent, render, screen, within } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { buildTeamMember } from '../../testing/builders';
import { AddMembers } from './add-members';

function renderAddMembers(saved = true) {
  const onAdd = vi.fn(() => saved);
  render(
    <AddMembers
      members={[]}
      latest={undefined}
      displayName={undefined}
      onAdd={onAdd}
      onImport={vi.fn(() => saved)}
    />,
  );
  return onAdd;
}

function paste(text: string) {
  fireEvent.change(screen.getByRole('textbox', { name: 'Share links' }), {
    target: { value: text },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Add to team' }));
}

test('a paste of thousands of bad lines lists the first ten and counts the rest', () => {
  const onAdd = renderAddMembers();
  const good = buildTeamMember({ name: 'Ada' });
  const lines = Array.from({ length: 5000 }, (_, index) => `#/r/broken${index}`);
  paste([`https://tshape.example/#/r/${good.payload}`, ...lines].join('\n'));

  expect(onAdd).toHaveBeenCalledWith([good.payload]);
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('5,000 lines could not be added; the others were.');
  expect(within(alert).getAllByRole('listitem')).toHaveLength(10);
  expect(alert).toHaveTextContent('…and 4,990 more like them.');
});

test('when no line could be added, the alert does not say the others were', () => {
  renderAddMembers();
  paste('#/r/broken1\n#/r/broken2');
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(/^2 lines could not be added\./);
  expect(alert).not.toHaveTextContent('the others were');
  expect(alert).not.toHaveTextContent('more like them');
});

test('when the change could not be saved, nothing is said to be added', () => {
  const onAdd = renderAddMembers(false);
  paste(`https://tshape.example/#/r/${buildTeamMember({ name: 'Ada' }).payload}`);
  expect(onAdd).toHaveBeenCalledTimes(1);
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(/could not be saved.*Nothing changed\./);
  expect(alert).not.toHaveTextContent(/added/);
});
