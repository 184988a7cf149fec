import type { ReactNode } from 'react';

/**
 * A sentence of the question bank with the phrase that sets a level apart from the
 * one below (written `*like this*` in the bank) emphasised; text without one reads as
 * it is. The quiz shows anchors this way, and so do the next steps on a result, so the
 * bank's marks are never shown as asterisks. A function rather than a component, so
 * a label holding it is still seen (by lint and by a reader of the code) to hold text.
 */
export function emphasiseBankText(text: string, emphasisClass?: string): ReactNode[] {
  return text.split(/\*([^*]+)\*/).map((part, index) =>
    index % 2 === 1 ? (
      <strong key={index} className={emphasisClass}>
        {part}
      </strong>
    ) : (
      part
    ),
  );
}
