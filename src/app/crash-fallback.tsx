import { downloadText } from '../lib/download';
import { encodeBackup } from '../store/backup';
import { selectSavedState } from '../store/selectors';
import { useAppStore } from '../store/store-context';

/** What a page that failed to render shows instead of a blank screen: the data is safe, take it. */
export function CrashFallback() {
  // The whole state (a stable object), so only the click builds the backup.
  const state = useAppStore((each) => each);
  return (
    <section className="page page--narrow">
      <h1>Something went wrong on this page</h1>
      <div className="banner banner--error" role="alert">
        This page could not be shown. Your answers and results are still saved in this browser.
      </div>
      <p className="button-row">
        <button
          type="button"
          className="button"
          onClick={() =>
            downloadText('tshape-data.json', encodeBackup(selectSavedState(state), new Date()))
          }
        >
          Download my data
        </button>
        {/* The boundary is keyed by route, so leaving the page clears the failure. */}
        <a className="button button--primary" href="#/">
          Go to the home page
        </a>
      </p>
    </section>
  );
}
