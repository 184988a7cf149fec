import { downloadText } from '../lib/download';
import { useAppStore, useStorageHealth } from '../store/store-context';

/** Tells the person, in plain words, whenever their data is not being kept. */
export function StorageBanner() {
  const health = useStorageHealth();
  const readRecoveredData = useAppStore((state) => state.readRecoveredData);

  function downloadRecovered() {
    const raw = readRecoveredData();
    if (raw !== null) downloadText('tshape-recovered-data.json', raw);
  }

  return (
    <div className="banners">
      {health.mode === 'memory' && (
        <div className="banner banner--warning" role="status">
          <strong>Nothing will be saved.</strong> Your browser is blocking storage for this site, so
          tshape is working in memory: you can finish the assessment, but your answers are lost when
          you close or reload this tab.
        </div>
      )}
      <div aria-live="assertive" aria-atomic="true">
        {health.lastWrite === 'not-saved' && (
          <div className="banner banner--warning" role="alert">
            <strong>Your last answer was not saved.</strong> The browser’s storage for this site is
            full or unavailable. Your answers are still on screen; finish in this tab, or free some
            space and answer again.
          </div>
        )}
      </div>
      {health.readOnly && !health.recoveryReason && (
        <div className="banner banner--warning" role="alert">
          <strong>This tab has stopped saving.</strong> A newer version of tshape saved your data in
          another tab; this older tab leaves it untouched. Reload to use the newer version.
        </div>
      )}
      {health.recoveryReason && (
        <div className="banner banner--error" role="alert">
          <strong>We could not read your saved data.</strong> {health.recoveryReason}{' '}
          {health.recoveryKey
            ? 'A copy of it is kept unchanged in this browser, so nothing is lost.'
            : 'tshape left it as it was.'}{' '}
          {health.readOnly &&
            'This tab will not save anything, so the newer data stays as it is. Open tshape’s latest version to use it.'}
          {health.recoveryKey && (
            <button type="button" className="button button--small" onClick={downloadRecovered}>
              Download the saved data
            </button>
          )}
        </div>
      )}
    </div>
  );
}
