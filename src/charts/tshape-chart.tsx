import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { CHART_HEIGHTS, type AreaRow, type Series } from './chart-types';
import { NO_VERTICAL_GRID_LINES, areaAxisProps, plainTicks } from './plain-tick';

interface TShapeChartProps {
  rows: readonly AreaRow[];
  you: Series;
  compare?: Series;
  breadthThreshold: number;
  depthThreshold: number;
  /** Short axis labels on narrow screens. */
  compact?: boolean;
  /** Overrides the drawing height, e.g. for one small chart per team member. */
  height?: number;
}

/**
 * The T-shape: one column per area hanging down from a common top line, so
 * breadth reads as the bar across the top and depth as the stem.
 */
export function TShapeChart({
  rows,
  you,
  compare,
  breadthThreshold,
  depthThreshold,
  compact = false,
  height,
}: TShapeChartProps) {
  const data = rows.map((row) => ({ ...row, axisLabel: row.shortLabel }));
  return (
    <BarChart
      className="chart chart--tshape"
      data={data}
      responsive
      style={{ width: '100%', height: height ?? CHART_HEIGHTS.tshape(compact) }}
      margin={{ top: 8, right: 64, bottom: 8, left: 0 }}
      barCategoryGap={compact ? '14%' : '22%'}
      barGap={3}
      accessibilityLayer={false}
    >
      <CartesianGrid {...NO_VERTICAL_GRID_LINES} className="chart__grid" />
      <ReferenceArea
        y1={0}
        y2={breadthThreshold}
        className="chart__breadth-band"
        ifOverflow="hidden"
      />
      <XAxis dataKey="axisLabel" {...areaAxisProps(compact)} />
      <YAxis
        reversed
        // Every tick drawn: Recharts then never measures label text (a forced layout each time).
        interval={0}
        domain={[0, 100]}
        ticks={[0, 20, 40, 60, 80, 100]}
        width={compact ? 30 : 40}
        className="chart__axis"
        tick={plainTicks(12)}
      />
      {[
        { y: breadthThreshold, name: 'Broad', dash: '6 4' },
        { y: depthThreshold, name: 'Deep', dash: '2 3' },
      ].map((line) => (
        <ReferenceLine
          key={line.name}
          y={line.y}
          className="chart__threshold"
          strokeDasharray={line.dash}
          label={{
            value: compact ? line.name : `${line.name} ${line.y}`,
            position: 'right',
            className: 'chart__threshold-label',
          }}
        />
      ))}
      <Bar
        dataKey="score"
        name={you.name}
        className="chart__series chart__series--you"
        isAnimationActive={false}
        shape={(props: BarShapeProps) => (
          <Rectangle
            {...props}
            radius={[0, 0, 6, 6]}
            className={
              (props.payload as AreaRow).emphasis ? 'chart__bar chart__bar--home' : 'chart__bar'
            }
          />
        )}
      >
        <LabelList
          dataKey="score"
          position="insideBottom"
          className="chart__bar-label"
          formatter={(value) => (typeof value === 'number' ? Math.round(value) : '')}
        />
      </Bar>
      {compare && (
        <Bar
          dataKey="compare"
          name={compare.name}
          className="chart__series chart__series--compare"
          isAnimationActive={false}
          shape={(props: BarShapeProps) => (
            <Rectangle
              {...props}
              radius={[0, 0, 6, 6]}
              className="chart__bar chart__bar--compare"
            />
          )}
        />
      )}
    </BarChart>
  );
}
