import { Bar, BarChart, CartesianGrid, ErrorBar, ReferenceLine, XAxis, YAxis } from 'recharts';
import { CHART_HEIGHTS } from './chart-types';
import { NO_VERTICAL_GRID_LINES, areaAxisProps, plainTicks } from './plain-tick';
import './charts.css';

/** One row per area: each member's score under `m0`, `m1`, … or the team's quartiles. */
export interface TeamAreaRow {
  readonly label: string;
  readonly [key: string]: string | number | readonly [number, number];
}

interface TeamTShapeChartProps {
  rows: readonly TeamAreaRow[];
  /** Individual series (`m0`…) to overlay; empty when the chart shows the median and IQR. */
  memberKeys: readonly { readonly key: string; readonly name: string }[];
  breadthThreshold: number;
  depthThreshold: number;
  compact?: boolean;
}

/**
 * The team's T-shapes hanging from one top line: up to about a dozen members side
 * by side per area, or, for larger teams, the median per area with its
 * interquartile range as an error bar.
 */
export function TeamTShapeChart({
  rows,
  memberKeys,
  breadthThreshold,
  depthThreshold,
  compact = false,
}: TeamTShapeChartProps) {
  return (
    <BarChart
      className="chart chart--team"
      data={rows as TeamAreaRow[]}
      responsive
      style={{ width: '100%', height: CHART_HEIGHTS.team(compact) }}
      // Room on the right for the last slanted area name on a phone.
      margin={{ top: 8, right: compact ? 36 : 64, bottom: 8, left: 0 }}
      barCategoryGap="16%"
      barGap={1}
      accessibilityLayer={false}
    >
      <CartesianGrid {...NO_VERTICAL_GRID_LINES} className="chart__grid" />
      <XAxis dataKey="label" {...areaAxisProps(compact)} />
      <YAxis
        reversed
        interval={0}
        tick={plainTicks(12)}
        domain={[0, 100]}
        ticks={[0, 20, 40, 60, 80, 100]}
        width={36}
        className="chart__axis"
      />
      <ReferenceLine y={breadthThreshold} className="chart__threshold" strokeDasharray="6 4" />
      <ReferenceLine y={depthThreshold} className="chart__threshold" strokeDasharray="2 3" />
      {memberKeys.length > 0 ? (
        memberKeys.map((member, index) => (
          <Bar
            key={member.key}
            dataKey={member.key}
            name={member.name}
            className={`chart__member chart__member--${index % 6}`}
            isAnimationActive={false}
          />
        ))
      ) : (
        <Bar dataKey="median" name="Median" className="chart__bar" isAnimationActive={false}>
          <ErrorBar dataKey="iqr" width={10} strokeWidth={2} className="chart__iqr" direction="y" />
        </Bar>
      )}
    </BarChart>
  );
}
