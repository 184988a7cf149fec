import type { QuestionBank } from '../../data/bank-types';
import { LazyTeamTShapeChart } from '../../charts/lazy-charts';
import { SwatchLegend } from '../../charts/swatch-legend';
import { DataTable } from '../../components/data-table';
import { ErrorBoundary } from '../../components/error-boundary';
import { formatScore } from '../../domain/format';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD } from '../../domain/shape';
import {
  buildRetroPrompts,
  describeTeamAlert,
  type PlanningPrompts,
  type TeamSummary,
} from '../../domain/team-summary';
import { useMediaQuery } from '../../lib/use-media-query';
import { MemberCharts } from './member-charts';
import { HeatmapKey, TeamHeatmap, areasInSpectrumOrder } from './team-heatmap';
import { toTeamTShapeRows } from './team-rows';
import { CHART_FAILED, TeamSpread } from './team-spread';

interface TeamCoverageProps {
  bank: QuestionBank;
  summary: TeamSummary;
  labels: readonly string[];
  /** The prompts the team's plans bring (pairs, riskiest single point of failure, hire). */
  planning?: PlanningPrompts;
}

/** The gaps and single points of failure, most severe first; or that there are none. */
export function TeamAlerts({ bank, summary, labels }: TeamCoverageProps) {
  if (summary.alerts.length === 0) {
    return (
      <p className="team-no-alerts">
        No gaps to flag: every area has someone deep in it, and none rests on one person alone.
      </p>
    );
  }
  return (
    <ul className="team-alerts" aria-label="Gaps and single points of failure">
      {summary.alerts.map((alert) => (
        <li key={`${alert.kind}-${alert.area}`} className="team-alert">
          {describeTeamAlert(bank, alert, labels)}
        </li>
      ))}
    </ul>
  );
}

/** The retro's discussion prompts, drawn from the gaps and the plans. */
export function RetroPrompts({ bank, summary, labels, planning }: TeamCoverageProps) {
  const prompts = buildRetroPrompts(bank, summary, labels, planning);
  return (
    <ol className="prompts">
      {prompts.map((prompt) => (
        <li key={prompt}>{prompt}</li>
      ))}
    </ol>
  );
}

/**
 * The bus factor per area: how many of the people included are deep there, so how
 * many could be away before nobody is. Nobody and one person are marked in words as
 * well as in colour.
 */
export function BusFactor({ bank, summary }: { bank: QuestionBank; summary: TeamSummary }) {
  return (
    <ul className="bus-factor" aria-labelledby="bus-factor-title">
      {areasInSpectrumOrder(bank).map((area) => {
        const deep = summary.areas.find((coverage) => coverage.area === area.id)?.deepCount ?? 0;
        const risk = deep === 0 ? 'none' : deep === 1 ? 'one' : 'some';
        return (
          <li key={area.id} className={`bus-factor__area bus-factor__area--${risk}`}>
            <span className="bus-factor__name">{area.name}</span>
            <span className="bus-factor__count">{deep}</span>
            <span className="bus-factor__unit">
              {deep === 0 ? 'nobody deep' : deep === 1 ? 'person deep' : 'people deep'}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Where the team is deep, where it is exposed, and how it spreads between Stats and
 * Engineering: the alerts and the heatmap first (what a retro talks about), then the
 * spread and the prompts, then the detail behind them.
 */
export function TeamCoverage({ bank, summary, labels, planning }: TeamCoverageProps) {
  const compact = useMediaQuery('(max-width: 40rem)');
  const { rows, individual } = toTeamTShapeRows(bank, summary);
  const memberKeys = individual ? labels.map((name, index) => ({ key: `m${index}`, name })) : [];

  return (
    <div className="team-coverage">
      <TeamAlerts bank={bank} summary={summary} labels={labels} />

      <section aria-labelledby="bus-factor-title">
        <h3 id="bus-factor-title">Bus factor per area</h3>
        <p className="hint">
          How many of the people included are deep ({DEPTH_THRESHOLD} or more) in each area: how
          many could be away before nobody is.
        </p>
        <BusFactor bank={bank} summary={summary} />
      </section>

      <section aria-labelledby="team-heatmap-title">
        <h3 id="team-heatmap-title">Who is deep where</h3>
        <HeatmapKey />
        <TeamHeatmap bank={bank} summary={summary} labels={labels} />
      </section>

      <section aria-labelledby="team-spectrum-title">
        <h3 id="team-spectrum-title">Spread between Stats and Engineering</h3>
        <TeamSpread summary={summary} labels={labels} />
      </section>

      <section aria-labelledby="prompts-title">
        <h3 id="prompts-title">Retro prompts</h3>
        <RetroPrompts bank={bank} summary={summary} labels={labels} planning={planning} />
      </section>

      <section aria-labelledby="team-detail-title">
        <h3 id="team-detail-title">Coverage per area</h3>
        <DataTable
          caption="Coverage per area (scores 0–100)"
          hideCaption
          className="coverage-table"
        >
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
      </section>
    </div>
  );
}
