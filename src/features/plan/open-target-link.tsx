import { useId, useState, type FormEvent } from 'react';
import { encodeTargetPayload, parseTargetLink } from '../../domain/target-codec';
import { navigate } from '../../lib/hash-location';

/**
 * A target link someone sent, pasted here: opened on its own page (which offers "Use as
 * my target"), or an alert that says why it cannot be, e.g. that it is a share link.
 */
export function OpenTargetLink() {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  function open(event: FormEvent) {
    event.preventDefault();
    const read = parseTargetLink(text);
    if (!read.ok) {
      setError(read.error.message);
      return;
    }
    setError(null);
    navigate(`/t/${encodeTargetPayload(read.target)}`);
  }

  return (
    <form className="open-target-link" onSubmit={open} noValidate>
      <div className="field">
        <label htmlFor={`${id}-link`}>Paste a link with a target</label>
        <input
          id={`${id}-link`}
          type="text"
          value={text}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error !== null}
          aria-describedby={error === null ? undefined : `${id}-error`}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {error !== null && (
        <p className="banner banner--error" role="alert" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button">
          Open target link
        </button>
      </div>
    </form>
  );
}
