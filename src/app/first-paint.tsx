/*
 * First paint before any JavaScript. What: index.html carries a static copy of the app,
 * rendered at build time by the app's own components (home and the assessment's first
 * step as a first visit sees them, "Loading…" for every other route), and one inline
 * script, allowed by its hash in the CSP, that applies the saved theme, shows the right
 * page and, once it has painted, fetches the app with the chunks of the route's page
 * alongside (a deep link waits one round trip less). Why: on a slow phone the words
 * of home and the quiz are readable while the app downloads. Measured (docs/performance.md):
 * Lighthouse first and largest contentful paint under a second on home and quiz at
 * 4x CPU, performance 100 on both.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { QuizPage } from '../features/quiz/quiz-page';
import { createMemoryStorage } from '../lib/memory-storage';
import { createAppStore } from '../store/app-store';
import { SETTINGS_KEY } from '../store/record-storage';
import { STORE_KEY, THEMES } from '../store/saved-limits';
import { StoreProvider } from '../store/store-context';
import { AppFrame, PageLoading } from './app';
import { FramedPage } from './framed-page';
import { HomePage } from './home-page';
import { ROUTES, type FirstPaintPage } from './routes';

/** The class on index.html's static copy of the app (see app.css, "First paint"). */
export const FIRST_PAINT_CLASS = 'first-paint';

/** The part of the static copy shown instead of the app when tshape is framed. */
const FRAMED_CLASS = `${FIRST_PAINT_CLASS}__framed`;

/**
 * The pages in index.html's static copy of the app, and the attribute on `<html>` (set
 * by the inline script) that says which one is shown:
 * - `home`: home as a first visit sees it (a returning visitor's buttons are hidden);
 * - `assess`: the assessment's first step for a first visit, with "Loading…" in
 *   place of its questions until they can be answered;
 * - `frame`: "Loading…", for every other route, and for a returning visitor's
 *   assessment (which may resume at any step).
 */
export const FIRST_PAINT_ATTRIBUTE = 'data-first-paint';
export const FIRST_PAINT_PAGES = ['home', 'assess', 'frame'] as const satisfies FirstPaintPage[];

/** Pages shown only on a first visit: a returning visitor's assessment may resume at any step. */
const FIRST_VISIT_ONLY: readonly FirstPaintPage[] = ['assess'];

/** The assessment's questions: answers given before the app runs would be lost. */
const QUESTIONS = /<form class="quiz-form"[^]*?<\/form>/;

/**
 * The theme picker: a theme chosen before the app runs would be lost when React draws the
 * app in its place (and the static copy cannot know the saved choice), so it waits disabled.
 */
const THEME_SELECT = /<select id="theme-picker"/;

/** Refused by the policy (`style-src 'self'`) in HTML; the app sets them through the DOM. */
const STYLE_ATTRIBUTES = / style="[^"]*"/g;

/**
 * The static copy of the app: its header and footer, and each page of
 * FIRST_PAINT_PAGES in main. The build writes it into index.html (vite.config.ts), so
 * a slow phone paints words before any JavaScript has run; React then draws the app
 * in its place. It is rendered by the app's own components with an empty store, and
 * never hydrated: a returning visitor's pages differ.
 */
export function renderFirstPaint(): string {
  const store = createAppStore(createMemoryStorage());
  const page = (name: (typeof FIRST_PAINT_PAGES)[number], content: ReactNode) => (
    <div className={`${FIRST_PAINT_CLASS}__page ${FIRST_PAINT_CLASS}__page--${name}`}>
      {content}
    </div>
  );
  const html = renderToStaticMarkup(
    <StoreProvider store={store}>
      <AppFrame path="">
        {page('home', <HomePage />)}
        {page('assess', <QuizPage />)}
        {page('frame', <PageLoading />)}
      </AppFrame>
    </StoreProvider>,
  )
    .replace(QUESTIONS, () => renderToStaticMarkup(<PageLoading />))
    .replace(THEME_SELECT, (select) => `${select} disabled=""`)
    .replace(STYLE_ATTRIBUTES, '');
  // Shown alone when another page frames tshape: the script then never loads the app.
  const framed = renderToStaticMarkup(<FramedPage href="./" />);
  return `<div class="${FIRST_PAINT_CLASS}">${html}<div class="${FRAMED_CLASS}">${framed}</div></div>`;
}

/**
 * The module each route's page comes from (under the project's root), by route path.
 * The build lists each one's chunks (vite.config.ts), and index.html's inline script
 * fetches them with the app's own when the app is opened on that route, so a deep
 * link waits one round trip less.
 */
export const PAGE_MODULES: Readonly<Record<string, string>> = Object.fromEntries(
  ROUTES.flatMap((route) =>
    route.page.module === undefined ? [] : [[route.path, `src/${route.page.module}`]],
  ),
);

