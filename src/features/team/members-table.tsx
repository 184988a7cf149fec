import type { ShapeName } from '../../domain/shape';
import type { TeamMember } from '../../domain/team-members';

interface MembersTableProps {
  members: readonly TeamMember[];
  labels: readonly string[];
  shapes: readonly ShapeName[];
  formatDate: (iso: string) => string;
  onRemove: (member: TeamMember) => void;
}

/** One row per member: the name from their link (or a number), when they answered, their shape. */
/** Past this many rows the table is laid out only when scrolled near (CSS content-visibility). */
export const LONG_TABLE_ROWS = 20;

export function MembersTable({ members, labels, shapes, formatDate, onRemove }: MembersTableProps) {
  return (
    <div
      className={members.length > LONG_TABLE_ROWS ? 'table-scroll team-long-table' : 'table-scroll'}
    >
      <table className="data-table members-table">
        <caption>Team members</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Completed</th>
            <th scope="col">Shape</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member, index) => (
            <tr key={member.id}>
              <th scope="row">{labels[index]}</th>
              <td>{formatDate(member.result.completedAt)}</td>
              <td>{shapes[index]}</td>
              <td>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`Remove ${labels[index]}`}
                  onClick={() => onRemove(member)}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
