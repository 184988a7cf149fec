import {
  ReferenceLine,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  type ScatterShapeProps,
} from 'recharts';
import { CHART_HEIGHTS, TEAM_SPECTRUM_SIZES, tallestStack } from './chart-types';
import { plainLabel, type PlainTickProps } from './plain-tick';
import { SPECTRUM_AXIS } from './spectrum-chart';
import './charts.css';
import './team-spectrum-chart.css';

export interface TeamSpectrumDot {
  readonly x: number;
  /** The dot's lane: 0 on the axis, one lane up per row (the page lays them out). */
  readonly y: number;
  /** Who the dot is (the member's label, whole). */
  readonly label: string;
  /** The name drawn beside the dot, maybe shortened; null for an unnamed dot. */
  readonly name: string | null;
  /** Which side of the dot the name goes: `start` to its right, `end` to its left. */
  readonly anchor: 'start' | 'end';
}

/** Where the dot is, by the side of the spectrum it sits on, so it echoes the axis' ends. */
function sideOf(x: number): string {
  if (x < 0) return 'stats';
  return x > 0 ? 'eng' : 'neutral';
}

/** The axis labels, each end in its side's hue: "Stats", "Balanced", "Engineering". */
function HueTick({ fontSize, ...props }: Omit<PlainTickProps, 'fontSize'> & { fontSize: number }) {
  const value = props.payload?.value;
  const label = SPECTRUM_AXIS.tickFormatter(typeof value === 'number' ? value : NaN);
  const side = value === -1 ? 'stats' : value === 1 ? 'eng' : 'neutral';
  return (
    <text
      x={props.x}
      y={props.y}
      dy="0.71em"
      fontSize={fontSize}
      textAnchor={value === -1 ? 'start' : value === 1 ? 'end' : 'middle'}
      className={`chart__tick team-spread__end team-spread__end--${side}`}
    >
      {label}
    </text>
  );
}

/**
 * The team's spread between Stats and Engineering: a dot per person with their name
 * beside it (in the lanes the page laid out, so no two names overlap), and a line for
 * the team as a whole. `large` draws it for present mode, readable across a room.
 */
export function TeamSpectrumChart({
  dots,
  teamPosition,
  large = false,
}: {
  dots: readonly TeamSpectrumDot[];
  teamPosition: number | null;
  large?: boolean;
}) {
  const sizes = TEAM_SPECTRUM_SIZES[large ? 'large' : 'regular'];
  const height = CHART_HEIGHTS.teamSpectrum(tallestStack(dots), large);
  const lanes = (height - sizes.chrome) / sizes.laneHeight;
  const axisHeight = Math.round(sizes.fontSize * 2.2);
  const top = sizes.chrome - axisHeight - 4;
  return (
    <ScatterChart
      className={`chart chart--spectrum chart--team-spectrum${large ? ' chart--large' : ''}`}
      responsive
      style={{ width: '100%', height }}
      margin={{ top, right: sizes.sideMargin, bottom: 4, left: sizes.sideMargin }}
      accessibilityLayer={false}
    >
      <XAxis
        {...SPECTRUM_AXIS}
        // Every position is inside the axis; allowing overflow would clip the names at the plot's edge.
        allowDataOverflow={false}
        height={axisHeight}
        tick={(props: Omit<PlainTickProps, 'fontSize'>) => (
          <HueTick {...props} fontSize={sizes.fontSize * 0.95} />
        )}
      />
      <YAxis type="number" dataKey="y" domain={[-0.5, lanes - 0.5]} hide />
      <ReferenceLine x={0} className="chart__midline" strokeDasharray="3 3" />
      {teamPosition !== null && (
        <ReferenceLine
          x={teamPosition}
          className="team-spread__team"
          strokeWidth={large ? 5 : 3}
          label={{
            value: 'Team',
            position: 'top',
            content: plainLabel('team-spread__team-label', {
              textAnchor: 'middle',
              verticalAnchor: 'end',
            }),
          }}
        />
      )}
      <Scatter
        data={dots as TeamSpectrumDot[]}
        isAnimationActive={false}
        shape={(props: ScatterShapeProps) => {
          const dot = props.payload as TeamSpectrumDot;
          const cx = props.cx ?? 0;
          const cy = props.cy ?? 0;
          const offset = sizes.dotRadius + 5;
          return (
            <g className={`team-spread__dot team-spread__dot--${sideOf(dot.x)}`}>
              <circle cx={cx} cy={cy} r={sizes.dotRadius} />
              {dot.name !== null && (
                <text
                  x={dot.anchor === 'start' ? cx + offset : cx - offset}
                  y={cy}
                  dy="0.35em"
                  fontSize={sizes.fontSize}
                  textAnchor={dot.anchor}
                  className="team-spread__name"
                >
                  {dot.name}
                </text>
              )}
            </g>
          );
        }}
      />
    </ScatterChart>
  );
}
