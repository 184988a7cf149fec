import { lazy, useState, type ComponentType } from 'react';

/** `load` run once and its promise kept; after a failed fetch (say, offline) it runs again. */
function fetchOnce<T>(load: () => Promise<T>): () => Promise<T> {
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

/**
 * Several components that come in one chunk, fetched once. Each `part` is a
 * preloadable of its own; once the chunk is here, every part is ready at once, so none
 * of them waits a task for its own promise (a print, for one, cannot wait).
 */
export function preloadableChunk<Chunk>(load: () => Promise<Chunk>) {
  const parts: { preload: () => Promise<unknown> }[] = [];
  const preloadAll = (): Promise<unknown> => Promise.all(parts.map((part) => part.preload()));
  const loadChunk = fetchOnce(() =>
    load().then((chunk) => {
      void preloadAll();
      return chunk;
    }),
  );
  function part<Props extends object>(pick: (chunk: Chunk) => ComponentType<Props>) {
    const made = preloadable<Props>(() => loadChunk().then(pick));
    parts.push(made);
    return made;
  }
  return { part, preloadAll };
}
