import type { AreaId, QuestionBank } from '../../data/bank-types';
import type { AreaRow } from '../../charts/chart-types';
import type { Profile } from '../../domain/profile';
import { SPECTRUM_ORDER } from '../../domain/spectrum';

/**
 * The rows every area chart draws, from a profile and an optional second set of
 * area scores to overlay, in spectrum order (Stats end first), the order every chart
 * draws the areas in. An unscored area draws as 0 (its table row says so).
 * The home area is marked with a star in its label so emphasis never rests on colour,
 * and an area whose interval straddles a line with "≈": a retake could move it across.
 */
export function toAreaRows(
  bank: QuestionBank,
  profile: Profile,
  compare?: Readonly<Record<AreaId, number | null>>,
): readonly AreaRow[] {
  const readings = SPECTRUM_ORDER.flatMap((id) =>
    profile.areas.filter((reading) => reading.id === id),
  );
  return readings.map((reading) => {
    const area = bank.areas.find((each) => each.id === reading.id);
    const home = profile.homeAreas.includes(reading.id) && (profile.depth ?? 0) > 0;
    const mark = `${home ? ' ★' : ''}${reading.borderline ? ' ≈' : ''}`;
    const compareScore = compare?.[reading.id];
    return {
      key: reading.id,
      label: `${reading.name}${mark}`,
      shortLabel: `${area?.shortName ?? reading.name}${mark}`,
      score: reading.score ?? 0,
      emphasis: home,
      borderline: reading.borderline,
      ...(compare ? { compare: compareScore ?? 0 } : {}),
    };
  });
}

/** The area scores of a profile, keyed by area: the overlay of a compared profile. */
export function toAreaScores(profile: Profile): Record<AreaId, number | null> {
  return Object.fromEntries(profile.areas.map((area) => [area.id, area.score])) as Record<
    AreaId,
    number | null
  >;
}
