import { useId, useMemo, useRef, useState } from 'react';
import { copyLink } from '../../lib/clipboard';
import { buildShareUrl } from '../../lib/share-url';
import { MAX_NAME_CHARACTERS, normaliseDisplayName, shareResult } from '../../domain/share-codec';
import type { CompletedResult } from '../../store/saved-state';
import { useAppStore } from '../../store/store-context';

/** "Display name", "Copy share link" and the link itself, for the person's own result. */
export function SharePanel({
  result,
  nameFieldId,
}: {
  result: CompletedResult;
  /** The "Display name" field's id, so "Share" at the top of the page can move focus to it. */
  nameFieldId: string;
}) {
  const displayName = useAppStore((state) => state.settings.displayName ?? '');
  const setDisplayName = useAppStore((state) => state.setDisplayName);
  const [status, setStatus] = useState('');
  const linkRef = useRef<HTMLInputElement>(null);
  const id = useId();

  // Saved data the link format cannot carry (an answer outside its question's range,
  // a date outside 2020–2199) is said so below rather than break the results page.
  const url = useMemo(() => {
    const shared = shareResult(result, normaliseDisplayName(displayName));
    return shared.ok ? buildShareUrl(shared.payload) : null;
  }, [result, displayName]);
  const nameLength = [...displayName.trim()].length;
  const canShare = typeof navigator.share === 'function';

  if (url === null) {
    return (
      <section className="results__section card share" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Share your result</h2>
        <p role="alert">
          This result holds answers that a share link cannot carry, so it cannot be shared. Taking
          the assessment again gives a result you can share.
        </p>
      </section>
    );
  }

  async function copy() {
    if (url === null) return;
    setStatus(await copyLink(url, linkRef.current, 'Link copied. Paste it wherever you like.'));
  }

  async function share() {
    if (url === null) return;
    try {
      await navigator.share({ title: 'My tshape result', url });
    } catch {
      // The person closed the share sheet: nothing to report.
    }
  }

  return (
    <section className="results__section card share" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Share your result</h2>
      <p className="section-lede">
        The link carries your whole result after its “#”, a part browsers never send to a server.
        Whoever opens it sees your charts, marked self-reported; nothing of theirs changes.
      </p>
      <div className="field">
        <label htmlFor={nameFieldId}>Display name</label>
        <input
          id={nameFieldId}
          type="text"
          autoComplete="nickname"
          value={displayName}
          aria-describedby={`${id}-name-hint`}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <p id={`${id}-name-hint`} className="hint">
          Optional, shown to whoever opens the link; up to {MAX_NAME_CHARACTERS} characters (
          {Math.min(nameLength, MAX_NAME_CHARACTERS)}/{MAX_NAME_CHARACTERS}).
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-link`}>Share link</label>
        <input
          ref={linkRef}
          id={`${id}-link`}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy share link
        </button>
        {canShare && (
          <button type="button" className="button" onClick={() => void share()}>
            Share…
          </button>
        )}
      </div>
      <p role="status" className="share__status">
        {status}
      </p>
    </section>
  );
}
