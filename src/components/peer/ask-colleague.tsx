import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { encodeReplyPayload, encodeRequestPayload, parseReplyLink } from '../../domain/peer-codec';
import { LINK_ROUTES, normaliseDisplayName } from '../../domain/share-codec';
import { copyLink } from '../../lib/clipboard';
import { navigate } from '../../lib/hash-location';
import { buildLinkUrl } from '../../lib/share-url';
import './peer.css';

interface AskColleagueProps {
  /** The display name as typed (share panel); the request carries it normalised. */
  displayName: string;
  /** The bank the result was made with: the colleague rates the same items. */
  bankVersion: number;
  /** Peer ratings already kept with this result. */
  keptCount: number;
}

/**
 * "Ask a colleague": a rating request link (`#/ask/…`) holding only the display name
 * and the bank version, and a place to open the reply that comes back.
 */
export function AskColleague({ displayName, bankVersion, keptCount }: AskColleagueProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [reply, setReply] = useState('');
  const [replyError, setReplyError] = useState('');
  const linkRef = useRef<HTMLInputElement>(null);
  const name = normaliseDisplayName(displayName);
  const url = useMemo(
    () => buildLinkUrl('ask', encodeRequestPayload({ bankVersion, name })),
    [bankVersion, name],
  );

  async function copy() {
    setStatus(
      await copyLink(
        url,
        linkRef.current,
        'Request link copied. Send it to a colleague who knows your work.',
      ),
    );
  }

  function openReply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = parseReplyLink(reply);
    if (!read.ok) return setReplyError(read.error.message);
    setReplyError('');
    navigate(`${LINK_ROUTES.peer}${encodeReplyPayload(read.reply)}`);
  }

  return (
    <section className="results__section card peer-ask no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>A second opinion</h2>
      <p className="section-lede">
        Self-ratings tend to be generous. A colleague who knows your work can rate you on the same
        statements, in their own browser, and send you back a link.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls={`${id}-request`}
          onClick={() => setOpen((value) => !value)}
        >
          Ask a colleague
        </button>
      </div>
      <div id={`${id}-request`} hidden={!open} className="peer-ask__request">
        <div className="field">
          <label htmlFor={`${id}-link`}>Request link</label>
          <input
            ref={linkRef}
            id={`${id}-link`}
            type="text"
            readOnly
            value={url}
            aria-describedby={`${id}-holds`}
            onFocus={(event) => event.target.select()}
          />
          <p id={`${id}-holds`} className="hint">
            The link holds {name ? <>your display name, “{name}”,</> : 'no name'} and the question
            bank version ({bankVersion}); nothing else, none of your answers or scores.
            {!name && ' Add a display name above so your colleague knows whom they rate.'}
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => void copy()}>
            Copy request link
          </button>
        </div>
        <p role="status" className="share__status">
          {status}
        </p>
        <form className="peer-ask__reply" noValidate onSubmit={openReply}>
          <div className="field">
            <label htmlFor={`${id}-reply`}>Got a reply? Paste it here</label>
            <input
              id={`${id}-reply`}
              type="text"
              value={reply}
              aria-invalid={replyError !== '' || undefined}
              aria-describedby={replyError ? `${id}-reply-error` : undefined}
              onChange={(event) => setReply(event.target.value)}
            />
          </div>
          {replyError && (
            <p id={`${id}-reply-error`} className="banner banner--error" role="alert">
              {replyError}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button">
              Open reply
            </button>
          </div>
        </form>
      </div>
      {keptCount > 0 && (
        <p className="hint">
          {keptCount === 1
            ? 'One peer rating is kept with this result'
            : `${keptCount} peer ratings are kept with this result`}
          : see them in your <a href="#/history">history</a>.
        </p>
      )}
    </section>
  );
}
