import { useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate } from '../../domain/format';
import { decodeReplyPayload } from '../../domain/peer-codec';
import { removePeerRating } from '../../store/peer-actions';
import type { KeptPeerRating } from '../../store/saved-state';
import { NOT_SAVED_TEXT } from '../../store/storage-health';
import { useAppStoreApi } from '../../store/store-context';

interface Rater {
  readonly payload: string;
  readonly who: string;
  readonly keptAt: string;
}

/**
 * Each peer rating kept with a result, and a way to remove one (after a confirmation).
 * The list changes only once the removal is saved; when it is not, it says so.
 */
export function RemovePeerRatings({
  resultId,
  resultName,
  ratings,
}: {
  resultId: string;
  resultName: string;
  ratings: readonly KeptPeerRating[];
}) {
  const store = useAppStoreApi();
  const [removing, setRemoving] = useState<Rater | null>(null);
  const [notSaved, setNotSaved] = useState(false);
  const raters: Rater[] = ratings.map(({ payload, keptAt }) => {
    const decoded = decodeReplyPayload(payload);
    const who = decoded.ok
      ? (decoded.reply.raterName ?? 'a colleague who gave no name')
      : 'a rating this version cannot read';
    return { payload, who, keptAt };
  });

  return (
    <details className="data-details">
      <summary>
        Remove a rating<span className="visually-hidden"> of {resultName}</span>
      </summary>
      <ul className="plain-list peer-remove-list">
        {raters.map((rater) => (
          <li key={rater.payload}>
            From {rater.who}, kept {formatDate(Date.parse(rater.keptAt), 'medium', 'local')}{' '}
            <button
              type="button"
              className="button button--small button--quiet"
              aria-label={`Remove the rating from ${rater.who}`}
              onClick={() => setRemoving(rater)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {notSaved && (
        <p className="banner banner--error" role="alert">
          {NOT_SAVED_TEXT}
        </p>
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this peer rating?"
        body={`The rating from ${removing?.who ?? 'this colleague'} of ${resultName} will be removed from this browser. The reply link still works if you open it again.`}
        confirmLabel="Remove rating"
        onConfirm={() => {
          if (removing) setNotSaved(!removePeerRating(store, resultId, removing.payload));
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      />
    </details>
  );
}
