/**
 * The geometry of a T, in pixels, from the places the chart's scales give: pure, so a
 * unit test can check it and the chart only draws the paths it returns.
 *
 * Each area owns a band across the plot. From the top line down to
 * min(score, breadth line) the area fills its whole band, with no gap to its
 * neighbours, so adjacent broad areas join into one crossbar and an area short of
 * broad leaves a notch in it. Below the breadth line the rest of the score hangs as a
 * stem centred in the band, wider where the area is deep. Only a stem's free end is
 * rounded: the crossbar is attached to the top line and to its neighbours.
 */

export interface Band {
  /** Left and right edges of the area's band. */
  readonly x0: number;
  readonly x1: number;
}

export interface TScale {
  /** The y of a score (0 at the top line, growing downwards). */
  readonly y: (score: number) => number;
  readonly breadth: number;
  readonly depth: number;
}

export interface TPiece {
  /** The part in the crossbar: full band width, top line to min(score, breadth). */
  readonly crossbar: string;
  /** The stem below the breadth line, or null when the score does not reach past it. */
  readonly stem: string | null;
  /** The piece's whole edge (crossbar and stem as one outline). */
  readonly outline: string;
  /** The stem's left and right edges (the band's own when there is no stem). */
  readonly stemX0: number;
  readonly stemX1: number;
  /** Where the piece ends: the y of the score. */
  readonly endY: number;
}

/** A stem's width as a share of its band: deep areas hang a thick stem, others a thin one. */
export const STEM_SHARE = { deep: 0.5, other: 0.26 } as const;
const CORNER = 6;

const fixed = (value: number) => Math.round(value * 100) / 100;

/** The left-to-right edge of a stem from the breadth line down to its rounded end. */
function stemEdge(x0: number, x1: number, top: number, end: number): string {
  const r = Math.max(0, Math.min(CORNER, (x1 - x0) / 2, end - top));
  return [
    `V${fixed(end - r)}`,
    r > 0 ? `A${fixed(r)} ${fixed(r)} 0 0 1 ${fixed(x1 - r)} ${fixed(end)}` : '',
    `H${fixed(x0 + r)}`,
    r > 0 ? `A${fixed(r)} ${fixed(r)} 0 0 1 ${fixed(x0)} ${fixed(end - r)}` : '',
  ].join('');
}

/** One area's piece of the T. */
export function drawTPiece(band: Band, score: number, scale: TScale): TPiece {
  const { x0, x1 } = band;
  const top = scale.y(0);
  const end = scale.y(Math.max(0, score));
  const cross = scale.y(Math.min(Math.max(0, score), scale.breadth));
  // Half a pixel into the next band, so antialiasing leaves no seam between neighbours.
  const crossbar = `M${fixed(x0)} ${fixed(top)}H${fixed(x1 + 0.5)}V${fixed(cross)}H${fixed(x0)}Z`;
  const edge = `M${fixed(x0)} ${fixed(top)}H${fixed(x1)}V${fixed(cross)}H${fixed(x0)}Z`;
  if (score <= scale.breadth) {
    return { crossbar, stem: null, outline: edge, stemX0: x0, stemX1: x1, endY: end };
  }
  const share = score >= scale.depth ? STEM_SHARE.deep : STEM_SHARE.other;
  const width = (x1 - x0) * share;
  const sx0 = (x0 + x1 - width) / 2;
  const sx1 = sx0 + width;
  const stem = `M${fixed(sx0)} ${fixed(cross)}H${fixed(sx1)}${stemEdge(sx0, sx1, cross, end)}Z`;
  const outline =
    `M${fixed(x0)} ${fixed(top)}H${fixed(x1)}V${fixed(cross)}H${fixed(sx1)}` +
    `${stemEdge(sx0, sx1, cross, end)}V${fixed(cross)}H${fixed(x0)}Z`;
  return { crossbar, stem, outline, stemX0: sx0, stemX1: sx1, endY: end };
}

/**
 * A whole T's edge as one path (a compared person's outline): the top line, then each
 * area's lower edge from right to left, so neighbours' shared sides are not drawn.
 */
export function drawTOutline(bands: readonly Band[], scores: readonly number[], scale: TScale) {
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (!first || !last) return '';
  const top = scale.y(0);
  const parts = [`M${fixed(first.x0)} ${fixed(top)}H${fixed(last.x1)}`];
  for (let index = bands.length - 1; index >= 0; index -= 1) {
    const band = bands[index] as Band;
    const score = Math.max(0, scores[index] ?? 0);
    const cross = scale.y(Math.min(score, scale.breadth));
    parts.push(`V${fixed(cross)}`);
    if (score > scale.breadth) {
      const share = score >= scale.depth ? STEM_SHARE.deep : STEM_SHARE.other;
      const width = (band.x1 - band.x0) * share;
      const sx0 = (band.x0 + band.x1 - width) / 2;
      const sx1 = sx0 + width;
      parts.push(`H${fixed(sx1)}${stemEdge(sx0, sx1, cross, scale.y(score))}V${fixed(cross)}`);
    }
    parts.push(`H${fixed(band.x0)}`);
  }
  parts.push(`V${fixed(top)}Z`);
  return parts.join('');
}

/** A label on one line: where it would like to be centred and how wide it is. */
export interface LineLabel {
  readonly centre: number;
  readonly width: number;
}

/**
 * The left edges of labels on one line, as near their centres as fits: none past
 * `left` or `right`, none closer than `gap` to its neighbour. The labels are in order
 * along the line; when the line is too short for them all, the first ones give way.
 */
export function placeOnLine(
  labels: readonly LineLabel[],
  left: number,
  right: number,
  gap = 6,
): number[] {
  const starts = labels.map(({ centre, width }) =>
    Math.min(Math.max(centre - width / 2, left), right - width),
  );
  for (let index = 1; index < starts.length; index += 1) {
    const before = labels[index - 1] as LineLabel;
    starts[index] = Math.max(
      starts[index] as number,
      (starts[index - 1] as number) + before.width + gap,
    );
  }
  for (let index = starts.length - 1; index >= 0; index -= 1) {
    const label = labels[index] as LineLabel;
    const limit = index === starts.length - 1 ? right : (starts[index + 1] as number) - gap;
    starts[index] = Math.min(starts[index] as number, limit - label.width);
  }
  return starts;
}

/**
 * A generous width of a line of chart text from its length alone (semi-bold sans of
 * the system, DejaVu Sans being the widest met; marks such as ★ and ≈ come from a
 * wider symbol font): nothing is measured in the DOM.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].reduce((sum, char) => sum + (char <= '~' ? 0.7 : 1), 0) * fontSize;
}
