import { afterEach, expect, test } from 'vitest';
import { buildLinkUrl, buildShareUrl } from './share-url';

afterEach(() => window.history.replaceState(null, '', '/'));

test('a share link is the app’s address with the result in the fragment', () => {
  window.history.replaceState(null, '', '/tshape/#/results');
  expect(buildShareUrl('AbC_-1')).toBe(`${window.location.origin}/tshape/#/r/AbC_-1`);
});

test('the query string the page was opened with never travels in a link', () => {
  window.history.replaceState(
    null,
    '',
    '/tshape/?utm_source=mail&email=ada%40example.com#/results',
  );
  const url = buildShareUrl('AbC_-1');
  expect(url).toBe(`${window.location.origin}/tshape/#/r/AbC_-1`);
  expect(url).not.toContain('email');
  expect(url).not.toContain('?');
});

test('a target link takes the target route', () => {
  window.history.replaceState(null, '', '/tshape/?team=1#/plan');
  expect(buildLinkUrl('target', 'Xy9')).toBe(`${window.location.origin}/tshape/#/t/Xy9`);
});

test('a link of another kind is made the same way', () => {
  window.history.replaceState(null, '', '/tshape/?email=a#/results');
  expect(buildLinkUrl('ask', 'AQIA')).toBe(`${window.location.origin}/tshape/#/ask/AQIA`);
});
