import { Suspense, lazy, useEffect, useRef, type MouseEvent } from 'react';
import { HomePage } from './home-page';
import { NotFoundPage } from './not-found-page';
import { StorageBanner } from './storage-banner';
import { CrashFallback } from './crash-fallback';
import { ErrorBoundary } from '../components/error-boundary';
import { useHashPath } from '../lib/hash-location';
import { preloadable } from '../lib/preloadable';
import { selectHasProgress } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { ThemePicker } from './theme-picker';
import { useAppUpdate } from './app-update';

/**
 * Every page but home is loaded on demand: the first page carries React, the store
 * and home only. Recharts comes with the charts, in chunks of their own, only where
 * charts are drawn.
 */
const { Component: ResultsPage, preload: preloadResultsPage } = preloadable<{ resultId?: string }>(
  () => import('../features/results/results-page').then((module) => module.ResultsPage),
);
/** The results page and its charts (a chunk of their own), fetched while the person answers. */
const preloadResults = () =>
  Promise.all([
    preloadResultsPage(),
    import('../features/results/results-page').then((module) => module.preloadResultCharts()),
  ]);
const QuizPage = lazy(() =>
  import('../features/quiz/quiz-page').then((module) => ({ default: module.QuizPage })),
);
const YourDataPage = lazy(() =>
  import('../features/data/your-data-page').then((module) => ({ default: module.YourDataPage })),
);
const SharedResultPage = lazy(() =>
  import('../features/share/shared-result-page').then((module) => ({
    default: module.SharedResultPage,
  })),
);
const { Component: TeamPage, preload: preloadTeamPageAlone } = preloadable(() =>
  import('../features/team/team-page').then((module) => module.TeamPage),
);
/** The team page and its charts (a chunk of their own). */
const preloadTeamPage = () =>
  Promise.all([
    preloadTeamPageAlone(),
    import('../features/team/team-page').then((module) => module.preloadTeamCharts()),
  ]);
const HistoryPage = lazy(() =>
  import('../features/history/history-page').then((module) => ({ default: module.HistoryPage })),
);
/** Shown only when a new version waits, so it stays out of the first page. */
const UpdatePrompt = lazy(() =>
  import('./update-prompt').then((module) => ({ default: module.UpdatePrompt })),
);
const HowScoringWorksPage = lazy(() =>
  import('../features/scoring/how-scoring-works-page').then((module) => ({
    default: module.HowScoringWorksPage,
  })),
);

/** Runs `load` once the browser is idle, to fetch a page's chunks before they are wanted. */
function prefetchWhenIdle(load: () => Promise<unknown>): () => void {
  const run = () => void load().catch(() => undefined);
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(run, { timeout: 5_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 2_000);
  return () => clearTimeout(handle);
}

const NAV = [
  { path: '/assess', label: 'Assessment' },
  { path: '/results', label: 'Results' },
  { path: '/history', label: 'History' },
  { path: '/team', label: 'Team' },
  { path: '/data', label: 'Your data' },
] as const;

const TITLES: Record<string, string> = {
  '/': 'tshape — your skills’ T-shape',
  '/assess': 'Assessment — tshape',
  '/results': 'Your results — tshape',
  '/team': 'Team retro — tshape',
  '/data': 'Your data — tshape',
  '/history': 'History — tshape',
  '/how-scoring-works': 'How the scoring works — tshape',
};

function renderRoute(path: string) {
  switch (path) {
    case '/':
      return <HomePage />;
    case '/assess':
      return <QuizPage />;
    case '/results':
      return <ResultsPage />;
    case '/team':
      return <TeamPage />;
    case '/data':
      return <YourDataPage />;
    case '/history':
      return <HistoryPage />;
    case '/how-scoring-works':
      return <HowScoringWorksPage />;
    default:
      if (path.startsWith('/r/')) return <SharedResultPage link={path} />;
      if (path.startsWith('/results/')) {
        return <ResultsPage resultId={path.slice('/results/'.length)} />;
      }
      return <NotFoundPage path={path} />;
  }
}

/** The app shell: the only place where features meet. */
export function App() {
  const path = useHashPath();
  const updateWaiting = useAppUpdate((state) => state.waiting);
  const theme = useAppStore((state) => state.settings.theme);

  // The theme is a data attribute on <html>: CSS picks the tokens, "system" follows the OS.
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const shownPath = useRef(path);
  useEffect(() => {
    document.title =
      TITLES[path] ??
      (path.startsWith('/r/') ? 'Shared result — tshape' : 'Page not found — tshape');
    window.scrollTo(0, 0);
    // A link or button in the old page that changed the route went with it, leaving focus
    // nowhere: put it on the new page, so a screen reader lands there and Tab goes on from
    // its top. Not on first load, where the first Tab belongs to the skip link.
    if (shownPath.current !== path && (document.activeElement ?? document.body) === document.body) {
      document.getElementById('main')?.focus({ preventScroll: true });
    }
    shownPath.current = path;
  }, [path]);

  // The results chunk is fetched while the person answers, so "See results" shows charts
  // at once. It waits for a first answer, so merely opening the quiz costs nothing.
  const answering = useAppStore(selectHasProgress);
  useEffect(() => {
    if (path === '/assess' && answering) return prefetchWhenIdle(preloadResults);
  }, [path, answering]);

  // Someone with a team saved is a facilitator: the team page (tables and charts) is
  // fetched when the browser is idle, so opening it in the room draws it at once.
  const hasTeam = useAppStore((state) => state.teams.length > 0);
  useEffect(() => {
    if (path !== '/team' && hasTeam) return prefetchWhenIdle(preloadTeamPage);
  }, [path, hasTeam]);

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
            {NAV.map((item) => (
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
        <ErrorBoundary key={path} fallback={<CrashFallback />}>
          <Suspense fallback={<p className="loading">Loading…</p>}>{renderRoute(path)}</Suspense>
        </ErrorBoundary>
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
