import { lazy, Suspense } from 'react';
import { useStorageHealth } from '../store/store-context';

/** Rare, so in a chunk of their own: a tab that holds its writes, data that cannot be read. */
const StorageProblems = lazy(() =>
  import('./storage-problems').then((module) => ({ default: module.StorageProblems })),
);

/** Tells the person, in plain words, whenever their data is not being kept. */
export function StorageBanner() {
  const health = useStorageHealth();
  return (
    <div className="banners">
      {health.mode === 'memory' && (
        <div className="banner banner--warning" role="status">
          <strong>Nothing will be saved.</strong> Your browser is blocking storage for this site, so
          tshape is working in memory: you can finish the assessment, but your answers are lost when
          you close or reload this tab.
        </div>
      )}
      <div aria-live="assertive" aria-atomic="true">
        {health.lastWrite === 'not-saved' && !health.hold && (
          <div className="banner banner--warning" role="alert">
            <strong>Your last change was not saved.</strong> The browser’s storage for this site is
            full or unavailable. Answers stay on screen, so you can finish in this tab; other
            changes were undone. Free some space and try again.
          </div>
        )}
      </div>
      {(health.hold || health.unreadable.length > 0) && (
        <Suspense fallback={null}>
          <StorageProblems hold={health.hold} unreadable={health.unreadable} />
        </Suspense>
      )}
    </div>
  );
}
