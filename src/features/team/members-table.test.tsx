import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test, vi } from 'vitest';
import type { TeamMember } from '../../domain/team-members';
import { buildTeamMember } from '../../testing/builders';
import { MembersTable } from './members-table';

function Team({ initial, onEmptied }: { initial: TeamMember[]; onEmptied: () => void }) {
  const [members, setMembers] = useState(initial);
  return (
    <MembersTable
      members={members}
      labels={members.map((member) => member.result.name ?? '?')}
      shapes={members.map(() => 'Generalist')}
      formatDate={(iso) => iso.slice(0, 10)}
      onRemove={(gone) => setMembers((all) => all.filter((member) => member.id !== gone.id))}
      isIncluded={() => true}
      onInclude={() => undefined}
      onEmptied={onEmptied}
    />
  );
}

test('removing a member moves focus to the next one left, and the last one hands focus on', async () => {
  const user = userEvent.setup();
  const onEmptied = vi.fn();
  const [ada, grace, linus] = ['Ada', 'Grace', 'Linus'].map((name) => buildTeamMember({ name }));
  if (!ada || !grace || !linus) throw new Error('Expected three members.');
  render(<Team initial={[ada, grace, linus]} onEmptied={onEmptied} />);

  await user.click(screen.getByRole('button', { name: 'Remove Grace' }));
  expect(screen.getByRole('button', { name: 'Remove Linus' })).toHaveFocus();
  await user.click(screen.getByRole('button', { name: 'Remove Linus' }));
  expect(screen.getByRole('button', { name: 'Remove Ada' })).toHaveFocus();
  expect(onEmptied).not.toHaveBeenCalled();
  await user.click(screen.getByRole('button', { name: 'Remove Ada' }));
  expect(onEmptied).toHaveBeenCalledTimes(1);
});
