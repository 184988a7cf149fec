import { LINK_ROUTES, type LinkKind } from '../domain/share-codec';

/**
 * The address of a tshape link of `kind`: the app's own address (origin and path) with
 * the payload in the fragment. The query string is left out, so whatever the page was
 * opened with (`?utm_source=…&email=…`) never travels to whoever opens the link.
 */
export function buildLinkUrl(kind: LinkKind, payload: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#${LINK_ROUTES[kind]}${payload}`;
}

/** The address of a share link (`#/r/<payload>`). */
export function buildShareUrl(payload: string): string {
  return buildLinkUrl('share', payload);
}
