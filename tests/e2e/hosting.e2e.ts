import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { closeSessionsAfterEach } from './browser';
import { completeAssessment } from './quiz-driver';

/**
 * tshape hosted as a static host does it: the build under a sub-path (`/tshape/`, a
 * project page) with the headers from dist/_headers (public/_headers, completed by the
 * build), read and applied here as Netlify and Cloudflare Pages apply them.
 */
const SUB_PATH = '/tshape/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
};

interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** The rules of a `_headers` file: a path pattern, then its indented `Name: value` lines. */
function readHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const matches = (pattern: string, sitePath: string) =>
  pattern.endsWith('*') ? sitePath.startsWith(pattern.slice(0, -1)) : sitePath === pattern;

let server: Server;
let origin: string;
let rules: HeaderRule[];

beforeAll(async () => {
  rules = readHeaderRules(await readFile('dist/_headers', 'utf8'));
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (!url.pathname.startsWith(SUB_PATH)) return void response.writeHead(404).end();
    const sitePath = `/${url.pathname.slice(SUB_PATH.length)}`;
    const file = path.join('dist', sitePath === '/' ? 'index.html' : sitePath);
    readFile(file).then(
      (body) => {
        for (const rule of rules.filter((each) => matches(each.pattern, sitePath))) {
          for (const [name, value] of rule.headers) response.setHeader(name, value);
        }
        response.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('No port.');
  origin = `http://127.0.0.1:${address.port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const newSession = closeSessionsAfterEach();

test('the host headers carry the policy with frame-ancestors, nosniff, no referrer and cache rules', async () => {
  const home = await fetch(`${origin}${SUB_PATH}`);
  const policy = home.headers.get('content-security-policy') ?? '';
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("connect-src 'none'");
  // The same policy as the page's meta tag, which lets its inline script run by hash.
  const html = await home.text();
  const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy).toBe(`${meta}; frame-ancestors 'none'`);
  expect(home.headers.get('x-content-type-options')).toBe('nosniff');
  expect(home.headers.get('referrer-policy')).toBe('no-referrer');
  expect(home.headers.get('cache-control')).toBe('no-cache');
  const worker = await fetch(`${origin}${SUB_PATH}sw.js`);
  expect(worker.headers.get('cache-control')).toBe('no-cache');
  // The worker may fetch the app's own files (to keep them offline), nothing else.
  expect(worker.headers.get('content-security-policy')).toContain("connect-src 'self'");
  const asset = /src="\.\/(assets\/[^"]+\.js)"|"\.\/(assets\/index-[^"]+\.js)"/.exec(html);
  const assetPath = asset?.[1] ?? asset?.[2];
  expect(assetPath).toBeDefined();
  const assetResponse = await fetch(`${origin}${SUB_PATH}${assetPath}`);
  expect(assetResponse.status).toBe(200);
  expect(assetResponse.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test('under /tshape/ with those headers, the assessment runs, links keep the sub-path, and it works offline', async () => {
  const session = await newSession({ baseUrl: `${origin}${SUB_PATH}` });
  const { page, context } = session;
  await session.goto();
  await page.getByRole('link', { name: 'Start assessment' }).click();
  await completeAssessment(page, [4, 2, 2, 3, 1]);
  const link = page.getByRole('textbox', { name: 'Share link' });
  await expect.poll(() => link.inputValue()).toMatch(new RegExp(`^${origin}${SUB_PATH}#/r/`));

  const scope = await page.evaluate(() =>
    navigator.serviceWorker.ready.then((registration) => registration.scope),
  );
  expect(scope).toBe(`${origin}${SUB_PATH}`);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Your T-shape' }).waitFor();
  await context.setOffline(false);
  session.expectClean();
});

test('with the header, a page that frames tshape gets nothing drawn in the frame', async () => {
  const session = await newSession({ baseUrl: `${origin}${SUB_PATH}` });
  const { page } = session;
  const framer = `${origin}/framer.html`;
  await page.route(framer, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<h1>Win a prize</h1><iframe src="${origin}${SUB_PATH}#/data"></iframe>`,
    }),
  );
  const blocked = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
  await page.goto(framer);
  await blocked;
  const frame = page.frames().find((each) => each !== page.mainFrame());
  expect(await frame?.evaluate(() => document.querySelector('#root') === null)).toBe(true);
});
