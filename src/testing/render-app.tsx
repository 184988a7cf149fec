import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryStorage } from '../lib/memory-storage';
import { openTestStore } from './test-store';
import { StoreProvider } from '../store/store-context';

/** Renders a piece of the app over a fresh store of its own, with a user to drive it. */
export function renderWithStore(ui: ReactElement, storage = createMemoryStorage()) {
  const store = openTestStore(storage);
  const user = userEvent.setup();
  return { store, storage, user, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}
