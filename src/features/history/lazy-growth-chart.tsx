import type { ComponentProps } from 'react';
import { DeferredChart, preloadableChunk } from '../../charts/deferred-chart';
import type { GrowthChart } from '../../charts/growth-chart';
import { GROWTH_CHART_HEIGHT } from '../../charts/growth-marks';

/**
 * The growth chart as the history page draws it: fetched with Recharts only when
 * drawn, in the space it will take, as it comes near the screen (deferred-chart.tsx
 * says how and why). Here rather than in charts/lazy-charts.tsx because only history
 * draws it.
 */
const growth = preloadableChunk(() => import('../../charts/growth-chart')).part(
  (chunk) => chunk.GrowthChart,
);

export function LazyGrowthChart(props: ComponentProps<typeof GrowthChart>) {
  return (
    <DeferredChart code={growth} height={GROWTH_CHART_HEIGHT} whenNear>
      <growth.Component {...props} />
    </DeferredChart>
  );
}
