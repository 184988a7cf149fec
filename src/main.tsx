import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadPage } from './app/routes';
import { readHashPath } from './lib/hash-location';
import { loadWhenIdle } from './lib/load-when-idle';
import { registerServiceWorker } from './lib/service-worker';
import { MissingCodePage } from './app/missing-code';
import { openLocalStorage, type KeyValueStorage } from './lib/browser-storage';
import { createAppStore } from './store/app-store';
import { hasSavedData, type RecordDecoder } from './store/record-storage';
import { StoreProvider } from './store/store-context';
import { startTabSync } from './store/tab-sync';
import { watchForUpdates } from './app/app-update';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// Framed by another page, the built index.html's script shows a link out and never
// loads this module. The dev server has no such script: there, the same page is drawn
// here (the check is compiled out of the build, so it costs the first page nothing).
if (import.meta.env.DEV && window.top !== window.self) {
  void import('./app/framed-page').then(({ FramedPage }) =>
    createRoot(root).render(<FramedPage href={window.location.href} />),
  );
} else {
  openApp(root);
}

/**
 * Saved data is read through schemas kept in a chunk of their own: with nothing saved,
 * the first page never fetches them (pages that decode links fetch them with their own
 * code); a return visit fetches them beside the page's own code. Should they be
 * missing (a new version published a moment ago), the page says so and offers a
 * reload, and nothing saved is touched.
 */
function openApp(root: HTMLElement) {
  const storage = openLocalStorage();
  const page = preloadPage(readHashPath());
  if (!hasSavedData(storage)) {
    startApp(root, { storage, decoder: null, page });
    return;
  }
  import('./store/record-decoding').then(
    ({ recordDecoder }) => startApp(root, { storage, decoder: recordDecoder, page }),
    () => {
      void page.catch(() => undefined);
      createRoot(root).render(<MissingCodePage />);
    },
  );
}

interface Opening {
  readonly storage: KeyValueStorage | null;
  readonly decoder: RecordDecoder | null;
  /** The route's page, being fetched. */
  readonly page: Promise<unknown>;
}

function startApp(root: HTMLElement, { storage, decoder, page }: Opening) {
  const store = createAppStore(storage, Date.now, decoder);
  startTabSync(store);

  // index.html's static first paint stays until the route's page is here to replace it.
  // The render is a transition, so React draws in short slices and a tap is never kept
  // waiting behind it.
  const draw = () =>
    startTransition(() =>
      createRoot(root).render(
        <StrictMode>
          <StoreProvider store={store}>
            <App />
          </StoreProvider>
        </StrictMode>,
      ),
    );
  // A page that cannot be fetched (offline before the app was ever cached) is left to the
  // app, which says so.
  const firstRender = page.then(draw, draw);

  // Offline and installable (production build only): the service worker is registered once
  // the page is idle after the first render, so it never competes with it.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    void firstRender.then(() => loadWhenIdle(async () => watchForUpdates(registerServiceWorker)));
  }
}
