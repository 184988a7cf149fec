import { useId, useRef, useState } from 'react';
import type { AreaId, QuestionBank } from '../../data/bank-types';
import type { AreaTargets } from '../../domain/growth-plan';
import { normaliseDisplayName } from '../../domain/share-codec';
import { MAX_TARGET_TITLE_CHARACTERS, shareTarget } from '../../domain/target-codec';
import { copyLink } from '../../lib/clipboard';
import { buildLinkUrl } from '../../lib/share-url';
import { AreaTargetFields } from './area-target-fields';

/**
 * For a lead (or anyone): per-area targets with a title, as a target link
 * (`#/t/<payload>`) to send. It starts from the target shown; nothing here is saved,
 * the link is the whole of it.
 */
export function TargetLinkMaker({
  bank,
  initialTitle,
  initialAreas,
}: {
  bank: QuestionBank;
  initialTitle: string;
  initialAreas: AreaTargets;
}) {
  const id = useId();
  const [title, setTitle] = useState(initialTitle);
  const [areas, setAreas] = useState<AreaTargets>(initialAreas);
  const [status, setStatus] = useState('');
  const linkRef = useRef<HTMLInputElement>(null);
  const shared = shareTarget({
    title: normaliseDisplayName(title, MAX_TARGET_TITLE_CHARACTERS),
    areas,
  });
  const url = shared.ok ? buildLinkUrl('target', shared.payload) : '';

  async function copy() {
    if (!shared.ok) return;
    setStatus(
      await copyLink(
        url,
        linkRef.current,
        'Target link copied. Whoever opens it sees the target and chooses whether to use it.',
      ),
    );
  }

  return (
    <div className="target-link-maker">
      <p className="section-lede">
        Set what a role asks for once, then send it as a link: each person who opens it sees the
        target beside their own result and chooses whether to plan towards it. The link holds the
        title and the five targets, nothing else.
      </p>
      <div className="field">
        <label htmlFor={`${id}-title`}>Target title</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          maxLength={MAX_TARGET_TITLE_CHARACTERS * 2}
          aria-describedby={`${id}-title-hint`}
          onChange={(event) => setTitle(event.target.value)}
        />
        <p className="hint" id={`${id}-title-hint`}>
          For example “Senior ML engineer at Acme”; up to {MAX_TARGET_TITLE_CHARACTERS} characters.
        </p>
      </div>
      <AreaTargetFields
        bank={bank}
        legend="Targets in the link"
        initial={initialAreas}
        onChange={(next: Record<AreaId, number>) => setAreas(next)}
      />
      <div className="field">
        <label htmlFor={`${id}-link`}>Target link</label>
        <input
          ref={linkRef}
          id={`${id}-link`}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
        {!shared.ok && <p className="field__error">{shared.problem}</p>}
      </div>
      <div className="button-row">
        <button type="button" className="button" disabled={!shared.ok} onClick={() => void copy()}>
          Copy target link
        </button>
      </div>
      <p role="status" className="share__status">
        {status}
      </p>
    </div>
  );
}
