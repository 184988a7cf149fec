import type { QuestionBank, AreaId } from '../../data/bank-types';
import { TEAM_SPECTRUM_SIZES, type AreaRow } from '../../charts/chart-types';
import type { TeamAreaRow } from '../../charts/team-tshape-chart';
import type { TeamSpectrumDot } from '../../charts/team-spectrum-chart';
import type { TeamSummary } from '../../domain/team-summary';

/** Above this many people, individual columns stop being readable: show the median and IQR. */
export const MAX_INDIVIDUAL_SERIES = 12;

/** Rows for the overlaid T-shapes: each member's score per area, or the quartiles for big teams. */
export function toTeamTShapeRows(
  bank: QuestionBank,
  summary: TeamSummary,
): { rows: TeamAreaRow[]; individual: boolean } {
  const individual = summary.memberCount <= MAX_INDIVIDUAL_SERIES;
  const rows = summary.areas.map((coverage): TeamAreaRow => {
    const label = bank.areas.find((area) => area.id === coverage.area)?.shortName ?? coverage.name;
    if (!individual) {
      return {
        area: coverage.area,
        label,
        median: coverage.median,
        iqr: [coverage.median - coverage.q1, coverage.q3 - coverage.median] as const,
      };
    }
    const row: Record<string, number> = {};
    summary.scores.forEach((scores, index) => {
      row[`m${index}`] = scores[coverage.area] ?? 0;
    });
    return { ...row, area: coverage.area, label, median: coverage.median };
  });
  return { rows, individual };
}

/** Above this many people the dots stay unnamed (names would bury the plot): the table names them. */
export const MAX_NAMED_DOTS = 20;
/** A name on the plot is cut to this many characters; the tables carry it whole. */
const DOT_NAME_CHARACTERS = 12;
/** Space between a dot and its name, and between two names in a lane, in pixels. */
const LABEL_GAP = 5;

/**
 * A generous estimate of a name's drawn width in ems (semibold, in a wide sans such as
 * DejaVu): a name may take less room than estimated, never more.
 */
function estimateEms(text: string): number {
  let ems = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    // East Asian scripts, emoji and other wide symbols take a full em; capitals more than lower case.
    if (code >= 0x1100) ems += 1.1;
    else if (/[A-Z@%&mw]/.test(character)) ems += 0.88;
    else ems += 0.72;
  }
  return ems;
}

function shortName(label: string): string {
  const characters = [...label];
  return characters.length <= DOT_NAME_CHARACTERS
    ? label
    : `${characters
        .slice(0, DOT_NAME_CHARACTERS - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * A dot per person with a position. Up to MAX_NAMED_DOTS people, each dot carries
 * its (shortened) name beside it, and dots go in lanes so that no two names or dots
 * overlap at this `plotWidth` (pixels between the axis ends): a name goes to the
 * right of its dot, or to the left where the right edge is too near, and each takes
 * the lowest lane where it fits (greedy by left edge, which uses the fewest lanes for
 * intervals). Bigger teams get unnamed dots stacked in half lanes where people sit
 * within 0.05 of each other. O(n × lanes).
 */
export function toTeamSpectrumDots(
  summary: TeamSummary,
  labels: readonly string[],
  plotWidth: number,
  large = false,
): TeamSpectrumDot[] {
  const placed = summary.spectrum.flatMap(({ member, position }) =>
    position === null ? [] : [{ x: position, label: labels[member] ?? `Member ${member + 1}` }],
  );
  if (placed.length > MAX_NAMED_DOTS) {
    const stacks = new Map<number, number>();
    return placed.map(({ x, label }) => {
      const bin = Math.round(x * 20);
      const height = stacks.get(bin) ?? 0;
      stacks.set(bin, height + 1);
      return { x, y: height / 2, label, name: null, anchor: 'start' };
    });
  }

  const { fontSize, dotRadius, sideMargin } = TEAM_SPECTRUM_SIZES[large ? 'large' : 'regular'];
  const left = -sideMargin + 2;
  const right = plotWidth + sideMargin - 2;
  const boxes = placed.map(({ x, label }) => {
    const name = shortName(label);
    const at = ((x + 1) / 2) * plotWidth;
    const width = estimateEms(name) * fontSize;
    const reach = dotRadius + LABEL_GAP + width;
    // The right side when the name fits there, else the left, else the roomier one.
    const toRight = at + reach <= right || (at - reach < left && right - at >= at - left);
    return {
      x,
      label,
      name,
      anchor: toRight ? ('start' as const) : ('end' as const),
      from: toRight ? at - dotRadius : at - reach,
      to: toRight ? at + reach : at + dotRadius,
    };
  });

  const laneEnds: number[] = [];
  const lanes = new Map<(typeof boxes)[number], number>();
  for (const box of [...boxes].sort((a, b) => a.from - b.from)) {
    let lane = laneEnds.findIndex((end) => end + LABEL_GAP <= box.from);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = box.to;
    lanes.set(box, lane);
  }
  return boxes.map((box) => ({
    x: box.x,
    y: lanes.get(box) ?? 0,
    label: box.label,
    name: box.name,
    anchor: box.anchor,
  }));
}

/** One member's rows for their own small T-shape; their highest area(s) starred. */
export function toMemberRows(
  bank: QuestionBank,
  scores: Readonly<Record<AreaId, number | null>>,
): AreaRow[] {
  const top = Math.max(0, ...bank.areas.map((area) => scores[area.id] ?? 0));
  return bank.areas.map((area) => {
    const score = scores[area.id] ?? 0;
    const home = top > 0 && score === top;
    return {
      key: area.id,
      label: `${area.name}${home ? ' ★' : ''}`,
      shortLabel: `${area.shortName}${home ? ' ★' : ''}`,
      score,
      emphasis: home,
    };
  });
}

/**
 * The next hire's T-shape: its own rows (toMemberRows: its deepest areas starred),
 * with the team's highest score in each area as the compared outline, so a stem
 * reaching below it is depth the team does not have yet.
 */
export function toHireRows(
  bank: QuestionBank,
  profile: Readonly<Record<AreaId, number>>,
  summary: TeamSummary,
): AreaRow[] {
  return toMemberRows(bank, profile).map((row) => ({
    ...row,
    compare: summary.areas.find((coverage) => coverage.area === row.key)?.max ?? 0,
  }));
}
