// Draws the app icons (public/icons/*.png) from the favicon's design in Debian's Chromium.
// Usage: node tests/tools/icons.mjs — run again only when the design changes.
import path from 'node:path';
import { launchChromium } from './chromium.mjs';

const GREEN = '#2f5d50';
const PAPER = '#f7f6f2';
/** The "T" of favicon.svg on a 32-unit grid. */
const T = 'M7 8h18v5h-6.5v13h-5V13H7z';

/** `any`: rounded tile. `maskable`: full bleed, the T inside the 80% safe zone. */
function svg(kind) {
  const tile =
    kind === 'maskable'
      ? `<rect width="32" height="32" fill="${GREEN}"/><g transform="translate(16 16) scale(0.72) translate(-16 -16)"><path d="${T}" fill="${PAPER}"/></g>`
      : `<rect width="32" height="32" rx="7" fill="${GREEN}"/><path d="${T}" fill="${PAPER}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="100%" height="100%">${tile}</svg>`;
}

const ICONS = [
  ['icon-192.png', 192, 'any'],
  ['icon-512.png', 512, 'any'],
  ['icon-maskable-512.png', 512, 'maskable'],
  ['apple-touch-icon-180.png', 180, 'maskable'],
];

const browser = await launchChromium();
const page = await browser.newPage();
for (const [file, size, kind] of ICONS) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg(kind)}</body></html>`,
  );
  await page.screenshot({ path: path.join('public/icons', file), omitBackground: true });
  console.log(`public/icons/${file}`);
}
await browser.close();
