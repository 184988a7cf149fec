/**
 * Runs `load` once the browser is idle (at the latest after five seconds; after two
 * where idle callbacks are missing), to fetch code before it is wanted without
 * competing with what is being drawn. A failed fetch is let be: whatever wanted the
 * code fetches it again. Returns a function that cancels it.
 */
export function loadWhenIdle(load: () => Promise<unknown>): () => void {
  const run = () => void load().catch(() => undefined);
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(run, { timeout: 5_000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 2_000);
  return () => clearTimeout(handle);
}
