import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createAppStore } from './store/app-store';
import { StoreProvider } from './store/store-context';
import { startTabSync } from './store/tab-sync';
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
