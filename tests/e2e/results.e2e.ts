import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { savedStateIn } from './saved-data';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { expectNoAxeViolations, openSession, type Session } from './browser';
import {
  drawEveryChart,
  inside,
  measureTShape,
  overlappingLabels,
  type MeasuredArea,
} from './charts';
import { completeAssessment, openDataTable } from './quiz-driver';

let session: Session;
beforeEach(async () => {
  session = await openSession();
});
afterEach(async () => {
  await session.close();
});

// Levels per step, in quiz order: Statistics, Business communication, Production software,
// Experimentation, Deployment. Expected values worked by hand from DESIGN.md's formulas.
test('a stats-leaning persona is T-shaped and sits left of centre', async () => {
  const { page } = session;
  await session.goto('#/assess');
  // A = 80, 40, 40, 60, 20 → one deep, four broad → T-shaped as answered; two of the
  // broad areas sit exactly on the breadth line, so a retake more often gives a Narrow T
  // and the headline says so.
  // P = (−80 − 0.75·60 + 0.75·40 + 20) / (80 + 45 + 30 + 20) = −75 / 175.
  await completeAssessment(page, [4, 2, 2, 3, 1]);
  await page
    .getByRole('heading', {
      name: 'You are most likely a Narrow T — Business communication and Production software sit on the breadth line — or T-shaped',
    })
    .waitFor();
  const spectrum = page.getByRole('region', { name: 'Spectrum' });
  const meter = spectrum.getByRole('meter', { name: 'Spectrum position' });
  expect(Number(await meter.getAttribute('aria-valuenow'))).toBeCloseTo(-75 / 175, 6);
  expect(await meter.getAttribute('aria-valuemin')).toBe('-1');
  expect(await meter.getAttribute('aria-valuemax')).toBe('1');
  expect(await meter.getAttribute('aria-valuetext')).toMatch(/^−0\.43, leaning towards Stats/);
  await expectNoAxeViolations(page);
  session.expectClean();
});

test('an engineering persona is Π-shaped and sits well right of centre', async () => {
  const { page } = session;
  await session.goto('#/assess');
  // A = 20, 40, 80, 20, 100 → deep in two → Π-shaped.
  // P = (−20 − 0.75·20 + 0.75·80 + 100) / (20 + 15 + 60 + 100) = 125 / 195.
  await completeAssessment(page, [1, 2, 4, 1, 5]);
  await page
    .getByRole('heading', {
      name: 'You are Π-shaped: broad across three areas, deep in Production software and Deployment',
    })
    .waitFor();
  const meter = page.getByRole('meter', { name: 'Spectrum position' });
  expect(Number(await meter.getAttribute('aria-valuenow'))).toBeCloseTo(125 / 195, 6);
  const table = await openDataTable(page, 'Show breadth and depth as a table', 'Area scores');
  const scores = await table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent));
  expect(scores).toEqual(['20', '40', '80', '20', '100']);
  session.expectClean();
});

test('a newcomer who answers "Not yet" everywhere is Emerging with no position', async () => {
  const { page } = session;
  await session.goto('#/assess');
  await completeAssessment(page, 0);
  await page.getByRole('heading', { name: /^You are Emerging/ }).waitFor();
  const spectrum = page.getByRole('region', { name: 'Spectrum' });
  await expect.poll(() => spectrum.textContent()).toMatch(/not enough signal/i);
  await expect.poll(() => page.getByRole('meter').count()).toBe(0);
  await expectNoAxeViolations(page);
  session.expectClean();
});

test('the charts are drawn in the browser, with the home area marked and the thresholds shown', async () => {
  const { page } = session;
  await session.goto('#/assess');
  await completeAssessment(page, [2, 3, 4, 1, 5]);
  const tshape = page.locator('.chart--tshape');
  await tshape.locator('.chart__bar').first().waitFor();
  // The areas in spectrum order, hanging from one top line, the deepest hanging lowest.
  const { areas } = await measureTShape(page);
  expect(areas.map((area) => area.area)).toEqual([
    'statistics',
    'experimentation',
    'business-communication',
    'production-software',
    'deployment',
  ]);
  expect(new Set(areas.map((area) => Math.round(area.crossbar.top))).size).toBe(1);
  const ends = areas.map((area) => (area.stem ?? area.crossbar).bottom);
  expect(ends[4]).toBeGreaterThan(ends[3] ?? Infinity);
  expect(ends[1]).toBeLessThan(ends[0] ?? 0);
  await expect.poll(() => tshape.locator('.chart__bar--home').count()).toBe(1);
  await expect.poll(() => tshape.getByText('Deployment ★').count()).toBeGreaterThanOrEqual(1);
  await expect.poll(() => tshape.locator('.chart__threshold').count()).toBeGreaterThanOrEqual(2);
  // The spectrum and the radar, further down, are drawn as the reader comes to them.
  await drawEveryChart(page);
  await expect
    .poll(() => page.locator('.chart--radar .recharts-polygon').count())
    .toBeGreaterThan(0);
  await expect.poll(() => page.locator('.chart--spectrum .chart__marker--you').count()).toBe(1);

  await page.getByLabel('Overlay a reference profile').selectOption({ label: 'ML engineer' });
  await expect.poll(() => page.locator('.chart__area--compare').count()).toBeGreaterThan(0);
  const table = await openDataTable(page, 'Show the profile as a table', 'Profile and ML engineer');
  await expect
    .poll(() => table.getByRole('columnheader').allTextContents())
    .toContain('ML engineer');
  session.expectClean();
});

