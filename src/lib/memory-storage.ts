import type { KeyValueStorage } from './browser-storage';

/**
 * An in-memory KeyValueStorage: the store of the build-time first paint (nothing to
 * keep), and of tests. `quotaBytes` makes writes past it throw the browser's quota error.
 */
export function createMemoryStorage(
  initial: Record<string, string> = {},
  quotaBytes = Number.POSITIVE_INFINITY,
): KeyValueStorage & { readonly entries: Map<string, string> } {
  const entries = new Map(Object.entries(initial));
  const size = () => [...entries].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    entries,
    get length() {
      return entries.size;
    },
    key: (index) => [...entries.keys()][index] ?? null,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => {
      const previous = entries.get(key);
      const grown = size() - (previous === undefined ? 0 : key.length + previous.length);
      if (grown + key.length + value.length > quotaBytes) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      entries.set(key, value);
    },
    removeItem: (key) => {
      entries.delete(key);
    },
  };
}
