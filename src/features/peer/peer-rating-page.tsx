import { useMemo, useState } from 'react';
import { bankFor } from '../../data/question-bank';
import { LazyProfileRadar } from '../../charts/lazy-charts';
import { DataTable } from '../../components/data-table';
import { toAreaRows } from '../../components/result/chart-rows';
import { readKeptPeers } from '../../components/peer/kept-peer-ratings';
import { NOT_ENOUGH_RATINGS, SelfPeerTable } from '../../components/peer/self-peer-table';
import { formatDate, formatScore } from '../../domain/format';
import { encodeReplyPayload, parseReplyLink } from '../../domain/peer-codec';
import {
  MIN_ANONYMOUS_PEERS,
  compareSelfAndPeer,
  computePeerAreaScores,
  describeSelfAbovePeer,
  medianPeerScores,
  toPeerScoreMap,
} from '../../domain/peer-scores';
import { computeProfile } from '../../domain/profile';
import { normaliseDisplayName } from '../../domain/share-codec';
import { useMediaQuery } from '../../lib/use-media-query';
import { keepPeerRating, type KeepPeerOutcome } from '../../store/peer-actions';
import { NOT_SAVED_TEXT } from '../../store/storage-health';
import { selectLatestResult } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { LinkProblem } from '../../components/link-problem';
import { SolidDashedLegend } from '../../components/solid-dashed-legend';
import '../../components/peer/peer.css';

/**
 * `#/peer/<payload>`: a colleague's ratings, opened by the person who asked. Beside
 * their latest result (same bank), self and peer per area; "Keep this rating" keeps
 * the reply with that result. Opened where there is no result, or a result on another
 * bank, it shows the ratings read-only and keeps nothing. Opening it writes nothing.
 */
