/**
 * Registers the service worker (built by vite-plugin-pwa, vite.config.ts) and reports
 * what it says, with the browser's own API, in place of workbox-window and the plugin's
 * `virtual:pwa-register`: a first visit downloaded those two chunks when idle, for what
 * takes the few lines below. Home's JavaScript as the bench counts it (everything until
 * 3 s of network quiet, gzip -9) went from 84.7 kB to 82.0 kB, bare React's being
 * 67.7 kB. These lines sit in the entry chunk, since a chunk of their own would cost
 * more than they weigh; they run only once the first render is done and the page is
 * idle (src/main.tsx).
 *
 * The worker precaches the app (offline ready) on a first visit. A new version installs
 * beside the running one and waits; the app offers it, and applying it sends the
 * waiting worker `{ type: 'SKIP_WAITING' }`, the message Workbox's generated worker
 * listens for (dist/sw.js), then reloads once the new worker has taken over.
 */

/** The worker's file, beside index.html: vite-plugin-pwa's default name. */
const SERVICE_WORKER_URL = './sw.js';

/** What the service worker has to say, as it says it. */
export interface ServiceWorkerEvents {
  /** Registered: the registration can now be asked to look for a new version. */
  onRegistered?: (registration: ServiceWorkerRegistration) => void;
  /** A new version is installed and waits until applied. */
  onNeedRefresh?: () => void;
  /** The first version is installed: every file is cached. */
  onOfflineReady?: () => void;
  /** No service worker (an old browser, a blocked profile). */
  onRegisterError?: (error: unknown) => void;
}

/**
 * Registers the worker, then reports to `events`; returns the function that applies a
 * waiting version (a no-op until one waits).
 */
export type RegisterServiceWorker = (events: ServiceWorkerEvents) => () => void;

/** The browser's parts that registration uses; tests hand in fakes. */
export interface ServiceWorkerHost {
  readonly container: ServiceWorkerContainer;
  readonly reload: () => void;
}

const browserHost = (): ServiceWorkerHost => ({
  container: navigator.serviceWorker,
  reload: () => window.location.reload(),
});

export function registerServiceWorker(
  events: ServiceWorkerEvents,
  { container, reload }: ServiceWorkerHost = browserHost(),
): () => void {
  let registration: ServiceWorkerRegistration | undefined;
  let offered = false;
  const offerUpdate = () => {
    if (offered) return;
    offered = true;
    // Whichever tab applies it, the new version takes over this page too, whose code
    // (and the chunks it would still fetch) belong to the old one: reload into it.
    container.addEventListener('controllerchange', () => reload(), { once: true });
    events.onNeedRefresh?.();
  };
  const watched = new Set<ServiceWorker>();
  const watch = (worker: ServiceWorker | null) => {
    if (!worker || watched.has(worker)) return;
    watched.add(worker);
    worker.addEventListener('statechange', () => {
      if (worker.state !== 'installed') return;
      // A page that a worker controls keeps it, so the new one waits; a page with none
      // has just seen the first install.
      if (container.controller) offerUpdate();
      else events.onOfflineReady?.();
    });
  };

  container.register(SERVICE_WORKER_URL, { scope: './' }).then(
    (registered) => {
      registration = registered;
      watch(registered.installing);
      registered.addEventListener('updatefound', () => watch(registered.installing));
      // Found waiting by an earlier visit, whose offer was put off ("Later").
      if (registered.waiting && container.controller) offerUpdate();
      events.onRegistered?.(registered);
    },
    (error: unknown) => events.onRegisterError?.(error),
  );

  return () => registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
}
