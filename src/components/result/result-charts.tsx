import { Suspense, type ComponentProps } from 'react';
import { CHART_HEIGHTS } from '../../charts/chart-types';
import type { ProfileRadar as ProfileRadarChart } from '../../charts/profile-radar';
import type { SpectrumChart as SpectrumStrip } from '../../charts/spectrum-chart';
import type { TShapeChart as TShapeBars } from '../../charts/tshape-chart';
import { preloadable } from '../../lib/preloadable';

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

function Reserved({ height }: { height: number }) {
  return <div className="chart-reserved" style={{ height }} aria-hidden="true" />;
}

export function TShapeChart(props: ComponentProps<typeof TShapeBars>) {
  return (
    <Suspense
      fallback={<Reserved height={props.height ?? CHART_HEIGHTS.tshape(props.compact ?? false)} />}
    >
      <tshape.Component {...props} />
    </Suspense>
  );
}

export function ProfileRadar(props: ComponentProps<typeof ProfileRadarChart>) {
  return (
    <Suspense fallback={<Reserved height={CHART_HEIGHTS.radar(props.compact ?? false)} />}>
      <radar.Component {...props} />
    </Suspense>
  );
}

export function SpectrumChart(props: ComponentProps<typeof SpectrumStrip>) {
  return (
    <Suspense fallback={<Reserved height={CHART_HEIGHTS.spectrum(props.markers.length)} />}>
      <spectrum.Component {...props} />
    </Suspense>
  );
}
