// `npm run bench`: how big and how fast tshape is, against its budgets (issue 7,
// DESIGN.md "Quality bars"). One run builds the app and a bare React 19 + Vite
// "hello world" as the reference, then measures, in Debian's Chromium:
//   1. the JavaScript each route loads (raw and gzip -9), beside the reference;
//   2. Lighthouse 12, mobile preset, median of three runs per page;
//   3. interaction times with the CPU slowed 4× (DevTools protocol);
//   4. share payload lengths, with the app's own codec.
// It prints a table with each figure, its budget and PASS/FAIL, and writes the same
// to bench-results.json (gitignored). It is a report: it exits 0 even when a budget
// fails. Speed is measured here and never asserted in a timed test (machines are
// shared and noisy), so budgets on sizes are ratios to a reference built in the
// same run.
//
// What counts as a page's JavaScript (issue 17): every script the page itself
// downloads from its navigation until the network has been quiet for 3 s, each file
// gzipped at level 9 and summed. That is the entry and its modulepreloads, lazy
// chunks, and what is fetched when idle, the service worker's registration code among
// it: a phone downloads all of that on a first visit, whether or not the page waited
// for it to draw. Not counted, but shown apart: the service worker's own script and
// what it imports, which run in the worker, off the page. Not counted at all: what
// the worker precaches, which is every file of the build, for later visits. The bare
// React reference is loaded and counted the same way, in the same run. First-page
// JavaScript (home's) has a budget of 1.2× the reference.
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium; no browser is ever
// downloaded), BENCH_RUNS (timed runs per figure, default 5), BENCH_LIGHTHOUSE=0
// to skip Lighthouse, BENCH_TIMINGS=0 to skip the timed interactions, and
// BENCH_PAGES=results,team to run Lighthouse on those pages only (for work on one
// page; a full run is what README reports), BENCH_REPORTS=dir to keep each full
// Lighthouse report there (page-run.json) for a closer look, BENCH_LIGHTHOUSE_RUNS=n
// for more (or fewer) Lighthouse runs per page than three.
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, requireChromium, withDevToolsChromium } from '../tools/chromium.mjs';
import { loadModules, serveBuild } from '../tools/vite-servers.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS_FILE = path.join(REPO, 'bench-results.json');
/** A mid-range phone's screen: the budgets are about slow phones. */
const PHONE = { width: 390, height: 844 };
const CPU_SLOWDOWN = 4;
const TIMED_RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const TEAM_SIZES = [10, 50, 200];
/** Scripts are counted until the network has been this long without a request. */
const QUIET_MS = 3_000;
/** First-page JavaScript, gzip, at most this many times bare React's. */
const FIRST_PAGE_BUDGET = 1.2;
/**
 * Home's heading as the app draws it: index.html's static copy of the page (painted
 * before any JavaScript) sits in a `.first-paint` wrapper, the app's straight in #root.
 */
const APP_HOME_HEADING = '#root > main h1';
/** The team seeded for the team route's bytes and Lighthouse: a typical retro. */
const TYPICAL_TEAM = 10;
const DECODE_LINKS = 200;

/** What "drawn" means on each page: every selector matches (CSS counts rows for us). */
const RESULT_CHARTS = [
  '.chart--tshape .chart__bar',
  '.chart--spectrum',
  '.chart--radar .recharts-polygon',
];
/** The last of the result's charts: the page is scrolled there, as a reader goes on down. */
const RESULT_CHARTS_END = '#radar-title';
/**
 * The team page leads with its insight: the heatmap (one row per member counted in the
 * coverage) and the named spread below it, then the pairs and the next hire. The page is
 * scrolled to the spread, as the facilitator does; the team is drawn when the members
 * table has every row, the heatmap every included one, the spread its dots, the pairs
 * list its first pair and the next hire's table its profile. Seeded teams leave one
 * member in ten out ("what if"), so `included` is fewer than `size`.
 */
const TEAM_CHARTS_AT = '#team-spectrum-title';
const teamDrawn = (size, included = size) => [
  `.members-table tbody tr:nth-child(${size})`,
  `.heatmap tbody tr:nth-child(${included})`,
  '.chart--team-spectrum .team-spread__dot',
  '.pairs .pair',
  `.next-hire__table tbody tr:nth-child(5)`,
];

const rows = [];
const details = {};

async function main() {
  requireChromium("the bench's measurements");
  // Builds go to a temporary directory, never to dist/, which tests may be serving.
  const work = await mkdtemp(path.join(tmpdir(), 'tshape-bench-'));
  const servers = [];
  let browser;
  try {
    console.log('Building the app and the bare React reference…');
    const appOut = await buildApp(path.join(work, 'app'));
    const bareRoot = await buildBareReact(path.join(work, 'bare-react'));
    const decoderSource = await buildDecoder();
    const fixtures = await loadFixtures();

    const app = await serveBuild(appOut);
    servers.push(app);
    const bare = await serveBuild(path.join(bareRoot, 'dist'));
    servers.push(bare);
    const appUrl = app.url;
    const bareUrl = bare.url;

    browser = await launchChromium();
    details.chromium = browser.version();

    console.log('Measuring JavaScript bytes…');
    await measureBytes(browser, { appUrl, bareUrl, appOut, fixtures });
    if (process.env.BENCH_TIMINGS === '0') {
      console.log('Timed interactions: not run (BENCH_TIMINGS=0)');
    } else {
      console.log(
        `Timing interactions at ${CPU_SLOWDOWN}× CPU slowdown (${TIMED_RUNS} runs each)…`,
      );
      if (process.env.BENCH_TIMINGS !== 'store') {
        await measureTimings(browser, { appUrl, fixtures, decoderSource });
      }
      await measureLargeStore(browser, { appUrl, fixtures });
    }
    await browser.close();
    browser = undefined;

    if (process.env.BENCH_LIGHTHOUSE === '0') {
      noteLighthouseNotRun('BENCH_LIGHTHOUSE=0');
    } else {
      console.log(`Running Lighthouse (mobile, ${LIGHTHOUSE_RUNS} runs per page)…`);
      await measureLighthouse({ appUrl, fixtures });
    }
    measurePayloads(fixtures);
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    await rm(work, { recursive: true, force: true });
  }
  await report();
}

