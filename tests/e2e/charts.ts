import type { Page } from 'playwright-core';

/**
 * Scrolls to each chart still waiting to be drawn (charts far down a page are drawn
 * as they come near the screen) until every one is, so a check sees them all.
 */
export async function drawEveryChart(page: Page): Promise<void> {
  const waiting = page.locator('.chart-reserved');
  for (let chart = 0; chart < 50; chart += 1) {
    const next = await waiting
      .first()
      .elementHandle({ timeout: 1_000 })
      .catch(() => null);
    if (!next) return;
    await next.scrollIntoViewIfNeeded().catch(() => undefined);
    await page.waitForFunction((element) => !element.isConnected, next, { timeout: 10_000 });
  }
  throw new Error('Charts were still waiting to be drawn after 50 scrolls.');
}

/** A box in the page, as an SVG element's client rectangle gives it. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** One area of a drawn T, measured in the page: its crossbar, stem and value label. */
export interface MeasuredArea {
  readonly area: string;
  readonly crossbar: Box;
  readonly stem: Box | null;
  readonly value: Box;
  readonly valueText: string;
}

/**
 * Measures the T-shape chart in `root` as Chromium lays it out: each area's pieces,
 * every label in the chart, and the chart's own box (jsdom cannot do this).
 */
export async function measureTShape(page: Page, root = '.chart--tshape') {
  return page.locator(root).evaluate((chart) => {
    const box = (element: Element | null) => {
      if (!element) return null;
      const rect = element.getBoundingClientRect();
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    };
    const areas = [...chart.querySelectorAll('.chart__bar')].map((bar) => {
      const area = bar.getAttribute('data-area') ?? '';
      const value = chart.querySelector(`.chart__values[data-area="${area}"] .chart__value`);
      return {
        area,
        crossbar: box(bar.querySelector('.chart__crossbar')),
        stem: box(bar.querySelector('.chart__stem')),
        value: box(value),
        valueText: value?.textContent ?? '',
      };
    });
    const labels = [...chart.querySelectorAll('text')]
      .filter((text) => (text.textContent ?? '').trim() !== '')
      .map((text) => ({ text: text.textContent ?? '', box: box(text) }));
    const thresholdLabels = [...chart.querySelectorAll('.chart__threshold-label')].map((text) => ({
      text: text.textContent ?? '',
      box: box(text),
    }));
    const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg');
    return { areas, labels, thresholdLabels, svg: box(svg) };
  }) as Promise<{
    areas: MeasuredArea[];
    labels: { text: string; box: Box }[];
    thresholdLabels: { text: string; box: Box }[];
    svg: Box;
  }>;
}

/** The pairs of labels whose boxes overlap (by more than half a pixel each way). */
export function overlappingLabels(labels: readonly { text: string; box: Box }[]): string[] {
  const pairs: string[] = [];
  labels.forEach((a, index) => {
    for (const b of labels.slice(index + 1)) {
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 0.5 && y > 0.5) pairs.push(`"${a.text}" × "${b.text}"`);
    }
  });
  return pairs;
}

/** Whether `inner` lies inside `outer` (to within half a pixel). */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.left >= outer.left - 0.5 &&
    inner.right <= outer.right + 0.5 &&
    inner.top >= outer.top - 0.5 &&
    inner.bottom <= outer.bottom + 0.5
  );
}
