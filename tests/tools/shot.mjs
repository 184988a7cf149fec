// One screenshot of one address, for a quick look while styling.
// Usage: node tests/tools/shot.mjs <hash> <out.png> [phone|desktop] [light|dark|contrast]
import { launchChromium } from './chromium.mjs';
import { serveBuild } from './vite-servers.mjs';

const [hash = '#/', out = '/tmp/shot.png', size = 'phone', scheme = 'light'] =
  process.argv.slice(2);
const server = await serveBuild();
const browser = await launchChromium();
const viewport = size === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 900 };
const context = await browser.newContext({
  viewport,
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
  reducedMotion: 'reduce',
});
const page = await context.newPage();
await page.goto(server.url + hash);
if (scheme === 'contrast')
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'contrast'));
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
await server.close();
