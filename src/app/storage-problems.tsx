import { useState } from 'react';
import { ConfirmDialog } from '../components/confirm-dialog';
import { formatCount } from '../domain/format';
import { downloadText } from '../lib/download';
import type { StorageHealth, UnreadableEntry } from '../store/storage-health';
import { useAppStoreApi } from '../store/store-context';
import { deleteUnreadableData, readUnreadableData } from '../store/rare-data-actions';

const HOLD_TEXT: Record<NonNullable<StorageHealth['hold']>, [string, string]> = {
  newer: [
    'This tab has stopped saving.',
    'A newer version of tshape saved your data in another tab; this older tab leaves it untouched. Reload to use the newer version.',
  ],
  'read-failed': [
    'tshape cannot read your saved data in this browser just now.',
    'So that nothing saved is written over, this tab saves nothing: your answers stay on screen until you close it. Reload to try again.',
  ],
  'no-room-to-upgrade': [
    'Your saved data needs a little more room to be upgraded.',
    'It is shown here and left exactly as it was; this tab saves nothing until there is room. Download your data to keep a copy, free some space for this site, and reload.',
  ],
};

/**
 * Every storage banner: nothing is kept (blocked storage), the last change was not saved,
 * why this tab writes nothing, and saved data it could not read.
 */
export function StorageProblems({ health }: { health: StorageHealth }) {
  const { hold, unreadable } = health;
  return (
    <>
      {health.mode === 'memory' && (
        <div className="banner banner--warning" role="status">
          <strong>Nothing will be saved.</strong> Your browser is blocking storage for this site, so
          tshape is working in memory: you can finish the assessment, but your answers are lost when
          you close or reload this tab.
        </div>
      )}
      {health.lastWrite === 'not-saved' && !hold && (
        <div className="banner banner--warning" role="alert">
          <strong>Your last change was not saved.</strong> The browser’s storage for this site is
          full or unavailable. Answers stay on screen, so you can finish in this tab; other changes
          were undone. Free some space and try again.
        </div>
      )}
      {hold && (
        <div className="banner banner--warning" role="alert">
          <strong>{HOLD_TEXT[hold][0]}</strong> {HOLD_TEXT[hold][1]}
        </div>
      )}
      {unreadable.length > 0 && <UnreadableBanner unreadable={unreadable} />}
    </>
  );
}

/** Saved data that could not be read: what, why, and the person's two choices. */
function UnreadableBanner({ unreadable }: { unreadable: readonly UnreadableEntry[] }) {
  const { knowledge } = useAppStoreApi();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState('');

  function download() {
    const text = readUnreadableData(knowledge);
    if (text !== null) downloadText('tshape-unreadable-data.json', text);
  }

  function remove() {
    setConfirming(false);
    setProblem(
      deleteUnreadableData(knowledge) ? '' : 'It could not be deleted; it is still kept as it was.',
    );
  }

  return (
    <div className="banner banner--error" role="alert">
      <p>
        <strong>We could not read part of your saved data</strong> (
        {unreadable.length === 1 ? 'one item' : `${formatCount(unreadable.length)} items`}).{' '}
        {unreadable[0]?.reason} tshape keeps it exactly as it was and never writes over it;
        everything else works as usual.
      </p>
      <p className="button-row">
        <button type="button" className="button button--small" onClick={download}>
          Download the unreadable data
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => setConfirming(true)}
        >
          Delete the unreadable data
        </button>
      </p>
      {problem && <p>{problem}</p>}
      <ConfirmDialog
        open={confirming}
        title="Delete the data tshape could not read?"
        body="It cannot be shown or imported as it is. Download it first if you might want to look at it, or ask for help with it."
        confirmLabel="Delete it"
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
