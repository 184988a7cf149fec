import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on a narrow screen instead of widening the page
 * (WCAG 1.4.10 reflow). Focusable, so a keyboard can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
