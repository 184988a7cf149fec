import { useEffect, useMemo, useRef, useState } from 'react';
import { QUESTION_BANK, bankFor } from '../../data/question-bank';
import { GrowthLegend } from '../../charts/growth-marks';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataTable } from '../../components/data-table';
import { KeptPeerRatings } from '../../components/peer/kept-peer-ratings';
import { RemovePeerRatings } from './remove-peer-ratings';
import { formatCountOf, formatScore } from '../../domain/format';
import { describeGrowthSpan, tellResultChange } from '../../domain/growth-story';
import {
  MIN_RESULTS_FOR_GROWTH_LINE,
  labelResults,
  toGrowthSeries,
  type ResultLabel,
} from '../../domain/growth-series';
import { retakePrefill } from '../../domain/quiz-plan';
import { compareResults } from '../../domain/result-change';
import { navigate } from '../../lib/hash-location';
import { useMediaQuery } from '../../lib/use-media-query';
import type { CompletedResult } from '../../store/saved-state';
import { useAppStore, useStorageHealth } from '../../store/store-context';
import { ComparedResults } from './compared-results';
import { describeResponses } from './describe-responses';
import { LazyGrowthChart } from './lazy-growth-chart';
import { SharedWithYou } from './shared-with-you';
import './history.css';

const AREA_NAMES = Object.fromEntries(QUESTION_BANK.areas.map((area) => [area.id, area.name]));

/** "4 Dec 2026, 08:04 (Result 3)": a result named in a button's or a dialog's words. */
function nameResult(label: ResultLabel | undefined): string {
  return label ? `${label.when} (${label.name})` : 'this result';
}

