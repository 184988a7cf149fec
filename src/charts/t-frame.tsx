import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { estimateTextWidth, placeOnLine, type Band } from './t-geometry';
import './charts.css';

/** An area's band across the plot, as the chart's category scale places it. */
export type PlacedBand = Band;

/** The room left of a T's plot, where the threshold lines are named (CSS px). */
export function thresholdGutter(compact: boolean): number {
  return compact ? 50 : 62;
}

/** The line height of an area's name; on a phone the names take two staggered rows. */
const NAME_LINE = 18;
/** The least room between two names on one line (CSS px). */
const LINE_GAP = 6;

/**
 * The category axis of a T: it gives the areas their bands and keeps room above the
 * plot for their names, which the T draws itself (AreaNames) so that it can keep the
 * outer ones inside the chart.
 */
export function areaAxisProps(compact: boolean) {
  return {
    dataKey: 'key',
    orientation: 'top',
    interval: 0,
    tick: false,
    tickLine: false,
    axisLine: false,
    height: compact ? 8 + 2 * NAME_LINE : 8 + NAME_LINE,
  } as const;
}

interface Plot {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The bands of the areas (`keys`, the category axis's values) and the y of a score,
 * read from the chart a T is drawn in (a person's or a team's). Null until Recharts
 * has laid the chart out.
 */
export function useBands(keys: readonly string[]) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const bands: PlacedBand[] = keys.map((key) => ({
    x0: xScale(key, { position: 'start' }) ?? plot.x,
    x1: xScale(key, { position: 'end' }) ?? plot.x,
  }));
  const y = (score: number) => yScale(score) ?? plot.y;
  return { bands, y, plot: plot as Plot };
}

/**
 * The areas' names over their bands, in --ink. On a phone five names do not fit side
 * by side, so every other one sits a line higher (each then has two bands of room);
 * nothing is slanted. A name is moved aside just enough to stay inside the chart and
 * clear of its neighbours on its line (placeOnLine).
 */
export function AreaNames({
  bands,
  names,
  plot,
  compact,
}: {
  bands: readonly PlacedBand[];
  names: readonly string[];
  plot: Plot;
  compact: boolean;
}) {
  const fontSize = compact ? 13 : 14;
  const lines = compact ? [0, 1] : [0];
  return (
    <g className="chart__area-names">
      {lines.flatMap((line) => {
        const onLine = bands
          .map((band, index) => ({ band, index, name: names[index] ?? '' }))
          .filter(({ index }) => !compact || index % 2 === line);
        const left = plot.x - thresholdGutter(compact) + 2;
        const right = plot.x + plot.width;
        // On the narrowest screens (320 px) a line's names may not fit at full size:
        // that line is written just small enough to fit, rather than cut off.
        const full = onLine.reduce(
          (sum, { name }) => sum + estimateTextWidth(name, fontSize) + LINE_GAP,
          -LINE_GAP,
        );
        const size = Math.max(10, Math.min(fontSize, (fontSize * (right - left)) / full));
        const starts = placeOnLine(
          onLine.map(({ band, name }) => ({
            centre: (band.x0 + band.x1) / 2,
            width: estimateTextWidth(name, size),
          })),
          left,
          right,
          LINE_GAP,
        );
        return onLine.map(({ index, name }, place) => (
          <text
            key={`${name}-${index}`}
            x={starts[place]}
            y={plot.y - 7 - (compact && line === 0 ? NAME_LINE : 0)}
            fontSize={size}
            className="chart__area-name"
          >
            {name}
          </text>
        ));
      })}
    </g>
  );
}

/**
 * The breadth and depth lines across the plot, named in the gutter on its left: the
 * word above the line, the number below it, so both fit a phone's narrow gutter and
 * neither is ever cut off at the chart's edge.
 */
export function ThresholdLines({
  plot,
  y,
  breadth,
  depth,
  compact,
}: {
  plot: Plot;
  y: (score: number) => number;
  breadth: number;
  depth: number;
  compact: boolean;
}) {
  const gutter = thresholdGutter(compact);
  return (
    <g className="chart__thresholds">
      {[
        { value: breadth, name: 'Broad', kind: 'breadth' },
        { value: depth, name: 'Deep', kind: 'depth' },
      ].map((line) => {
        const at = y(line.value);
        const labelX = plot.x - 6;
        return (
          <g key={line.kind} className={`chart__threshold chart__threshold--${line.kind}`}>
            <line
              x1={plot.x - gutter + 4}
              x2={plot.x + plot.width}
              y1={at}
              y2={at}
              className="chart__threshold-line"
            />
            <text x={labelX} y={at - 4} textAnchor="end" className="chart__threshold-label">
              {line.name}
            </text>
            <text
              x={labelX}
              y={at + 4}
              dy="0.8em"
              textAnchor="end"
              className="chart__threshold-label chart__threshold-value"
            >
              {line.value}
            </text>
          </g>
        );
      })}
    </g>
  );
}
