import { lazy, Suspense } from 'react';
import { useStorageHealth } from '../store/store-context';

/**
 * What the banners say, in a chunk of its own: nearly every visit has nothing to say
 * about storage, so the first page does not carry the words.
 */
const StorageProblems = lazy(() =>
  import('./storage-problems').then((module) => ({ default: module.StorageProblems })),
);

/** Tells the person, in plain words, whenever their data is not being kept. */
export function StorageBanner() {
  const health = useStorageHealth();
  const anything =
    health.mode === 'memory' ||
    health.lastWrite === 'not-saved' ||
    health.hold !== null ||
    health.unreadable.length > 0;
  return (
    <div className="banners">
      {anything && (
        <Suspense fallback={null}>
          <StorageProblems health={health} />
        </Suspense>
      )}
    </div>
  );
}
