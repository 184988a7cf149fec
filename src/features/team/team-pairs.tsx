import { useState } from 'react';
import type { QuestionBank } from '../../data/bank-types';
import { DEPTH_THRESHOLD } from '../../domain/shape';
import {
  MAX_PAIRS_PER_MENTOR,
  describeNoPairs,
  describePair,
  describeUnpaired,
  type LearningPair,
  type TeamPairs,
} from '../../domain/team-planning';

/** Pairs shown at once; the rest are one click away, so a team of 200 stays readable. */
const PAIRS_SHOWN = 12;

function PairItems({
  bank,
  pairs,
  labels,
}: {
  bank: QuestionBank;
  pairs: readonly LearningPair[];
  labels: readonly string[];
}) {
  return pairs.map((pair) => {
    const { who, why } = describePair(bank, pair, labels);
    return (
      <li key={`${pair.area}-${pair.learner}`} className="pair">
        <strong className="pair__who">{who}</strong>
        <span className="pair__why">{why}</span>
      </li>
    );
  });
}

/**
 * Pairs to learn from each other: the list, then who still has no pair and why, or
 * a sentence on why there are none. `large` is the present-mode slide (no folding).
 */
export function TeamPairsList({
  bank,
  memberCount,
  plans,
  labels,
  large = false,
}: {
  bank: QuestionBank;
  /** How many members are included. */
  memberCount: number;
  plans: TeamPairs;
  labels: readonly string[];
  large?: boolean;
}) {
  const [showAll, setShowAll] = useState(false);
  const none = describeNoPairs(memberCount, plans);
  const shown = large ? plans.pairs.slice(0, PAIRS_SHOWN / 2) : plans.pairs.slice(0, PAIRS_SHOWN);
  const rest = plans.pairs.slice(shown.length);
  return (
    <div className="team-pairs">
      {none === null ? (
        <ul className="pairs">
          <PairItems bank={bank} pairs={shown} labels={labels} />
        </ul>
      ) : (
        <p className="team-no-alerts">{none}</p>
      )}
      {rest.length > 0 &&
        (large ? (
          <p className="hint">
            And {rest.length} more {rest.length === 1 ? 'pair' : 'pairs'} on the team page.
          </p>
        ) : (
          <details
            className="data-details"
            onToggle={(event) => setShowAll(event.currentTarget.open)}
          >
            <summary>
              Show the other {rest.length} {rest.length === 1 ? 'pair' : 'pairs'}
            </summary>
            {showAll && (
              <ul className="pairs">
                <PairItems bank={bank} pairs={rest} labels={labels} />
              </ul>
            )}
          </details>
        ))}
      {plans.unpaired.length > 0 && (
        <ul className="pairs-unmet" aria-label="Wishes to grow without a pair">
          {plans.unpaired.map((unpaired) => (
            <li key={`${unpaired.area}-${unpaired.why}`}>
              {describeUnpaired(bank, unpaired, labels)}
            </li>
          ))}
        </ul>
      )}
      {!large && (
        <p className="hint">
          From “Areas you want to grow in” in each person’s link, and who is deep ({DEPTH_THRESHOLD}{' '}
          or more) there. Nobody is asked to mentor more than {MAX_PAIRS_PER_MENTOR} people; the
          areas with the fewest people deep are paired first.
        </p>
      )}
    </div>
  );
}
