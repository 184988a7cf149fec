/** What Recharts hands a custom tick on a cartesian axis (the part drawn here). */
export interface PlainTickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  readonly verticalAnchor?: 'start' | 'middle' | 'end';
  readonly angle?: number;
  readonly payload?: { readonly value?: unknown };
  readonly index?: number;
  readonly tickFormatter?: (value: never, index: number) => string;
  readonly fontSize: number;
  /** Added to the tick's own class (`chart__tick`), e.g. to colour one end of an axis. */
  readonly extraClass?: string;
}

/** Recharts' <Text> offsets for one line of text, by vertical anchor. */
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/**
 * A tick label as one plain SVG <text>. Recharts' own <Text> measures every word of
 * every tick in the DOM to wrap it (a forced layout each time); tick labels here are
 * short and never wrap, so that work buys nothing on a slow phone. It leaves out
 * Recharts' tick class too: on finding it, each axis reads the label's computed
 * font (a forced style pass) and draws itself a second time.
 */
export function PlainTick({
  x = 0,
  y = 0,
  textAnchor = 'middle',
  verticalAnchor = 'middle',
  angle = 0,
  payload,
  index = 0,
  tickFormatter,
  fontSize,
  extraClass,
}: PlainTickProps) {
  const value = payload?.value;
  const label = tickFormatter ? tickFormatter(value as never, index) : String(value ?? '');
  return (
    <text
      x={x}
      y={y}
      dy={DY[verticalAnchor]}
      textAnchor={textAnchor}
      fontSize={fontSize}
      className={extraClass ? `chart__tick ${extraClass}` : 'chart__tick'}
      {...(angle ? { transform: `rotate(${angle}, ${x}, ${y})` } : {})}
    >
      {label}
    </text>
  );
}

/** What Recharts hands a label's `content`: its place, worked out, and its value. */
export interface PlainLabelProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly value?: unknown;
}

/** Where a label's text sits on its point, as Recharts places it for the label's `position`. */
interface LabelAnchor {
  readonly textAnchor: 'start' | 'middle' | 'end';
  readonly verticalAnchor: 'start' | 'middle' | 'end';
}

/**
 * The `content` of a label (a reference line's name, say) as one plain SVG <text>, for
 * the reason PlainTick gives: Recharts' own label measures each of its words in the
 * DOM, which forces a style and layout pass in the middle of the draw. Drawn inside
 * the labelled part's own layer, so it takes no stroke from it (see app.css).
 */
export function plainLabel(className: string, { textAnchor, verticalAnchor }: LabelAnchor) {
  return ({ x = 0, y = 0, value }: PlainLabelProps) => (
    <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} className={className}>
      {String(value ?? '')}
    </text>
  );
}

/** The `tick` prop for an axis whose labels are drawn by PlainTick at `fontSize`. */
export function plainTicks(fontSize: number) {
  return (props: Omit<PlainTickProps, 'fontSize'>) => <PlainTick {...props} fontSize={fontSize} />;
}

/**
 * For a grid of horizontal lines only. Recharts works out the vertical lines' places
 * even when none are drawn, measuring every area name in the DOM (a forced layout
 * each); there are none to place.
 */
export const NO_VERTICAL_GRID_LINES = {
  vertical: false,
  verticalCoordinatesGenerator: () => [],
} as const;
