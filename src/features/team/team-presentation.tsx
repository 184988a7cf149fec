import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Slide {
  readonly title: string;
  readonly body: ReactNode;
}

/** The keys that move between slides, as presentation software uses them. */
const MOVES: Readonly<Record<string, (index: number, last: number) => number>> = {
  ArrowRight: (index, last) => Math.min(last, index + 1),
  PageDown: (index, last) => Math.min(last, index + 1),
  ArrowLeft: (index) => Math.max(0, index - 1),
  PageUp: (index) => Math.max(0, index - 1),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * The retro presented: one slide at a time in large type, full screen, moved with
 * ←/→, PageUp/PageDown, Home/End or the Previous and Next buttons; Escape, or
 * leaving full screen, ends it. A modal <dialog>, so the page behind is inert and
 * focus stays inside; focus starts on Next, and lands on the slide's heading when
 * the control it was on goes with the slide. `onClose` (stable: it is an effect's
 * dependency) ends it, and the page puts focus back.
 */
export function TeamPresentation({
  slides,
  onClose,
}: {
  slides: readonly Slide[];
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const [index, setIndex] = useState(0);
  const titleId = useId();
  const last = slides.length - 1;
  const slide = slides[Math.min(index, last)];

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    next.current?.focus();
    // The whole page goes full screen (a <dialog> itself may not), where the browser
    // allows it (not in a frame, say); the dialog fills the window either way.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) onClose();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      if (element.open) element.close();
    };
  }, [onClose]);

  // The control that had focus may have gone with the last slide: keep focus in the dialog.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.contains(document.activeElement)) heading.current?.focus();
  }, [index]);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Escape ends it here too: not every browser turns it into the dialog's cancel event.
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    setIndex((current) => move(current, last));
  }

  if (!slide) return null;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the slides' keys work wherever focus is inside
    <dialog
      ref={dialog}
      className="slides"
      aria-labelledby={titleId}
      aria-roledescription="presentation"
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape: end the presentation ourselves, so the page knows (and focus returns).
        event.preventDefault();
        onClose();
      }}
    >
      <div className="slides__slide" key={index}>
        <h2 id={titleId} ref={heading} tabIndex={-1} className="slides__title">
          {slide.title}
        </h2>
        <div className="slides__body">{slide.body}</div>
      </div>
      <nav className="slides__nav" aria-label="Slides">
        {/* aria-disabled, not disabled: a button that is disabled under focus drops it. */}
        <button
          type="button"
          className="button"
          aria-disabled={index === 0}
          onClick={() => setIndex((current) => Math.max(0, current - 1))}
        >
          <span aria-hidden="true">← </span>Previous
        </button>
        <p className="slides__count" aria-live="polite">
          Slide {index + 1} of {slides.length}
        </p>
        <button
          type="button"
          className="button button--primary"
          ref={next}
          aria-disabled={index === last}
          onClick={() => setIndex((current) => Math.min(last, current + 1))}
        >
          Next<span aria-hidden="true"> →</span>
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Exit presentation
        </button>
      </nav>
    </dialog>
  );
}
