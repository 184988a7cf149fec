import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { NO_VERTICAL_GRID_LINES } from './plain-tick';
import './charts.css';

export interface GrowthRow {
  readonly label: string;
  readonly [area: string]: string | number | null;
}

/** Area scores over time: one line per area, each with its own dash so colour is not needed. */
export function GrowthChart({
  rows,
  series,
}: {
  rows: readonly GrowthRow[];
  series: readonly { readonly key: string; readonly name: string }[];
}) {
  const DASHES = ['', '8 4', '2 4', '12 4 2 4', '4 2'];
  return (
    <LineChart
      className="chart chart--growth"
      data={rows as GrowthRow[]}
      responsive
      style={{ width: '100%', height: 320 }}
      margin={{ top: 12, right: 24, bottom: 8, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid {...NO_VERTICAL_GRID_LINES} className="chart__grid" />
      <XAxis dataKey="label" className="chart__axis" tick={{ fontSize: 12 }} />
      <YAxis
        domain={[0, 100]}
        ticks={[0, 20, 40, 60, 80, 100]}
        width={36}
        className="chart__axis"
      />
      {series.map((each, index) => (
        <Line
          key={each.key}
          dataKey={each.key}
          name={each.name}
          className={`chart__line chart__member--${index % 6}`}
          strokeDasharray={DASHES[index % DASHES.length]}
          strokeWidth={2.5}
          connectNulls
          isAnimationActive="auto"
        />
      ))}
    </LineChart>
  );
}
