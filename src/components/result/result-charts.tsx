import { Suspense, useEffect, useState, type ComponentProps, type ReactNode } from 'react';
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

/**
 * Draws a chart once its code is here. When it is not (a result opened directly), the
 * fetch starts only after the page's words have been painted, so a slow network shows
 * them first instead of sharing its bandwidth with Recharts.
 */
function Deferred({
  loaded,
  height,
  children,
}: {
  loaded: boolean;
  height: number;
  children: ReactNode;
}) {
  const [ready, setReady] = useState(loaded);
  useEffect(() => {
    if (ready) return;
    // Two frames: the second callback runs only once the first frame (the words) is shown.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setReady(true));
    });
    return () => cancelAnimationFrame(frame);
  }, [ready]);
  const reserved = <Reserved height={height} />;
  return ready ? <Suspense fallback={reserved}>{children}</Suspense> : reserved;
}

export function TShapeChart(props: ComponentProps<typeof TShapeBars>) {
  return (
    <Deferred
      loaded={tshape.isLoaded()}
      height={props.height ?? CHART_HEIGHTS.tshape(props.compact ?? false)}
    >
      <tshape.Component {...props} />
    </Deferred>
  );
}

export function ProfileRadar(props: ComponentProps<typeof ProfileRadarChart>) {
  return (
    <Deferred loaded={radar.isLoaded()} height={CHART_HEIGHTS.radar(props.compact ?? false)}>
      <radar.Component {...props} />
    </Deferred>
  );
}

export function SpectrumChart(props: ComponentProps<typeof SpectrumStrip>) {
  return (
    <Deferred loaded={spectrum.isLoaded()} height={CHART_HEIGHTS.spectrum(props.markers.length)}>
      <spectrum.Component {...props} />
    </Deferred>
  );
}
