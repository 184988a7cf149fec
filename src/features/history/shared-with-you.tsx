import { useMemo, useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataTable } from '../../components/data-table';
import { formatDate } from '../../domain/format';
import { memberFromPayload, type TeamMember } from '../../domain/team-members';
import type { SavedSharedResult } from '../../store/saved-state';
import { useAppStore } from '../../store/store-context';
import { describeResponses } from './describe-responses';

interface SavedRow {
  readonly saved: SavedSharedResult;
  readonly member: TeamMember | null;
}

/**
 * Results other people shared and this person chose to keep: listed on their own,
 * headed as someone else's, never in "Your results", the growth line or comparisons.
 */
export function SharedWithYou() {
  const sharedResults = useAppStore((state) => state.sharedResults);
  const removeSharedResult = useAppStore((state) => state.removeSharedResult);
  const [removing, setRemoving] = useState<SavedRow | null>(null);
  const rows = useMemo<SavedRow[]>(
    () =>
      [...sharedResults]
        .reverse()
        .map((saved) => ({ saved, member: memberFromPayload(saved.payload) })),
    [sharedResults],
  );
  if (rows.length === 0) return null;

  return (
    <section className="card" aria-labelledby="shared-with-you-title">
      <h2 id="shared-with-you-title">Shared with you</h2>
      <p className="hint">
        Other people’s self-reported results that you saved from their links. They are kept apart
        from your own and never counted in your growth or comparisons.
      </p>
      <DataTable caption="Results others shared with you" className="members-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Completed</th>
            <th scope="col">Shape</th>
            <th scope="col">Spectrum</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = rowName(row);
            const reading = row.member
              ? describeResponses(row.member.result.responses, row.member.result.bankVersion)
              : null;
            return (
              <tr key={row.saved.payload}>
                <th scope="row">{name}</th>
                <td>
                  {row.member
                    ? formatDate(Date.parse(row.member.result.completedAt), 'medium', 'utc')
                    : '—'}
                </td>
                <td>{reading?.shape ?? 'This link no longer opens'}</td>
                <td>{reading?.position ?? '—'}</td>
                <td className="history__actions">
                  {row.member && (
                    <a className="button button--small" href={`#/r/${row.saved.payload}`}>
                      Open <span className="visually-hidden">{name}’s result</span>
                    </a>
                  )}{' '}
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={`Remove ${name}’s result`}
                    onClick={() => setRemoving(row)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      <ConfirmDialog
        open={removing !== null}
        title="Remove this shared result?"
        body={`${removing ? rowName(removing) : ''}’s result will be removed from your history. Their link still works, and your own results stay.`}
        confirmLabel="Remove result"
        onConfirm={() => {
          if (removing) removeSharedResult(removing.saved.payload);
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}

function rowName(row: SavedRow): string {
  return row.member?.result.name ?? 'Unnamed';
}
