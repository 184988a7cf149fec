import { afterEach, expect, test, vi } from 'vitest';
import { ROUTES, matchRoute, preloadPage } from './routes';
import {
  FIRST_PAINT_ATTRIBUTE,
  PAGE_MODULES,
  FIRST_PAINT_CLASS,
  firstPaintScript,
  renderFirstPaint,
} from './first-paint';

const SCRIPTS = { entry: './assets/index-abc.js', preloads: ['./assets/react-def.js'] };

afterEach(() => {
  document.documentElement.className = '';
  document.documentElement.removeAttribute(FIRST_PAINT_ATTRIBUTE);
  delete document.documentElement.dataset.theme;
  document.head.replaceChildren();
  window.location.hash = '';
  localStorage.clear();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Runs the inline script as the browser would, before the page is painted. */
function runScript() {
  new Function(firstPaintScript(SCRIPTS))();
}

/** The static copy as the browser reads it. */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

const shownPage = () => document.documentElement.getAttribute(FIRST_PAINT_ATTRIBUTE);
const appScripts = () =>
  [...document.head.querySelectorAll('script[type="module"], link[rel="modulepreload"]')].map(
    (element) => element.getAttribute('src') ?? element.getAttribute('href'),
  );

test('the first paint is a static copy of the app, with home and the first assessment step', () => {
  const html = renderFirstPaint();
  expect(html.startsWith(`<div class="${FIRST_PAINT_CLASS}">`)).toBe(true);
  const copy = parse(html);
  const page = (name: string) => copy.querySelector(`.${FIRST_PAINT_CLASS}__page--${name}`);

  expect(page('home')?.textContent).toContain('see the shape of your skills');
  expect(page('home')?.querySelector('a[href="#/assess"].button')?.textContent).toBe(
    'Start assessment',
  );
  expect(page('assess')?.querySelector('h1')?.textContent).toBe('Statistics');
  expect(page('assess')?.textContent).toContain('pick the highest statement');
  expect(page('frame')?.textContent).toBe('Loading…');
  // One header, one main, one footer around the three pages.
  expect(copy.querySelectorAll('#main, header.site-header, footer').length).toBe(3);
});

test('the static assessment says "Loading…" where its questions go: an answer there would be lost', () => {
  const copy = parse(renderFirstPaint());
  const assess = copy.querySelector(`.${FIRST_PAINT_CLASS}__page--assess`);
  expect(copy.querySelector('form, input')).toBeNull();
  expect(assess?.querySelector('.loading')?.textContent).toBe('Loading…');
});

test('the static theme picker waits disabled: a choice made before the app runs would be lost', () => {
  const picker = parse(renderFirstPaint()).querySelector<HTMLSelectElement>('#theme-picker');
  expect(picker?.disabled).toBe(true);
});

test('nothing in the static copy is refused by the policy: no style attributes', () => {
  expect(renderFirstPaint()).not.toMatch(/ style=/);
});

test('the script picks the static page for the route and the visitor', () => {
  for (const [hash, returning, page] of [
    ['', false, 'home'],
    ['#/', false, 'home'],
    ['#/', true, 'home'],
    ['#/assess', false, 'assess'],
    ['#assess', false, 'assess'],
    // A returning visitor may resume at any step: only the frame until the app runs.
    ['#/assess', true, 'frame'],
    ['#/team', false, 'frame'],
    ['#/r/AQEJ', false, 'frame'],
  ] as const) {
    localStorage.clear();
    if (returning) localStorage.setItem('tshape', JSON.stringify({ state: { settings: {} } }));
    window.location.hash = hash;
    runScript();
    expect({ hash, returning, page: shownPage() }).toEqual({ hash, returning, page });
  }
});

test('a link followed before the app runs shows the static page for where it leads', () => {
  runScript();
  expect(shownPage()).toBe('home');
  window.location.hash = '#/assess';
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  expect(shownPage()).toBe('assess');
  window.location.hash = '#/team';
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  expect(shownPage()).toBe('frame');
});

test('the script applies a saved theme before the first paint and marks a returning visitor', () => {
  localStorage.setItem('tshape', JSON.stringify({ state: { settings: { theme: 'dark' } } }));
  runScript();
  expect(document.documentElement.dataset.theme).toBe('dark');
  expect(document.documentElement.classList.contains('returning')).toBe(true);
});

test('unreadable or strange saved data never stops the script, and no odd theme is applied', () => {
  localStorage.setItem('tshape', '{not json');
  expect(runScript).not.toThrow();
  expect(shownPage()).toBe('home');
  localStorage.setItem('tshape', JSON.stringify({ state: { settings: { theme: 'x" onload' } } }));
  runScript();
  expect(document.documentElement.dataset.theme).toBeUndefined();
});

test('the script loads the app once the first contentful paint is reported, and only once', () => {
  vi.useFakeTimers();
  const observers: ((list: { getEntries: () => { name: string }[] }) => void)[] = [];
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      constructor(callback: (typeof observers)[number]) {
        observers.push(callback);
      }
      observe() {}
    },
  );
  runScript();
  expect(appScripts()).toEqual([]);
  observers[0]?.({ getEntries: () => [{ name: 'first-paint' }] });
  expect(appScripts()).toEqual([]);
  observers[0]?.({ getEntries: () => [{ name: 'first-contentful-paint' }] });
  expect(appScripts()).toEqual(['./assets/react-def.js', './assets/index-abc.js']);
  vi.advanceTimersByTime(1000);
  expect(appScripts()).toHaveLength(2);
});

