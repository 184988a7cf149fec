import { useEffect, useId, useRef } from 'react';
import './confirm-dialog.css';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** A second, gentler choice beside the main one (e.g. "Merge" beside "Replace"). */
  secondary?: { label: string; onChoose: () => void };
}

/**
 * A modal question built on the native <dialog>: the browser traps focus and returns
 * focus to the button that opened it. Escape is taken as Cancel at once (the `cancel`
 * event), and `open` alone closes the dialog: left to the browser, the `close` event
 * comes a frame later, and a button pressed meanwhile to ask again was undone by it.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
  secondary,
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      // Closed by the browser without a cancel event first (it skips one after a cancel
      // that was refused with no click since): still a Cancel. Chromium fires `close` at
      // the next frame, so the event of our own close() can come after the dialog was
      // shown again: a dialog that is open now was not closed by it.
      onClose={(event) => {
        if (open && !event.currentTarget.open) onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <p id={bodyId}>{body}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {secondary && (
          <button type="button" className="button button--primary" onClick={secondary.onChoose}>
            {secondary.label}
          </button>
        )}
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
