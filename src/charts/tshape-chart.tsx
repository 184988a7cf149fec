import { BarChart, XAxis, YAxis } from 'recharts';
import { inSpectrumOrder, sideOf, stepOf } from './area-style';
import { CHART_HEIGHTS, type AreaRow, type Series } from './chart-types';
import { drawTOutline, drawTPiece } from './t-geometry';
import {
  AreaNames,
  ThresholdLines,
  areaAxisProps,
  thresholdGutter,
  useBands,
  type PlacedBand,
} from './t-frame';
import './charts.css';

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

/** Where the value labels start below a piece's end, and their line height (CSS px). */
const LABEL_GAP = 5;
const LABEL_LINE = 17;

/**
 * The T-shape. The areas, in spectrum order, hang from one top line: broad areas
 * join into the crossbar, the rest of each score hangs below it as a stem, thicker
 * where the area is deep (t-geometry.ts). Each area takes its side's hue, in the step
 * its score reaches. A compared person is the dashed outline of their own T on top.
 *
 * Recharts is the frame (layout, the area names, the scales, resizing); the T itself
 * is a few paths drawn from the scales, and its labels are plain SVG <text> placed by
 * arithmetic: nothing measures text as the chart draws (see plain-tick.tsx).
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
  const ordered = inSpectrumOrder(rows, (row) => row.key);
  const hasCompare = compare !== undefined;
  return (
    <BarChart
      className="chart chart--tshape"
      data={ordered}
      responsive
      style={{ width: '100%', height: height ?? CHART_HEIGHTS.tshape(compact) }}
      margin={{
        top: 4,
        right: 4,
        bottom: LABEL_GAP + LABEL_LINE * (hasCompare ? 2 : 1) + 2,
        left: thresholdGutter(compact),
      }}
      accessibilityLayer={false}
      aria-label={`${you.name}${compare ? ` and ${compare.name}` : ''}: breadth and depth`}
    >
      <XAxis {...areaAxisProps(compact)} />
      <YAxis hide reversed domain={[0, 100]} type="number" allowDataOverflow />
      <TShapeLayer
        rows={ordered}
        breadth={breadthThreshold}
        depth={depthThreshold}
        compact={compact}
        {...(compare ? { compareName: compare.name } : {})}
      />
    </BarChart>
  );
}

interface TShapeLayerProps {
  rows: readonly AreaRow[];
  breadth: number;
  depth: number;
  compact: boolean;
  compareName?: string;
}

/** The T itself, drawn inside the chart from its scales. */
function TShapeLayer({ rows, breadth, depth, compact, compareName }: TShapeLayerProps) {
  const frame = useBands(rows.map((row) => row.key));
  if (!frame) return null;
  const { bands, y, plot } = frame;
  const scale = { y, breadth, depth };
  const pieces = rows.map((row, index) => ({
    row,
    band: bands[index] as PlacedBand,
    piece: drawTPiece(bands[index] as PlacedBand, row.score, scale),
  }));
  const compared = compareName !== undefined;
  return (
    <g className="chart__t">
      <ThresholdLines plot={plot} y={y} breadth={breadth} depth={depth} compact={compact} />
      <AreaNames
        bands={bands}
        names={rows.map((row) => row.shortLabel)}
        plot={plot}
        compact={compact}
      />
      {pieces.map(({ row, piece }) => (
        <g
          key={row.key}
          className={[
            'chart__bar',
            `hue--${sideOf(row.key)}`,
            `chart__bar--${stepOf(row.score, breadth, depth)}`,
            row.emphasis ? 'chart__bar--home' : '',
            row.borderline ? 'chart__bar--borderline' : '',
          ]
            .join(' ')
            .trim()}
          data-area={row.key}
        >
          <path d={piece.crossbar} className="chart__crossbar" />
          {piece.stem && <path d={piece.stem} className="chart__stem" />}
          {row.borderline && <path d={piece.outline} className="chart__edge" />}
        </g>
      ))}
      <line x1={plot.x} x2={plot.x + plot.width} y1={y(0)} y2={y(0)} className="chart__top-line" />
      {compared && (
        <path
          d={drawTOutline(
            bands,
            rows.map((row) => row.compare ?? 0),
            scale,
          )}
          className="chart__compare"
        />
      )}
      {pieces.map(({ row, band }) => {
        const ends = [row.score, ...(compared ? [row.compare ?? 0] : [])].map(y);
        // Below the lower of the two ends, so a label never sits on either T.
        const top = Math.max(...ends) + LABEL_GAP;
        const x = (band.x0 + band.x1) / 2;
        return (
          <g key={row.key} className="chart__values" data-area={row.key}>
            <text x={x} y={top} dy="0.8em" textAnchor="middle" className="chart__value">
              {Math.round(row.score)}
            </text>
            {compared && (
              <text
                x={x}
                y={top + LABEL_LINE}
                dy="0.8em"
                textAnchor="middle"
                className="chart__value chart__value--compare"
              >
                {`vs ${Math.round(row.compare ?? 0)}`}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
