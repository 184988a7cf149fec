import { useState } from 'react';
import type { QuestionBank } from '../../data/bank-types';
import { LazyTShapeChart } from '../../charts/lazy-charts';
import { DataTable } from '../../components/data-table';
import { ErrorBoundary } from '../../components/error-boundary';
import { formatScore } from '../../domain/format';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD } from '../../domain/shape';
import {
  NEXT_HIRE_CAVEAT,
  describeNextHire,
  hireAreasInOrder,
  type NextHire,
} from '../../domain/team-planning';
import { renderHiringProfile } from '../../domain/team-planning-markdown';
import type { TeamSummary } from '../../domain/team-summary';
import { downloadText } from '../../lib/download';
import { useMediaQuery } from '../../lib/use-media-query';
import { fileSlug } from './team-exports';
import { toHireRows } from './team-rows';
import { CHART_FAILED } from './team-spread';

/**
 * The next hire: the profile as a T-shape beside the team's best per area, the table
 * of suggested scores, why, its nearest reference role, and the hiring profile as
 * Markdown. `large` is the present-mode slide: no download there.
 */
export function NextHireSection({
  bank,
  summary,
  hire,
  labels,
  teamName,
  large = false,
}: {
  bank: QuestionBank;
  summary: TeamSummary;
  hire: NextHire | null;
  labels: readonly string[];
  teamName: string;
  large?: boolean;
}) {
  const compact = useMediaQuery('(max-width: 40rem)');
  const [status, setStatus] = useState('');
  if (hire === null) {
    return (
      <p className="team-no-alerts">
        Everyone is left out for now: include someone to see a next hire.
      </p>
    );
  }

  function download(current: NextHire) {
    const markdown = renderHiringProfile(bank, current, {
      teamName,
      madeAt: new Date().toISOString(),
      labels,
    });
    downloadText(`${fileSlug(teamName)}-hiring-profile.md`, markdown, 'text/markdown');
    setStatus('Hiring profile downloaded as Markdown.');
  }

  return (
    <div className="next-hire">
      <p className="next-hire__caveat">{NEXT_HIRE_CAVEAT}</p>
      <div className="next-hire__body">
        <figure className="figure next-hire__chart">
          <ErrorBoundary fallback={CHART_FAILED}>
            <LazyTShapeChart
              rows={toHireRows(bank, hire.profile, summary)}
              you={{ name: 'Next hire' }}
              compare={{ name: 'Team’s highest' }}
              breadthThreshold={BREADTH_THRESHOLD}
              depthThreshold={DEPTH_THRESHOLD}
              compact={compact || !large}
              height={large ? undefined : 300}
              whenNear
            />
          </ErrorBoundary>
          <figcaption className="chart-summary">
            The suggested hire’s T-shape; the dashed outline is the team’s highest score in each
            area now. Where the hire’s stem reaches below it, that is depth the team does not have
            yet.
          </figcaption>
        </figure>
        <div className="next-hire__facts">
          <DataTable caption="Next hire profile" className="next-hire__table">
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Suggested score</th>
              </tr>
            </thead>
            <tbody>
              {hireAreasInOrder(bank, hire).map(({ area, score }) => (
                <tr key={area.id}>
                  <th scope="row">{area.name}</th>
                  <td>{formatScore(score)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {hire.nearest && (
            <p className="next-hire__nearest">
              Nearest reference role: <strong>{hire.nearest.name}</strong> (a map, not a ruler).
            </p>
          )}
        </div>
      </div>
      <p className="next-hire__why">{describeNextHire(bank, hire, labels)}</p>
      {!large && (
        <>
          <div className="button-row">
            <button type="button" className="button" onClick={() => download(hire)}>
              Download hiring profile
            </button>
          </div>
          <p role="status" className="share__status">
            {status}
          </p>
        </>
      )}
    </div>
  );
}
