import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppStore } from './store/app-store';
import { StoreProvider } from './store/store-context';
import { startTabSync } from './store/tab-sync';
import { watchForUpdates } from './app/app-update';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

const store = createAppStore();
startTabSync(store);

createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);

// Offline and installable (production build only): the service worker is registered once
// the page is idle, so it never competes with the first render.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () =>
    void import('virtual:pwa-register').then(({ registerSW }) => watchForUpdates(registerSW));
  if (document.readyState === 'complete') setTimeout(register, 0);
  else window.addEventListener('load', () => setTimeout(register, 0), { once: true });
}
