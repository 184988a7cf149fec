import type { QuestionBank } from '../../data/bank-types';
import { SwatchLegend } from '../../charts/swatch-legend';
import { DataTable } from '../../components/data-table';
import { ErrorBoundary } from '../../components/error-boundary';
import { LONG_TABLE_ROWS } from './members-table';
import { describeBand } from '../../domain/growth';
import { formatPosition, formatScore } from '../../domain/format';
import { describeSpectrumPosition } from '../../domain/reading';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD } from '../../domain/shape';
import { buildRetroPrompts, describeTeamAlert, type TeamSummary } from '../../domain/team-summary';
import { useMediaQuery } from '../../lib/use-media-query';
import { MemberCharts } from './member-charts';
import { LazyTeamSpectrumChart, LazyTeamTShapeChart } from '../../charts/lazy-charts';
import { toTeamSpectrumDots, toTeamTShapeRows } from './team-rows';

interface TeamCoverageProps {
  bank: QuestionBank;
  summary: TeamSummary;
  labels: readonly string[];
}

const CHART_FAILED = (
  <p className="empty-note">This chart could not be drawn; the tables still hold every number.</p>
);

function heatClass(score: number | null): string {
  if (score === null) return 'heat heat--none';
  return `heat heat--${Math.min(5, Math.floor(score / 20))}`;
}

/** Where the team is deep, where it is exposed, and how it spreads between Stats and Engineering. */
export function TeamCoverage({ bank, summary, labels }: TeamCoverageProps) {
  const compact = useMediaQuery('(max-width: 40rem)');
  const { rows, individual } = toTeamTShapeRows(bank, summary);
  const dots = toTeamSpectrumDots(summary, labels);
  const prompts = buildRetroPrompts(bank, summary, labels);
  const memberKeys = individual ? labels.map((name, index) => ({ key: `m${index}`, name })) : [];

  return (
    <div className="team-coverage">
      {summary.alerts.length > 0 && (
        <ul className="team-alerts" aria-label="Gaps and single points of failure">
          {summary.alerts.map((alert) => (
            <li key={`${alert.kind}-${alert.area}`} className="team-alert">
              {describeTeamAlert(bank, alert, labels)}
            </li>
          ))}
        </ul>
      )}

      <DataTable caption="Coverage per area (scores 0–100)" className="coverage-table">
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Min</th>
            <th scope="col">Median</th>
            <th scope="col">Max</th>
            <th scope="col">Deep (≥ {DEPTH_THRESHOLD})</th>
            <th scope="col">Broad (≥ {BREADTH_THRESHOLD})</th>
          </tr>
        </thead>
        <tbody>
          {summary.areas.map((area) => (
            <tr key={area.area}>
              <th scope="row">{area.name}</th>
              <td>{formatScore(area.min)}</td>
              <td>{formatScore(area.median)}</td>
              <td>{formatScore(area.max)}</td>
              <td>{area.deepCount}</td>
              <td>{area.broadCount}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>

      <figure className="figure">
        <ErrorBoundary fallback={CHART_FAILED}>
          <LazyTeamTShapeChart
            rows={rows}
            memberKeys={memberKeys}
            breadthThreshold={BREADTH_THRESHOLD}
            depthThreshold={DEPTH_THRESHOLD}
            compact={compact}
          />
        </ErrorBoundary>
        <figcaption className="chart-summary">
          {individual && <SwatchLegend names={labels} label="Colours" />}
          {individual
            ? 'Everyone’s T-shape hanging from one top line: one column per person in each area, in the order of the members table.'
            : `With ${summary.memberCount} people, each column is the team’s median and the whisker spans the middle half (interquartile range).`}
        </figcaption>
      </figure>
      <MemberCharts bank={bank} summary={summary} labels={labels} />

      <DataTable
        caption="Area × member heatmap: scores 0–100; the shade follows the band, the number is the value"
        className="heatmap"
        regionClassName={summary.scores.length > LONG_TABLE_ROWS ? 'team-long-table' : undefined}
      >
        <thead>
          <tr>
            <th scope="col">Member</th>
            {bank.areas.map((area) => (
              <th scope="col" key={area.id}>
                {area.shortName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.scores.map((scores, index) => (
            <tr key={`${labels[index] ?? ''}-${index}`}>
              <th scope="row">{labels[index]}</th>
              {bank.areas.map((area) => {
                const score = scores[area.id] ?? null;
                return (
                  <td
                    key={area.id}
                    className={heatClass(score)}
                    title={score === null ? undefined : describeBand(score).name}
                  >
                    {formatScore(score)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </DataTable>

      <section aria-labelledby="team-spectrum-title">
        <h3 id="team-spectrum-title">Spread between Stats and Engineering</h3>
        <figure className="figure">
          <ErrorBoundary fallback={CHART_FAILED}>
            <LazyTeamSpectrumChart dots={dots} teamPosition={summary.teamPosition} />
          </ErrorBoundary>
          <figcaption className="chart-summary">
            {dots.length} of {summary.memberCount} people have enough signal to place.{' '}
            {summary.teamPosition === null
              ? 'The team as a whole has too little signal to place.'
              : `The team as a whole sits at ${formatPosition(summary.teamPosition)}, ${describeSpectrumPosition(summary.teamPosition)} (the line).`}
          </figcaption>
        </figure>
      </section>

      {prompts.length > 0 && (
        <section aria-labelledby="prompts-title">
          <h3 id="prompts-title">Retro prompts</h3>
          <ol className="prompts">
            {prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
