/*
 * Code fetched before it is wanted. What: a page (or a chunk of charts) that can be
 * fetched ahead of time once, and then renders at once. Why: a page fetched on the
 * click shows a Suspense fallback, and React then throttles its reveal by up to
 * 300 ms. The quiz fetches the results page and its charts when idle after the first
 * answer, and a saved team's page is fetched when idle on home. Measured
 * (docs/performance.md): "See results" to all three charts drawn at 4x CPU within its
 * 800 ms budget, with no fallback shown.
 */
import { lazy, useState, type ComponentType } from 'react';

/** `load` run once and its promise kept; after a failed fetch (say, offline) it runs again. */
export function fetchOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * A page loaded on demand that can also be fetched ahead of time. Once `preload`
 * has finished, the page renders at once: no Suspense fallback, and so none of
 * React's throttled reveal after one (up to 300 ms on "See results"). Before
 * that it behaves as `React.lazy`. It is fetched once.
 */
export function preloadable<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loaded: ComponentType<Props> | undefined;
  const preload = fetchOnce(() =>
    load().then((component) => {
      loaded = component;
      return component;
    }),
  );
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));

  function Preloadable(props: Props) {
    // Chosen once per mount, so a page that started lazily is never swapped (and reset).
    const [Component] = useState<ComponentType<Props>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return { Component: Preloadable, preload, isLoaded: () => loaded !== undefined };
}
