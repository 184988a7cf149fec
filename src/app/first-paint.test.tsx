import { afterEach, expect, test } from 'vitest';
import { FIRST_PAINT_CLASS, firstPaintScript, renderFirstPaint } from './first-paint';

afterEach(() => {
  document.documentElement.className = '';
  delete document.documentElement.dataset.theme;
  window.location.hash = '';
  localStorage.clear();
});

/** Runs the inline script as the browser would, before the page is painted. */
function runScript() {
  new Function(firstPaintScript())();
}

test('the first paint is the home page of a first visit, in a wrapper the app replaces', () => {
  const html = renderFirstPaint();
  expect(html.startsWith(`<div class="${FIRST_PAINT_CLASS}">`)).toBe(true);
  expect(html).toContain('see the shape of your skills');
  expect(html).toContain('>Start assessment</button>');
  expect(html).not.toContain('Continue assessment');
});

test('the script marks any route but home, so the static home page is not shown there', () => {
  for (const [hash, deep] of [
    ['', false],
    ['#/', false],
    ['#/team', true],
    ['#/r/AQEJ', true],
  ] as const) {
    document.documentElement.className = '';
    window.location.hash = hash;
    runScript();
    expect({ hash, deep: document.documentElement.classList.contains('deep-link') }).toEqual({
      hash,
      deep,
    });
  }
});

test('the script applies a saved theme before the first paint and marks a returning visitor', () => {
  localStorage.setItem('tshape', JSON.stringify({ state: { settings: { theme: 'dark' } } }));
  runScript();
  expect(document.documentElement.dataset.theme).toBe('dark');
  expect(document.documentElement.classList.contains('returning')).toBe(true);
});

test('unreadable or strange saved data never stops the script, and no odd theme is applied', () => {
  localStorage.setItem('tshape', '{not json');
  expect(runScript).not.toThrow();
  localStorage.setItem('tshape', JSON.stringify({ state: { settings: { theme: 'x" onload' } } }));
  runScript();
  expect(document.documentElement.dataset.theme).toBeUndefined();
});
