import { useId, type ReactNode } from 'react';
import './data-table.css';

interface DataTableProps {
  /** Names the table and the region it scrolls in. */
  caption: ReactNode;
  /** For screen readers only, where a heading just above already says what the table is. */
  hideCaption?: boolean;
  /** A variant beside `data-table` ("members-table", "heatmap"…). */
  className?: string;
  /** Classes for the scroll region beside `table-scroll` ("team-long-table"). */
  regionClassName?: string;
  /** The table's `<thead>` and `<tbody>`; row headers are `<th scope="row">`. */
  children: ReactNode;
}

/**
 * Every data table: a caption that names it, inside a region that lets a wide table
 * scroll sideways on a narrow screen instead of widening the page (WCAG 1.4.10
 * reflow), its caption staying in view as it scrolls, and a shadow (and, where the
 * browser can tell, a line under the caption: data-table.css) showing that there is
 * more to the side. The region is named by the
 * caption and always focusable, so a keyboard can scroll it too (axe,
 * scrollable-region-focusable).
 */
export function DataTable({
  caption,
  hideCaption = false,
  className,
  regionClassName,
  children,
}: DataTableProps) {
  const captionId = useId();
  return (
    <div
      className={regionClassName ? `table-scroll ${regionClassName}` : 'table-scroll'}
      role="region"
      aria-labelledby={captionId}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus
      tabIndex={0}
    >
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption id={captionId} className={hideCaption ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
