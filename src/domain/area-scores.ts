import type { AreaId, QuestionBank } from '../data/bank-types';

export type AreaScores = Readonly<Record<AreaId, number | null>>;

/**
 * Area score A = 20 × mean(levels), 0–100 (DESIGN.md, "Scoring").
 * Only rating items count: knowledge checks and the foil add flags, never points.
 * An area with no answered item has no score (null), rather than a misleading 0.
 */
export function computeAreaScores(
  bank: QuestionBank,
  levels: Readonly<Record<string, number>>,
): AreaScores {
  const entries = bank.areas.map((area) => {
    const answered = area.items
      .map((item) => levels[item.id])
      .filter((level): level is number => level !== undefined);
    const score =
      answered.length === 0
        ? null
        : (20 * answered.reduce((sum, level) => sum + level, 0)) / answered.length;
    return [area.id, score] as const;
  });
  return Object.fromEntries(entries) as Record<AreaId, number | null>;
}
