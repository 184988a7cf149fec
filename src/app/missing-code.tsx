/**
 * A page whose code could not be fetched. After a new version is published, a tab
 * opened before it asks for chunks the server no longer has (and offline, before the
 * app was ever cached, for chunks it cannot reach). Browsers say so in a TypeError
 * (Chromium: "Failed to fetch dynamically imported module", Firefox: "error loading
 * dynamically imported module", Safari: "Importing a module script failed"), and
 * Vite's preloader in "Unable to preload CSS". Such a failure is not a bug in the page:
 * a reload fetches the code of the version that is there now.
 */
const MISSING_CODE =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isMissingCode(error: unknown): boolean {
  return error instanceof Error && MISSING_CODE.test(error.message);
}

/** What a page whose code is missing shows: why, that nothing is lost, and a reload. */
export function MissingCodePage() {
  return (
    <section className="page page--narrow">
      <h1>This page needs a reload</h1>
      <div className="banner banner--warning" role="alert">
        This page’s code could not be fetched: a new version of tshape may have been published since
        this tab was opened, or you may be offline. Your answers and results are saved in this
        browser; reloading keeps them.
      </div>
      <p className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.location.reload()}
        >
          Reload tshape
        </button>
      </p>
    </section>
  );
}
