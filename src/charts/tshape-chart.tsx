import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { CHART_HEIGHTS, type AreaRow, type Series } from './chart-types';
import { NO_VERTICAL_GRID_LINES, areaAxisProps, plainLabel, plainTicks } from './plain-tick';
import './charts.css';

/** "Broad 50" and "Deep 70" (on a phone, the word alone) just right of their lines. */
const THRESHOLD_LABEL = plainLabel('chart__threshold-label', {
  textAnchor: 'start',
  verticalAnchor: 'middle',
});

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
            content: THRESHOLD_LABEL,
          }}
        />
      ))}
      <Bar
        dataKey="score"
        name={you.name}
        className="chart__series chart__series--you"
        isAnimationActive={false}
        shape={ScoredColumn}
      />
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

/**
 * One of the person's columns, its score written just inside the top. Drawn with the
 * column rather than by Recharts' <LabelList>, whose labels measure their words in
 * the DOM as the chart draws (a forced style and layout pass).
 */
function ScoredColumn(props: BarShapeProps) {
  const { x = 0, y = 0, width = 0, height = 0 } = props;
  const row = props.payload as AreaRow;
  return (
    <g>
      <Rectangle
        {...props}
        radius={[0, 0, 6, 6]}
        className={[
          'chart__bar',
          row.emphasis ? 'chart__bar--home' : '',
          row.borderline ? 'chart__bar--borderline' : '',
        ]
          .join(' ')
          .trim()}
      />
      <text
        x={x + width / 2}
        y={Math.min(y, y + height) + 5}
        dy="0.71em"
        textAnchor="middle"
        className="chart__bar-label"
      >
        {Math.round(row.score)}
      </text>
    </g>
  );
}
