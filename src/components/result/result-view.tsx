import { useMemo, useState, type ReactNode } from 'react';
import type { QuestionBank } from '../../data/bank-types';
import { REFERENCE_PROFILES } from '../../data/reference-profiles';
import { formatScore, formatScoreRange } from '../../domain/format';
import { findShapeLevers, suggestNextSteps } from '../../domain/growth';
import { computeProfile } from '../../domain/profile';
import { describeNearest } from '../../domain/reference-match';
import { describeHeadline, describePerson } from '../../domain/headline';
import { describeFlag } from '../../domain/reading';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD } from '../../domain/shape';
import { useMediaQuery } from '../../lib/use-media-query';
import { AreaReadings } from './area-readings';
import { ChartExport } from './chart-export';
import { CheckAnswers } from './check-answers';
import { toAreaRows, toAreaScores } from './chart-rows';
import { ComparisonTable } from './comparison-table';
import { DataTable } from '../data-table';
import { LazyProfileRadar, LazyTShapeChart } from '../../charts/lazy-charts';
import { SolidDashedLegend } from '../solid-dashed-legend';
import { NextSteps } from './next-steps';
import { SpectrumSection } from './spectrum-section';
import './result.css';

/** Whose result this is: "You" for one's own, a display name for a shared one. */
export interface Subject {
  readonly name: string;
  readonly isViewer: boolean;
  /** Someone else's result whose link carries no name: its sentences say "they". */
  readonly unnamed?: boolean;
}

export interface ComparedResult {
  readonly name: string;
  readonly responses: Readonly<Record<string, number>>;
  /** The bank the compared result was made with, when not the shown result's. */
  readonly bank?: QuestionBank;
}

export interface ResultViewProps {
  bank: QuestionBank;
  responses: Readonly<Record<string, number>>;
  timings?: Readonly<Record<string, number>>;
  subject?: Subject;
  /** A second result drawn over this one: on the T-shape, the spectrum and the radar. */
  compare?: ComparedResult;
  /** Offered beside the flags when the viewer owns the result and can revise it. */
  onReview?: () => void;
  /** Drawn at the end of the result's main column (the share panel). */
  after?: ReactNode;
}

const YOU: Subject = { name: 'You', isViewer: true };

