import type { AppStore } from './app-store';
import { MAX_PEER_PAYLOAD_LENGTH, MAX_PEER_RATINGS } from './saved-limits';

// "Keep this rating" (the peer rating page): kept out of the store, and so out of the
// first page's code, like plan-actions. The store does not load the banks: the page
// has decoded the reply before it offers to keep it.

export type KeepPeerOutcome = 'kept' | 'already-kept' | 'no-result' | 'full' | 'not-saved';

/**
 * Keeps a reply's payload with a result (the asker's latest). The same reply opened
 * twice is kept once; at most MAX_PEER_RATINGS per result. "kept" only once the write
 * succeeded; "not-saved" when it could not be written (the change is undone).
 */
export function keepPeerRating(
  store: AppStore,
  resultId: string,
  payload: string,
): KeepPeerOutcome {
  const result = store.getState().results.find((each) => each.id === resultId);
  if (!result) return 'no-result';
  const kept = result.peerRatings ?? [];
  if (kept.some((each) => each.payload === payload)) return 'already-kept';
  if (kept.length >= MAX_PEER_RATINGS) return 'full';
  if (payload.length === 0 || payload.length > MAX_PEER_PAYLOAD_LENGTH) return 'not-saved';
  const keptAt = new Date(store.now()).toISOString();
  const saved = store.commit((state) => ({
    results: state.results.map((each) =>
      each.id === resultId
        ? { ...each, peerRatings: [...(each.peerRatings ?? []), { payload, keptAt }] }
        : each,
    ),
  }));
  return saved ? 'kept' : 'not-saved';
}

/** Removes a kept peer rating from a result; false when the removal could not be saved. */
export function removePeerRating(store: AppStore, resultId: string, payload: string): boolean {
  return store.commit((state) => ({
    results: state.results.map((each) =>
      each.id === resultId
        ? { ...each, peerRatings: (each.peerRatings ?? []).filter((p) => p.payload !== payload) }
        : each,
    ),
  }));
}
