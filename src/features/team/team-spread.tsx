import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { TEAM_SPECTRUM_SIZES } from '../../charts/chart-types';
import { LazyTeamSpectrumChart } from '../../charts/lazy-charts';
import { DataTable } from '../../components/data-table';
import { ErrorBoundary } from '../../components/error-boundary';
import { formatPosition } from '../../domain/format';
import { describeSpectrumPosition } from '../../domain/reading';
import { describeTeamPosition, type TeamSummary } from '../../domain/team-summary';
import { MAX_NAMED_DOTS, toTeamSpectrumDots } from './team-rows';

export const CHART_FAILED = (
  <p className="empty-note">This chart could not be drawn; the tables still hold every number.</p>
);

/** The narrowest spread drawn in present mode's big type. */
const LARGE_MIN_WIDTH = 640;

/** Before the first measure (and where nothing can be measured, as in jsdom). */
const FALLBACK_WIDTH = 600;

/**
 * The element's width in whole pixels, kept up to date as it resizes: the names on
 * the spread are laid out for the width they are drawn at. Measured before paint, so
 * the first frame already has them in place.
 */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.round(element.clientWidth);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * The team's spread between Stats and Engineering: a named dot per person, the
 * team's place as a line, and the same in words; every position also in a table.
 * `large` is the present-mode slide, drawn to be read across a room.
 */
export function TeamSpread({
  summary,
  labels,
  large = false,
}: {
  summary: TeamSummary;
  labels: readonly string[];
  large?: boolean;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const width = useWidth(frame);
  // Present mode's big type, where there is room for it (not on a phone held up to a room).
  const big = large && width >= LARGE_MIN_WIDTH;
  const { sideMargin } = TEAM_SPECTRUM_SIZES[big ? 'large' : 'regular'];
  const plotWidth = Math.max(100, width - 2 * sideMargin);
  const dots = useMemo(
    () => toTeamSpectrumDots(summary, labels, plotWidth, big),
    [summary, labels, plotWidth, big],
  );
  const [tableOpen, setTableOpen] = useState(false);

  return (
    <figure className={large ? 'figure team-spread team-spread--large' : 'figure team-spread'}>
      <div ref={frame}>
        <ErrorBoundary fallback={CHART_FAILED}>
          <LazyTeamSpectrumChart dots={dots} teamPosition={summary.teamPosition} large={big} />
        </ErrorBoundary>
      </div>
      <figcaption className="chart-summary">
        {dots.length} of {summary.memberCount} people have enough signal to place
        {dots.length > MAX_NAMED_DOTS ? ' (too many to name on the chart)' : ''}.{' '}
        {summary.teamPosition === null
          ? 'The team as a whole has too little signal to place.'
          : `The team as a whole sits at ${describeTeamPosition(summary.teamPosition)} (the line marked Team).`}
      </figcaption>
      {!large && (
        <details
          className="data-details"
          onToggle={(event) => setTableOpen(event.currentTarget.open)}
        >
          <summary>Show everyone’s position as a table</summary>
          {tableOpen && (
            <DataTable caption="Spectrum positions (−1 Stats to +1 Engineering)">
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Position</th>
                  <th scope="col">In words</th>
                </tr>
              </thead>
              <tbody>
                {summary.spectrum.map(({ member, position }) => (
                  <tr key={`${labels[member] ?? ''}-${member}`}>
                    <th scope="row">{labels[member]}</th>
                    <td>{position === null ? '—' : formatPosition(position)}</td>
                    <td>
                      {position === null ? 'not enough signal' : describeSpectrumPosition(position)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </details>
      )}
    </figure>
  );
}
