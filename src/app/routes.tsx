import type { ComponentType } from 'react';
import { preloadable } from '../lib/preloadable';
import { HomePage } from './home-page';
// The assessment is painted before the app runs (its `firstPaint` below): its styles come
// with the app's own stylesheet rather than with its page's chunk, fetched later.
import '../features/quiz/quiz.css';

/**
 * The one table of the app's routes. The app shell (titles, the header's links, the
 * page shown), `main.tsx` (the page fetched before the first render), index.html's
 * first-paint script (the static page shown, the chunks fetched with the app) and the
 * build plugin that lists each page's chunks all read it: adding a page is one entry.
 */

/** What every page is handed: the path, and what follows the route's path for a prefix route. */
export interface PageProps {
  readonly path: string;
  readonly rest: string;
}

/** The static pages in index.html's copy of the app (src/app/first-paint.tsx). */
export type FirstPaintPage = 'home' | 'assess' | 'frame';

export interface Route {
  /** The path ("/team"); with `prefix`, every path that starts with it ("/r/<payload>"). */
  readonly path: string;
  readonly prefix?: true;
  readonly title: string;
  /** The label of its link in the header; the header lists them in this table's order. */
  readonly nav?: string;
  /** The page of index.html's static copy shown before the app runs ("frame" when none). */
  readonly firstPaint?: Exclude<FirstPaintPage, 'frame'>;
  /**
   * The page. `module` (a path under src/) is fetched on demand, in a chunk of its
   * own; the page without one (home) comes with the app.
   */
  readonly page: EagerPage | LazyPage;
  /** Fetches the charts the page draws (a chunk of their own), ahead of time. */
  readonly preloadCharts?: () => Promise<unknown>;
}

interface EagerPage {
  readonly Component: ComponentType<PageProps>;
  readonly module?: undefined;
}

interface LazyPage {
  readonly Component: ComponentType<PageProps>;
  readonly module: string;
  /** Fetches the page's code; once it is here, the page renders with no fallback. */
  readonly preload: () => Promise<unknown>;
}

/**
 * Every page module, fetched on demand: Vite turns each into a chunk of its own. The
 * table names a page by its module path once; this is where the import comes from.
 */
const PAGE_MODULES = import.meta.glob<Record<string, unknown>>('../features/*/*-page.tsx');

/** The page exported as `name` by `module` (under src/), fetched on demand. */
function lazyPage<Props extends object>(
  module: string,
  name: string,
  props: (page: PageProps) => Props,
): LazyPage {
  const load = PAGE_MODULES[`../${module}`];
  if (!load) throw new Error(`No page module at src/${module}.`);
  const page = preloadable<Props>(() =>
    load().then((loaded) => {
      const component = loaded[name];
      if (typeof component !== 'function') throw new Error(`src/${module} exports no ${name}.`);
      // A page module's export named in this table: the table's entry gives its props.
      return component as ComponentType<Props>;
    }),
  );
  return {
    module,
    preload: page.preload,
    Component: (route: PageProps) => <page.Component {...props(route)} />,
  };
}

const none = () => ({});

const resultsPage = lazyPage(
  'features/results/results-page.tsx',
  'ResultsPage',
  ({ path, rest }: PageProps) => (path === '/results' ? {} : { resultId: rest }),
);
/** The charts' lazy wrappers come with the pages that draw them; this fetches their charts. */
const preloadResultCharts = () =>
  import('../charts/lazy-charts').then((charts) => charts.preloadResultCharts());

