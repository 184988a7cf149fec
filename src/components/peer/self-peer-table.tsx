import { DataTable } from '../data-table';
import { formatScore, formatScoreChange } from '../../domain/format';
import { SELF_ABOVE_PEER_NOTE, type SelfPeerRow } from '../../domain/peer-scores';

/** Shown for an area a peer rated too little of to score. */
export const NOT_ENOUGH_RATINGS = 'not enough ratings';

/** Self and peer per area (area, self, peer, difference): the reading of a peer rating. */
export function SelfPeerTable({
  rows,
  caption,
  peerLabel = 'Peer',
  hideCaption = false,
}: {
  rows: readonly SelfPeerRow[];
  caption: string;
  peerLabel?: string;
  /** When a heading just above already names the table (DataTable's hideCaption). */
  hideCaption?: boolean;
}) {
  return (
    <DataTable caption={caption} className="data-table--compare" hideCaption={hideCaption}>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col">Self</th>
          <th scope="col">{peerLabel}</th>
          <th scope="col">Difference ({peerLabel.toLowerCase()} − self)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            <td>{formatScore(row.self)}</td>
            <td>{row.peer === null ? NOT_ENOUGH_RATINGS : formatScore(row.peer)}</td>
            <td>
              {row.difference === null ? '—' : formatScoreChange(row.difference)}
              {row.selfAbove && (
                <>
                  <span className="peer__mark" aria-hidden="true">
                    {' '}
                    ⚑
                  </span>
                  <span className="visually-hidden">, self {SELF_ABOVE_PEER_NOTE}+ above</span>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