export function PeerRatingPage({ link }: { link: string }) {
  const decoded = useMemo(() => parseReplyLink(link), [link]);
  // Kept in its canonical form, so the same reply opened twice is kept once.
  const payload = useMemo(() => (decoded.ok ? encodeReplyPayload(decoded.reply) : ''), [decoded]);
  const latest = useAppStore(selectLatestResult);
  const displayName = useAppStore((state) => state.settings.displayName ?? '');
  const store = useAppStoreApi();
  const [outcome, setOutcome] = useState<KeepPeerOutcome | null>(null);
  const compact = useMediaQuery('(max-width: 40rem)');

  const reply = decoded.ok ? decoded.reply : null;
  const bank = bankFor(reply?.bankVersion ?? latest?.bankVersion ?? 0);
  const peerScores = useMemo(
    () => (reply ? computePeerAreaScores(bank, reply.ratings) : []),
    [bank, reply],
  );
  const sameBank =
    latest !== undefined && reply !== null && latest.bankVersion === reply.bankVersion;
  const rows = useMemo(
    () =>
      sameBank && latest
        ? compareSelfAndPeer(bank, latest.responses, toPeerScoreMap(peerScores))
        : [],
    [sameBank, latest, bank, peerScores],
  );
  const chartRows = useMemo(
    () =>
      sameBank && latest
        ? toAreaRows(bank, computeProfile(bank, latest.responses), toPeerScoreMap(peerScores))
        : [],
    [sameBank, latest, bank, peerScores],
  );

  if (!decoded.ok || !reply)
    return <LinkProblem message={decoded.ok ? '' : decoded.error.message} />;

  const rater = reply.raterName;
  const from = rater ?? 'a colleague';
  const peerName = rater ?? 'your colleague';
  const items = bank.areas.flatMap((area) => area.items);
  const cantSay = items.filter((item) => reply.ratings[item.id] === null).length;
  const kept = latest?.peerRatings?.some((each) => each.payload === payload) ?? false;
  const note = describeSelfAbovePeer(rows, peerName);
  const own = normaliseDisplayName(displayName);
  const askedForSomeoneElse = reply.askerName !== null && own !== null && own !== reply.askerName;
  const others =
    latest && sameBank
      ? readKeptPeers(
          bank,
          (latest.peerRatings ?? []).map((p) => p.payload),
        )
      : [];
  const median = medianPeerScores(bank, others);

  function keep() {
    if (!latest || kept) return;
    setOutcome(keepPeerRating(store, latest.id, payload));
  }

  return (
    <article className="page results peer-read">
      <header className="results__header">
        <p className="eyebrow">Peer rating</p>
        <h1>Peer rating from {from}</h1>
        <p className="section-lede">
          {rater ?? 'A colleague'} rated {reply.askerName ? `“${reply.askerName}”` : 'you'} on{' '}
          {items.length - cantSay} of {items.length} statements (“can’t say” on {cantSay}). The
          ratings are carried in the link; nothing was sent anywhere. A peer’s view never changes
          your own scores, your shape or your share link.
        </p>
      </header>

      {latest === undefined && (
        <p className="callout" role="note">
          There is no result of yours in this browser, so this rating is shown on its own,
          read-only, and nothing is kept. If you asked for it, open the link in the browser where
          you took the assessment.
        </p>
      )}
      {latest !== undefined && !sameBank && (
        <div className="banner banner--warning" role="alert">
          This rating was given on question bank {reply.bankVersion}, and your latest result uses
          bank {latest.bankVersion}, so the two cannot be set side by side and it is not kept.
          Nothing has changed: ask again from your latest result for a rating to compare.
        </div>
      )}
      {askedForSomeoneElse && sameBank && (
        <p className="callout callout--warning">
          This rating was asked for “{reply.askerName}”, and your display name here is “{own}”. Keep
          it only if it is about you.
        </p>
      )}

      {sameBank && latest ? (
        <>
          <section className="results__section card" aria-labelledby="self-peer-title">
            <h2 id="self-peer-title">Self and peer</h2>
            <p className="hint">
              Compared with your latest result, completed{' '}
              {formatDate(Date.parse(latest.completedAt), 'long', 'local')}.
            </p>
            <SelfPeerTable rows={rows} caption="Self and peer" hideCaption />
            {note && (
              <p className="peer-read__note">
                <span aria-hidden="true">⚑ </span>
                {note}
              </p>
            )}
            {rows.some((row) => row.peer === null) && (
              <p className="hint">
                “{NOT_ENOUGH_RATINGS}”: {peerName} rated fewer than half of that area’s statements,
                too few for a score.
              </p>
            )}
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                aria-disabled={kept}
                onClick={keep}
              >
                {kept ? 'Kept with your latest result' : 'Keep this rating'}
              </button>
            </div>
            <p role="status" className="share__status">
              {kept && (
                <>
                  Kept with your latest result. It shows in your <a href="#/history">history</a>.
                </>
              )}
            </p>
            {outcome === 'not-saved' && (
              <p className="banner banner--warning" role="alert">
                {NOT_SAVED_TEXT}
              </p>
            )}
            {outcome === 'full' && (
              <p className="banner banner--warning" role="alert">
                Your latest result already keeps as many peer ratings as it can. Nothing was kept.
              </p>
            )}
          </section>

          <section className="results__section card" aria-labelledby="peer-radar-title">
            <h2 id="peer-radar-title">Profile</h2>
            <figure className="figure">
              <LazyProfileRadar
                rows={chartRows}
                you={{ name: 'You' }}
                compare={{ name: peerName }}
                compact={compact}
              />
              <figcaption className="chart-summary">
                <SolidDashedLegend solid="You" dashed={peerName} />
                Your five area scores, with {peerName}’s view over them; an area without enough
                ratings is drawn at 0. The table above holds every value.
              </figcaption>
            </figure>
          </section>

          {others.length > 1 && (
            <section className="results__section card" aria-labelledby="peer-median-title">
              <h2 id="peer-median-title">All your colleagues</h2>
              {median.shown ? (
                <SelfPeerTable
                  rows={compareSelfAndPeer(bank, latest.responses, median.scores)}
                  caption={`Self and the median of ${others.length} peers`}
                  peerLabel="Peer median"
                />
              ) : (
                <p className="hint">
                  The median of your colleagues shows once {MIN_ANONYMOUS_PEERS} have rated, because
                  some did not give their name.
                </p>
              )}
            </section>
          )}
        </>
      ) : (
        <section className="results__section card" aria-labelledby="peer-only-title">
          <h2 id="peer-only-title">The ratings</h2>
          <DataTable caption="Peer rating per area">
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Peer</th>
                <th scope="col">Statements rated</th>
              </tr>
            </thead>
            <tbody>
              {peerScores.map((area) => (
                <tr key={area.id}>
                  <th scope="row">{area.name}</th>
                  <td>{area.score === null ? NOT_ENOUGH_RATINGS : formatScore(area.score)}</td>
                  <td>
                    {area.rated} of {area.items}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </section>
      )}

      <details className="data-details results__section">
        <summary>Show each sub-skill</summary>
        <DataTable caption="Sub-skills: self and peer levels (0–5)">
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Sub-skill</th>
              {sameBank && <th scope="col">Self</th>}
              <th scope="col">Peer</th>
            </tr>
          </thead>
          <tbody>
            {bank.areas.flatMap((area) =>
              area.items.map((item) => {
                const peerLevel = reply.ratings[item.id];
                return (
                  <tr key={item.id}>
                    <td>{area.shortName}</td>
                    <th scope="row">{item.title}</th>
                    {sameBank && <td>{latest?.responses[item.id] ?? '—'}</td>}
                    <td>
                      {peerLevel === null || peerLevel === undefined ? 'Can’t say' : peerLevel}
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </DataTable>
      </details>
    </article>
  );
}
