import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { CHART_HEIGHTS, type AreaRow, type Series } from './chart-types';
import './charts.css';

interface ProfileRadarProps {
  rows: readonly AreaRow[];
  you: Series;
  compare?: Series;
  compact?: boolean;
}

/** The five areas as a radar, optionally overlaid with a second profile (dashed). */
export function ProfileRadar({ rows, you, compare, compact = false }: ProfileRadarProps) {
  const data = rows.map((row) => ({ ...row, axisLabel: compact ? row.shortLabel : row.label }));
  return (
    <RadarChart
      className="chart chart--radar"
      data={data}
      responsive
      style={{ width: '100%', height: CHART_HEIGHTS.radar(compact) }}
      outerRadius={compact ? '66%' : '72%'}
      margin={
        compact
          ? { top: 8, right: 64, bottom: 8, left: 64 }
          : { top: 8, right: 8, bottom: 8, left: 8 }
      }
      accessibilityLayer={false}
    >
      <PolarGrid className="chart__grid" />
      <PolarAngleAxis
        dataKey="axisLabel"
        className="chart__axis"
        tick={{ fontSize: compact ? 11 : 13 }}
      />
      <PolarRadiusAxis
        domain={[0, 100]}
        tickCount={6}
        angle={90}
        className="chart__axis"
        tick={{ fontSize: 10 }}
      />
      <Radar
        name={you.name}
        dataKey="score"
        className="chart__area chart__area--you"
        isAnimationActive={false}
        dot
      />
      {compare && (
        <Radar
          name={compare.name}
          dataKey="compare"
          className="chart__area chart__area--compare"
          strokeDasharray="6 4"
          isAnimationActive={false}
          dot
        />
      )}
    </RadarChart>
  );
}