test('the page of the route the app opens on is fetched with the app, by path or prefix', () => {
  const pages = { '/results': ['./assets/results.js'], '/r/': ['./assets/shared.js'] };
  const modulesFetched = (hash: string) => {
    document.head.replaceChildren();
    window.location.hash = hash;
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    new Function(firstPaintScript({ ...SCRIPTS, pages }))();
    return appScripts();
  };
  expect(modulesFetched('#/results')).toEqual([
    './assets/react-def.js',
    './assets/results.js',
    './assets/index-abc.js',
  ]);
  expect(modulesFetched('#/r/AQEJ')).toContain('./assets/shared.js');
  expect(modulesFetched('#/team')).toEqual(['./assets/react-def.js', './assets/index-abc.js']);
  expect(modulesFetched('#/results/abc')).not.toContain('./assets/results.js');
});

test('with no paint reported (no paint timing here), the app is loaded after a second', () => {
  vi.useFakeTimers();
  vi.stubGlobal('PerformanceObserver', undefined);
  runScript();
  vi.advanceTimersByTime(999);
  expect(appScripts()).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(appScripts()).toEqual(['./assets/react-def.js', './assets/index-abc.js']);
});

test('a page opened hidden (a background tab) loads the app at once: nothing will be painted', () => {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  runScript();
  expect(appScripts()).toEqual(['./assets/react-def.js', './assets/index-abc.js']);
});

test('each route fetches the page module index.html is told it needs (PAGE_MODULES)', async () => {
  for (const route of ROUTES) {
    const file = PAGE_MODULES[route.path];
    const path = route.prefix ? `${route.path}AQEJ` : route.path;
    const page = await preloadPage(path);
    const module = file
      ? ((await import(/* @vite-ignore */ `/${file}`)) as Record<string, unknown>)
      : {};
    // Home comes with the app: nothing to fetch, and no module listed for it.
    const found = file ? Object.values(module).includes(page) : page === undefined;
    expect({ path, file, found }).toEqual({ path, file, found: true });
  }
});

test('the script matches routes as the app does: every route, its static page and its chunks', () => {
  const pages = Object.fromEntries(
    ROUTES.map((route) => [route.path, [`./assets${route.path}.js`]]),
  );
  const paths = [
    ...ROUTES.map((route) => (route.prefix ? `${route.path}AQEJ` : route.path)),
    '/nowhere',
    '/assess/extra',
  ];
  for (const path of paths) {
    document.head.replaceChildren();
    window.location.hash = `#${path}`;
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    new Function(firstPaintScript({ ...SCRIPTS, pages }))();
    const route = matchRoute(path)?.route;
    expect({ path, page: shownPage(), chunks: appScripts().slice(1, -1) }).toEqual({
      path,
      page: route?.firstPaint ?? 'frame',
      chunks: route ? [`./assets${route.path}.js`] : [],
    });
  }
});
