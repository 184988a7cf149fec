// First, so the base styles come before every component's and page's own in the cascade.
import './app.css';
import { Suspense, lazy, memo, useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { NotFoundPage } from './not-found-page';
import { StorageBanner } from './storage-banner';
import { ErrorBoundary } from '../components/error-boundary';
import { isMissingCode, MissingCodePage } from './missing-code';
import { useHashPath } from '../lib/hash-location';
import { loadWhenIdle } from '../lib/load-when-idle';
import { selectHasProgress } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { ThemePicker } from './theme-picker';
import { useAppUpdate } from './app-update';
import { NAV_LINKS, NOT_FOUND_TITLE, matchRoute, preloadPageWithCharts } from './routes';

/** Shown only when a new version waits, so it stays out of the first page. */
const UpdatePrompt = lazy(() =>
  import('./update-prompt').then((module) => ({ default: module.UpdatePrompt })),
);

/**
 * What a page that failed shows; fetched only then. Should that fetch fail too (a new
 * version deployed meanwhile), the missing-code page says to reload.
 */
const CrashFallback = lazy(() =>
  import('./crash-fallback').then((module) => ({ default: module.CrashFallback })),
);

function PageFailed({ error }: { error: unknown }) {
  if (isMissingCode(error)) return <MissingCodePage />;
  return (
    <ErrorBoundary fallback={<MissingCodePage />}>
      <Suspense fallback={null}>
        <CrashFallback />
      </Suspense>
    </ErrorBoundary>
  );
}

/** The app shell: the only place where features meet. */
export function App() {
  const path = useHashPath();
  const theme = useAppStore((state) => state.settings.theme);

  // The theme is a data attribute on <html>: CSS picks the tokens, "system" follows the OS.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const shownPath = useRef(path);
  useEffect(() => {
    document.title = matchRoute(path)?.route.title ?? NOT_FOUND_TITLE;
    window.scrollTo(0, 0);
    // A link or button in the old page that changed the route went with it, leaving focus
    // nowhere: put it on the new page, so a screen reader lands there and Tab goes on from
    // its top. Not on first load, where the first Tab belongs to the skip link.
    if (shownPath.current !== path && (document.activeElement ?? document.body) === document.body) {
      document.getElementById('main')?.focus({ preventScroll: true });
    }
    shownPath.current = path;
  }, [path]);

  return (
    <AppFrame path={path}>
      <FetchAhead path={path} />
      <ErrorBoundary key={path} fallback={(error) => <PageFailed error={error} />}>
        <Suspense fallback={<PageLoading />}>
          <RoutePage path={path} />
        </Suspense>
      </ErrorBoundary>
    </AppFrame>
  );
}

/**
 * Fetches, when the browser is idle, the code a person is about to want; draws nothing.
 * A component of its own, so what it reads from the store (the first answer, say)
 * re-renders only it, never the shell around the page.
 */
function FetchAhead({ path }: { path: string }) {
  // The results chunk is fetched while the person answers, so "See results" shows charts
  // at once. It waits for a first answer, so merely opening the quiz costs nothing.
  const answering = useAppStore(selectHasProgress);
  useEffect(() => {
    if (path === '/assess' && answering)
      return loadWhenIdle(() => preloadPageWithCharts('/results'));
  }, [path, answering]);

  // Someone with a team saved is a facilitator: on home, the team page (tables and
  // charts) is fetched when the browser is idle, so opening it in the room draws it at
  // once. Only on home: on the quiz that work would compete with every answer.
  const hasTeam = useAppStore((state) => state.teams.length > 0);
  useEffect(() => {
    if (path === '/' && hasTeam) return loadWhenIdle(() => preloadPageWithCharts('/team'));
  }, [path, hasTeam]);

  return null;
}

/**
 * The page of the route at `path`, or "not found". Memoised: what the shell reads for
 * itself (an answer given in another tab, say) never re-renders the page under it.
 */
const RoutePage = memo(function RoutePage({ path }: { path: string }) {
  const matched = matchRoute(path);
  if (!matched) return <NotFoundPage path={path} />;
  const { Component } = matched.route.page;
  return <Component path={path} rest={matched.rest} />;
});

/** What a page shows while its code is fetched. */
export function PageLoading() {
  return <p className="loading">Loading…</p>;
}

/**
 * What is around every page: the skip link, the header and its navigation (`path`
 * marks the current page), the banners, main and the footer.
 */
export function AppFrame({ path, children }: { path: string; children: ReactNode }) {
  const updateWaiting = useAppUpdate((state) => state.waiting);
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <a className="brand" href="#/">
            <span className="brand__mark" aria-hidden="true">
              T
            </span>
            tshape
          </a>
          <nav aria-label="Main" className="site-nav">
            {NAV_LINKS.map((item) => (
              <a
                key={item.path}
                href={`#${item.path}`}
                className="site-nav__link"
                aria-current={path === item.path ? 'page' : undefined}
              >
                {item.label}
              </a>
            ))}
          </nav>
        </div>
      </header>
      <StorageBanner />
      {/* Always there, so the offer of a new version is announced when it appears. */}
      <div className="banners" aria-live="polite">
        {updateWaiting && (
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        )}
      </div>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <ThemePicker />
        <p>
          Private by design: tshape keeps your answers in this browser only. No accounts, no
          tracking, no server.
        </p>
      </footer>
    </>
  );
}

/** Hash routing owns the fragment, so the skip link moves focus itself. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
