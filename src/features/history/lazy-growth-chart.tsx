import type { ComponentProps } from 'react';
import { DeferredChart, preloadableChunk } from '../../charts/deferred-chart';
import type { GrowthChart } from '../../charts/growth-chart';
import { GROWTH_CHART_HEIGHT } from '../../charts/growth-marks';

/**
 * The growth chart as the history page draws it: fetched with Recharts once the page's
 * words have painted, and drawn in its turn in the space it will take (deferred-chart.tsx
 * says how and why). Not held back until scrolled to: history draws at most two charts,
 * and a reader who opens a comparison above it should find the line there below.
 * Here rather than in charts/lazy-charts.tsx because only history draws it.
 */
const growth = preloadableChunk(() => import('../../charts/growth-chart')).part(
  (chunk) => chunk.GrowthChart,
);

export function LazyGrowthChart(props: ComponentProps<typeof GrowthChart>) {
  return (
    <DeferredChart code={growth} height={GROWTH_CHART_HEIGHT}>
      <growth.Component {...props} />
    </DeferredChart>
  );
}