/** Everything a result says: the shape, the spectrum, the radar, the reading and the checks. */
export function ResultView({
  bank,
  responses,
  timings,
  subject = YOU,
  compare,
  onReview,
  after,
}: ResultViewProps) {
  const compact = useMediaQuery('(max-width: 40rem)');
  const profile = useMemo(
    () => computeProfile(bank, responses, timings),
    [bank, responses, timings],
  );
  const compareProfile = useMemo(
    () => (compare ? computeProfile(compare.bank ?? bank, compare.responses) : null),
    [bank, compare],
  );
  const [referenceId, setReferenceId] = useState('');
  const reference = compare
    ? undefined
    : REFERENCE_PROFILES.find((each) => each.id === referenceId);
  const overlay = compareProfile ? toAreaScores(compareProfile) : reference?.areas;
  const overlayName = compare?.name ?? reference?.name;
  const rows = useMemo(() => toAreaRows(bank, profile, overlay), [bank, profile, overlay]);
  const levers = useMemo(() => findShapeLevers(bank, responses), [bank, responses]);
  const nextSteps = useMemo(() => suggestNextSteps(bank, responses), [bank, responses]);
  const person = describePerson({
    name: subject.unnamed ? null : subject.name,
    isViewer: subject.isViewer,
  });
  const { statement, certainty } = describeHeadline(bank, profile, person.subject);
  const nearest = describeNearest(profile.nearest);
  const seriesName = subject.name;

  return (
    <div className="result-layout">
      <div className="result-layout__verdict">
        <div className="results__headline">
          <h2 className="results__statement">{statement}</h2>
          <p className="results__confidence">
            {certainty}
            {nearest && <> {nearest}</>} <a href="#/how-scoring-works">How the scoring works</a>
          </p>
        </div>

        {compareProfile && compare && (
          <ComparisonTable
            profile={profile}
            subjectName={seriesName}
            compareProfile={compareProfile}
            compareName={compare.name}
          />
        )}

        {profile.flags.length > 0 && (
          <section className="callout callout--warning" aria-labelledby="flags-title">
            <h2 id="flags-title">Worth a second look</h2>
            <ul>
              {profile.flags.map((flag) => (
                <li key={`${flag.kind}-${'area' in flag ? flag.area : ''}`}>
                  {describeFlag(bank, flag, subject.isViewer)}
                </li>
              ))}
            </ul>
            <p className="hint">These notes never change the scores.</p>
            {onReview && (
              <p className="callout__action">
                <button type="button" className="button button--small" onClick={onReview}>
                  Review your answers
                </button>
              </p>
            )}
          </section>
        )}

        <NextSteps bank={bank} steps={nextSteps} />
      </div>

      <div className="result-layout__body">
        <section className="results__section card" aria-labelledby="tshape-title">
          <div className="section-title-row">
            <h2 id="tshape-title">Breadth and depth</h2>
            <ChartExport
              chartId="chart-tshape"
              label="breadth and depth"
              filename="tshape-breadth-and-depth"
            />
          </div>
          <figure className="figure" id="chart-tshape">
            <LazyTShapeChart
              rows={rows}
              you={{ name: seriesName }}
              {...(compare ? { compare: { name: compare.name } } : {})}
              breadthThreshold={BREADTH_THRESHOLD}
              depthThreshold={DEPTH_THRESHOLD}
              compact={compact}
            />
            <figcaption className="chart-summary">
              {compare && <SolidDashedLegend solid={seriesName} dashed={compare.name} />}
              Areas hang from the top line: those at {BREADTH_THRESHOLD} or more are broad and join
              into the bar across the top; below it, depth hangs as a stem, wider at{' '}
              {DEPTH_THRESHOLD} or more (deep). ★ marks the home area
              {profile.areas.some((area) => area.borderline) &&
                '; ≈ marks an area on a line, which a retake could move across'}
              . {statement}.
            </figcaption>
          </figure>
          <details className="data-details">
            <summary>Show breadth and depth as a table</summary>
            <DataTable caption="Area scores">
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
                    <td>{formatScore(area.score, 'Not answered')}</td>
                    <td>{area.interval ? formatScoreRange(area.interval) : '—'}</td>
                    <td>{area.deep ? 'Deep' : area.broad ? 'Broad' : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </details>
        </section>

        <SpectrumSection
          profile={profile}
          subjectName={seriesName}
          person={person}
          {...(compareProfile && compare
            ? { compare: { name: compare.name, profile: compareProfile } }
            : {})}
        />

        <section className="results__section card" aria-labelledby="radar-title">
          <div className="section-title-row">
            <h2 id="radar-title">Profile</h2>
            <ChartExport chartId="chart-radar" label="the profile" filename="tshape-profile" />
          </div>
          {!compare && (
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
          )}
          {reference && <p className="hint">{reference.description}</p>}
          <figure className="figure" id="chart-radar">
            <LazyProfileRadar
              rows={rows}
              you={{ name: seriesName }}
              {...(overlayName ? { compare: { name: overlayName } } : {})}
              compact={compact}
            />
            <figcaption className="chart-summary">
              <SolidDashedLegend solid={seriesName} dashed={overlayName || undefined} />
              The five area scores on one wheel
              {overlayName ? `, with ${overlayName} over them` : ''}.
            </figcaption>
          </figure>
          <details className="data-details">
            <summary>Show the profile as a table</summary>
            <DataTable caption={<>Profile{overlayName ? ` and ${overlayName}` : ''}</>}>
              <thead>
                <tr>
                  <th scope="col">Area</th>
                  <th scope="col">{seriesName}</th>
                  {overlayName && <th scope="col">{overlayName}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    <td>{formatScore(row.score)}</td>
                    {overlayName && <td>{formatScore(row.compare ?? 0)}</td>}
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </details>
        </section>

        <AreaReadings
          bank={bank}
          profile={profile}
          responses={responses}
          levers={levers}
          person={person}
        />
        {/* Only one's own result explains its checks: a shared link never hands out the key. */}
        {subject.isViewer && <CheckAnswers bank={bank} responses={responses} />}
        {after}
      </div>
    </div>
  );
}
