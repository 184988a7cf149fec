import { CartesianGrid, Line, LineChart, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import {
  GROWTH_CHART_HEIGHT,
  GROWTH_LINE_STYLES,
  growthSideClass,
  markerPath,
  type GrowthLineStyle,
} from './growth-marks';
import { NO_VERTICAL_GRID_LINES, plainTicks } from './plain-tick';
import './charts.css';
import './growth-chart.css';

/** One result on the chart: its two-line label and a score (0–100, or null) per area key. */
export interface GrowthRow {
  /** "Result 3": unique, the axis's key. */
  readonly label: string;
  /** "4 Dec 2026, 08:04", under the name. */
  readonly when: string;
  /** The same without the year ("4 Dec, 08:04"), for a narrow chart. */
  readonly short: string;
  readonly [area: string]: string | number | null;
}

/** An axis label in two lines: the result's name, and when it was made beneath. */
function ResultTick({
  x = 0,
  y = 0,
  payload,
  index = 0,
  rows,
  compact,
}: {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  index?: number;
  rows: readonly GrowthRow[];
  compact: boolean;
}) {
  const row = rows[index];
  const name = String(payload?.value ?? '');
  return (
    <text x={x} y={y} textAnchor="middle" fontSize={compact ? 11 : 12}>
      <tspan x={x} dy="0.9em" className="growth-tick__name">
        {name}
      </tspan>
      <tspan x={x} dy="1.3em" className="growth-tick__when">
        {(compact ? row?.short : row?.when) ?? ''}
      </tspan>
    </text>
  );
}

/** One area's marker, in its line's colour and its own shape; none where it has no score. */
function marker(style: GrowthLineStyle) {
  return function GrowthMarker({ cx, cy, index, value }: DotItemDotProps) {
    if (value === null || value === undefined || typeof cx !== 'number' || typeof cy !== 'number')
      return <g key={`${style.area}-${index}`} />;
    return (
      <path
        key={`${style.area}-${index}`}
        className={`growth-mark__marker ${growthSideClass(style.side)}`}
        d={markerPath(style.marker, cx, cy, 5.5)}
      />
    );
  };
}

/**
 * Area scores over time: one line per area, coloured by the side of the spectrum it
 * pulls towards, each with its own dash and marker shape (growth-marks.tsx), so two
 * areas on one side never rest on colour alone. `names` gives each area's name.
 */
export function GrowthChart({
  rows,
  names,
  compact = false,
}: {
  rows: readonly GrowthRow[];
  names: Readonly<Record<string, string>>;
  compact?: boolean;
}) {
  return (
    <LineChart
      className="chart chart--growth"
      data={rows as GrowthRow[]}
      responsive
      style={{ width: '100%', height: GROWTH_CHART_HEIGHT }}
      margin={{ top: 12, right: compact ? 8 : 16, bottom: 8, left: compact ? 0 : 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid {...NO_VERTICAL_GRID_LINES} className="chart__grid" />
      <XAxis
        dataKey="label"
        className="chart__axis"
        height={44}
        interval="preserveStartEnd"
        minTickGap={8}
        padding={{ left: compact ? 36 : 56, right: compact ? 36 : 56 }}
        tick={(props) => <ResultTick {...props} rows={rows} compact={compact} />}
      />
      <YAxis
        domain={[0, 100]}
        ticks={[0, 20, 40, 60, 80, 100]}
        interval={0}
        width={36}
        className="chart__axis"
        tick={plainTicks(12)}
      />
      {GROWTH_LINE_STYLES.map((style) => (
        <Line
          key={style.area}
          dataKey={style.area}
          name={names[style.area] ?? style.area}
          className={`growth-mark__series ${growthSideClass(style.side)}`}
          strokeDasharray={style.dash || undefined}
          strokeWidth={2.5}
          dot={marker(style)}
          activeDot={false}
          connectNulls
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
