/**
 * A colleague's view beside one's own (DESIGN.md, "Peer rating"): peer area scores from
 * a reply's ratings, scored as self-ratings are (A = 20 × mean of the levels given),
 * with "can't say" left out; the median of several peers; and the plain note where self
 * sits well above peer. Peer ratings never change a self-score: nothing here writes one.
 */
import type { AreaId, QuestionBank } from '../data/bank-types';
import { computeAreaScores, scoreFromLevelSum } from './area-scores';
import type { PeerRatingValues } from './peer-codec';
import { median } from './quantile';

/**
 * An area's peer score is given only when at least this share of its items were rated
 * (not "can't say"): a score from one item of six says more about the item than the area.
 */
export const MIN_RATED_SHARE = 0.5;
/** Self above peer by this many points or more gets a plain note in the reading. */
export const SELF_ABOVE_PEER_NOTE = 20;
/**
 * Kept peers whose raters are anonymous show a median only from this many on, so no
 * single anonymous rater's view can be read back out of it.
 */
export const MIN_ANONYMOUS_PEERS = 3;

/** One area as one peer rated it. */
export interface PeerAreaScore {
  readonly id: AreaId;
  readonly name: string;
  /** Items rated with a level (not "can't say"). */
  readonly rated: number;
  readonly items: number;
  /** 0–100, or null when fewer than MIN_RATED_SHARE of the items were rated. */
  readonly score: number | null;
}

/** A peer's score per area of the bank, in bank order. */
export function computePeerAreaScores(
  bank: QuestionBank,
  ratings: PeerRatingValues,
): readonly PeerAreaScore[] {
  return bank.areas.map((area) => {
    const levels = area.items.flatMap((item) => {
      const value = ratings[item.id];
      return typeof value === 'number' ? [value] : [];
    });
    const enough = levels.length > 0 && levels.length >= area.items.length * MIN_RATED_SHARE;
    return {
      id: area.id,
      name: area.name,
      rated: levels.length,
      items: area.items.length,
      score: enough
        ? scoreFromLevelSum(
            levels.reduce((sum, level) => sum + level, 0),
            levels.length,
          )
        : null,
    };
  });
}

/** One row of "Self and peer". */
export interface SelfPeerRow {
  readonly id: AreaId;
  readonly name: string;
  readonly self: number | null;
  /** Null when the peer rated too few of the area's items ("not enough ratings"). */
  readonly peer: number | null;
  /** peer − self; null when either is missing. */
  readonly difference: number | null;
  /** Self is at least SELF_ABOVE_PEER_NOTE above peer. */
  readonly selfAbove: boolean;
}

/**
 * Self and peer per area: the self-scores from one's own responses, the peer's from
 * `peer` (a reply's area scores, or the median of several; the same bank).
 */
export function compareSelfAndPeer(
  bank: QuestionBank,
  responses: Readonly<Record<string, number>>,
  peer: Readonly<Partial<Record<AreaId, number | null>>>,
): readonly SelfPeerRow[] {
  const self = computeAreaScores(bank, responses);
  return bank.areas.map((area) => {
    const mine = self[area.id];
    const theirs = peer[area.id] ?? null;
    const difference = mine === null || theirs === null ? null : theirs - mine;
    return {
      id: area.id,
      name: area.name,
      self: mine,
      peer: theirs,
      difference,
      selfAbove: difference !== null && -difference >= SELF_ABOVE_PEER_NOTE,
    };
  });
}

/** A peer's area scores keyed by area (the form compareSelfAndPeer takes). */
export function toPeerScoreMap(scores: readonly PeerAreaScore[]): Record<AreaId, number | null> {
  // Every area of a bank is scored (null when not enough), so every key is there.
  return Object.fromEntries(scores.map((area) => [area.id, area.score])) as Record<
    AreaId,
    number | null
  >;
}

/**
 * The sentence a reading gives where self exceeds peer by SELF_ABOVE_PEER_NOTE or more;
 * null when nowhere does. `peerName` is how the peer is spoken of ("Bo", "your
 * colleague", "your colleagues").
 */
export function describeSelfAbovePeer(
  rows: readonly SelfPeerRow[],
  peerName: string,
): string | null {
  const above = rows.filter((row) => row.selfAbove);
  if (above.length === 0) return null;
  const parts = above.map(
    (row) =>
      `${row.name} (you ${Math.round(row.self ?? 0)}, ${peerName} ${Math.round(row.peer ?? 0)})`,
  );
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `You rate yourself ${SELF_ABOVE_PEER_NOTE} points or more above how ${peerName} ${
    peerName === 'your colleagues' ? 'see' : 'sees'
  } you in ${list}. Worth asking what they have not seen, or what you may be counting too generously.`;
}

/** One kept peer rating as the median reads it. */
export interface KeptPeer {
  readonly raterName: string | null;
  readonly scores: readonly PeerAreaScore[];
}

/** The median of several peers per area. */
export interface PeerMedian {
  /** Area → the median of the peers who rated enough of it; null when none did. */
  readonly scores: Partial<Record<AreaId, number | null>>;
  /** How many peers are in it. */
  readonly count: number;
  /** False while anonymous raters are among fewer than MIN_ANONYMOUS_PEERS: shown as no numbers. */
  readonly shown: boolean;
}

/**
 * The median per area of the peers kept (those who rated too little of an area are
 * left out of that area). With an anonymous rater among them it is shown only from
 * MIN_ANONYMOUS_PEERS peers on; named raters can be shown one by one anyway.
 */
export function medianPeerScores(bank: QuestionBank, peers: readonly KeptPeer[]): PeerMedian {
  const anonymous = peers.some((peer) => peer.raterName === null);
  const scores = Object.fromEntries(
    bank.areas.map((area) => {
      const values = peers.flatMap((peer) => {
        const score = peer.scores.find((each) => each.id === area.id)?.score;
        return typeof score === 'number' ? [score] : [];
      });
      return [area.id, values.length === 0 ? null : median(values)];
    }),
  );
  return {
    scores,
    count: peers.length,
    shown: peers.length > 0 && (!anonymous || peers.length >= MIN_ANONYMOUS_PEERS),
  };
}
