import { useEffect, useMemo, useRef, useState } from 'react';
import { QUESTION_BANK, bankFor } from '../../data/question-bank';
import { GrowthChart } from '../../charts/growth-chart';
import { SwatchLegend } from '../../charts/swatch-legend';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataTable } from '../../components/data-table';
import { formatDateTime, formatScore, formatScoreChange } from '../../domain/format';
import { MIN_RESULTS_FOR_GROWTH_LINE, toGrowthSeries } from '../../domain/growth-series';
import { retakePrefill } from '../../domain/quiz-plan';
import { compareResults } from '../../domain/result-change';
import { navigate } from '../../lib/hash-location';
import type { CompletedResult } from '../../store/saved-state';
import { useAppStore, useStorageHealth } from '../../store/store-context';
import { describeResponses } from './describe-responses';
import { SharedWithYou } from './shared-with-you';
import './history.css';

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
  const growth = useMemo(() => toGrowthSeries(results), [results]);

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
              <th scope="col">Date</th>
              <th scope="col">Shape</th>
              <th scope="col">Spectrum</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((result) => {
              const row = describeResponses(result.responses, result.bankVersion);
              const date = formatDateTime(Date.parse(result.completedAt));
              return (
                <tr key={result.id}>
                  <th scope="row">{date}</th>
                  <td>{row.shape}</td>
                  <td>{row.position}</td>
                  <td className="history__actions">
                    <a className="button button--small" href={`#/results/${result.id}`}>
                      Open<span className="visually-hidden"> the result of {date}</span>
                    </a>{' '}
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      aria-label={`Delete the result of ${date}`}
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

      {results.length >= 2 && (
        <section className="card" aria-labelledby="compare-title">
          <h2 id="compare-title">Compare two results</h2>
          <div className="history__compare-form">
            <ResultPicker
              id="compare-earlier"
              label="Earlier result"
              results={newestFirst}
              value={earlier?.id ?? ''}
              onChange={setEarlierId}
            />
            <ResultPicker
              id="compare-later"
              label="Later result"
              results={newestFirst}
              value={later?.id ?? ''}
              onChange={setLaterId}
            />
            <button type="button" className="button" onClick={() => setComparing(true)}>
              Compare with a past result
            </button>
          </div>
          {change && (
            <>
              <ul className="change-summary">
                {change.summary.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {change.bankNote && <p className="hint">{change.bankNote}</p>}
              <DataTable caption="Change per area (scores 0–100)" className="data-table--compare">
                <thead>
                  <tr>
                    <th scope="col">Area</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {change.areas.map((area) => (
                    <tr key={area.area}>
                      <th scope="row">{area.name}</th>
                      <td>{formatScore(area.before)}</td>
                      <td>{formatScore(area.after)}</td>
                      <td>{area.change === null ? '—' : formatScoreChange(area.change)}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
              <details className="data-details">
                <summary>Show the change per skill</summary>
                <DataTable caption="Change per skill (levels 0–5)">
                  <thead>
                    <tr>
                      <th scope="col">Skill</th>
                      <th scope="col">Before</th>
                      <th scope="col">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {change.items
                      .filter((item) => item.status !== 'same')
                      .map((item) => (
                        <tr key={item.itemId}>
                          <th scope="row">{item.title}</th>
                          <td>{item.before ?? (item.status === 'added' ? 'new item' : '—')}</td>
                          <td>
                            {item.after ?? (item.status === 'removed' ? 'item retired' : '—')}
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </DataTable>
              </details>
            </>
          )}
        </section>
      )}

      {results.length >= MIN_RESULTS_FOR_GROWTH_LINE && (
        <section className="card" aria-labelledby="growth-title">
          <h2 id="growth-title">Growth</h2>
          <figure className="figure">
            <GrowthChart
              rows={growth.map((point) => ({ label: point.label, ...point.scores }))}
              series={QUESTION_BANK.areas.map((area) => ({ key: area.id, name: area.name }))}
            />
            <figcaption className="chart-summary">
              <SwatchLegend names={QUESTION_BANK.areas.map((area) => area.name)} label="Lines" />
              Area scores at each result, oldest on the left; each line has its own dash pattern.
            </figcaption>
          </figure>
          <details className="data-details">
            <summary>Show growth as a table</summary>
            <DataTable caption="Area scores over time">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  {QUESTION_BANK.areas.map((area) => (
                    <th scope="col" key={area.id}>
                      {area.shortName}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {growth.map((point) => (
                  <tr key={point.date}>
                    <th scope="row">{point.label}</th>
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
        body={`The result of ${deleting ? formatDateTime(Date.parse(deleting.completedAt)) : ''} will be removed from this browser. Your other results stay.`}
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
  value: string;
  onChange: (resultId: string) => void;
}

/** One of the two results to compare, chosen by date. */
function ResultPicker({ id, label, results, value, onChange }: ResultPickerProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {results.map((result) => (
          <option key={result.id} value={result.id}>
            {formatDateTime(Date.parse(result.completedAt))}
          </option>
        ))}
      </select>
    </div>
  );
}
