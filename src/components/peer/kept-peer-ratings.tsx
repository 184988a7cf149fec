import { useMemo } from 'react';
import type { QuestionBank } from '../../data/bank-types';
import { decodeReplyPayload } from '../../domain/peer-codec';
import {
  MIN_ANONYMOUS_PEERS,
  compareSelfAndPeer,
  computePeerAreaScores,
  medianPeerScores,
  type KeptPeer,
  type PeerMedian,
} from '../../domain/peer-scores';
import { SelfPeerTable } from './self-peer-table';

interface KeptPeerRatingsProps {
  bank: QuestionBank;
  responses: Readonly<Record<string, number>>;
  /** The reply payloads kept with the result. */
  payloads: readonly string[];
  /** The result's name in the caption ("Result 3, 4 Dec 2026"). */
  resultName: string;
}

/** Reads kept replies: those this build can read (same bank as the result), in order. */
export function readKeptPeers(bank: QuestionBank, payloads: readonly string[]): KeptPeer[] {
  return payloads.flatMap((payload) => {
    const decoded = decodeReplyPayload(payload);
    if (!decoded.ok || decoded.reply.bankVersion !== bank.version) return [];
    return [
      {
        raterName: decoded.reply.raterName,
        scores: computePeerAreaScores(bank, decoded.reply.ratings),
      },
    ];
  });
}

/**
 * The median of the peer ratings kept with a result, or null when there is none to show
 * (no readable rating, or anonymous raters among fewer than MIN_ANONYMOUS_PEERS).
 */
export function keptPeerMedian(
  bank: QuestionBank,
  kept: readonly { payload: string }[] | undefined,
): PeerMedian | null {
  const median = medianPeerScores(
    bank,
    readKeptPeers(
      bank,
      (kept ?? []).map((rating) => rating.payload),
    ),
  );
  return median.shown ? median : null;
}

/**
 * The peer ratings kept with one result: who rated, and self beside the peers'
 * median per area (shown only from MIN_ANONYMOUS_PEERS on when a rater is anonymous).
 */
export function KeptPeerRatings({ bank, responses, payloads, resultName }: KeptPeerRatingsProps) {
  const peers = useMemo(() => readKeptPeers(bank, payloads), [bank, payloads]);
  const summary = useMemo(() => medianPeerScores(bank, peers), [bank, peers]);
  const rows = useMemo(
    () => compareSelfAndPeer(bank, responses, summary.scores),
    [bank, responses, summary],
  );
  if (peers.length === 0) return null;
  const named = peers.flatMap((peer) => (peer.raterName ? [peer.raterName] : []));
  const anonymous = peers.length - named.length;
  const raters = [...named, ...(anonymous > 0 ? [`${anonymous} anonymous`] : [])].join(', ');
  return (
    <div className="peer-kept">
      <p>
        {peers.length === 1 ? 'One colleague' : `${peers.length} colleagues`} rated this result:{' '}
        {raters}.
      </p>
      {summary.shown ? (
        <SelfPeerTable
          rows={rows}
          caption={`${peers.length === 1 ? 'Self and peer' : 'Self and peer median'}: ${resultName}`}
          hideCaption
          peerLabel={peers.length === 1 ? 'Peer' : 'Peer median'}
        />
      ) : (
        <p className="hint">
          The peers’ median shows once {MIN_ANONYMOUS_PEERS} colleagues have rated, because some did
          not give their name: with fewer, it would show one anonymous person’s view.
        </p>
      )}
    </div>
  );
}
