import type { Page } from 'playwright-core';
import { createMemoryStorage } from '../../src/lib/memory-storage';
import { openTestStore } from '../../src/testing/test-store';
import type { SavedState } from '../../src/store/saved-state';
import { selectSavedState } from '../../src/store/selectors';

/** Every key of tshape's in the page's storage, with its value as it is kept. */
export function tshapeKeys(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key === 'tshape' || key.startsWith('tshape:'))
        .map((key) => [key, localStorage.getItem(key) ?? '']),
    ),
  );
}

/** What the page's next visit would find saved (read as the app reads it). */
export async function savedStateIn(page: Page): Promise<SavedState> {
  const storage = createMemoryStorage(await tshapeKeys(page));
  return selectSavedState(openTestStore(storage).getState());
}