export const ROUTES: readonly Route[] = [
  {
    path: '/',
    title: 'tshape — your skills’ T-shape',
    firstPaint: 'home',
    page: { Component: HomePage },
  },
  {
    path: '/assess',
    title: 'Assessment — tshape',
    nav: 'Assessment',
    firstPaint: 'assess',
    page: lazyPage('features/quiz/quiz-page.tsx', 'QuizPage', none),
  },
  {
    path: '/results',
    title: 'Your results — tshape',
    nav: 'Results',
    page: resultsPage,
    preloadCharts: preloadResultCharts,
  },
  {
    path: '/results/',
    prefix: true,
    title: 'A past result — tshape',
    page: resultsPage,
    preloadCharts: preloadResultCharts,
  },
  {
    path: '/plan',
    title: 'Your growth plan — tshape',
    page: lazyPage('features/plan/plan-page.tsx', 'PlanPage', none),
    preloadCharts: preloadResultCharts,
  },
  {
    path: '/history',
    title: 'History — tshape',
    nav: 'History',
    page: lazyPage('features/history/history-page.tsx', 'HistoryPage', none),
  },
  {
    path: '/team',
    title: 'Team retro — tshape',
    nav: 'Team',
    page: lazyPage('features/team/team-page.tsx', 'TeamPage', none),
    preloadCharts: () =>
      import('../charts/lazy-charts').then((charts) => charts.preloadTeamCharts()),
  },
  {
    path: '/data',
    title: 'Your data — tshape',
    nav: 'Your data',
    page: lazyPage('features/data/your-data-page.tsx', 'YourDataPage', none),
  },
  {
    path: '/how-scoring-works',
    title: 'How the scoring works — tshape',
    page: lazyPage('features/scoring/how-scoring-works-page.tsx', 'HowScoringWorksPage', none),
  },
  {
    path: '/r/',
    prefix: true,
    title: 'Shared result — tshape',
    page: lazyPage('features/share/shared-result-page.tsx', 'SharedResultPage', ({ path }) => ({
      link: path,
    })),
  },
  {
    path: '/t/',
    prefix: true,
    title: 'A target profile — tshape',
    page: lazyPage('features/plan/target-link-page.tsx', 'TargetLinkPage', ({ path }) => ({
      link: path,
    })),
    preloadCharts: preloadResultCharts,
  },
  {
    path: '/ask/',
    prefix: true,
    title: 'Rate a colleague — tshape',
    page: lazyPage('features/peer/rate-page.tsx', 'RatePage', ({ path }) => ({ link: path })),
  },
  {
    path: '/peer/',
    prefix: true,
    title: 'Peer rating — tshape',
    page: lazyPage('features/peer/peer-rating-page.tsx', 'PeerRatingPage', ({ path }) => ({
      link: path,
    })),
    preloadCharts: preloadResultCharts,
  },
];

/** The title of a path no route matches. */
export const NOT_FOUND_TITLE = 'Page not found — tshape';

/**
 * The route of `path` and what follows its prefix, or null. An exact path wins over a
 * prefix. index.html's script matches the same way (firstPaintScript, checked by its
 * tests).
 */
export function matchRoute(path: string): { route: Route; rest: string } | null {
  const exact = ROUTES.find((route) => route.path === path);
  if (exact) return { route: exact, rest: '' };
  const prefix = ROUTES.find((route) => route.prefix && path.startsWith(route.path));
  return prefix ? { route: prefix, rest: path.slice(prefix.path.length) } : null;
}

/** The header's links, in the table's order. */
export const NAV_LINKS = ROUTES.flatMap((route) =>
  route.nav === undefined ? [] : [{ path: route.path, label: route.nav }],
);

/**
 * Fetches the code of the page at `path` (nothing for home and "not found"). The app's
 * first render waits for it (src/main.tsx), so the static first paint stays until the
 * page can replace it, rather than giving way to "Loading…".
 */
export function preloadPage(path: string): Promise<unknown> {
  const page = matchRoute(path)?.route.page;
  return page?.module === undefined ? Promise.resolve() : page.preload();
}

/** Fetches the page at `path` and the charts it draws, ahead of time. */
export function preloadPageWithCharts(path: string): Promise<unknown> {
  const route = matchRoute(path)?.route;
  return Promise.all([preloadPage(path), route?.preloadCharts?.()]);
}
