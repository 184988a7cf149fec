import type { QuestionBank, AreaId } from '../../data/bank-types';
import type { AreaRow } from '../../charts/chart-types';
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

/** A dot per person with a position, stacked where people sit within 0.05 of each other. */
export function toTeamSpectrumDots(
  summary: TeamSummary,
  labels: readonly string[],
): TeamSpectrumDot[] {
  const stacks = new Map<number, number>();
  return summary.spectrum.flatMap(({ member, position }) => {
    if (position === null) return [];
    const bin = Math.round(position * 20);
    const y = stacks.get(bin) ?? 0;
    stacks.set(bin, y + 1);
    return [{ x: position, y, label: labels[member] ?? `Member ${member + 1}` }];
  });
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
