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
