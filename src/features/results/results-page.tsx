import { ASSESSMENT_MINUTES } from '../../data/bank-version';
import { bankFor } from '../../data/question-bank';
import { formatDate } from '../../domain/format';
import { navigate } from '../../lib/hash-location';
import type { CompletedResult } from '../../store/saved-state';
import { selectLatestResult } from '../../store/selectors';
import { useAppStore } from '../../store/store-context';
import { ResultView } from '../../components/result/result-view';
import { AskColleague } from '../../components/peer/ask-colleague';
import { GrowthInterests } from './growth-interests';
import { SharePanel } from './share-panel';
import './results.css';

const SHARE_NAME_FIELD = 'share-display-name';

/** `#/results`: the person's latest completed result; `#/results/<id>`: one from their history. */
export function ResultsPage({ resultId }: { resultId?: string } = {}) {
  const newest = useAppStore(selectLatestResult);
  const chosen = useAppStore((state) =>
    resultId === undefined ? undefined : state.results.find((result) => result.id === resultId),
  );
  const latest = resultId === undefined ? newest : chosen;
  const reviewResult = useAppStore((state) => state.reviewResult);

  if (!latest) {
    return (
      <section className="page page--narrow">
        <h1>Your T-shape</h1>
        <p>
          {resultId === undefined
            ? `You have no completed assessment yet. It takes about ${ASSESSMENT_MINUTES} minutes.`
            : 'This result is not in this browser’s history (it may have been deleted).'}
        </p>
        <p>
          <a className="button button--primary" href="#/assess">
            Start assessment
          </a>
        </p>
      </section>
    );
  }

  const bank = bankFor(latest.bankVersion);
  return (
    <article className="page results">
      <header className="results__header">
        <p className="eyebrow">
          Completed {formatDate(Date.parse(latest.completedAt), 'long', 'local')}
        </p>
        <div className="results__title-row">
          <h1>
            Your <span className="nowrap">T-shape</span>
          </h1>
          <div className="button-row no-print">
            <button
              type="button"
              className="button button--small"
              onClick={() => document.getElementById(SHARE_NAME_FIELD)?.focus()}
            >
              Share
            </button>
            <button type="button" className="button button--small" onClick={() => window.print()}>
              Print
            </button>
          </div>
        </div>
      </header>
      <ResultView
        bank={bank}
        responses={latest.responses}
        timings={latest.timings}
        onReview={() => {
          reviewResult(latest.id);
          navigate('/assess');
        }}
        after={
          <>
            <GrowthInterests bank={bank} result={latest} />
            <SharePanel result={latest} nameFieldId={SHARE_NAME_FIELD} />
            <AskColleagueAs result={latest} />
          </>
        }
      />
    </article>
  );
}

/**
 * "Ask a colleague" with the name typed in the share panel. It reads the name itself, so
 * a keystroke in that field re-renders this and the panel, never the charts above.
 */
function AskColleagueAs({ result }: { result: CompletedResult }) {
  const displayName = useAppStore((state) => state.settings.displayName ?? '');
  return (
    <AskColleague
      displayName={displayName}
      bankVersion={result.bankVersion}
      keptCount={result.peerRatings?.length ?? 0}
    />
  );
}
