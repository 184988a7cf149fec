import { useState } from 'react';
import { isNotSaving } from '../store/storage-health';
import { useStorageHealth } from '../store/store-context';
import { postponeUpdate, useAppUpdate } from './app-update';

/**
 * Offers the new version when one is waiting. Updating reloads the page; answers
 * are already saved, unless storage is not keeping them — then it says so first.
 */
export function UpdatePrompt() {
  const waiting = useAppUpdate((state) => state.waiting);
  const apply = useAppUpdate((state) => state.apply);
  const unsaved = useStorageHealth(
    (state) => isNotSaving(state) || state.lastWrite === 'not-saved',
  );
  const [updating, setUpdating] = useState(false);

  if (!waiting || !apply) return null;
  // The app shell holds the live region around this, so the offer is announced.
  return (
    <div className="banner banner--info update-prompt">
      <p>
        <strong>A new version of tshape is ready.</strong>{' '}
        {unsaved
          ? 'Updating reloads the page, and this browser is not keeping your answers: download your data or finish first.'
          : 'Updating reloads the page; your answers and results are saved and stay as they are.'}
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button button--small button--primary"
          disabled={updating}
          onClick={() => {
            setUpdating(true);
            apply();
          }}
        >
          {unsaved ? 'Update anyway' : 'Update now'}
        </button>
        <button type="button" className="button button--small" onClick={postponeUpdate}>
          Later
        </button>
      </p>
    </div>
  );
}
