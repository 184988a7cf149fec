import type { ComponentProps } from 'react';
import { CHART_HEIGHTS, tallestStack } from './chart-types';
import { DeferredChart, preloadableChunk } from './deferred-chart';
import type { ProfileRadar } from './profile-radar';
import type { SpectrumChart } from './spectrum-chart';
import type { TeamSpectrumChart } from './team-spectrum-chart';
import type { TeamTShapeChart } from './team-tshape-chart';
import type { TShapeChart } from './tshape-chart';

/**
 * The charts as pages use them: each a lazy wrapper around the chart it names, which
 * shows the page's words while Recharts is on its way, in the space the chart will
 * take, and draws it in its turn (deferred-chart.tsx says how and why).
 */

const resultCharts = preloadableChunk(() => import('./result-chart-chunk'));
const tshape = resultCharts.part((chunk) => chunk.TShapeChart);
const radar = resultCharts.part((chunk) => chunk.ProfileRadar);
const spectrum = resultCharts.part((chunk) => chunk.SpectrumChart);

const teamCharts = preloadableChunk(() => import('./team-chart-chunk'));
const teamTShape = teamCharts.part((chunk) => chunk.TeamTShapeChart);
const teamSpectrum = teamCharts.part((chunk) => chunk.TeamSpectrumChart);

/** Fetches the result's charts ahead of time (the quiz does, while the last answers are given). */
export const preloadResultCharts = resultCharts.preloadAll;

/** Fetches the team's charts ahead of time (with the team page, when the browser is idle). */
export const preloadTeamCharts = teamCharts.preloadAll;

/** `whenNear`: drawn only as it comes near the screen (one of many, say a team's). */
export function LazyTShapeChart({
  whenNear = false,
  ...props
}: ComponentProps<typeof TShapeChart> & { whenNear?: boolean }) {
  return (
    <DeferredChart
      code={tshape}
      height={props.height ?? CHART_HEIGHTS.tshape(props.compact ?? false)}
      whenNear={whenNear}
    >
      <tshape.Component {...props} />
    </DeferredChart>
  );
}

/**
 * Below the T-shape on every page. When its code is already here (the quiz fetched it
 * while the last answers were given) it is drawn at once with the page; on a page
 * opened directly it is drawn as it comes near the screen, so the words and the
 * T-shape above it are not kept waiting.
 */
export function LazyProfileRadar(props: ComponentProps<typeof ProfileRadar>) {
  return (
    <DeferredChart
      code={radar}
      height={CHART_HEIGHTS.radar(props.compact ?? false)}
      whenNear={!radar.isLoaded()}
    >
      <radar.Component {...props} />
    </DeferredChart>
  );
}

/** Below the T-shape on every page: drawn as the radar is (see LazyProfileRadar). */
export function LazySpectrumChart(props: ComponentProps<typeof SpectrumChart>) {
  return (
    <DeferredChart
      code={spectrum}
      height={CHART_HEIGHTS.spectrum(props.markers.length)}
      whenNear={!spectrum.isLoaded()}
    >
      <spectrum.Component {...props} />
    </DeferredChart>
  );
}

/**
 * The team's charts are drawn as they come near the screen: the tables (every number
 * the charts show) are ready first, and a slow phone spends nothing on charts far down
 * the page until the facilitator scrolls to them.
 */
export function LazyTeamTShapeChart(props: ComponentProps<typeof TeamTShapeChart>) {
  return (
    <DeferredChart code={teamTShape} height={CHART_HEIGHTS.team(props.compact ?? false)} whenNear>
      <teamTShape.Component {...props} />
    </DeferredChart>
  );
}

export function LazyTeamSpectrumChart(props: ComponentProps<typeof TeamSpectrumChart>) {
  return (
    <DeferredChart
      code={teamSpectrum}
      height={CHART_HEIGHTS.teamSpectrum(tallestStack(props.dots))}
      whenNear
    >
      <teamSpectrum.Component {...props} />
    </DeferredChart>
  );
}
