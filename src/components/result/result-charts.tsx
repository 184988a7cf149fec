import type { ComponentProps } from 'react';
import { CHART_HEIGHTS } from '../../charts/chart-types';
import type { ProfileRadar as ProfileRadarChart } from '../../charts/profile-radar';
import type { SpectrumChart as SpectrumStrip } from '../../charts/spectrum-chart';
import type { TShapeChart as TShapeBars } from '../../charts/tshape-chart';
import { preloadable } from '../../lib/preloadable';
import { DeferredChart } from '../deferred-chart';

/**
 * The result's three charts, loaded on their own: the page's words (the statement,
 * the reading, the tables) show while Recharts is still on its way, in the space
 * each chart will take, so nothing moves when it arrives.
 */
const loadCharts = () => import('./drawn-charts');

const tshape = preloadable<ComponentProps<typeof TShapeBars>>(() =>
  loadCharts().then((charts) => charts.TShapeChart),
);
const radar = preloadable<ComponentProps<typeof ProfileRadarChart>>(() =>
  loadCharts().then((charts) => charts.ProfileRadar),
);
const spectrum = preloadable<ComponentProps<typeof SpectrumStrip>>(() =>
  loadCharts().then((charts) => charts.SpectrumChart),
);

/** Fetches the charts ahead of time (the quiz does, while the last answers are given). */
export function preloadResultCharts(): Promise<unknown> {
  return Promise.all([tshape.preload(), radar.preload(), spectrum.preload()]);
}

/** `whenNear`: drawn only as it comes near the screen (one of many, say a team's). */
export function TShapeChart({
  whenNear = false,
  ...props
}: ComponentProps<typeof TShapeBars> & { whenNear?: boolean }) {
  return (
    <DeferredChart
      loaded={tshape.isLoaded()}
      height={props.height ?? CHART_HEIGHTS.tshape(props.compact ?? false)}
      whenNear={whenNear}
    >
      <tshape.Component {...props} />
    </DeferredChart>
  );
}

export function ProfileRadar(props: ComponentProps<typeof ProfileRadarChart>) {
  return (
    <DeferredChart loaded={radar.isLoaded()} height={CHART_HEIGHTS.radar(props.compact ?? false)}>
      <radar.Component {...props} />
    </DeferredChart>
  );
}

export function SpectrumChart(props: ComponentProps<typeof SpectrumStrip>) {
  return (
    <DeferredChart
      loaded={spectrum.isLoaded()}
      height={CHART_HEIGHTS.spectrum(props.markers.length)}
    >
      <spectrum.Component {...props} />
    </DeferredChart>
  );
}
