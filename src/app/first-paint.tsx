import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { QuizPage } from '../features/quiz/quiz-page';
import { createAppStore } from '../store/app-store';
import { createPersistStorage } from '../store/persist-storage';
import { STORE_KEY } from '../store/saved-state';
import { StoreProvider } from '../store/store-context';
import { createMemoryStorage } from '../testing/memory-storage';
import { AppFrame, PageLoading } from './app';
import { HomePage } from './home-page';

/** The class on index.html's static copy of the app (see app.css, "First paint"). */
export const FIRST_PAINT_CLASS = 'first-paint';

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
export const FIRST_PAINT_PAGES = ['home', 'assess', 'frame'] as const;

/** The assessment's questions: answers given before the app runs would be lost. */
const QUESTIONS = /<form class="quiz-form"[^]*?<\/form>/;

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
  const store = createAppStore(createPersistStorage(createMemoryStorage()));
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
    .replace(STYLE_ATTRIBUTES, '');
  return `<div class="${FIRST_PAINT_CLASS}">${html}</div>`;
}

/**
 * The module each route's page comes from, by path; a key ending in "/" stands for
 * every path under it. index.html's inline script fetches the page's chunks together
 * with the app's own when the app is opened on that route (vite.config.ts), so a deep
 * link waits one round trip less. The app's routes must agree (first-paint.test.tsx).
 */
export const PAGE_MODULES: Readonly<Record<string, string>> = {
  '/assess': 'src/features/quiz/quiz-page.tsx',
  '/results': 'src/features/results/results-page.tsx',
  '/results/': 'src/features/results/results-page.tsx',
  '/team': 'src/features/team/team-page.tsx',
  '/data': 'src/features/data/your-data-page.tsx',
  '/history': 'src/features/history/history-page.tsx',
  '/how-scoring-works': 'src/features/scoring/how-scoring-works-page.tsx',
  '/r/': 'src/features/share/shared-result-page.tsx',
};

/** The app's entry module and the modules it imports, as the build names them. */
export interface AppScripts {
  entry: string;
  preloads: readonly string[];
  /** The chunks of each route's page (keyed as PAGE_MODULES) that the entry does not bring. */
  pages?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The one inline script, run before the first paint (the build lets it through the
 * Content-Security-Policy by its hash). It applies the saved theme, so a dark page is
 * never painted light first, and picks the static page to show (FIRST_PAINT_ATTRIBUTE;
 * `returning` hides a returning visitor's home buttons, which may read "Continue
 * assessment"), and shows another when a link in it is followed before the app runs.
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
  var returning = false;
  try {
    var saved = localStorage.getItem(${JSON.stringify(STORE_KEY)});
    if (saved) {
      returning = true;
      var theme = JSON.parse(saved).state.settings.theme;
      if (['system', 'light', 'dark', 'contrast'].indexOf(theme) >= 0) root.dataset.theme = theme;
    }
  } catch (error) {
    // Blocked or unreadable storage: the app itself says so once it runs.
  }
  if (returning) root.classList.add('returning');
  function currentPath() {
    var path = location.hash.replace(/^#/, '');
    return path.charAt(0) === '/' ? path : '/' + path;
  }
  function show() {
    var path = currentPath();
    var page = path === '/' ? 'home' : path === '/assess' && !returning ? 'assess' : 'frame';
    root.setAttribute(${JSON.stringify(FIRST_PAINT_ATTRIBUTE)}, page);
  }
  show();
  // A link followed before the app runs ("Start assessment", the header's).
  window.addEventListener('hashchange', show);

  var pages = ${JSON.stringify(pages)};
  function pageChunks(path) {
    if (pages.hasOwnProperty(path)) return pages[path];
    for (var key in pages) {
      if (key.charAt(key.length - 1) === '/' && path.indexOf(key) === 0) return pages[key];
    }
    return [];
  }
  var started = false;
  function start() {
    if (started) return;
    started = true;
    var preloads = ${JSON.stringify(preloads)}.concat(pageChunks(currentPath()));
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