// ---------------------------------------------------------------------------
// Builds

async function buildApp(outDir) {
  // The project's own vite.config.ts (React plugin, CSP meta tag), only elsewhere.
  await build({ root: REPO, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/**
 * The reference: what React 19 alone costs, built by the same Vite with the same
 * target. It lives in a temporary directory whose node_modules is a link to the
 * repo's, so it uses exactly the react, react-dom and plugin the app uses.
 */
async function buildBareReact(root) {
  await mkdir(root, { recursive: true });
  await symlink(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  await writeFile(
    path.join(root, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Hello</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/main.jsx"></script>
  </body>
</html>
`,
  );
  await writeFile(
    path.join(root, 'main.jsx'),
    `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <h1>Hello, world</h1>
  </StrictMode>,
);
`,
  );
  await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: path.join(root, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  return root;
}

/**
 * The code the team page's paste box runs (parseTeamPaste: find links, decode,
 * re-encode), bundled from src/ as a script, so decoding is timed in Chromium with
 * the same CPU slowdown as the pages rather than in Node.
 */
async function buildDecoder() {
  const output = await build({
    root: REPO,
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      lib: {
        entry: path.join(REPO, 'src/domain/team-members.ts'),
        formats: ['iife'],
        name: 'tshapeTeamMembers',
      },
    },
  });
  const chunk = [output]
    .flat()
    .flatMap((each) => each.output)
    .find((each) => each.type === 'chunk');
  if (!chunk) throw new Error('Bundling the share-link decoder produced no code.');
  return chunk.code;
}

/** tests/bench/fixtures.ts, through Vite, so seeds are built by the app's own modules. */
async function loadFixtures() {
  const [fixtures] = await loadModules(['/tests/bench/fixtures.ts']);
  return fixtures;
}

// ---------------------------------------------------------------------------
// Bytes

/**
 * Loads a page in a fresh context (empty cache and storage, no service worker yet) and
 * sums every script the page itself fetched until the network has been quiet for
 * QUIET_MS: the entry and its modulepreloads, lazy chunks, and whatever it fetches when
 * idle, the service worker's registration code included. Honest about what a route
 * really pulls in, unlike reading a manifest. What was requested after the page was
 * drawn is also summed apart, to see what waited. The service worker's own scripts
 * (its file and what it imports) are summed apart too: they run in the worker, off the
 * page. What the worker precaches is not counted at all: it is every file of the
 * build, fetched for later visits.
 */
async function loadScripts(browser, url, { seed, drawn, scrollTo }) {
  const context = await browser.newContext({ viewport: PHONE });
  try {
    if (seed) await seedStorage(context, new URL(url).origin, seed);
    await context.addInitScript(recordWhenDrawn, drawn);
    const network = watchNetwork(context);
    const bodies = new Map();
    const workerBodies = new Map();
    const reads = [];
    context.on('response', (response) => {
      const request = response.request();
      if (!response.ok()) return;
      if (request.serviceWorker()) {
        // The worker's script and its importScripts; its precache requests are `fetch`.
        if (request.resourceType() === 'fetch') return;
        reads.push(response.body().then((body) => workerBodies.set(response.url(), body)));
      } else if (request.resourceType() === 'script') {
        reads.push(response.body().then((body) => bodies.set(response.url(), body)));
      }
    });
    const page = await context.newPage();
    await page.goto(url);
    // Charts far down a page are drawn as they come near the screen: go to them.
    if (scrollTo) await page.locator(scrollTo).scrollIntoViewIfNeeded();
    await page.waitForFunction(() => window.__benchDrawnAt !== undefined, null, {
      timeout: 30_000,
    });
    await network.quiet(QUIET_MS);
    const started = await page.evaluate(() => ({
      drawnAt: window.__benchDrawnAt,
      entries: performance
        .getEntriesByType('resource')
        .map((entry) => ({ url: entry.name, startTime: entry.startTime })),
    }));
    await Promise.all(reads);
    const sizes = (fetched) =>
      [...fetched].map(([scriptUrl, body]) => ({
        url: scriptUrl,
        file: new URL(scriptUrl).pathname.split('/').pop(),
        raw: body.length,
        gzip: gzipSize(body),
      }));
    const scripts = sizes(bodies);
    const afterDrawn = (script) => {
      const timing = started.entries.find((entry) => entry.url === script.url);
      return timing !== undefined && timing.startTime > started.drawnAt;
    };
    return {
      all: sumSizes(scripts),
      afterDrawn: sumSizes(scripts.filter(afterDrawn)),
      worker: sumSizes(sizes(workerBodies)),
    };
  } finally {
    await context.close();
  }
}

function sumSizes(scripts) {
  return {
    raw: scripts.reduce((total, script) => total + script.raw, 0),
    gzip: scripts.reduce((total, script) => total + script.gzip, 0),
    files: scripts.map((script) => script.file),
  };
}

/**
 * Counts the requests in flight in a browser context (its pages and its service
 * worker), so `quiet(ms)` can wait until none has started or ended for that long.
 */
function watchNetwork(context) {
  const inFlight = new Set();
  let lastActivity = Date.now();
  context.on('request', (request) => {
    inFlight.add(request);
    lastActivity = Date.now();
  });
  for (const event of ['requestfinished', 'requestfailed']) {
    context.on(event, (request) => {
      inFlight.delete(request);
      lastActivity = Date.now();
    });
  }
  return {
    async quiet(ms) {
      const deadline = Date.now() + 60_000;
      while (inFlight.size > 0 || Date.now() - lastActivity < ms) {
        if (Date.now() > deadline) {
          const pending = [...inFlight].map((request) => request.url());
          throw new Error(`The network was not quiet for ${ms} ms in 60 s: ${pending.join(', ')}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

/** Gzip at the level a static host would use; the same for the app and the reference. */
function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/**
 * Runs in the page before its scripts: notes when every selector first matches.
 * (Page code: it is serialised into the browser, so it closes over nothing.)
 */
function recordWhenDrawn(selectors) {
  const drawn = () => selectors.every((selector) => document.querySelector(selector) !== null);
  const observer = new MutationObserver(() => {
    if (window.__benchDrawnAt === undefined && drawn()) {
      window.__benchDrawnAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Puts a saved state in localStorage before the app boots, once per tab. */
/** `seed`: the storage entries (key → value) to start from, once per context. */
async function seedStorage(context, origin, seed) {
  await context.addInitScript(
    ([seedOrigin, entries]) => {
      if (window.location.origin !== seedOrigin) return;
      if (sessionStorage.getItem('tshape-bench-seeded')) return;
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      sessionStorage.setItem('tshape-bench-seeded', '1');
    },
    [origin, seed],
  );
}

async function measureBytes(browser, { appUrl, bareUrl, appOut, fixtures }) {
  const reference = (await loadScripts(browser, bareUrl, { drawn: ['#root h1'] })).all;
  details.reference = reference;

  const routes = [
    { id: 'home', label: 'home (first page)', route: '#/', drawn: [APP_HOME_HEADING] },
    // A return visit also fetches the schemas that read saved data (src/main.tsx), which a
    // first visit has no use for; reported beside the budget, not under it.
    {
      id: 'homeReturn',
      label: 'home, return visit (a result saved)',
      route: '#/',
      seed: fixtures.seedWithResult(),
      drawn: [APP_HOME_HEADING],
    },
    { id: 'quiz', label: 'quiz #/assess', route: '#/assess', drawn: ['main [role="radiogroup"]'] },
    {
      id: 'results',
      label: 'results #/results',
      route: '#/results',
      seed: fixtures.seedWithResult(),
      drawn: RESULT_CHARTS,
      scrollTo: RESULT_CHARTS_END,
    },
    {
      id: 'team',
      label: `team #/team (${TYPICAL_TEAM} members)`,
      route: '#/team',
      seed: fixtures.seedWithTeam(TYPICAL_TEAM),
      drawn: teamDrawn(TYPICAL_TEAM, fixtures.includedInTeam(TYPICAL_TEAM)),
      scrollTo: TEAM_CHARTS_AT,
    },
    {
      id: 'plan',
      label: 'growth plan #/plan',
      route: '#/plan',
      seed: fixtures.seedWithResult(),
      drawn: ['.plan-steps', '.chart--tshape .recharts-surface'],
    },
  ];
  details.routes = {};
  for (const route of routes) {
    const loaded = await loadScripts(browser, new URL(route.route, appUrl).href, {
      seed: route.seed,
      drawn: route.drawn,
      scrollTo: route.scrollTo,
    });
    details.routes[route.id] = loaded;
    const ratio = loaded.all.gzip / reference.gzip;
    rows.push({
      id: `js.${route.id}`,
      figure: `JS ${route.label}`,
      measured: formatBytes(loaded.all),
      reference: formatBytes(reference),
      ratio: `${ratio.toFixed(2)}×`,
      value: { ...loaded.all, referenceGzip: reference.gzip, ratio },
      ...(route.id === 'home'
        ? {
            budget: `gzip ≤ ${FIRST_PAGE_BUDGET.toFixed(2)}× ref`,
            pass: ratio <= FIRST_PAGE_BUDGET,
          }
        : { budget: '—', pass: null }),
    });
    const apart = [
      ['afterDrawn', '  of it, fetched after drawn (when idle)'],
      ['worker', '  + service worker itself (not counted)'],
    ];
    for (const [part, figure] of apart) {
      if (loaded[part].files.length === 0) continue;
      rows.push({
        id: `js.${route.id}.${part}`,
        figure,
        measured: formatBytes(loaded[part]),
        reference: '',
        ratio: '',
        value: loaded[part],
        budget: '—',
        pass: null,
      });
    }
  }

  // Code that comes with its own page, never with the first page: the growth plan
  // (issue 22) and rating a colleague (issue 23). Each is found by a string only its
  // page holds (the plan's table caption, the rating page's button).
  const assets = path.join(appOut, 'assets');
  const allFiles = (await readdir(assets)).filter((name) => name.endsWith('.js'));
  const apart = [
    { id: 'js.plan.apart', figure: 'Growth plan code off the first page', marker: 'Gap to target' },
    {
      id: 'js.rate.apart',
      figure: 'Rating a colleague: code off the first page',
      marker: 'Create reply link',
    },
  ];
  for (const { id, figure, marker } of apart) {
    const holding = [];
    for (const file of allFiles) {
      if ((await readFile(path.join(assets, file), 'utf8')).includes(marker)) holding.push(file);
    }
    const onHome = holding.filter((file) => details.routes.home.all.files.includes(file));
    rows.push({
      id,
      figure,
      measured: onHome.length === 0 ? `yes (${holding.join(', ')})` : `no (${onHome.join(', ')})`,
      reference: '',
      ratio: '',
      value: { onHome, holding },
      budget: 'off the first page',
      pass: onHome.length === 0 && holding.length > 0,
    });
  }

  // The chunk that defines Recharts' <Surface> (its class name as a string literal):
  // another chunk may only *query* "svg.recharts-surface".
  const chunks = [];
  for (const file of (await readdir(assets)).filter((name) => name.endsWith('.js'))) {
    const body = await readFile(path.join(assets, file));
    if (/[`'"]recharts-surface[`'"]/.test(body.toString('utf8'))) {
      chunks.push({ file, raw: body.length, gzip: gzipSize(body) });
    }
  }
  chunks.sort((a, b) => b.raw - a.raw);
  const recharts = chunks[0];
  details.rechartsChunks = chunks;
  rows.push({
    id: 'js.recharts',
    figure: `Recharts chunk (${recharts?.file ?? 'not found'})`,
    measured: recharts ? formatBytes(recharts) : 'not found',
    reference: formatBytes(reference),
    ratio: recharts ? `${(recharts.gzip / reference.gzip).toFixed(2)}×` : '',
    value: recharts ?? null,
    budget: '—',
    pass: null,
  });
}

function formatBytes({ raw, gzip }) {
  return `${kB(gzip)} gz / ${kB(raw)} raw`;
}

function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

// ---------------------------------------------------------------------------
// Interaction times at 4× CPU slowdown

/** A fresh tab (own storage and cache) with the CPU slowed down, as on a mid-range phone. */
async function openSlowPage(browser, { origin, seed } = {}) {
  const context = await browser.newContext({ viewport: PHONE });
  if (seed) await seedStorage(context, origin, seed);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { page, cdp, close: () => context.close() };
}

/**
 * Times, inside the page, from an action to the first animation frame after every
 * selector matches. In-page clocks leave out the DevTools round trips. `target` is
 * a button to click, or a hash to navigate to. `scrollTo` is scrolled into view as
 * soon as it appears, as a person goes to it (charts far down are drawn as they come
 * near the screen). (Page code: closes over nothing.)
 */
async function timeInPage(page, { button, hash, selectors, scrollTo }) {
  return page.evaluate(
    async ([target, newHash, wanted, scrollSelector]) => {
      let scrolled = scrollSelector === null;
      const drawn = () => {
        const goal = scrolled ? null : document.querySelector(scrollSelector);
        if (goal) {
          goal.scrollIntoView();
          scrolled = true;
        }
        return wanted.every((selector) => document.querySelector(selector) !== null);
      };
      const start = performance.now();
      const done = new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          const missing = wanted.filter((selector) => document.querySelector(selector) === null);
          reject(new Error(`Not drawn after 60 s: ${missing.join(', ')}`));
        }, 60_000);
        const observer = new MutationObserver(() => {
          if (!drawn()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve();
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      if (target) target.click();
      else window.location.hash = newHash;
      await done;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - start;
    },
    [button ?? null, hash ?? null, selectors, scrollTo ?? null],
  );
}

/**
 * Waits until the service worker has precached the app (its install fetches every
 * chunk). Otherwise that one-off work, invisible to "networkidle", lands in some
 * timed runs and not others.
 */
async function serviceWorkerSettled(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        setTimeout(resolve, 15_000);
        navigator.serviceWorker?.ready.then(resolve, resolve);
      }),
  );
}

async function repeat(runs, once) {
  const times = [];
  for (let run = 0; run < runs; run += 1) times.push(await once());
  return times;
}

function mean(values) {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of the fixed CPU workload in this run (see measureTimings), once measured. */
let cpuReferenceMs;

function timingRow(id, figure, times, budgetMs) {
  const value = median(times);
  rows.push({
    id,
    figure,
    measured: `${Math.round(value)} ms (${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))})`,
    reference: cpuReferenceMs === undefined ? '' : `CPU ref. ${Math.round(cpuReferenceMs)} ms`,
    ratio: cpuReferenceMs === undefined ? '' : `${(value / cpuReferenceMs).toFixed(1)}×`,
    value: { medianMs: value, runsMs: times },
    ...(budgetMs === undefined
      ? { budget: '—', pass: null }
      : { budget: `< ${budgetMs} ms`, pass: value < budgetMs }),
  });
}

/**
 * A fixed JavaScript workload (fill, sort and sum 200,000 numbers) timed in a fresh tab
 * at the same 4× slowdown. The budgets are absolute, but this shared machine's speed
 * drifts by ±40% between runs: each timing's ratio to this reference, measured in the
 * same run, tells a slower app from a slower machine.
 */
async function measureCpuReference(browser) {
  const times = await repeat(TIMED_RUNS, async () => {
    const slow = await openSlowPage(browser);
    try {
      return await slow.page.evaluate(() => {
        const start = performance.now();
        const numbers = [];
        for (let index = 0; index < 200_000; index += 1) numbers.push((index * 7919) % 10007);
        numbers.sort((a, b) => a - b);
        let sum = 0;
        for (const number of numbers) sum += number;
        return sum > 0 ? performance.now() - start : Number.NaN;
      });
    } finally {
      await slow.close();
    }
  });
  timingRow('time.cpuReference', 'CPU reference: fixed JS workload, 4× CPU', times);
  cpuReferenceMs = median(times);
}

async function measureTimings(browser, { appUrl, fixtures, decoderSource }) {
  const origin = new URL(appUrl).origin;
  await measureCpuReference(browser);

  // "See results": seeded on the last step with every answer given; the quiz has
  // had time to prefetch the results chunk when idle, as it would while the person
  // answers the last step.
  const seeResults = await repeat(TIMED_RUNS, async () => {
    const slow = await openSlowPage(browser, {
      origin,
      seed: fixtures.seedOnLastStep(),
    });
    try {
      await slow.page.goto(new URL('#/assess', appUrl).href);
      const button = await slow.page.getByRole('button', { name: 'See results' }).elementHandle();
      await slow.page.waitForLoadState('networkidle');
      await serviceWorkerSettled(slow.page);
      await slow.page.waitForTimeout(1_000);
      return await timeInPage(slow.page, { button, selectors: RESULT_CHARTS });
    } finally {
      await slow.close();
    }
  });
  timingRow('time.seeResults', '"See results" → charts drawn, 4× CPU', seeResults, 800);

  // The team view: the app is open on the home page with the team saved (so it has
  // fetched the team page while idle, as it does for a facilitator); the time runs from
  // the hash change to #/team until the members table has every row and, scrolled to
  // the coverage as the facilitator does, the team chart has bars.
  for (const size of TEAM_SIZES) {
    const seed = fixtures.seedWithTeam(size);
    const times = await repeat(TIMED_RUNS, async () => {
      const slow = await openSlowPage(browser, { origin, seed });
      try {
        await slow.page.goto(new URL('#/', appUrl).href);
        await slow.page.locator(APP_HOME_HEADING).waitFor();
        await slow.page.waitForLoadState('networkidle');
        await serviceWorkerSettled(slow.page);
        await slow.page.waitForLoadState('networkidle');
        return await timeInPage(slow.page, {
          hash: '#/team',
          selectors: teamDrawn(size, fixtures.includedInTeam(size)),
          scrollTo: TEAM_CHARTS_AT,
        });
      } finally {
        await slow.close();
      }
    });
    timingRow(
      `time.team${size}`,
      `Team view, ${size} members (pairs, what-if, next hire), 4× CPU`,
      times,
      size === 200 ? 1_000 : undefined,
    );
  }

  // Decoding: the paste box's own parser over 200 "Name: link" lines, run once per
  // fresh tab (cold, as a person pastes once) in Chromium at 4×.
  const paste = fixtures.buildTeamPaste(DECODE_LINKS, appUrl);
  const decode = await repeat(TIMED_RUNS, async () => {
    const slow = await openSlowPage(browser);
    try {
      await slow.page.addScriptTag({ content: decoderSource });
      const { ms, members, problems } = await slow.page.evaluate((text) => {
        const start = performance.now();
        const outcome = window.tshapeTeamMembers.parseTeamPaste(text, []);
        return {
          ms: performance.now() - start,
          members: outcome.members.length,
          problems: outcome.problems.length,
        };
      }, paste);
      if (members !== DECODE_LINKS || problems !== 0) {
        throw new Error(`Decoding read ${members} members and ${problems} problems.`);
      }
      return ms;
    } finally {
      await slow.close();
    }
  });
  timingRow('time.decode200', `Decode ${DECODE_LINKS} links (parseTeamPaste), 4× CPU`, decode);

  // The same through the UI: paste into the team page's box, press "Add to team",
  // until the table has every row and the chart is drawn.
  const pasteTimes = await repeat(TIMED_RUNS, async () => {
    const slow = await openSlowPage(browser);
    try {
      await slow.page.goto(new URL('#/team', appUrl).href);
      await slow.page.getByRole('textbox', { name: 'Share links' }).fill(paste);
      const button = await slow.page.getByRole('button', { name: 'Add to team' }).elementHandle();
      await slow.page.waitForLoadState('networkidle');
      return await timeInPage(slow.page, {
        button,
        selectors: teamDrawn(DECODE_LINKS),
        scrollTo: TEAM_CHARTS_AT,
      });
    } finally {
      await slow.close();
    }
  });
  timingRow('time.paste200', `Paste ${DECODE_LINKS} links → team drawn, 4× CPU`, pasteTimes);
}

// ---------------------------------------------------------------------------
// A large store (issue 18): what an answer, a keystroke and opening a page cost with
// 100 results, 20 teams of 200 and 200 shared results saved, beside a small store in
// the same run. Interaction to next paint is read from the browser's Event Timing
// entries (what web-vitals' INP reads); an interaction quicker than 16 ms has none,
// and counts as 16.

/** One answer's interaction to next paint: at most this, and this many times the small store's. */
const ANSWER_INP_BUDGET_MS = 50;
const ANSWER_INP_RATIO_BUDGET = 1.1;
/** Opening a page with the large store, at most this many times with the page's data alone. */
const OPEN_PAGE_RATIO_BUDGET = 1.2;
const KEYSTROKES = 'Ada Lovelace';
/**
 * A person's press: a mouse button or key is held about this long, and a typist's
 * keystrokes come about this far apart (5 a second). With no hold, as Playwright's
 * click() and pressSequentially() give by default, the press's next paint waits for
 * the release's work too, and its duration, which INP takes, counts both: a third more
 * than any person's answer takes (see the no-hold row, reported beside it).
 */
const PRESS_HOLD_MS = 80;
const KEYSTROKE_GAP_MS = 200;
const SECOND_TAB_ANSWERS = 4;

async function watchInteractions(page) {
  await page.evaluate(() => {
    window.tshapeInteractions = new Map();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.interactionId) continue;
        const longest = window.tshapeInteractions.get(entry.interactionId) ?? 0;
        window.tshapeInteractions.set(entry.interactionId, Math.max(longest, entry.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16 });
  });
}

/** The interactions since watchInteractions, longest event of each, padded to `count`. */
async function takeInteractions(page, count) {
  await page.waitForTimeout(600);
  const times = await page.evaluate(() => {
    const values = [...window.tshapeInteractions.values()];
    window.tshapeInteractions.clear();
    return values;
  });
  while (times.length < count) times.push(16);
  return times;
}

async function settledPage(browser, appUrl, seed, hash) {
  const slow = await openSlowPage(browser, { origin: new URL(appUrl).origin, seed });
  await slow.page.goto(new URL(hash, appUrl).href);
  await slow.page.waitForLoadState('networkidle');
  await serviceWorkerSettled(slow.page);
  await slow.page.waitForLoadState('networkidle');
  return slow;
}

/**
 * A row of the large-store table: the median of each side, or, for interactions to next
 * paint (which Chromium rounds to 8 ms, a fifth of a 40 ms answer), their mean, which
 * can tell 40 from 44 ms where a median of rounded values cannot.
 */
function storeRow(id, figure, large, small, budget, { statistic = median } = {}) {
  const value = statistic(large);
  const base = statistic(small);
  const ratio = value / base;
  const pass =
    budget === undefined
      ? null
      : (budget.ms === undefined || value <= budget.ms) &&
        (budget.ratio === undefined || ratio <= budget.ratio);
  rows.push({
    id,
    figure,
    measured: `${Math.round(value)} ms (${Math.round(Math.min(...large))}–${Math.round(Math.max(...large))})`,
    reference: `${Math.round(base)} ms`,
    ratio: `${ratio.toFixed(2)}×`,
    value: { medianMs: value, runsMs: large, smallStoreMs: small },
    budget:
      budget === undefined
        ? '—'
        : [
            budget.ms === undefined ? null : `≤ ${budget.ms} ms`,
            budget.ratio === undefined ? null : `≤ ${budget.ratio}×`,
          ]
            .filter(Boolean)
            .join(' and '),
    pass,
  });
}

/**
 * Answers on the quiz, one run: the interactions to next paint of 3 answers. Each is a
 * mouse click on the option, held `hold` ms as a person's is: Playwright's check() would
 * put its own hit-target listeners (elementsFromPoint on every pointer event) inside the
 * very interaction measured, about 10 ms at 4× CPU that no person's click pays.
 */
async function answerRun(browser, appUrl, seed, hold = PRESS_HOLD_MS) {
  const quiz = await settledPage(browser, appUrl, seed, '#/assess');
  try {
    const radios = quiz.page.getByRole('main').getByRole('radio');
    await radios.first().waitFor();
    await watchInteractions(quiz.page);
    for (const index of [1, 7, 13]) {
      const option = radios.nth(index).locator('xpath=ancestor::label[1]');
      await option.scrollIntoViewIfNeeded();
      const box = await option.boundingBox();
      await quiz.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { delay: hold });
      if (!(await radios.nth(index).isChecked())) throw new Error(`Answer ${index} not given`);
    }
    return await takeInteractions(quiz.page, 3);
  } finally {
    await quiz.close();
  }
}

/** The page's main-thread time so far, in ms (Chromium's TaskDuration metric). */
async function mainThreadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration').value * 1000;
}

/**
 * Typing a display name on the results page, one run: the sum of its keystrokes' INP,
 * and the page's main-thread time per keystroke; each key held PRESS_HOLD_MS and the
 * next one KEYSTROKE_GAP_MS later, as a person types. The ratio is budgeted on the
 * main-thread time, what the page itself spends: headless Chromium's software display
 * presents frames about 230 ms after the page submits them at this pace
 * (SubmitCompositorFrameToPresentationCompositorFrame in a trace, with either store),
 * and Event Timing counts that wait for one keystroke in some runs and none in others,
 * while the page's main thread is idle; so the sum of INP has an absolute budget only.
 */
async function keystrokeRun(browser, appUrl, seed) {
  const results = await settledPage(browser, appUrl, seed, '#/results');
  try {
    const field = results.page.getByRole('textbox', { name: 'Display name' });
    await field.fill('');
    await field.focus();
    await results.cdp.send('Performance.enable');
    await watchInteractions(results.page);
    const before = await mainThreadMs(results.cdp);
    for (const key of KEYSTROKES) {
      await results.page.keyboard.down(key);
      await results.page.waitForTimeout(PRESS_HOLD_MS);
      await results.page.keyboard.up(key);
      await results.page.waitForTimeout(KEYSTROKE_GAP_MS - PRESS_HOLD_MS);
    }
    if ((await field.inputValue()) !== KEYSTROKES) throw new Error('The name was not typed.');
    const times = await takeInteractions(results.page, KEYSTROKES.length);
    const perKeystroke = ((await mainThreadMs(results.cdp)) - before) / KEYSTROKES.length;
    return [{ inp: times.reduce((sum, time) => sum + time, 0), perKeystroke }];
  } finally {
    await results.close();
  }
}

/** From home (settled) to a page drawn, as timeInPage times it; one run. */
async function openingRun(browser, appUrl, seed, { hash, selectors, scrollTo }) {
  const home = await settledPage(browser, appUrl, seed, '#/');
  try {
    await home.page.locator(APP_HOME_HEADING).waitFor();
    return [await timeInPage(home.page, { hash, selectors, scrollTo })];
  } finally {
    await home.close();
  }
}

/**
 * TIMED_RUNS runs of a figure with the large store and with the small one, taken in
 * turn (large, small, large, …) so that a change in the machine's load during the
 * measurement falls on both alike and the ratio stays honest.
 */
async function interleaved(run, large, small) {
  const values = { large: [], small: [] };
  for (let index = 0; index < TIMED_RUNS; index += 1) {
    values.large.push(...(await run(large)));
    values.small.push(...(await run(small)));
  }
  return values;
}

/**
 * Each figure with the large store beside the same figure with only what the page
 * itself shows saved (nothing, one result, the 100 results, the team of 200): the
 * ratio is what everything else saved costs.
 */
async function measureLargeStore(browser, { appUrl, fixtures }) {
  const large = fixtures.seedLargeStore();
  const oneResult = fixtures.seedWithResult();
  const bytes = Object.values(large).reduce((sum, value) => sum + value.length, 0);
  details.largeStore = { ...fixtures.LARGE_STORE, characters: bytes };
  console.log(`Large store: ${Math.round(bytes / 1000)} k characters saved`);

  const answers = await interleaved((seed) => answerRun(browser, appUrl, seed), large, {});
  storeRow(
    'store.answerInp',
    `One answer, interaction to next paint (mean), large store vs empty, 4× CPU, click held ${PRESS_HOLD_MS} ms`,
    answers.large,
    answers.small,
    { ms: ANSWER_INP_BUDGET_MS, ratio: ANSWER_INP_RATIO_BUDGET },
    { statistic: mean },
  );
  const unheld = await interleaved((seed) => answerRun(browser, appUrl, seed, 0), large, {});
  storeRow(
    'store.answerInpNoHold',
    '  the same, press and release at once (no person clicks so)',
    unheld.large,
    unheld.small,
    undefined,
    { statistic: mean },
  );
  const keystrokes = await interleaved(
    (seed) => keystrokeRun(browser, appUrl, seed),
    large,
    oneResult,
  );
  const of = (runs, part) => runs.map((run) => run[part]);
  storeRow(
    'store.displayName',
    `${KEYSTROKES.length} keystrokes in Display name (sum of INP), large store vs one result, 4× CPU, typed 5 a second`,
    of(keystrokes.large, 'inp'),
    of(keystrokes.small, 'inp'),
    { ms: KEYSTROKES.length * ANSWER_INP_BUDGET_MS },
  );
  storeRow(
    'store.displayNameMainThread',
    '  the page’s main-thread time per keystroke, large store vs one result',
    of(keystrokes.large, 'perKeystroke'),
    of(keystrokes.small, 'perKeystroke'),
    { ratio: ANSWER_INP_RATIO_BUDGET },
  );
  const pages = [
    {
      id: 'history',
      alone: fixtures.seedWithResults(fixtures.LARGE_STORE.results),
      what: `its ${fixtures.LARGE_STORE.results} results alone`,
      hash: '#/history',
      selectors: ['.chart--growth .recharts-line'],
      scrollTo: '#growth-title',
    },
    {
      id: 'team',
      alone: fixtures.seedWithTeam(fixtures.LARGE_STORE.members),
      what: `its team of ${fixtures.LARGE_STORE.members} alone`,
      hash: '#/team',
      selectors: teamDrawn(
        fixtures.LARGE_STORE.members,
        fixtures.includedInTeam(fixtures.LARGE_STORE.members),
      ),
      scrollTo: TEAM_CHARTS_AT,
    },
    {
      id: 'results',
      alone: oneResult,
      what: 'one result alone',
      hash: '#/results',
      selectors: RESULT_CHARTS,
      scrollTo: RESULT_CHARTS_END,
    },
  ];
  for (const page of pages) {
    const times = await interleaved(
      (seed) => openingRun(browser, appUrl, seed, page),
      large,
      page.alone,
    );
    storeRow(
      `store.open.${page.id}`,
      `Open ${page.id} from home, large store vs ${page.what}, 4× CPU`,
      times.large,
      times.small,
      { ratio: OPEN_PAGE_RATIO_BUDGET },
    );
  }
  await measureSecondTab(browser, { appUrl, stores: { empty: {}, large } });
}

/**
 * A second tab open on History while the first answers: main-thread time the second
 * spends per answer (Chromium's TaskDuration metric, before and after).
 */
async function measureSecondTab(browser, { appUrl, stores }) {
  const secondTabRun = async (seed) => {
    const context = await browser.newContext({ viewport: PHONE });
    try {
      await seedStorage(context, new URL(appUrl).origin, seed);
      const pages = [];
      for (const hash of ['#/history', '#/assess']) {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        await cdp.send('Performance.enable');
        await page.goto(new URL(hash, appUrl).href);
        await page.waitForLoadState('networkidle');
        pages.push({ page, cdp });
      }
      const [watcher, answering] = pages;
      await answering.page.getByRole('main').getByRole('radio').first().waitFor();
      await watcher.page.waitForTimeout(1_000);
      const taskTime = async () =>
        (await watcher.cdp.send('Performance.getMetrics')).metrics.find(
          (metric) => metric.name === 'TaskDuration',
        ).value;
      const before = await taskTime();
      const radios = answering.page.getByRole('main').getByRole('radio');
      for (let index = 0; index < SECOND_TAB_ANSWERS; index += 1) {
        await radios.nth(1 + index * 6).check();
        await answering.page.waitForTimeout(250);
      }
      await watcher.page.waitForTimeout(1_000);
      return [(((await taskTime()) - before) * 1000) / SECOND_TAB_ANSWERS];
    } finally {
      await context.close();
    }
  };
  // Taken in turn (large, empty, large…), like the other large-store figures, so a
  // burst of load on a shared machine falls on both sides of the ratio.
  const perAnswer = await interleaved(secondTabRun, stores.large, stores.empty);
  storeRow(
    'store.secondTab',
    'Second tab (History) main thread per answer in the first, large store vs empty, 4× CPU',
    perAnswer.large,
    perAnswer.small,
    { ms: ANSWER_INP_BUDGET_MS },
  );
}

// ---------------------------------------------------------------------------
// Lighthouse

const LIGHTHOUSE_PAGES = [
  { id: 'home', route: '#/', performance: 100 },
  { id: 'quiz', route: '#/assess', performance: 100 },
  { id: 'results', route: '#/results', performance: 95, seed: 'result' },
  { id: 'team', route: '#/team', performance: 95, seed: 'team' },
].filter(
  (page) => !process.env.BENCH_PAGES || process.env.BENCH_PAGES.split(',').includes(page.id),
);
const CATEGORIES = [
  { id: 'performance', label: 'performance' },
  { id: 'accessibility', label: 'accessibility', min: 100 },
  { id: 'best-practices', label: 'best practices', min: 100 },
  { id: 'seo', label: 'SEO', min: 90 },
];

function noteLighthouseNotRun(reason) {
  const message = `Lighthouse: not run (${reason})`;
  console.log(message);
  details.lighthouse = { notRun: reason };
  for (const page of LIGHTHOUSE_PAGES) {
    for (const category of CATEGORIES) {
      const min = category.min ?? page.performance;
      rows.push({
        id: `lighthouse.${page.id}.${category.id}`,
        figure: `Lighthouse ${page.id}: ${category.label}`,
        measured: 'not run',
        reference: '',
        ratio: '',
        value: null,
        budget: min === 100 ? '= 100' : `≥ ${min}`,
        pass: null,
      });
    }
  }
}

/**
 * Lighthouse's node API drives a Chromium we start ourselves (as chrome-launcher
 * would, but Debian's binary with every tool's flags: tests/tools/chromium.mjs), a
 * fresh profile per run. Seeded pages get their saved state first, from a stand-in
 * page so no app file is cached, and Lighthouse is told not to wipe storage.
 */
async function measureLighthouse({ appUrl, fixtures }) {
  let lighthouse;
  try {
    ({ default: lighthouse } = await import('lighthouse'));
  } catch (error) {
    noteLighthouseNotRun(`cannot load the lighthouse package: ${error.message}`);
    return;
  }
  const seeds = {
    result: fixtures.seedWithResult(),
    team: fixtures.seedWithTeam(TYPICAL_TEAM),
  };
  const runsByPage = {};
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      runsByPage[page.id] = [];
      for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
        const lhr = await withDevToolsChromium(async (port) => {
          if (page.seed) {
            await seedOverCdp(port, appUrl, seeds[page.seed]);
          }
          const result = await lighthouse(new URL(page.route, appUrl).href, {
            port,
            output: 'json',
            logLevel: 'error',
            disableStorageReset: true,
          });
          return result?.lhr;
        });
        if (!lhr || lhr.runtimeError) {
          throw new Error(lhr?.runtimeError?.message ?? 'Lighthouse returned no report');
        }
        runsByPage[page.id].push(summariseLighthouse(lhr));
        if (process.env.BENCH_REPORTS) {
          await mkdir(process.env.BENCH_REPORTS, { recursive: true });
          await writeFile(
            path.join(process.env.BENCH_REPORTS, `${page.id}-${run + 1}.json`),
            JSON.stringify(lhr),
          );
        }
      }
    }
  } catch (error) {
    noteLighthouseNotRun(error.message.split('\n')[0]);
    return;
  }

  details.lighthouse = runsByPage;
  for (const page of LIGHTHOUSE_PAGES) {
    const runs = runsByPage[page.id];
    for (const category of CATEGORIES) {
      const score = median(runs.map((run) => run.scores[category.id]));
      const min = category.min ?? page.performance;
      // Each audit that cost points in any run, named once, with its value in the first.
      const failing = [
        ...new Map(
          runs
            .flatMap((run) => run.failing[category.id])
            .reverse()
            .map((audit) => [audit.id, audit]),
        ).values(),
      ].map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      rows.push({
        id: `lighthouse.${page.id}.${category.id}`,
        figure: `Lighthouse ${page.id}: ${category.label}`,
        measured: `${score} (${runs.map((run) => run.scores[category.id]).join(', ')})`,
        reference: '',
        ratio: '',
        value: { median: score, runs: runs.map((run) => run.scores[category.id]), failing },
        budget: min === 100 ? '= 100' : `≥ ${min}`,
        pass: score >= min,
      });
    }
    const metric = (id) => median(runs.map((run) => run.metrics[id]));
    rows.push({
      id: `lighthouse.${page.id}.metrics`,
      figure: `Lighthouse ${page.id}: FCP / LCP / TBT`,
      measured: `${seconds(metric('fcp'))} / ${seconds(metric('lcp'))} / ${Math.round(metric('tbt'))} ms`,
      reference: '',
      ratio: '',
      value: { fcpMs: metric('fcp'), lcpMs: metric('lcp'), tbtMs: metric('tbt') },
      budget: '—',
      pass: null,
    });
  }
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Scores (0–100), the three metrics, and which scored audits fell short (the "why"). */
function summariseLighthouse(lhr) {
  const scores = {};
  const failing = {};
  for (const category of CATEGORIES) {
    const found = lhr.categories[category.id];
    scores[category.id] = Math.round((found?.score ?? 0) * 100);
    failing[category.id] = (found?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1)
      .map((audit) => ({ id: audit.id, displayValue: audit.displayValue }));
  }
  const numeric = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores,
    failing,
    metrics: {
      fcp: numeric('first-contentful-paint'),
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      si: numeric('speed-index'),
      cls: numeric('cumulative-layout-shift'),
    },
    // Each metric's own score (0–1), to see which one costs the points.
    metricScores: Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index']
        .concat('cumulative-layout-shift')
        .map((id) => [id, lhr.audits[id]?.score ?? null]),
    ),
  };
}

/** Writes the saved state into the origin's localStorage without loading (and caching) the app. */
async function seedOverCdp(port, appUrl, entries) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0];
    const page = await context.newPage();
    await page.route(`${new URL(appUrl).origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
    );
    await page.goto(appUrl);
    await page.evaluate((seed) => {
      for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
    }, entries);
    await page.close();
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------
// Share payloads

function measurePayloads(fixtures) {
  const lengths = fixtures.measurePayloadLengths();
  const row = (id, figure, length, budget) =>
    rows.push({
      id,
      figure,
      measured: `${length} chars`,
      reference: '',
      ratio: '',
      value: length,
      ...(budget === undefined
        ? { budget: '—', pass: null }
        : { budget: `≤ ${budget} chars`, pass: length <= budget }),
    });
  row('payload.none', 'Share payload, no name', lengths.none, 64);
  row('payload.ascii40', 'Share payload, 40-char ASCII name', lengths.ascii40);
  row('payload.cjk40', 'Share payload, 40-char CJK name', lengths.cjk40);
  // A reply link's whole URL is refused above 900 characters: 800 leaves 100 for the address.
  const peer = fixtures.measurePeerPayloadLengths();
  row('payload.peer.ascii40', 'Peer reply payload, two 40-char ASCII names', peer.ascii40);
  row('payload.peer.cjk40', 'Peer reply payload, two 40-char CJK names', peer.cjk40, 800);
}

// ---------------------------------------------------------------------------
// Report

async function report() {
  const columns = [
    ['Figure', (row) => row.figure],
    ['Measured', (row) => row.measured],
    ['Bare React', (row) => row.reference],
    ['Ratio', (row) => row.ratio],
    ['Budget', (row) => row.budget],
    [
      'Result',
      (row) => (row.pass === null ? (row.budget === '—' ? '' : 'n/a') : row.pass ? 'PASS' : 'FAIL'),
    ],
  ];
  const widths = columns.map(([title, cell]) =>
    Math.max(title.length, ...rows.map((row) => String(cell(row)).length)),
  );
  const line = (cells) =>
    cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ');
  console.log('');
  console.log(line(columns.map(([title]) => title)));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(line(columns.map(([, cell]) => cell(row))));

  const budgeted = rows.filter((row) => row.budget !== '—');
  const passed = budgeted.filter((row) => row.pass === true).length;
  const failed = budgeted.filter((row) => row.pass === false).length;
  const notMeasured = budgeted.filter((row) => row.pass === null).length;

  // Why a Lighthouse score is below 100 (budget met or not): the audits that cost points.
  const shortfalls = rows.filter(
    (row) => row.id.startsWith('lighthouse.') && row.value?.failing?.length,
  );
  if (shortfalls.length > 0) {
    console.log('\nLighthouse audits that cost points (in any run):');
    for (const row of shortfalls) console.log(`  ${row.figure}: ${row.value.failing.join('; ')}`);
  }

  await writeFile(
    RESULTS_FILE,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        environment: {
          node: process.version,
          chromium: details.chromium,
          cpus: cpus().length,
          cpuSlowdown: CPU_SLOWDOWN,
          timedRuns: TIMED_RUNS,
          lighthouseRuns: LIGHTHOUSE_RUNS,
          viewport: PHONE,
        },
        budgets: { passed, failed, notMeasured },
        rows,
        details,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWrote ${path.relative(process.cwd(), RESULTS_FILE) || RESULTS_FILE}`);
  console.log(
    `Budgets: ${passed} passed, ${failed} failed${notMeasured ? ` (${notMeasured} not measured)` : ''}`,
  );
}

// Last, so every constant above is initialised before main() reads it.
try {
  await main();
} catch (error) {
  // A broken bench is a failure of the tool, not a budget: say so and exit non-zero.
  console.error(error);
  process.exitCode = 1;
}
