import { Suspense, lazy, useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { HomePage } from './home-page';
import { NotFoundPage } from './not-found-page';
import { StorageBanner } from './storage-banner';
import { CrashFallback } from './crash-fallback';
import { ErrorBoundary } from '../components/error-boundary';
import { useHashPath } from '../lib/hash-location';
import { preloadable } from '../lib/preloadable';
import { loadWhenIdle } from '../lib/load-when-idle';
import { selectHasProgress } from '../store/selectors';
import { useAppStore } from '../store/store-context';
import { ThemePicker } from './theme-picker';
import { useAppUpdate } from './app-update';

/**
 * Every page but home is loaded on demand: the first page carries React, the store
 * and home only. Recharts comes with the charts, in chunks of their own, only where
 * charts are drawn. Each page can be fetched ahead (`preload`), and then renders at
 * once, with no "Loading…" first.
 */
const Results = preloadable<{ resultId?: string }>(() =>
  import('../features/results/results-page').then((module) => module.ResultsPage),
);
/** The results page and its charts (a chunk of their own), fetched while the person answers. */
const preloadResults = () =>
  Promise.all([
    Results.preload(),
    import('../features/results/results-page').then((module) => module.preloadResultCharts()),
  ]);
const Quiz = preloadable(() =>
  import('../features/quiz/quiz-page').then((module) => module.QuizPage),
);
const YourData = preloadable(() =>
  import('../features/data/your-data-page').then((module) => module.YourDataPage),
);
const SharedResult = preloadable<{ link: string }>(() =>
  import('../features/share/shared-result-page').then((module) => module.SharedResultPage),
);
const Team = preloadable(() =>
  import('../features/team/team-page').then((module) => module.TeamPage),
);
/** The team page and its charts (a chunk of their own). */
const preloadTeamPage = () =>
  Promise.all([
    Team.preload(),
    import('../features/team/team-page').then((module) => module.preloadTeamCharts()),
  ]);
const History = preloadable(() =>
  import('../features/history/history-page').then((module) => module.HistoryPage),
);
const HowScoringWorks = preloadable(() =>
  import('../features/scoring/how-scoring-works-page').then((module) => module.HowScoringWorksPage),
);
/** Shown only when a new version waits, so it stays out of the first page. */
const UpdatePrompt = lazy(() =>
  import('./update-prompt').then((module) => ({ default: module.UpdatePrompt })),
);

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

/** The page at `path`, and the code it is loaded with (none for home and "not found"). */
function route(path: string): { page: ReactNode; preload?: () => Promise<unknown> } {
  switch (path) {
    case '/':
      return { page: <HomePage /> };
    case '/assess':
      return { page: <Quiz.Component />, preload: Quiz.preload };
    case '/results':
      return { page: <Results.Component />, preload: Results.preload };
    case '/team':
      return { page: <Team.Component />, preload: Team.preload };
    case '/data':
      return { page: <YourData.Component />, preload: YourData.preload };
    case '/history':
      return { page: <History.Component />, preload: History.preload };
    case '/how-scoring-works':
      return { page: <HowScoringWorks.Component />, preload: HowScoringWorks.preload };
    default:
      if (path.startsWith('/r/')) {
        return { page: <SharedResult.Component link={path} />, preload: SharedResult.preload };
      }
      if (path.startsWith('/results/')) {
        return {
          page: <Results.Component resultId={path.slice('/results/'.length)} />,
          preload: Results.preload,
        };
      }
      return { page: <NotFoundPage path={path} /> };
  }
}

/**
 * Fetches the code of the page at `path`. The app's first render waits for it
 * (src/main.tsx), so the static first paint stays until the page can replace it,
 * rather than giving way to "Loading…".
 */
export function preloadPage(path: string): Promise<unknown> {
  return route(path).preload?.() ?? Promise.resolve();
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
    if (path === '/assess' && answering) return loadWhenIdle(preloadResults);
  }, [path, answering]);

  // Someone with a team saved is a facilitator: the team page (tables and charts) is
  // fetched when the browser is idle, so opening it in the room draws it at once.
  const hasTeam = useAppStore((state) => state.teams.length > 0);
  useEffect(() => {
    if (path !== '/team' && hasTeam) return loadWhenIdle(preloadTeamPage);
  }, [path, hasTeam]);

  return (
    <AppFrame path={path}>
      <ErrorBoundary key={path} fallback={<CrashFallback />}>
        <Suspense fallback={<PageLoading />}>{route(path).page}</Suspense>
      </ErrorBoundary>
    </AppFrame>
  );
}

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
