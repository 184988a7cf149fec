import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Names that try to run script, inject markup, start a spreadsheet formula,
 * poke at object prototypes or reorder the text around them; each with what a
 * person must see: the name as plain text, as a share link carries it
 * (control and bidi characters dropped, whitespace folded, at most 40
 * characters). Fifteen of them: three per area when each is deep in one area
 * (see hostileLevels), so the Markdown summary names every one.
 */
export const HOSTILE_NAMES: readonly { readonly name: string; readonly shown: string }[] = [
  { name: '<img src=x onerror=window.__pwned=1>', shown: '<img src=x onerror=window.__pwned=1>' },
  { name: '<script>window.__pwned=1</script>', shown: '<script>window.__pwned=1</script>' },
  { name: '"><svg onload=window.__pwned=1>', shown: '"><svg onload=window.__pwned=1>' },
  { name: 'javascript:window.__pwned=1', shown: 'javascript:window.__pwned=1' },
  { name: '=HYPERLINK("http://evil.example")', shown: '=HYPERLINK("http://evil.example")' },
  { name: "+cmd|' /C calc'!A0", shown: "+cmd|' /C calc'!A0" },
  { name: '-2+3', shown: '-2+3' },
  { name: '@SUM(1+1)', shown: '@SUM(1+1)' },
  // A tab in front hides a formula from a quick look; the link folds it away, the CSV still defuses.
  { name: '\t=1+1', shown: '=1+1' },
  {
    name: "{{constructor.constructor('pwn()')()}}",
    shown: "{{constructor.constructor('pwn()')()}}",
  },
  { name: '__proto__', shown: '__proto__' },
  { name: 'Tom &amp; &lt;Jerry&gt;', shown: 'Tom &amp; &lt;Jerry&gt;' },
  {
    name: '[click](javascript:window.__pwned=1)',
    shown: '[click](javascript:window.__pwned=1)',
  },
  // A right-to-left override would make "exe.png" read as "gnp.exe" and flip what follows.
  { name: 'Eve \u202Egnp.exe', shown: 'Eve gnp.exe' },
  {
    name: '<img src=x onerror=window.__pwned=1>'.repeat(2),
    shown: '<img src=x onerror=window.__pwned=1><img',
  },
];

/** Levels per area in quiz order for the n-th hostile name: deep (80) in one area, 20 elsewhere. */
export function hostileLevels(index: number): number[] {
  return [1, 1, 1, 1, 1].map((level, area) => (area === index % 5 ? 4 : level));
}

/**
 * Fails if anything a hostile name carried took effect: a script ran (it would
 * set `window.__pwned`), an element or event-handler attribute was injected,
 * or a `javascript:` URL ended up in a link or source.
 */
export async function expectNothingInjected(page: Page) {
  const found = await page.evaluate(async () => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    // Inline scripts but the build's own one, which the policy lets through by its hash.
    inlineScripts: await (async () => {
      const policy =
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '';
      const allowed = [...policy.matchAll(/'sha256-([^']+)'/g)].map((match) => match[1]);
      const hashes = await Promise.all(
        [...document.querySelectorAll('script:not([src])')].map(async (script) => {
          const digest = await crypto.subtle.digest(
            'SHA-256',
            new TextEncoder().encode(script.textContent ?? ''),
          );
          return btoa(String.fromCharCode(...new Uint8Array(digest)));
        }),
      );
      return hashes.filter((hash) => !allowed.includes(hash)).length;
    })(),
    injectedElements: document.querySelectorAll('img[src="x"], iframe, object, embed').length,
    handlerAttributes: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => attribute.name.toLowerCase().startsWith('on'))
        .map((attribute) => `<${element.localName} ${attribute.name}>`),
    ),
    scriptUrls: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
  }));
  expect(found).toEqual({
    pwned: undefined,
    inlineScripts: 0,
    injectedElements: 0,
    handlerAttributes: [],
    scriptUrls: 0,
  });
}
