import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { DataTable } from '../../components/data-table';
import type { ShapeName } from '../../domain/shape';
import type { TeamMember } from '../../domain/team-members';

interface MembersTableProps {
  members: readonly TeamMember[];
  labels: readonly string[];
  shapes: readonly ShapeName[];
  formatDate: (iso: string) => string;
  onRemove: (member: TeamMember) => void;
  /** Whether a member counts in the coverage now ("what if" they were away). */
  isIncluded: (member: TeamMember) => boolean;
  onInclude: (member: TeamMember, included: boolean) => void;
  /** Where focus goes when the last member is removed (the table itself is then gone). */
  onEmptied: () => void;
}

/** Past this many rows the table is laid out only when scrolled near (CSS content-visibility). */
export const LONG_TABLE_ROWS = 20;

/**
 * One row per member: the name from their link (or a number), whether they count in
 * the coverage now ("Include <label>", the label on screen, so anonymous stays
 * anonymous), when they answered, their shape.
 */
export function MembersTable({
  members,
  labels,
  shapes,
  formatDate,
  onRemove,
  isIncluded,
  onInclude,
  onEmptied,
}: MembersTableProps) {
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());

  /** Removes a member, then moves focus to the next row's button (the clicked one is gone). */
  function remove(index: number) {
    const member = members[index];
    if (!member) return;
    const next = members[index + 1] ?? members[index - 1];
    flushSync(() => onRemove(member));
    const target = next ? removeButtons.current.get(next.id) : undefined;
    if (target) target.focus();
    else onEmptied();
  }

  return (
    <DataTable
      caption="Team members"
      className="members-table"
      regionClassName={members.length > LONG_TABLE_ROWS ? 'team-long-table' : undefined}
    >
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Include</th>
          <th scope="col">Completed</th>
          <th scope="col">Shape</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((member, index) => (
          <tr
            key={member.id}
            className={isIncluded(member) ? undefined : 'members-table__left-out'}
          >
            <th scope="row">{labels[index]}</th>
            <td>
              <input
                type="checkbox"
                className="members-table__include"
                aria-label={`Include ${labels[index] ?? ''}`}
                checked={isIncluded(member)}
                onChange={(event) => onInclude(member, event.target.checked)}
              />
            </td>
            <td>{formatDate(member.result.completedAt)}</td>
            <td>{shapes[index]}</td>
            <td>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={`Remove ${labels[index]}`}
                ref={(button) => {
                  if (button) removeButtons.current.set(member.id, button);
                  else removeButtons.current.delete(member.id);
                }}
                onClick={() => remove(index)}
              >
                Remove
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
