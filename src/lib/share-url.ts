/** The address of a share link: this page's URL, with the result in the fragment. */
export function buildShareUrl(payload: string): string {
  const base = window.location.href.split('#')[0] ?? '';
  return `${base}#/r/${payload}`;
}
