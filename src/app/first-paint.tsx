import { renderToStaticMarkup } from 'react-dom/server';
import { createAppStore } from '../store/app-store';
import { createPersistStorage } from '../store/persist-storage';
import { STORE_KEY } from '../store/saved-state';
import { StoreProvider } from '../store/store-context';
import { createMemoryStorage } from '../testing/memory-storage';
import { App } from './app';

/** The class on index.html's static copy of the home page (see app.css, "First paint"). */
export const FIRST_PAINT_CLASS = 'first-paint';

/**
 * The home page as a first-time visitor sees it, as static HTML. The build writes it
 * into index.html (vite.config.ts), so a slow phone paints words before any
 * JavaScript has run; React then draws the app in its place. It is never hydrated:
 * a returning visitor's home differs ("Continue assessment").
 */
export function renderFirstPaint(): string {
  const store = createAppStore(createPersistStorage(createMemoryStorage()));
  const app = renderToStaticMarkup(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return `<div class="${FIRST_PAINT_CLASS}">${app}</div>`;
}

/**
 * The one inline script, run before the first paint (the build lets it through the
 * Content-Security-Policy by its hash). It applies the saved theme, so a dark page is
 * never painted light first, and marks what the static home page must not show: any
 * other route (`deep-link`), or the buttons of a returning visitor (`returning`).
 * Plain ES5 with nothing to import: it runs before any module.
 */
export function firstPaintScript(): string {
  return `(function () {
  var root = document.documentElement;
  var hash = location.hash;
  if (hash && hash !== '#' && hash !== '#/') root.classList.add('deep-link');
  try {
    var saved = localStorage.getItem(${JSON.stringify(STORE_KEY)});
    if (!saved) return;
    root.classList.add('returning');
    var theme = JSON.parse(saved).state.settings.theme;
    if (['system', 'light', 'dark', 'contrast'].indexOf(theme) >= 0) root.dataset.theme = theme;
  } catch (error) {
    // Blocked or unreadable storage: the app itself says so once it runs.
  }
})();`;
}
