import type { ComponentProps } from 'react';
import { CHART_HEIGHTS } from '../../charts/chart-types';
import type { ProfileRadar as ProfileRadarChart } from '../../charts/profile-radar';
import type { SpectrumChart as SpectrumStrip } from '../../charts/spectrum-chart';
import type { TShapeChart as TShapeBars } from '../../charts/tshape-chart';
import { preloadableChunk } from '../../lib/preloadable';
import { DeferredChart } from '../deferred-chart';

/**
 * The result's three charts, loaded on their own: the page's words (the statement,
 * the reading, the tables) show while Recharts is still on its way, in the space
 * each chart will take, so nothing moves when it arrives.
 */
const charts = preloadableChunk(() => import('./drawn-charts'));
const tshape = charts.part((chunk) => chunk.TShapeChart);
const radar = charts.part((chunk) => chunk.ProfileRadar);
const spectrum = charts.part((chunk) => chunk.SpectrumChart);

/** Fetches the charts ahead of time (the quiz does, while the last answers are given). */
export const preloadResultCharts = charts.preloadAll;

/** `whenNear`: drawn only as it comes near the screen (one of many, say a team's). */
export function TShapeChart({
  whenNear = false,
  ...props
}: ComponentProps<typeof TShapeBars> & { whenNear?: boolean }) {
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
export function ProfileRadar(props: ComponentProps<typeof ProfileRadarChart>) {
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

/** Below the T-shape on every page: drawn as the radar is (see ProfileRadar). */
export function SpectrumChart(props: ComponentProps<typeof SpectrumStrip>) {
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
