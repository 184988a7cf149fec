import { expect, test } from 'vitest';
import { createMemoryStorage } from '../lib/memory-storage';
import { buildResult } from '../testing/builders';
import { openTestStore } from '../testing/test-store';
import { keepPeerRating, removePeerRating } from './peer-actions';
import { MAX_PEER_RATINGS, STORE_KEY, STORE_VERSION } from './saved-limits';

const REPLY = 'AQIFOXApy4FOXApy4FOAA0FkYQJCb2DNOvk';

function storeWith(results = [buildResult({ id: 'r1' })], quota = Number.POSITIVE_INFINITY) {
  const storage = createMemoryStorage(
    {
      [STORE_KEY]: JSON.stringify({ version: STORE_VERSION, state: null }),
      ...Object.fromEntries(
        results.map((result) => [`tshape:result:${result.id}`, JSON.stringify(result)]),
      ),
    },
    quota,
  );
  return { storage, store: openTestStore(storage, () => Date.UTC(2026, 11, 4, 9)) };
}

test('a reply is kept once with the result, and read back after a reload', () => {
  const { storage, store } = storeWith();
  expect(keepPeerRating(store, 'r1', REPLY)).toBe('kept');
  expect(keepPeerRating(store, 'r1', REPLY)).toBe('already-kept');
  const reopened = openTestStore(storage);
  expect(reopened.getState().results[0]?.peerRatings).toEqual([
    { payload: REPLY, keptAt: '2026-12-04T09:00:00.000Z' },
  ]);
  // The rest of the result is as it was.
  expect(reopened.getState().results[0]?.responses).toEqual(buildResult().responses);
});

test('without the result, past the limit, or when storage is full, nothing is kept', () => {
  const { store } = storeWith();
  expect(keepPeerRating(store, 'gone', REPLY)).toBe('no-result');
  const full = buildResult({
    id: 'r1',
    peerRatings: Array.from({ length: MAX_PEER_RATINGS }, (_, index) => ({
      payload: `p${index}`,
      keptAt: '2026-12-01T00:00:00.000Z',
    })),
  });
  expect(keepPeerRating(storeWith([full]).store, 'r1', REPLY)).toBe('full');
  const tight = storeWith([buildResult({ id: 'r1' })], 1);
  expect(keepPeerRating(tight.store, 'r1', REPLY)).toBe('not-saved');
  expect(tight.store.getState().results[0]?.peerRatings).toBeUndefined();
});

test('a kept rating can be removed', () => {
  const { store } = storeWith();
  keepPeerRating(store, 'r1', REPLY);
  expect(removePeerRating(store, 'r1', REPLY)).toBe(true);
  expect(store.getState().results[0]?.peerRatings).toEqual([]);
});