// Levels per step (Statistics, Business communication, Production software,
// Experimentation, Deployment): A = 60, 20, 60, 60, 80 — broad in Stats, Experimentation
// and Software, deep in Deployment, short of broad in Business communication.
for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width} px the T reads as a T (one crossbar, stems, labels clear) and the radar fills its card`, async () => {
    const wide = await openSession({ viewport });
    try {
      const { page } = wide;
      await wide.goto('#/assess');
      await completeAssessment(page, [3, 1, 3, 3, 4]);
      await page.locator('.chart--tshape .chart__bar').first().waitFor();
      const { areas, labels, thresholdLabels, svg } = await measureTShape(page);
      const [stats, experiments, business, software, deployment] = areas;
      if (!stats || !experiments || !business || !software || !deployment) {
        throw new Error(`Expected five areas, drew ${areas.length}`);
      }
      // Neighbouring broad areas join: their crossbars touch, with no gap, at one depth.
      for (const [left, right] of [
        [stats, experiments],
        [software, deployment],
      ] as const) {
        expect(left.crossbar.right).toBeGreaterThanOrEqual(right.crossbar.left);
        expect(Math.round(left.crossbar.bottom)).toBe(Math.round(right.crossbar.bottom));
      }
      // An area short of broad leaves a notch in the crossbar, and hangs no stem.
      expect(business.crossbar.bottom).toBeLessThan(stats.crossbar.bottom - 10);
      expect(business.stem).toBeNull();
      // Below the crossbar the rest hangs as a stem, narrower than the band, thicker where deep.
      const width = (box: { left: number; right: number }) => box.right - box.left;
      const stemOf = (area: MeasuredArea) => {
        if (!area.stem) throw new Error(`${area.area} hangs no stem`);
        return area.stem;
      };
      for (const area of [stats, experiments, software, deployment]) {
        expect(width(stemOf(area))).toBeLessThan(width(area.crossbar) * 0.7);
        expect(stemOf(area).top).toBeCloseTo(area.crossbar.bottom, 0);
      }
      expect(width(stemOf(deployment))).toBeGreaterThan(width(stemOf(stats)) * 1.4);
      expect(stemOf(deployment).bottom).toBeGreaterThan(stemOf(software).bottom);
      // Each value sits at its own stem's end, centred under it.
      for (const area of areas) {
        const end = (area.stem ?? area.crossbar).bottom;
        const centre = ((area.stem ?? area.crossbar).left + (area.stem ?? area.crossbar).right) / 2;
        expect(area.value.top).toBeGreaterThanOrEqual(end);
        expect(area.value.top).toBeLessThan(end + 12);
        expect(Math.abs((area.value.left + area.value.right) / 2 - centre)).toBeLessThan(1);
      }
      expect(areas.map((area) => area.valueText)).toEqual(['60', '60', '20', '60', '80']);
      // Nothing written in the chart overlaps anything else written there, and the
      // breadth and depth lines are named inside the drawing, never cut off at its edge.
      expect(overlappingLabels(labels)).toEqual([]);
      expect(thresholdLabels.map((label) => label.text)).toEqual(['Broad', '40', 'Deep', '70']);
      for (const label of [...thresholdLabels, ...labels]) {
        expect(inside(label.box, svg), `"${label.text}" inside the chart`).toBe(true);
      }
      // The radar fills its card, its names whole inside it and clear of each other.
      await drawEveryChart(page);
      const radar = await measureTShape(page, '.chart--radar');
      expect(radar.svg.right - radar.svg.left).toBeGreaterThan(Math.min(600, viewport.width - 80));
      expect(radar.labels.map((label) => label.text)).toHaveLength(5);
      expect(overlappingLabels(radar.labels)).toEqual([]);
      for (const label of radar.labels) {
        expect(inside(label.box, radar.svg), `"${label.text}" inside the radar`).toBe(true);
      }
      wide.expectClean();
    } finally {
      await wide.close();
    }
  });
}

test('Recharts is loaded only on the results page, never with home or the quiz', async () => {
  const { page } = session;
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const readScripts = (names: string[]) =>
    Promise.all(names.map((name) => readFile(path.join('dist', name.replace(/^\//, '')), 'utf8')));
  const hasRecharts = (sources: string[]) =>
    sources.some((source) => source.includes('recharts-surface'));

  await session.goto();
  expect(hasRecharts(await readScripts(scripts))).toBe(false);
  expect(scripts.length).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Start assessment' }).click();
  await completeAssessment(page, 2);
  await page.locator('.chart--tshape .chart__bar').first().waitFor();
  // The charts chunk arrived after the first page (prefetched during the quiz, or on demand).
  expect(hasRecharts(await readScripts(scripts))).toBe(true);
  expect(hasRecharts(await readScripts(scripts.slice(0, 1)))).toBe(false);
});

test('opened directly, the results page shows its words first and nothing moves when the charts arrive', async () => {
  const { page } = session;
  await session.goto('#/assess');
  await completeAssessment(page, [4, 2, 2, 3, 1]);
  // Every layout shift from here on, as Chromium reports it (the figure behind CLS).
  await page.addInitScript(() => {
    const record = window as unknown as { shifts: number };
    record.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) record.shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.reload();
  await page.getByRole('heading', { name: 'Your T-shape', level: 1 }).waitFor();
  await page.locator('.chart--tshape .chart__bar').first().waitFor();
  // Reading on down the page: the charts further down are drawn as they come near.
  await drawEveryChart(page);
  await page.locator('.chart--radar .recharts-polygon').first().waitFor();
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
  expect(shifts).toBeLessThan(0.01);
  session.expectClean();
});

test('"Review your answers" walks back through the quiz and replaces the flagged result', async () => {
  const { page } = session;
  await session.goto('#/assess');
  // A script answers far faster than a person reads: the result is flagged as fast.
  await completeAssessment(page, 2);
  const flags = page.getByRole('region', { name: 'Worth a second look' });
  await expect.poll(() => flags.textContent()).toMatch(/median of .* s per item/);
  await flags.getByRole('button', { name: 'Review your answers' }).click();
  await page.getByRole('heading', { level: 1, name: 'Statistics' }).waitFor();
  await expect.poll(() => page.getByRole('radio', { checked: true }).count()).toBe(9);
  const group = page.getByRole('main').getByRole('radiogroup').first();
  await group.getByRole('radio').nth(5).check();
  for (let step = 0; step < 5; step += 1) {
    await page.getByRole('button', { name: step === 4 ? 'See results' : 'Next' }).click();
  }
  await page.getByRole('heading', { name: 'Your T-shape', level: 1 }).waitFor();
  const saved = await savedStateIn(page);
  expect(saved.results).toHaveLength(1);
  expect(saved.results[0]?.responses['stats-estimation']).toBe(5);
  session.expectClean();
});

test('a result’s reading, far down a phone’s page, is laid out on coming near, and always for print', async () => {
  // A short window, so the reading is far from it even in the shorter print layout.
  const phone = await openSession({ viewport: { width: 390, height: 480 } });
  try {
    const { page } = phone;
    await phone.goto('#/assess');
    await completeAssessment(page, [2, 3, 4, 1, 5]);
    await page.evaluate(() => window.scrollTo(0, 0));
    const readingLaidOut = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.reading__title')].every((title) =>
          title.checkVisibility({ contentVisibilityAuto: true }),
        ),
      );
    await page.getByRole('heading', { name: 'Reading' }).waitFor({ state: 'attached' });
    expect(await readingLaidOut()).toBe(false);
    // In the accessibility tree all along, as find-in-page and screen readers need.
    expect(await page.getByRole('heading', { level: 3, name: /^Statistics/ }).count()).toBe(1);
    await page.getByRole('heading', { name: 'Reading' }).scrollIntoViewIfNeeded();
    await expect.poll(readingLaidOut).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(readingLaidOut).toBe(false);
    // A print lays every section out, wherever the reader is on the page (Chromium
    // does so for print anyway; app.css asks it of every browser).
    await page.emulateMedia({ media: 'print' });
    await expect.poll(readingLaidOut).toBe(true);
    phone.expectClean();
  } finally {
    await phone.close();
  }
});

test('printing the results draws the charts not yet scrolled to, before the print is laid out', async () => {
  const phone = await openSession({ viewport: { width: 390, height: 844 } });
  try {
    const { page } = phone;
    await phone.goto('#/assess');
    await completeAssessment(page, [2, 3, 4, 1, 5]);
    // Opened directly (as from a bookmark), not straight from the quiz that fetched the charts.
    await page.reload();
    await page.locator('.chart--tshape .chart__bar').first().waitFor();
    await page.waitForTimeout(300);
    // Far down a phone's page, the radar waits until the reader comes near it…
    expect(await page.locator('.chart--radar').count()).toBe(0);
    // …but a print is laid out as soon as "beforeprint" returns, so it is drawn by then.
    await page.evaluate(() => {
      window.addEventListener('beforeprint', () => {
        document.body.dataset.radarAtPrint = String(
          document.querySelectorAll('.chart--radar .recharts-polygon').length,
        );
      });
    });
    await page.pdf();
    expect(Number(await page.evaluate(() => document.body.dataset.radarAtPrint))).toBeGreaterThan(
      0,
    );
    phone.expectClean();
  } finally {
    await phone.close();
  }
});
