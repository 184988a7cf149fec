import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadPage } from './app/routes';
import { readHashPath } from './lib/hash-location';
import { loadWhenIdle } from './lib/load-when-idle';
import { registerServiceWorker } from './lib/service-worker';
import { createAppStore } from './store/app-store';
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
  startApp(root);
}

function startApp(root: HTMLElement) {
  const store = createAppStore();
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
  const firstRender = preloadPage(readHashPath()).then(draw, draw);

  // Offline and installable (production build only): the service worker is registered once
  // the page is idle after the first render, so it never competes with it.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    void firstRender.then(() => loadWhenIdle(async () => watchForUpdates(registerServiceWorker)));
  }
}
