/** One area as the charts draw it: a label and a 0–100 score, for one or two people. */
export interface AreaRow {
  readonly key: string;
  readonly label: string;
  readonly shortLabel: string;
  readonly score: number;
  /** The home area (argmax): drawn darker and marked, never by colour alone. */
  readonly emphasis: boolean;
  /** A second profile to overlay (another person, a past result, a reference). */
  readonly compare?: number;
}

export interface Series {
  readonly name: string;
}
