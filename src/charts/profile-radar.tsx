import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { inSpectrumOrder, sideOf } from './area-style';
import { CHART_HEIGHTS, type AreaRow, type Series } from './chart-types';
import { estimateTextWidth } from './t-geometry';
import './charts.css';

interface ProfileRadarProps {
  rows: readonly AreaRow[];
  you: Series;
  compare?: Series;
  compact?: boolean;
}

/**
 * The spokes start with Business communication at the top, so the Stats areas fall
 * to the left and the Engineering areas to the right, as on the spectrum strip.
 * Recharts goes clockwise from `startAngle`; Business is the third area of five.
 */
const START_ANGLE = 90 + 2 * 72;

/**
 * The five areas as a radar in spectrum order, optionally overlaid with a second
 * profile (dashed). No numbers on the spokes: the rings are the breadth and depth
 * lines, and the table beside the chart holds every value.
 */
export function ProfileRadar({ rows, you, compare, compact = false }: ProfileRadarProps) {
  const ordered = inSpectrumOrder(rows, (row) => row.key);
  const labels = new Map(
    ordered.map((row) => [row.key, compact ? row.shortLabel : row.label] as const),
  );
  return (
    <RadarChart
      className="chart chart--radar"
      data={ordered}
      responsive
      style={{ width: '100%', height: CHART_HEIGHTS.radar(compact) }}
      outerRadius={compact ? '86%' : '80%'}
      startAngle={START_ANGLE}
      endAngle={START_ANGLE - 360}
      margin={
        compact
          ? { top: 26, right: 0, bottom: 4, left: 0 }
          : { top: 26, right: 8, bottom: 8, left: 8 }
      }
      accessibilityLayer={false}
    >
      <PolarGrid className="chart__grid" gridType="circle" />
      <PolarAngleAxis
        dataKey="key"
        axisLine={false}
        tickLine={false}
        tick={(props: RadarLabelProps) => (
          <RadarLabel {...props} labels={labels} fontSize={compact ? 13 : 14} />
        )}
      />
      <PolarRadiusAxis domain={[0, 100]} ticks={[40, 70, 100]} tick={false} axisLine={false} />
      <Radar
        name={you.name}
        dataKey="score"
        className="chart__area chart__area--you"
        isAnimationActive={false}
        dot={RadarDot}
      />
      {compare && (
        <Radar
          name={compare.name}
          dataKey="compare"
          className="chart__area chart__area--compare"
          isAnimationActive={false}
          dot={{ r: 3, className: 'chart__radar-dot chart__radar-dot--compare' }}
        />
      )}
    </RadarChart>
  );
}

/** A point of the person's profile, in its area's hue. */
function RadarDot(props: { cx?: number; cy?: number; payload?: { key?: string } }) {
  return (
    <circle
      cx={props.cx}
      cy={props.cy}
      r={4.5}
      className={`chart__radar-dot hue--${sideOf(props.payload?.key ?? '')}`}
    />
  );
}

/** What Recharts hands a custom angle-axis tick (the part used here). */
interface RadarLabelProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly cx?: number | string;
  readonly index?: number;
  readonly payload?: { readonly value?: unknown; readonly coordinate?: number };
}

/**
 * An area's name at the end of its spoke, in its side's hue, as one plain <text>
 * (nothing measured, see plain-tick.tsx). Names beside a near-level spoke go to its
 * outer side; one that would run past the chart's edge moves up, over its spoke,
 * and is held inside, so no name is ever cut off, even on a phone.
 */
function RadarLabel({
  x = 0,
  y = 0,
  cx = 0,
  payload,
  labels,
  fontSize,
}: RadarLabelProps & { labels: ReadonlyMap<string, string>; fontSize: number }) {
  const key = String(payload?.value ?? '');
  const name = labels.get(key) ?? key;
  const angle = ((payload?.coordinate ?? 0) * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const width = estimateTextWidth(name, fontSize);
  const chartWidth = Number(cx) * 2;
  let left = Number(x) + 6 * cos;
  let top = Number(y) - 6 * sin;
  if (Math.abs(cos) < 0.35) {
    left -= width / 2;
    top += sin > 0 ? -4 : fontSize;
  } else {
    if (cos < 0) left -= width;
    top += fontSize * 0.35;
    const clamped = Math.min(Math.max(left, 4), chartWidth - 4 - width);
    if (clamped !== left) {
      // Moved off the spoke's end, outwards: above an upper spoke, below a lower one.
      left = clamped;
      top += sin < 0 ? fontSize + 2 : -(fontSize + 4);
    }
  }
  return (
    <text x={left} y={top} fontSize={fontSize} className={`chart__radar-label hue--${sideOf(key)}`}>
      {name}
    </text>
  );
}
