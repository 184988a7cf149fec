/**
 * The address of a share link: the app's own address (origin and path) with the
 * result in the fragment. The query string is left out, so whatever the page was
 * opened with (`?utm_source=…&email=…`) never travels to whoever opens the link.
 */
export function buildShareUrl(payload: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#/r/${payload}`;
}
