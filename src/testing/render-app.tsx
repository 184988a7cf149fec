import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createAppStore } from '../store/app-store';
import { createPersistStorage } from '../store/persist-storage';
import { StoreProvider } from '../store/store-context';
import { createMemoryStorage } from './memory-storage';

/** Renders a piece of the app over a fresh store of its own, with a user to drive it. */
export function renderWithStore(ui: ReactElement, storage = createMemoryStorage()) {
  const store = createAppStore(createPersistStorage(storage));
  const user = userEvent.setup();
  return { store, storage, user, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}
