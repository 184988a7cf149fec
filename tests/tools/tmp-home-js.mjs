import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { serveBuild } from './vite-servers.mjs';
const dir = process.argv[2] ?? 'dist';
const server = await serveBuild(dir);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const files = new Set();
context.on('response', (r) => { if (r.request().resourceType() === 'script' && !r.request().serviceWorker()) files.add(new URL(r.url()).pathname); });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForTimeout(4000);
let total = 0;
for (const f of files) { const b = readFileSync(dir + f); const g = gzipSync(b, { level: 9 }).length; total += g; console.log(f, b.length, g); }
console.log('total gz', total);
await browser.close(); await server.close();
