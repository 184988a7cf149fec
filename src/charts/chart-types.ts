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
 * The sizes the team's dot plot is drawn at, which the page lays its names out with
 * (no two overlapping), so both must read them from here. `chrome` is the height of
 * everything but the lanes: the margins and the axis.
 */
export const TEAM_SPECTRUM_SIZES = {
  regular: { chrome: 56, laneHeight: 26, fontSize: 13, dotRadius: 6, sideMargin: 28 },
  large: { chrome: 90, laneHeight: 50, fontSize: 26, dotRadius: 11, sideMargin: 40 },
} as const;

/**
 * How tall each chart draws, in CSS pixels. Kept apart from the chart modules (which
 * carry Recharts) so a page can reserve the space while the charts load.
 */
export const CHART_HEIGHTS = {
  tshape: (compact: boolean) => (compact ? 360 : 380),
  radar: (compact: boolean) => (compact ? 330 : 380),
  spectrum: (markers: number) => 70 + markers * 34,
  team: (compact: boolean) => (compact ? 340 : 400),
  /**
   * The team's dot plot: the axis and a margin, and a lane per row of dots (its highest
   * `y`, plus one, at least two), up to 20; `large` for present mode.
   */
  teamSpectrum: (tallestStack: number, large = false) =>
    TEAM_SPECTRUM_SIZES[large ? 'large' : 'regular'].chrome +
    Math.max(2, Math.min(Math.ceil(tallestStack), 19) + 1) *
      TEAM_SPECTRUM_SIZES[large ? 'large' : 'regular'].laneHeight,
} as const;

/** How high the most crowded position of a dot plot stacks (its dots' highest `y`). */
export function tallestStack(dots: readonly { readonly y: number }[]): number {
  return Math.max(...dots.map((dot) => dot.y), 0);
}