/** The app's entry module and the modules it imports, as the build names them. */
export interface AppScripts {
  entry: string;
  preloads: readonly string[];
  /** The chunks of each route's page (keyed as PAGE_MODULES) that the entry does not bring. */
  pages?: Readonly<Record<string, readonly string[]>>;
}

/** What the inline script knows of each route: its path, static page and chunks. */
function scriptRoutes(pages: Readonly<Record<string, readonly string[]>>) {
  return ROUTES.map((route) => ({
    path: route.path,
    prefix: route.prefix === true,
    page: route.firstPaint ?? 'frame',
    chunks: pages[route.path] ?? [],
  }));
}

/**
 * The one inline script, run before the first paint (the build lets it through the
 * Content-Security-Policy by its hash). It applies the saved theme, so a dark page is
 * never painted light first, and picks the static page to show (FIRST_PAINT_ATTRIBUTE;
 * `returning` hides a returning visitor's home buttons, which may read "Continue
 * assessment"), and shows another when a link in it is followed before the app runs.
 *
 * Framed by another page, it shows only the link out of the frame and loads nothing.
 *
 * Then it loads the app, once the static page is painted: the words come first, and
 * the app's code never holds them back. The route's page comes with it (`pages`),
 * rather than one round trip after it. If no paint is reported within a second (a
 * slow stylesheet, a browser without paint timing), or the page is hidden, it loads
 * the app at once. Plain ES5 with nothing to import: it runs before any module.
 */
export function firstPaintScript({ entry, preloads, pages = {} }: AppScripts): string {
  return `(function () {
  var root = document.documentElement;
  // Framed by another page (framed-page.tsx): a link out, and no app at all.
  var framed = true;
  try {
    framed = window.top !== window.self;
  } catch (error) {
    // Reading window.top refused: treated as framed.
  }
  if (framed) {
    root.setAttribute(${JSON.stringify(FIRST_PAINT_ATTRIBUTE)}, 'framed');
    document.addEventListener('DOMContentLoaded', function () {
      var out = document.querySelector(${JSON.stringify(`.${FRAMED_CLASS} a`)});
      if (out) out.href = location.href;
    });
    return;
  }
  var returning = false;
  try {
    var saved = localStorage.getItem(${JSON.stringify(STORE_KEY)});
    if (saved) {
      returning = true;
      // Settings sit under their own key (store/record-storage); a store of tshape 1–3
      // held them in the one value, until the app splits it.
      var settings = localStorage.getItem(${JSON.stringify(SETTINGS_KEY)});
      var theme = settings ? JSON.parse(settings).theme : JSON.parse(saved).state.settings.theme;
      if (${JSON.stringify(THEMES)}.indexOf(theme) >= 0) root.dataset.theme = theme;
    }
  } catch (error) {
    // Blocked or unreadable storage: the app itself says so once it runs.
  }
  if (returning) root.classList.add('returning');
  function currentPath() {
    var path = location.hash.replace(/^#/, '');
    return path.charAt(0) === '/' ? path : '/' + path;
  }
  var routes = ${JSON.stringify(scriptRoutes(pages))};
  var firstVisitOnly = ${JSON.stringify(FIRST_VISIT_ONLY)};
  // As matchRoute (src/app/routes.tsx): the exact path, else a prefix route.
  function currentRoute() {
    var path = currentPath();
    for (var i = 0; i < routes.length; i += 1) if (routes[i].path === path) return routes[i];
    for (var j = 0; j < routes.length; j += 1) {
      if (routes[j].prefix && path.indexOf(routes[j].path) === 0) return routes[j];
    }
    return { page: 'frame', chunks: [] };
  }
  function show() {
    var page = currentRoute().page;
    if (returning && firstVisitOnly.indexOf(page) >= 0) page = 'frame';
    root.setAttribute(${JSON.stringify(FIRST_PAINT_ATTRIBUTE)}, page);
  }
  show();
  // A link followed before the app runs ("Start assessment", the header's).
  window.addEventListener('hashchange', show);

  var started = false;
  function start() {
    if (started) return;
    started = true;
    var preloads = ${JSON.stringify(preloads)}.concat(currentRoute().chunks);
    for (var i = 0; i < preloads.length; i += 1) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = preloads[i];
      document.head.appendChild(link);
    }
    var script = document.createElement('script');
    script.type = 'module';
    script.src = ${JSON.stringify(entry)};
    document.head.appendChild(script);
  }
  if (document.visibilityState === 'hidden') return start();
  try {
    new PerformanceObserver(function (list) {
      for (var entries = list.getEntries(), i = 0; i < entries.length; i += 1) {
        if (entries[i].name === 'first-contentful-paint') start();
      }
    }).observe({ type: 'paint', buffered: true });
  } catch (error) {
    // No paint timing here: the timer below starts the app.
  }
  setTimeout(start, 1000);
})();`;
}
