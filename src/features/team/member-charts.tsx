import { useState } from 'react';
import type { QuestionBank } from '../../data/bank-types';
import { ErrorBoundary } from '../../components/error-boundary';
import { LazyTShapeChart } from '../../charts/lazy-charts';
import { BREADTH_THRESHOLD, DEPTH_THRESHOLD } from '../../domain/shape';
import type { TeamSummary } from '../../domain/team-summary';
import { toMemberRows } from './team-rows';

/**
 * Everyone's own T-shape, on demand. Each chart stands alone: one that fails to
 * draw shows a note, and the others carry on.
 */
export function MemberCharts({
  bank,
  summary,
  labels,
}: {
  bank: QuestionBank;
  summary: TeamSummary;
  labels: readonly string[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="data-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show each person’s T-shape</summary>
      {open && (
        <ul className="member-charts">
          {summary.scores.map((scores, index) => (
            <li key={`${labels[index] ?? ''}-${index}`} className="member-chart">
              <h3 className="member-chart__name">
                {labels[index]} · {summary.shapes[index]}
              </h3>
              <ErrorBoundary fallback={<p className="hint">This chart could not be drawn.</p>}>
                <LazyTShapeChart
                  rows={toMemberRows(bank, scores)}
                  you={{ name: labels[index] ?? '' }}
                  breadthThreshold={BREADTH_THRESHOLD}
                  depthThreshold={DEPTH_THRESHOLD}
                  compact
                  height={220}
                  whenNear
                />
              </ErrorBoundary>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
