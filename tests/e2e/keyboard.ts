import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Why the focused element shows no focus indicator, or null when it does: the browser
 * must treat the focus as keyboard focus (`:focus-visible`) and the element — or, for a
 * visually hidden input, the label drawn in its place — must carry an outline or a shadow.
 */
function describeMissingFocusIndicator(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    // Past the last control, focus leaves the page for the browser's own UI.
    if (!focused || focused === document.body) return null;
    const box = focused.getBoundingClientRect();
    const hidden = box.width <= 1 || box.height <= 1;
    const drawn = hidden ? (focused.closest('label') ?? focused) : focused;
    const style = getComputedStyle(drawn);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none';
    if (focused.matches(':focus-visible') && ring) return null;
    const name = (focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim();
    return `${focused.tagName.toLowerCase()} “${name.slice(0, 40)}” shows no focus indicator`;
  });
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until `target` has focus, and checks that
 * every stop on the way shows a focus indicator; fails after `limit` presses.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, limit = 30 }: { backwards?: boolean; limit?: number } = {},
): Promise<void> {
  const missing: string[] = [];
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const problem = await describeMissingFocusIndicator(page);
    if (problem) missing.push(problem);
    if (await hasFocus(target)) {
      expect(missing).toEqual([]);
      return;
    }
  }
  throw new Error(`${limit} presses of Tab never reached ${target.toString()}.`);
}

/** Whether `target` (or one of the elements it matches) has focus. */
export function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) =>
    elements.some((element) => element === document.activeElement),
  );
}
