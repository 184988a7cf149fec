import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, test, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

function Asker({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>
        Delete
      </button>
      <ConfirmDialog
        open={asking}
        title="Delete this result?"
        body="It cannot be undone."
        confirmLabel="Delete result"
        onConfirm={onConfirm}
        onCancel={() => setAsking(false)}
      />
    </>
  );
}

/** Closes as Chromium does: the dialog at once, its `close` event only when released. */
function holdCloseEvents(): { release: () => void } {
  const held: HTMLDialogElement[] = [];
  vi.spyOn(HTMLDialogElement.prototype, 'close').mockImplementation(function close(
    this: HTMLDialogElement,
  ) {
    this.open = false;
    held.push(this);
  });
  return {
    release: () => held.splice(0).forEach((dialog) => dialog.dispatchEvent(new Event('close'))),
  };
}

afterEach(() => vi.restoreAllMocks());

test('Escape cancels at once, and a late close event does not undo asking again', () => {
  const closeEvents = holdCloseEvents();
  render(<Asker onConfirm={() => {}} />);
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  const shown: HTMLDialogElement = screen.getByRole('dialog', { name: 'Delete this result?' });
  const dialog = () => shown;
  expect(dialog().open).toBe(true);
  // Escape: the browser fires `cancel`; the dialog closes on that keypress.
  const cancel = new Event('cancel', { cancelable: true });
  fireEvent(dialog(), cancel);
  expect(cancel.defaultPrevented).toBe(true);
  expect(dialog().open).toBe(false);

  // Asked again before the browser got round to the first close event.
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  expect(dialog().open).toBe(true);
  act(() => closeEvents.release());
  expect(dialog().open).toBe(true);
});

test('a close the browser makes on its own, with no cancel first, still counts as Cancel', () => {
  const onConfirm = vi.fn();
  render(<Asker onConfirm={onConfirm} />);
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  const dialog: HTMLDialogElement = screen.getByRole('dialog', { name: 'Delete this result?' });
  // As the browser does after a refused cancel: the dialog closes, then `close` fires.
  dialog.open = false;
  fireEvent(dialog, new Event('close'));
  // The state followed: asking again opens it again.
  fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
  expect(dialog.open).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: 'Delete result' }));
  expect(onConfirm).toHaveBeenCalledOnce();
});
