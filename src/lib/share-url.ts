/**
 * The address of a link the app makes: its own address (origin and path) with what
 * the link carries in the fragment. The query string is left out, so whatever the page
 * was opened with (`?utm_source=…&email=…`) never travels to whoever opens the link.
 */
export function buildLinkUrl(route: string, payload: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#${route}${payload}`;
}

/** The address of a share link (`#/r/<payload>`). */
export function buildShareUrl(payload: string): string {
  return buildLinkUrl('/r/', payload);
}
