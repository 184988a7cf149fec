/** One area as the charts draw it: a label and a 0–100 score, for one or two people. */
export interface AreaRow {
  readonly key: string;
  readonly label: string;
  readonly shortLabel: string;
  readonly score: number;
  /** The home area (argmax): drawn darker and marked, never by colour alone. */
  readonly emphasis: boolean;
  /** The score's interval straddles τb or τd: drawn with a dashed edge and marked "≈" in its label. */
  readonly borderline?: boolean;
  /** A second profile to overlay (another person, a past result, a reference). */
  readonly compare?: number;
}

export interface Series {
  readonly name: string;
}

/**
 * How tall each chart draws, in CSS pixels. Kept apart from the chart modules (which
 * carry Recharts) so a page can reserve the space while the charts load.
 */
export const CHART_HEIGHTS = {
  tshape: (compact: boolean) => (compact ? 360 : 380),
  radar: (compact: boolean) => (compact ? 330 : 380),
  spectrum: (markers: number) => 70 + markers * 34,
  team: (compact: boolean) => (compact ? 340 : 400),
  /** The team's dot plot grows with its tallest stack of people at one position, up to 20. */
  teamSpectrum: (tallestStack: number) => 90 + Math.min(tallestStack, 20) * 12,
} as const;

/** How high the most crowded position of a dot plot stacks (its dots' highest `y`). */
export function tallestStack(dots: readonly { readonly y: number }[]): number {
  return Math.max(...dots.map((dot) => dot.y), 0);
}
