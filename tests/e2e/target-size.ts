import type { Page } from 'playwright-core';

export interface TargetSizeAudit {
  /** How many pointer targets were measured, so an empty page cannot pass unnoticed. */
  readonly checked: number;
  /** One line per target that fails WCAG 2.5.8, with its size and its nearest neighbour. */
  readonly failures: readonly string[];
}

/**
 * Measures every pointer target on screen against WCAG 2.5.8 Target Size (Minimum),
 * https://www.w3.org/WAI/WCAG22/Understanding/target-size-minimum.html: a target is at
 * least 24 × 24 CSS pixels, or meets one of the exceptions that can be measured —
 * - spacing: a 24-pixel circle centred on its box meets no other target's box, and no
 *   other undersized target's circle;
 * - inline: it is an inline link inside a sentence, sized by the text's line height;
 * - user agent control: a native input whose size is the browser's own, unstyled.
 * ("Equivalent" and "essential" need a person's judgement and are not assumed.)
 * A visually hidden input is clicked through its label, so the label is measured; so is
 * a label that wraps its input. With a modal dialog open or an element full screen, only
 * the targets inside it can be reached, so only those are measured.
 */
export function auditTargetSize(page: Page): Promise<TargetSizeAudit> {
  return page.evaluate(() => {
    const MINIMUM = 24;
    const SELECTOR = [
      'a[href]',
      'button',
      'input',
      'select',
      'textarea',
      'summary',
      '[role="button"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(', ');
    const NATIVE_CONTROLS = ['INPUT', 'SELECT', 'TEXTAREA'];

    interface Target {
      readonly control: Element;
      readonly region: Element;
      readonly box: DOMRect;
    }

    const scope =
      document.fullscreenElement ?? document.querySelector('dialog:modal') ?? document.body;

    function describe(element: Element): string {
      const name = (
        element.getAttribute('aria-label') ??
        (element.textContent?.trim() || element.getAttribute('name')) ??
        ''
      ).replace(/\s+/g, ' ');
      const type = element.getAttribute('type');
      return `${element.tagName.toLowerCase()}${type ? `[type=${type}]` : ''} “${name.slice(0, 50)}”`;
    }

    /** The region a pointer hits to operate `control`, or null when it has none on screen. */
    function regionOf(control: Element): Element | null {
      const wrapping = control.closest('label');
      const box = control.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) {
        const linked =
          control.id && document.querySelector(`label[for="${CSS.escape(control.id)}"]`);
        return wrapping ?? (linked || null);
      }
      return NATIVE_CONTROLS.includes(control.tagName) && wrapping ? wrapping : control;
    }

    /** Whether a native control has exactly the size the browser gives it without any styles. */
    function hasUserAgentSize(control: Element): boolean {
      const host = document.createElement('div');
      document.body.append(host);
      // The page's style sheets do not reach into a shadow root: only the browser's do.
      const copy = control.cloneNode(true) as Element;
      copy.removeAttribute('class');
      copy.removeAttribute('style');
      copy.removeAttribute('id');
      host.attachShadow({ mode: 'open' }).append(copy);
      const own = control.getBoundingClientRect();
      const plain = copy.getBoundingClientRect();
      host.remove();
      return Math.abs(own.width - plain.width) < 0.5 && Math.abs(own.height - plain.height) < 0.5;
    }

    /** An inline link in running text: its block holds words that are not part of it. */
    function isInlineInSentence(control: Element): boolean {
      if (getComputedStyle(control).display !== 'inline') return false;
      let block = control.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) {
        block = block.parentElement;
      }
      const text = block?.textContent ?? '';
      return text.replace(control.textContent ?? '', '').trim().length > 0;
    }

    const targets: Target[] = [];
    for (const control of scope.querySelectorAll(SELECTOR)) {
      if (!control.checkVisibility({ visibilityProperty: true })) continue;
      const region = regionOf(control);
      if (!region || targets.some((target) => target.region === region)) continue;
      const box = region.getBoundingClientRect();
      // Parked above or left of the page until focused, like a skip link.
      if (box.bottom + window.scrollY <= 0 || box.right + window.scrollX <= 0) continue;
      targets.push({ control, region, box });
    }

    const undersized = (target: Target) =>
      target.box.width < MINIMUM - 0.01 || target.box.height < MINIMUM - 0.01;
    const centre = (box: DOMRect) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    const distanceToBox = (point: { x: number; y: number }, box: DOMRect) =>
      Math.hypot(
        Math.max(box.left - point.x, 0, point.x - box.right),
        Math.max(box.top - point.y, 0, point.y - box.bottom),
      );
    // A target nested in another (an input in its label) is one target, not two neighbours.
    const nested = (a: Target, b: Target) =>
      a.region.contains(b.region) || b.region.contains(a.region);

    const failures: string[] = [];
    for (const target of targets) {
      if (!undersized(target)) continue;
      if (isInlineInSentence(target.control)) continue;
      if (
        target.region === target.control &&
        NATIVE_CONTROLS.includes(target.control.tagName) &&
        hasUserAgentSize(target.control)
      ) {
        continue;
      }
      const middle = centre(target.box);
      const neighbour = targets.find(
        (other) =>
          other !== target &&
          !nested(target, other) &&
          (distanceToBox(middle, other.box) < MINIMUM / 2 ||
            (undersized(other) &&
              Math.hypot(middle.x - centre(other.box).x, middle.y - centre(other.box).y) <
                MINIMUM)),
      );
      if (!neighbour) continue;
      const size = `${Math.round(target.box.width)}×${Math.round(target.box.height)}`;
      failures.push(
        `${describe(target.region)} is ${size} px, too close to ${describe(neighbour.region)}`,
      );
    }
    return { checked: targets.length, failures };
  });
}
