import type { KeyValueStorage } from '../lib/browser-storage';
import { createAppStore } from '../store/app-store';
import { recordDecoder } from '../store/record-decoding';

/**
 * The app store as a return visit opens it: over `storage` (null: blocked), with the
 * decoder for what is saved there already loaded, as main.tsx loads it.
 */
export function openTestStore(storage?: KeyValueStorage | null, now?: () => number) {
  return createAppStore(storage, now, recordDecoder);
}
