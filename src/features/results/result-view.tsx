import { useMemo, useState } from 'react';
import type { QuestionBank } from '../../data/bank-types';
import { REFERENCE_PROFILES } from '../../data/reference-profiles';
import { ProfileRadar } from '../../charts/profile-radar';
import { TShapeChart } from '../../charts/tshape-chart';
import { findShapeLevers, suggestNextSteps } from '../../domain/growth';
import { computeProfile } from '../../domain/profile';
import { describeFlag, describeShape } from '../../domain/reading';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD } from '../../domain/shape';
import { useMediaQuery } from '../../lib/use-media-query';
import { toAreaRows } from './chart-rows';
import { AreaReadings } from './area-readings';
import { CheckAnswers } from './check-answers';
import { SpectrumSection } from './spectrum-section';

export interface ResultViewProps {
  bank: QuestionBank;
  responses: Readonly<Record<string, number>>;
  timings?: Readonly<Record<string, number>>;
  /** Offered beside the flags when the viewer owns the result and can revise it. */
  onReview?: () => void;
}

const PERCENT = new Intl.NumberFormat('en-GB', { style: 'percent' });

/** Everything a result says, for the person who took it. */
export function ResultView({ bank, responses, timings, onReview }: ResultViewProps) {
  const compact = useMediaQuery('(max-width: 40rem)');
  const profile = useMemo(
    () => computeProfile(bank, responses, timings),
    [bank, responses, timings],
  );
  const [referenceId, setReferenceId] = useState('');
  const reference = REFERENCE_PROFILES.find((each) => each.id === referenceId);
  const rows = useMemo(() => toAreaRows(bank, profile), [bank, profile]);
  const radarRows = useMemo(
    () => toAreaRows(bank, profile, reference?.areas),
    [bank, profile, reference],
  );
  const levers = useMemo(() => findShapeLevers(bank, responses), [bank, responses]);
  const nextSteps = useMemo(() => suggestNextSteps(bank, responses), [bank, responses]);
  const statement = describeShape(bank, profile);

  return (
    <>
      <div className="results__headline">
        <h2 className="results__statement">{statement}</h2>
        <p className="results__confidence">
          <span className="pill">
            {profile.shape}, {PERCENT.format(profile.shapeFrequency)}
          </span>{' '}
          of 1,000 resamples of your answers give the same shape.
          {profile.nearest.length > 0 && (
            <>
              {' '}
              Nearest reference profiles:{' '}
              {profile.nearest.map((match) => match.name).join(' and then ')} — a map, not a ruler.
            </>
          )}
        </p>
      </div>

      {profile.flags.length > 0 && (
        <section className="callout callout--warning" aria-labelledby="flags-title">
          <h2 id="flags-title">Worth a second look</h2>
          <ul>
            {profile.flags.map((flag) => (
              <li key={`${flag.kind}-${'area' in flag ? flag.area : ''}`}>
                {describeFlag(bank, flag)}
              </li>
            ))}
          </ul>
          <p className="hint">These notes never change your scores.</p>
          {onReview && (
            <p className="callout__action">
              <button type="button" className="button button--small" onClick={onReview}>
                Review your answers
              </button>
            </p>
          )}
        </section>
      )}

      <section className="results__section card" aria-labelledby="tshape-title">
        <h2 id="tshape-title">Breadth and depth</h2>
        <figure className="figure">
          <TShapeChart
            rows={rows}
            you={{ name: 'You' }}
            breadthThreshold={BREADTH_THRESHOLD}
            depthThreshold={DEPTH_THRESHOLD}
            compact={compact}
          />
          <figcaption className="chart-summary">
            Each column hangs from the top line: an area at {BREADTH_THRESHOLD} or more is broad, at{' '}
            {DEPTH_THRESHOLD} or more deep. ★ marks your home area. {statement}.
          </figcaption>
        </figure>
        <details className="data-details">
          <summary>Show breadth and depth as a table</summary>
          <table className="data-table">
            <caption>Area scores</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Score (0–100)</th>
                <th scope="col">80% interval</th>
                <th scope="col">Broad / deep</th>
              </tr>
            </thead>
            <tbody>
              {profile.areas.map((area) => (
                <tr key={area.id}>
                  <th scope="row">{area.name}</th>
                  <td>{area.score === null ? 'Not answered' : Math.round(area.score)}</td>
                  <td>
                    {area.interval
                      ? `${Math.round(area.interval[0])}–${Math.round(area.interval[1])}`
                      : '—'}
                  </td>
                  <td>{area.deep ? 'Deep' : area.broad ? 'Broad' : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <SpectrumSection profile={profile} subjectName="You" />

      <section className="results__section card" aria-labelledby="radar-title">
        <h2 id="radar-title">Profile</h2>
        <div className="field field--inline">
          <label htmlFor="reference-select">Overlay a reference profile</label>
          <select
            id="reference-select"
            value={referenceId}
            onChange={(event) => setReferenceId(event.target.value)}
          >
            <option value="">None</option>
            {REFERENCE_PROFILES.map((each) => (
              <option key={each.id} value={each.id}>
                {each.name}
              </option>
            ))}
          </select>
        </div>
        {reference && <p className="hint">{reference.description}</p>}
        <figure className="figure">
          <ProfileRadar
            rows={radarRows}
            you={{ name: 'You' }}
            {...(reference ? { compare: { name: reference.name } } : {})}
            compact={compact}
          />
          <figcaption className="chart-summary">
            <span className="legend">
              <span className="legend__item legend__item--you">You (solid)</span>
              {reference && (
                <span className="legend__item legend__item--compare">
                  {reference.name} (dashed)
                </span>
              )}
            </span>
            Your five area scores on one wheel
            {reference ? `, over the ${reference.name} sketch` : ''}.
          </figcaption>
        </figure>
        <details className="data-details">
          <summary>Show the profile as a table</summary>
          <table className="data-table">
            <caption>Profile{reference ? ` and ${reference.name}` : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">You</th>
                {reference && <th scope="col">{reference.name}</th>}
              </tr>
            </thead>
            <tbody>
              {radarRows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{Math.round(row.score)}</td>
                  {reference && <td>{row.compare}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <AreaReadings bank={bank} profile={profile} levers={levers} nextSteps={nextSteps} />
      <CheckAnswers bank={bank} responses={responses} />
    </>
  );
}
