import { useSyncExternalStore } from 'react';

/**
 * Hash routing (`#/assess`, `#/r/<payload>`): the app is static files on any host,
 * and a fragment is never sent to a server.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route path, outside React. */
export function readHashPath(): string {
  const path = window.location.hash.replace(/^#/, '');
  return path.startsWith('/') ? path : `/${path}`;
}

/** The current route path, e.g. "/assess"; "/" when there is no fragment. */
export function useHashPath(): string {
  return useSyncExternalStore(subscribe, readHashPath, () => '/');
}

export function navigate(path: string): void {
  window.location.hash = path;
}