/** `#/history`: every completed result, growth over time, and change between two of them. */
export function HistoryPage() {
  const results = useAppStore((state) => state.results);
  const retakeAssessment = useAppStore((state) => state.retakeAssessment);
  const deleteResult = useAppStore((state) => state.deleteResult);
  const unreadable = useStorageHealth((health) => health.hold === 'read-failed');
  const newestFirst = useMemo(() => [...results].reverse(), [results]);
  const [earlierId, setEarlierId] = useState('');
  const [laterId, setLaterId] = useState('');
  const [comparing, setComparing] = useState(false);
  const [deleting, setDeleting] = useState<CompletedResult | null>(null);

  const later = results.find((result) => result.id === laterId) ?? newestFirst[0];
  const earlier = results.find((result) => result.id === earlierId) ?? newestFirst[1];
  const change = useMemo(
    () => (comparing && earlier && later ? compareResults(earlier, later) : null),
    [comparing, earlier, later],
  );
  const compact = useMediaQuery('(max-width: 40rem)');
  // One name per result, the same in the list, the pickers, the comparison and the chart.
  const labels = useMemo(() => {
    const each = labelResults(
      results.map((result) => result.completedAt),
      'local',
    );
    return new Map(results.map((result, index) => [result.id, each[index]]));
  }, [results]);
  const growth = useMemo(() => toGrowthSeries(results, 'local'), [results]);
  const growthSummary = useMemo(() => {
    const [first, last] = [growth[0]?.label, growth.at(-1)?.label];
    const byName = (label: ResultLabel | undefined) =>
      results.find((result) => labels.get(result.id)?.name === label?.name);
    const [oldest, newest] = [byName(first), byName(last)];
    if (!first || !last || !oldest || !newest) return '';
    return describeGrowthSpan(
      tellResultChange(compareResults(oldest, newest)),
      first.name,
      last.name,
    );
  }, [results, growth, labels]);

  // The dialog hands focus back to the Delete button that opened it, but a confirmed delete
  // takes that button's row away: move focus to the list's heading instead of to nowhere.
  const listTitleRef = useRef<HTMLHeadingElement>(null);
  const emptyTitleRef = useRef<HTMLHeadingElement>(null);
  const focusListAfterDelete = useRef(false);
  useEffect(() => {
    if (!focusListAfterDelete.current) return;
    focusListAfterDelete.current = false;
    (listTitleRef.current ?? emptyTitleRef.current)?.focus();
  }, [results]);

  function retake() {
    const latest = results.at(-1);
    retakeAssessment(
      latest
        ? retakePrefill(latest.responses, QUESTION_BANK, bankFor(latest.bankVersion))
        : undefined,
    );
    navigate('/assess');
  }

  if (results.length === 0) {
    return (
      <div className="page page--narrow history">
        <h1 ref={emptyTitleRef} tabIndex={-1}>
          History
        </h1>
        {unreadable ? (
          <p>
            Your saved results cannot be read in this browser just now, so none are shown (see the
            message at the top). Nothing saved has been changed.
          </p>
        ) : (
          <p>No completed results yet. Each time you finish the assessment, it is kept here.</p>
        )}
        <p>
          <a className="button button--primary" href="#/assess">
            Start assessment
          </a>
        </p>
        <SharedWithYou />
      </div>
    );
  }

  return (
    <div className="page history">
      <header>
        <h1>History</h1>
        <p className="section-lede">
          Every result you have completed in this browser, newest first. Retake the assessment after
          a quarter, a new role or a course to see what moved.
        </p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={retake}>
            Retake
          </button>
        </div>
        <p className="hint">
          A retake starts from your last answers, so you only change what moved.
        </p>
      </header>

      <section className="card" aria-labelledby="results-list-title">
        <h2 id="results-list-title" ref={listTitleRef} tabIndex={-1}>
          Results
        </h2>
        <DataTable caption="Your results" className="members-table">
          <thead>
            <tr>
              <th scope="col">Result</th>
              <th scope="col">Shape</th>
              <th scope="col" className="history__spectrum">
                Spectrum
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((result) => {
              const row = describeResponses(result.responses, result.bankVersion);
              const label = labels.get(result.id);
              const named = nameResult(label);
              return (
                <tr key={result.id}>
                  <th scope="row">
                    <span className="history__result-name">{label?.name}</span>{' '}
                    <span className="history__result-when">{label?.when}</span>
                    {(result.peerRatings?.length ?? 0) > 0 && (
                      <span className="history__result-when">
                        {' '}
                        {formatCountOf(
                          result.peerRatings?.length ?? 0,
                          'peer rating',
                          'peer ratings',
                        )}
                      </span>
                    )}
                  </th>
                  <td>{row.shape}</td>
                  <td className="history__spectrum">{row.position}</td>
                  <td className="history__actions">
                    <a className="button button--small" href={`#/results/${result.id}`}>
                      Open<span className="visually-hidden"> the result of {named}</span>
                    </a>{' '}
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={`Delete the result of ${named}`}
                      onClick={() => setDeleting(result)}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      </section>

      {newestFirst.some((result) => (result.peerRatings?.length ?? 0) > 0) && (
        <section className="card" aria-labelledby="peer-ratings-title">
          <h2 id="peer-ratings-title">Peer ratings</h2>
          {newestFirst.map((result) =>
            result.peerRatings?.length ? (
              <section
                key={result.id}
                aria-label={`Peer ratings of ${nameResult(labels.get(result.id))}`}
              >
                <h3>{nameResult(labels.get(result.id))}</h3>
                <KeptPeerRatings
                  bank={bankFor(result.bankVersion)}
                  responses={result.responses}
                  payloads={result.peerRatings.map((each) => each.payload)}
                  resultName={nameResult(labels.get(result.id))}
                />
                <RemovePeerRatings
                  resultId={result.id}
                  resultName={nameResult(labels.get(result.id))}
                  ratings={result.peerRatings}
                />
              </section>
            ) : null,
          )}
        </section>
      )}

      {results.length >= 2 && (
        <section className="card" aria-labelledby="compare-title">
          <h2 id="compare-title">Compare two results</h2>
          <div className="history__compare-form">
            <ResultPicker
              id="compare-earlier"
              label="Earlier result"
              results={newestFirst}
              labels={labels}
              value={earlier?.id ?? ''}
              onChange={setEarlierId}
            />
            <ResultPicker
              id="compare-later"
              label="Later result"
              results={newestFirst}
              labels={labels}
              value={later?.id ?? ''}
              onChange={setLaterId}
            />
            <button type="button" className="button" onClick={() => setComparing(true)}>
              Compare with a past result
            </button>
          </div>
          {change && earlier && later && (
            <ComparedResults
              change={change}
              earlier={earlier}
              later={later}
              earlierLabel={labels.get(earlier.id)}
              laterLabel={labels.get(later.id)}
              compact={compact}
            />
          )}
        </section>
      )}

      {results.length >= MIN_RESULTS_FOR_GROWTH_LINE && (
        <section className="card" aria-labelledby="growth-title">
          <h2 id="growth-title">Growth</h2>
          <figure className="figure">
            <LazyGrowthChart
              rows={growth.map((point) => ({
                label: point.label.name,
                when: point.label.when,
                short: point.label.short,
                ...point.scores,
              }))}
              names={AREA_NAMES}
              compact={compact}
            />
            <figcaption className="chart-summary">
              <GrowthLegend names={AREA_NAMES} label="Lines" />
              Area scores at each result, oldest on the left. Areas on the Stats side are drawn in
              blue, those on the Engineering side in orange, Business communication in grey; each
              line also has its own dash and marker shape. {growthSummary}
            </figcaption>
          </figure>
          <details className="data-details">
            <summary>Show growth as a table</summary>
            <DataTable caption="Area scores over time">
              <thead>
                <tr>
                  <th scope="col">Result</th>
                  {QUESTION_BANK.areas.map((area) => (
                    <th scope="col" key={area.id}>
                      {area.shortName}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {growth.map((point) => (
                  <tr key={point.label.name}>
                    <th scope="row">{point.label.text}</th>
                    {QUESTION_BANK.areas.map((area) => (
                      <td key={area.id}>{formatScore(point.scores[area.id] ?? null)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </details>
        </section>
      )}

      <SharedWithYou />

      <ConfirmDialog
        open={deleting !== null}
        title="Delete this result?"
        body={`The result of ${nameResult(deleting ? labels.get(deleting.id) : undefined)} will be removed from this browser. Your other results stay.`}
        confirmLabel="Delete result"
        onConfirm={() => {
          if (deleting) {
            focusListAfterDelete.current = true;
            deleteResult(deleting.id);
          }
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      />
    </div>
  );
}

interface ResultPickerProps {
  id: string;
  label: string;
  results: readonly CompletedResult[];
  labels: ReadonlyMap<string, ResultLabel | undefined>;
  value: string;
  onChange: (resultId: string) => void;
}

/** One of the two results to compare, chosen by its name and date. */
function ResultPicker({ id, label, results, labels, value, onChange }: ResultPickerProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {results.map((result) => (
          <option key={result.id} value={result.id}>
            {labels.get(result.id)?.text}
          </option>
        ))}
      </select>
    </div>
  );
}
