import { expect, test } from 'vitest';
import { inSpectrumOrder, sideOf, stepOf } from './area-style';
import { drawTOutline, drawTPiece, placeOnLine } from './t-geometry';

// A plot 100 px tall from y = 10: a score's y is 10 + score.
const scale = { y: (score: number) => 10 + score, breadth: 40, depth: 70 };
const band = { x0: 0, x1: 100 };

test('the areas go in spectrum order and take their side', () => {
  const rows = ['deployment', 'statistics', 'business-communication', 'experimentation', 'x'];
  expect(inSpectrumOrder(rows, (id) => id)).toEqual([
    'statistics',
    'experimentation',
    'business-communication',
    'deployment',
    'x',
  ]);
  expect(['statistics', 'business-communication', 'production-software', 'x'].map(sideOf)).toEqual([
    'stats',
    'neutral',
    'engineering',
    'neutral',
  ]);
  expect([39, 40, 69, 70].map((score) => stepOf(score, 40, 70))).toEqual([
    'soft',
    'mid',
    'mid',
    'strong',
  ]);
});

test('short of broad, an area is a piece of the crossbar only, ending at its score', () => {
  const piece = drawTPiece(band, 25, scale);
  expect(piece.stem).toBeNull();
  expect(piece.endY).toBe(35);
  // The whole band wide (and half a pixel into the next, so no seam shows).
  expect(piece.crossbar).toBe('M0 10H100.5V35H0Z');
});

test('a broad area fills its band to the breadth line and hangs a thin stem; a deep one a thick stem', () => {
  const broad = drawTPiece(band, 60, scale);
  const deep = drawTPiece(band, 90, scale);
  expect(broad.crossbar).toBe('M0 10H100.5V50H0Z');
  expect(deep.crossbar).toBe(broad.crossbar);
  expect(broad.stem).toMatch(/^M37 50H63V64A6 6 0 0 1 57 70H43A6 6 0 0 1 37 64Z$/);
  expect(deep.stemX1 - deep.stemX0).toBeGreaterThan(broad.stemX1 - broad.stemX0);
  expect((deep.stemX0 + deep.stemX1) / 2).toBe(50);
  expect(deep.endY).toBe(100);
});

test('a compared T is one outline: the top line, then each lower edge from right to left', () => {
  const outline = drawTOutline(
    [
      { x0: 0, x1: 100 },
      { x0: 100, x1: 200 },
    ],
    [20, 50],
    scale,
  );
  expect(outline).toBe('M0 10H200V50H163V54A6 6 0 0 1 157 60H143A6 6 0 0 1 137 54V50H100V30H0V10Z');
  expect(drawTOutline([], [], scale)).toBe('');
});

test('labels on a line stay inside it and clear of each other, as near their places as fits', () => {
  const starts = placeOnLine(
    [
      { centre: 10, width: 40 },
      { centre: 60, width: 60 },
      { centre: 95, width: 50 },
    ],
    0,
    200,
  );
  expect(starts[0]).toBe(0);
  expect(starts[1]).toBe(46);
  expect(starts[2]).toBe(112);
  const squeezed = placeOnLine(
    [
      { centre: 150, width: 60 },
      { centre: 190, width: 60 },
    ],
    0,
    200,
  );
  expect(squeezed).toEqual([74, 140]);
});
