import type { ComponentProps } from 'react';
import { CHART_HEIGHTS, tallestStack } from '../../charts/chart-types';
import type { TeamSpectrumChart as TeamSpectrumDots } from '../../charts/team-spectrum-chart';
import type { TeamTShapeChart as TeamTShapeBars } from '../../charts/team-tshape-chart';
import { DeferredChart } from '../../components/deferred-chart';
import { preloadableChunk } from '../../lib/preloadable';

/**
 * The team's charts, loaded on their own and drawn as they come near the screen: the
 * tables (every number the charts show) are ready first, and a slow phone spends
 * nothing on charts far down the page until the facilitator scrolls to them.
 */
const charts = preloadableChunk(() => import('./drawn-team-charts'));
const tshape = charts.part((chunk) => chunk.TeamTShapeChart);
const spectrum = charts.part((chunk) => chunk.TeamSpectrumChart);

/** Fetches the charts ahead of time (with the team page, when the browser is idle). */
export const preloadTeamCharts = charts.preloadAll;

export function TeamTShapeChart(props: ComponentProps<typeof TeamTShapeBars>) {
  return (
    <DeferredChart code={tshape} height={CHART_HEIGHTS.team(props.compact ?? false)} whenNear>
      <tshape.Component {...props} />
    </DeferredChart>
  );
}

export function TeamSpectrumChart(props: ComponentProps<typeof TeamSpectrumDots>) {
  return (
    <DeferredChart
      code={spectrum}
      height={CHART_HEIGHTS.teamSpectrum(tallestStack(props.dots))}
      whenNear
    >
      <spectrum.Component {...props} />
    </DeferredChart>
  );
}
