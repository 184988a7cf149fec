import {
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
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
  // The end labels sit inside the strip, so "Engineering" is never cut off at the edge.
  tick: (props: Omit<PlainTickProps, 'fontSize'>) => (
    <PlainTick
      {...props}
      fontSize={13}
      textAnchor={
        props.payload?.value === -1 ? 'start' : props.payload?.value === 1 ? 'end' : 'middle'
      }
    />
  ),
} as const;

/** The Stats ↔ Engineering strip: each person's marker over their 80% band. */
export function SpectrumChart({ markers }: { markers: readonly SpectrumMarker[] }) {
  const rows = markers.map((marker, index) => ({ ...marker, x: marker.position, y: index }));
  const height = CHART_HEIGHTS.spectrum(markers.length);
  return (
    <ScatterChart
      className="chart chart--spectrum"
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 12, right: 28, bottom: 4, left: 28 }}
      accessibilityLayer={false}
    >
      <XAxis {...SPECTRUM_AXIS} />
      <YAxis type="number" dataKey="y" domain={[-0.6, markers.length - 0.4]} hide reversed />
      <ReferenceLine x={0} className="chart__midline" strokeDasharray="3 3" />
      {rows.map((row) =>
        row.interval ? (
          <ReferenceArea
            key={row.name}
            x1={row.interval[0]}
            x2={row.interval[1]}
            y1={row.y - 0.28}
            y2={row.y + 0.28}
            className={`chart__band chart__band--${row.variant}`}
            radius={6}
          />
        ) : null,
      )}
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
