import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { bankFor } from '../../data/question-bank';
import { MAX_NAME_CHARACTERS, LINK_ROUTES } from '../../domain/share-codec';
import { encodeReplyPayload, parseRequestLink } from '../../domain/peer-codec';
import { copyLink } from '../../lib/clipboard';
import { buildLinkUrl } from '../../lib/share-url';
import { LinkProblem } from '../../components/link-problem';
import { PeerRatingGroup } from './peer-rating-group';
import {
  canKeepDrafts,
  readDraft,
  removeDraft,
  writeDraft,
  type RatingDraft,
} from './rating-draft';
import '../../components/peer/peer.css';

const groupId = (itemId: string) => `rate-${itemId}`;

/**
 * `#/ask/<payload>`: a colleague rates the person who asked, on the same rating items
 * in the same steps as the quiz, in their own browser. Works without any result of
 * their own, and writes nothing to the app's store: progress stays in this tab
 * (rating-draft.ts) until the reply link is made.
 */
export function RatePage({ link }: { link: string }) {
  const decoded = useMemo(() => parseRequestLink(link), [link]);
  const requestPayload = link.slice(LINK_ROUTES.ask.length);
  const [draft, setDraft] = useState<RatingDraft>(() => readDraft(requestPayload));
  const [missing, setMissing] = useState<readonly string[]>([]);
  const [reply, setReply] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [canKeep] = useState(canKeepDrafts);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const replyRef = useRef<HTMLInputElement>(null);
  const stepIndex = draft.step;

  useEffect(() => {
    if (stepIndex > 0) headingRef.current?.focus();
  }, [stepIndex]);
  useEffect(() => {
    if (reply) replyRef.current?.focus();
  }, [reply]);

  if (!decoded.ok) return <LinkProblem message={decoded.error.message} />;
  const { request } = decoded;
  const bank = bankFor(request.bankVersion);
  const step = bank.areas[Math.min(stepIndex, bank.areas.length - 1)];
  if (!step) return null;
  const isLast = stepIndex >= bank.areas.length - 1;
  const them = request.name ?? 'your colleague';
  const items = bank.areas.flatMap((area) => area.items);
  const answered = items.filter((item) => draft.ratings[item.id] !== undefined).length;

  function update(change: Partial<RatingDraft>) {
    setDraft((current) => {
      const next = { ...current, ...change };
      writeDraft(requestPayload, next);
      return next;
    });
  }

  function answer(itemId: string, value: number | null) {
    setDraft((current) => {
      const next = { ...current, ratings: { ...current.ratings, [itemId]: value } };
      writeDraft(requestPayload, next);
      return next;
    });
    setMissing((ids) => ids.filter((id) => id !== itemId));
    setReply(null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!step) return;
    const unanswered = step.items.filter((item) => draft.ratings[item.id] === undefined);
    setMissing(unanswered.map((item) => item.id));
    const first = unanswered[0];
    if (first) {
      const group = document.getElementById(groupId(first.id));
      group?.focus({ preventScroll: true });
      group?.scrollIntoView({ block: 'start' });
      return;
    }
    if (!isLast) {
      update({ step: stepIndex + 1 });
      window.scrollTo(0, 0);
      return;
    }
    const payload = encodeReplyPayload({
      bankVersion: request.bankVersion,
      askerName: request.name,
      raterName: draft.raterName,
      ratings: draft.ratings,
    });
    setReply(buildLinkUrl('peer', payload));
    setStatus('');
    if (!draft.keepCopy) removeDraft(requestPayload);
  }

  async function copy() {
    if (!reply) return;
    setStatus(
      await copyLink(reply, replyRef.current, `Reply link copied. Send it back to ${them}.`),
    );
  }

  const cantSay = items.filter((item) => draft.ratings[item.id] === null).length;
  const raterName = draft.raterName.trim();

  return (
    <div className="page quiz peer-rate">
      <header className="quiz__header">
        <p className="eyebrow">
          Rating request · step {stepIndex + 1} of {bank.areas.length}
        </p>
        <h1 className="peer-rate__title">Rate {request.name ?? 'a colleague'}</h1>
        {stepIndex === 0 && (
          <div className="callout peer-rate__intro">
            <p>
              {request.name ?? 'A colleague'} asked for your view of their skills. For each skill,{' '}
              <strong>
                pick the highest statement that was true of them in the last 12 months
              </strong>
              , or “Can’t say” where you have not seen their work. Levels build on each other.
            </p>
            <p>
              Nothing is sent anywhere. Your ratings go only into the reply link you make at the end
              and choose to send. While you rate, this tab keeps your progress, so a reload picks up
              where you were; nothing is kept in this browser after that unless you ask.
            </p>
            {!canKeep && (
              <p className="peer-rate__no-keep">
                <strong>This tab cannot keep your progress</strong> (its storage is blocked or
                full): a reload would lose your ratings. Make the reply link before you close or
                reload it.
              </p>
            )}
          </div>
        )}
      </header>
      <div className="quiz-progress">
        <div className="quiz-progress__meta">
          <span>
            {answered} of {items.length} rated
          </span>
        </div>
        <div
          className="quiz-progress__track"
          role="progressbar"
          aria-label="Rating progress"
          aria-valuemin={0}
          aria-valuemax={items.length}
          aria-valuenow={answered}
        >
          <div
            className="quiz-progress__fill"
            style={{ width: `${Math.round((answered / items.length) * 100)}%` }}
          />
        </div>
      </div>
      <h2 ref={headingRef} tabIndex={-1} className="peer-rate__area">
        {step.name}
      </h2>
      <p className="quiz__summary">{step.summary}</p>
      <form className="quiz-form" noValidate onSubmit={submit}>
        <div aria-live="assertive">
          {missing.length > 0 && (
            <div className="banner banner--error" role="alert">
              {missing.length === 1
                ? 'One skill on this step still needs an answer.'
                : `${missing.length} skills on this step still need an answer.`}{' '}
              Choose a statement or “Can’t say” in each highlighted one.
            </div>
          )}
        </div>
        {step.items.map((item) => (
          <PeerRatingGroup
            key={item.id}
            groupId={groupId(item.id)}
            item={item}
            missing={missing.includes(item.id)}
            value={draft.ratings[item.id]}
            onAnswer={answer}
          />
        ))}
        {isLast && (
          <fieldset className="peer-rate__finish">
            <legend className="question__title">Your reply</legend>
            <div className="field">
              <label htmlFor="rater-name">Your name (optional)</label>
              <input
                id="rater-name"
                type="text"
                autoComplete="name"
                maxLength={200}
                value={draft.raterName}
                aria-describedby="rater-name-hint"
                onChange={(event) => {
                  update({ raterName: event.target.value });
                  setReply(null);
                }}
              />
              <p id="rater-name-hint" className="hint">
                Goes into the reply link, so {them} knows whose view it is; up to{' '}
                {MAX_NAME_CHARACTERS} characters. Leave it empty to reply without a name.
              </p>
            </div>
            <label className="peer-rate__keep">
              <input
                type="checkbox"
                checked={draft.keepCopy}
                onChange={(event) => update({ keepCopy: event.target.checked })}
              />{' '}
              Keep my ratings in this tab after making the link, to change them and make a new one
            </label>
          </fieldset>
        )}
        <div className="quiz-form__nav">
          <button
            type="button"
            className="button"
            disabled={stepIndex === 0}
            onClick={() => update({ step: Math.max(0, stepIndex - 1) })}
          >
            Back
          </button>
          <button type="submit" className="button button--primary">
            {isLast ? 'Create reply link' : 'Next'}
          </button>
        </div>
      </form>
      {isLast && reply && (
        <section className="card peer-rate__reply" aria-labelledby="reply-title">
          <h2 id="reply-title">Your reply link</h2>
          <div className="field">
            <label htmlFor="reply-link">Reply link</label>
            <input
              ref={replyRef}
              id="reply-link"
              type="text"
              readOnly
              value={reply}
              aria-describedby="reply-holds"
              onFocus={(event) => event.target.select()}
            />
          </div>
          <p id="reply-holds" className="hint">
            It holds exactly this: your {items.length - cantSay} ratings and {cantSay} “can’t say”,{' '}
            {raterName ? <>your name as “{raterName}”</> : 'no name of yours'},{' '}
            {request.name ? <>the name “{request.name}” from the request</> : 'no name for them'},
            and the question bank version ({request.bankVersion}). Nothing has been sent anywhere;{' '}
            {draft.keepCopy
              ? 'your ratings stay in this tab until you close it.'
              : 'your ratings are no longer kept in this browser.'}
          </p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => void copy()}>
              Copy reply link
            </button>
          </div>
          <p role="status" className="share__status">
            {status}
          </p>
        </section>
      )}
    </div>
  );
}
