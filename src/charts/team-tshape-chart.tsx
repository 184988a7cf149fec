import { BarChart, XAxis, YAxis } from 'recharts';
import type { AreaId } from '../data/bank-types';
import { inSpectrumOrder, sideOf, stepOf } from './area-style';
import { CHART_HEIGHTS } from './chart-types';
import { drawTPiece } from './t-geometry';
import {
  AreaNames,
  ThresholdLines,
  areaAxisProps,
  thresholdGutter,
  useBands,
  type PlacedBand,
} from './t-frame';
import './charts.css';

/**
 * One row per area: the team's median, and either each member's score under `m0`,
 * `m1`, … or, for a large team, the interquartile range as distances below and
 * above the median (`iqr`).
 */
export interface TeamAreaRow {
  readonly area: AreaId;
  readonly label: string;
  readonly median: number;
  readonly iqr?: readonly [number, number];
  readonly [key: string]: string | number | readonly [number, number] | undefined;
}

interface TeamTShapeChartProps {
  rows: readonly TeamAreaRow[];
  /** Individual series (`m0`…) to overlay; empty when the chart shows the median and IQR. */
  memberKeys: readonly { readonly key: string; readonly name: string }[];
  breadthThreshold: number;
  depthThreshold: number;
  compact?: boolean;
}

const LABEL_GAP = 5;
const LABEL_LINE = 17;

/**
 * The team's T: the median of each area drawn as one person's T is (the same
 * crossbar, stems and hues), and over it either every member as a thin stem of their
 * own colour in their own place across each band (a dozen or fewer, in the order of
 * the members table), or, for a larger team, the middle half of the team as a box
 * around the median's end.
 */
export function TeamTShapeChart({
  rows,
  memberKeys,
  breadthThreshold,
  depthThreshold,
  compact = false,
}: TeamTShapeChartProps) {
  const ordered = inSpectrumOrder(rows, (row) => row.area);
  return (
    <BarChart
      className="chart chart--team"
      data={ordered as TeamAreaRow[]}
      responsive
      style={{ width: '100%', height: CHART_HEIGHTS.team(compact) }}
      margin={{
        top: 4,
        right: 4,
        bottom: LABEL_GAP + LABEL_LINE + 2,
        left: thresholdGutter(compact),
      }}
      accessibilityLayer={false}
    >
      <XAxis {...areaAxisProps(compact)} dataKey="area" />
      <YAxis hide reversed domain={[0, 100]} type="number" allowDataOverflow />
      <TeamLayer
        rows={ordered}
        memberKeys={memberKeys.map((member) => member.key)}
        breadth={breadthThreshold}
        depth={depthThreshold}
        compact={compact}
      />
    </BarChart>
  );
}

function score(row: TeamAreaRow, key: string): number {
  const value = row[key];
  return typeof value === 'number' ? value : 0;
}

/** Where member `index` of `count` stands across a band: the same place in every area. */
function memberX(band: PlacedBand, index: number, count: number): number {
  const width = band.x1 - band.x0;
  return band.x0 + width * (0.14 + (0.72 * (index + 0.5)) / count);
}

function TeamLayer({
  rows,
  memberKeys,
  breadth,
  depth,
  compact,
}: {
  rows: readonly TeamAreaRow[];
  memberKeys: readonly string[];
  breadth: number;
  depth: number;
  compact: boolean;
}) {
  const frame = useBands(rows.map((row) => row.area));
  if (!frame) return null;
  const { bands, y, plot } = frame;
  const scale = { y, breadth, depth };
  return (
    <g className="chart__t">
      <ThresholdLines plot={plot} y={y} breadth={breadth} depth={depth} compact={compact} />
      <AreaNames bands={bands} names={rows.map((row) => row.label)} plot={plot} compact={compact} />
      {rows.map((row, index) => {
        const piece = drawTPiece(bands[index] as PlacedBand, row.median, scale);
        return (
          <g
            key={row.area}
            className={`chart__bar hue--${sideOf(row.area)} chart__bar--${stepOf(row.median, breadth, depth)}`}
            data-area={row.area}
          >
            <path d={piece.crossbar} className="chart__crossbar" />
            {piece.stem && <path d={piece.stem} className="chart__stem" />}
          </g>
        );
      })}
      <line x1={plot.x} x2={plot.x + plot.width} y1={y(0)} y2={y(0)} className="chart__top-line" />
      <g className="chart__members">
        {rows.map((row, index) => {
          const band = bands[index] as PlacedBand;
          if (memberKeys.length === 0) {
            const [below, above] = row.iqr ?? [0, 0];
            const piece = drawTPiece(band, row.median, scale);
            const half = Math.max((piece.stemX1 - piece.stemX0) / 2 + 5, (band.x1 - band.x0) * 0.2);
            const centre = (band.x0 + band.x1) / 2;
            return (
              <rect
                key={row.area}
                x={centre - half}
                width={half * 2}
                y={y(row.median - below)}
                height={Math.max(2, y(row.median + above) - y(row.median - below))}
                rx={3}
                className="chart__iqr"
              />
            );
          }
          return (
            <g key={row.area}>
              {memberKeys.map((key, member) => {
                const x = memberX(band, member, memberKeys.length);
                const end = y(score(row, key));
                return (
                  <g key={key} className={`chart__member chart__member--${member % 6}`}>
                    <line x1={x} x2={x} y1={y(0)} y2={end} className="chart__member-stem" />
                    <circle cx={x} cy={end} r={compact ? 3.5 : 4.5} className="chart__member-end" />
                  </g>
                );
              })}
            </g>
          );
        })}
      </g>
      <g className="chart__values">
        {/* The medians in one row under the plot, clear of every member's mark. */}
        {/* From the gutter's left edge, a size smaller on a phone: its gutter is narrow. */}
        <text
          x={plot.x - thresholdGutter(compact) + 2}
          y={y(100) + LABEL_GAP}
          dy="0.8em"
          {...(compact ? { fontSize: 11 } : {})}
          className="chart__threshold-label"
        >
          Median
        </text>
        {rows.map((row, index) => {
          const band = bands[index] as PlacedBand;
          return (
            <text
              key={row.area}
              x={(band.x0 + band.x1) / 2}
              y={y(100) + LABEL_GAP}
              dy="0.8em"
              textAnchor="middle"
              className="chart__value"
            >
              {Math.round(row.median)}
            </text>
          );
        })}
      </g>
    </g>
  );
}
