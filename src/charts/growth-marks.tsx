import type { AreaId } from '../data/bank-types';
import { SPECTRUM_ORDER, spectrumSide, type SpectrumSide } from '../domain/spectrum';
import './growth-chart.css';

/*
 * How each area's line is drawn on the growth chart, and its legend. Kept apart from
 * growth-chart.tsx (which carries Recharts) so the page can show the legend while the
 * chart's code is on its way. Colour follows the spectrum (the palette's two ends and
 * neutral middle), and as two areas share each end, each area also has its own dash
 * and marker shape: colour is never the only thing that tells two lines apart.
 */

/** How tall the growth chart draws, so its page can hold the space while it loads. */
export const GROWTH_CHART_HEIGHT = 320;

export type MarkerShape = 'circle' | 'diamond' | 'square' | 'triangle' | 'triangle-down';

/** One area's line: its side of the spectrum (its colour), its dash and its marker. */
export interface GrowthLineStyle {
  readonly area: AreaId;
  readonly side: SpectrumSide;
  /** An SVG stroke-dasharray; '' for a solid line. */
  readonly dash: string;
  readonly marker: MarkerShape;
}

/**
 * In spectrum order: the ends (Statistics, Deployment) solid, the areas nearer the
 * middle dashed, Business communication dotted; five marker shapes, one per area.
 */
const DASHES = ['', '8 4', '2 4', '8 4', ''] as const;
const MARKERS: readonly MarkerShape[] = [
  'circle',
  'diamond',
  'square',
  'triangle',
  'triangle-down',
];

/** The style of every area's line, in spectrum order. */
export const GROWTH_LINE_STYLES: readonly GrowthLineStyle[] = SPECTRUM_ORDER.map((area, index) => ({
  area,
  side: spectrumSide(area),
  dash: DASHES[index] ?? '',
  marker: MARKERS[index] ?? 'circle',
}));

/** The class that colours a line and its markers by its side of the spectrum. */
export function growthSideClass(side: SpectrumSide): string {
  return `growth-mark--${side}`;
}

/** The SVG path of a marker of `shape` centred on (cx, cy), about 2r across. */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${cx - s},${cy - s}h${2 * s}v${2 * s}h${-2 * s}Z`;
    }
    case 'diamond': {
      const d = r * 1.3;
      return `M${cx},${cy - d}L${cx + d},${cy}L${cx},${cy + d}L${cx - d},${cy}Z`;
    }
    case 'triangle': {
      const t = r * 1.25;
      return `M${cx},${cy - t}L${cx + t},${cy + t * 0.8}L${cx - t},${cy + t * 0.8}Z`;
    }
    case 'triangle-down': {
      const t = r * 1.25;
      return `M${cx},${cy + t}L${cx + t},${cy - t * 0.8}L${cx - t},${cy - t * 0.8}Z`;
    }
  }
}

/** A line's sample as the legend shows it: a stretch of the line with its marker on it. */
function LineSample({ style }: { style: GrowthLineStyle }) {
  return (
    <svg
      className={`growth-legend__sample ${growthSideClass(style.side)}`}
      width="36"
      height="14"
      viewBox="0 0 36 14"
      aria-hidden="true"
      focusable="false"
    >
      <line
        className="growth-mark__line"
        x1="1"
        y1="7"
        x2="35"
        y2="7"
        strokeDasharray={style.dash || undefined}
      />
      <path className="growth-mark__marker" d={markerPath(style.marker, 18, 7, 4.5)} />
    </svg>
  );
}

/** The legend of the growth chart: each area's name with its line and marker. */
export function GrowthLegend({
  names,
  label,
}: {
  names: Readonly<Record<string, string>>;
  label: string;
}) {
  return (
    <ul className="growth-legend" aria-label={label}>
      {GROWTH_LINE_STYLES.map((style) => (
        <li key={style.area} className="growth-legend__item">
          <LineSample style={style} />
          {names[style.area]}
        </li>
      ))}
    </ul>
  );
}
