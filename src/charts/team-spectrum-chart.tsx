import {
  ReferenceLine,
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  type ScatterShapeProps,
} from 'recharts';
import { CHART_HEIGHTS, tallestStack } from './chart-types';
import { SPECTRUM_AXIS } from './spectrum-chart';
import './charts.css';

export interface TeamSpectrumDot {
  readonly x: number;
  /** The dot's place in its stack, so people at the same position do not hide each other. */
  readonly y: number;
  readonly label: string;
}

/** The team's spread between Stats and Engineering: a dot per person, a diamond for the team. */
export function TeamSpectrumChart({
  dots,
  teamPosition,
}: {
  dots: readonly TeamSpectrumDot[];
  teamPosition: number | null;
}) {
  const height = tallestStack(dots);
  return (
    <ScatterChart
      className="chart chart--spectrum chart--team-spectrum"
      responsive
      style={{ width: '100%', height: CHART_HEIGHTS.teamSpectrum(height) }}
      margin={{ top: 12, right: 28, bottom: 4, left: 28 }}
      accessibilityLayer={false}
    >
      <XAxis {...SPECTRUM_AXIS} />
      <YAxis type="number" dataKey="y" domain={[-1, Math.max(height, 3) + 1]} hide />
      <ReferenceLine x={0} className="chart__midline" strokeDasharray="3 3" />
      {teamPosition !== null && (
        <ReferenceLine x={teamPosition} className="chart__team-position" strokeWidth={3} />
      )}
      <Scatter
        data={dots as TeamSpectrumDot[]}
        isAnimationActive={false}
        shape={(props: ScatterShapeProps) => (
          <circle
            cx={props.cx ?? 0}
            cy={props.cy ?? 0}
            r={6}
            className="chart__marker chart__marker--you"
          />
        )}
      />
    </ScatterChart>
  );
}
