import {
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  type ScatterShapeProps,
} from 'recharts';
import { CHART_HEIGHTS } from './chart-types';
import { PlainTick, type PlainTickProps } from './plain-tick';
import './charts.css';

export interface SpectrumMarker {
  readonly name: string;
  readonly position: number;
  /** The 80% interval, drawn as a band behind the marker. */
  readonly interval: readonly [number, number] | null;
  readonly variant: 'you' | 'compare';
}

const TICKS = [-1, -0.5, 0, 0.5, 1];
const TICK_LABELS: Record<number, string> = { [-1]: 'Stats', 0: 'Balanced', 1: 'Engineering' };

/** The Stats ↔ Engineering axis, shared by one person's strip and the team's dot plot. */
export const SPECTRUM_AXIS = {
  type: 'number',
  dataKey: 'x',
  domain: [-1, 1],
  ticks: TICKS,
  tickFormatter: (value: number) => TICK_LABELS[value] ?? '',
  className: 'chart__axis',
  allowDataOverflow: true,
  // Every tick drawn: Recharts then never measures label text (a forced layout each time).
  interval: 0,
  // The end labels sit inside the strip, so "Engineering" is never cut off at the edge,
  // and each is written in its end's hue.
  tick: (props: Omit<PlainTickProps, 'fontSize'>) => {
    const value = props.payload?.value;
    const end = value === -1 ? 'stats' : value === 1 ? 'engineering' : null;
    return (
      <PlainTick
        {...props}
        fontSize={14}
        textAnchor={end === 'stats' ? 'start' : end === 'engineering' ? 'end' : 'middle'}
        {...(end ? { extraClass: `chart__tick--${end}` } : {})}
      />
    );
  },
} as const;

/** Half a row's height taken by a band, in the y axis's units (one row per marker). */
const BAND_HALF = 0.3;

/**
 * The Stats ↔ Engineering strip: its two halves tinted in their ends' hues, and each
 * person's marker over their 80% band, which has ink caps at both ends so it holds in
 * dark mode and high contrast.
 */
export function SpectrumChart({ markers }: { markers: readonly SpectrumMarker[] }) {
  const rows = markers.map((marker, index) => ({ ...marker, x: marker.position, y: index }));
  const height = CHART_HEIGHTS.spectrum(markers.length);
  return (
    <ScatterChart
      className="chart chart--spectrum"
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 12, right: 8, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <XAxis {...SPECTRUM_AXIS} />
      <YAxis type="number" dataKey="y" domain={[-0.6, markers.length - 0.4]} hide reversed />
      <SpectrumStrip rows={rows} />
      <Scatter
        data={rows}
        isAnimationActive={false}
        shape={(props: ScatterShapeProps) => {
          const row = props.payload as (typeof rows)[number];
          const cx = props.cx ?? 0;
          const cy = props.cy ?? 0;
          return row.variant === 'you' ? (
            <circle cx={cx} cy={cy} r={9} className="chart__marker chart__marker--you" />
          ) : (
            <rect
              x={cx - 8}
              y={cy - 8}
              width={16}
              height={16}
              transform={`rotate(45 ${cx} ${cy})`}
              className="chart__marker chart__marker--compare"
            />
          );
        }}
      />
    </ScatterChart>
  );
}

/** The strip's tinted halves, its midline and each person's band with its caps. */
function SpectrumStrip({ rows }: { rows: readonly (SpectrumMarker & { readonly y: number })[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  const at = (value: number) => x(value) ?? plot.x;
  const rowY = (value: number) => y(value) ?? plot.y;
  const mid = at(0);
  return (
    <g className="chart__strip">
      <rect
        x={plot.x}
        width={mid - plot.x}
        y={plot.y}
        height={plot.height}
        className="chart__track chart__track--stats"
      />
      <rect
        x={mid}
        width={plot.x + plot.width - mid}
        y={plot.y}
        height={plot.height}
        className="chart__track chart__track--engineering"
      />
      <rect
        x={plot.x}
        width={4}
        y={plot.y}
        height={plot.height}
        className="chart__track-end--stats"
      />
      <rect
        x={plot.x + plot.width - 4}
        width={4}
        y={plot.y}
        height={plot.height}
        className="chart__track-end--engineering"
      />
      <line
        x1={mid}
        x2={mid}
        y1={plot.y}
        y2={plot.y + plot.height}
        className="chart__midline"
        strokeDasharray="3 3"
      />
      {rows.map((row) => {
        if (!row.interval) return null;
        const [low, high] = row.interval;
        const x0 = at(low);
        const x1 = at(high);
        const top = rowY(row.y - BAND_HALF);
        const bottom = rowY(row.y + BAND_HALF);
        return (
          <g key={row.name} className={`chart__band chart__band--${row.variant}`}>
            <rect
              x={x0}
              width={Math.max(0, x1 - x0)}
              y={top}
              height={bottom - top}
              rx={3}
              className="chart__band-fill"
            />
            <line x1={x0} x2={x0} y1={top} y2={bottom} className="chart__band-cap" />
            <line x1={x1} x2={x1} y1={top} y2={bottom} className="chart__band-cap" />
          </g>
        );
      })}
    </g>
  );
}
