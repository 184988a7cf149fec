import { SPECTRUM_ORDER, spectrumSide, type SpectrumSide } from '../domain/spectrum';
import type { AreaId } from '../data/bank-types';
import { scoreBand, type ScoreBand } from '../domain/shape';

/**
 * The charts' one visual language, as pure helpers: every chart draws the areas in
 * spectrum order (Stats end first) and colours an area by the side it pulls towards,
 * in three steps that follow the score bands (tokens.css, "The data palette").
 */

const KNOWN = new Set<string>(SPECTRUM_ORDER);

/** The side an area pulls towards; anything that is not an area id draws neutral. */
export function sideOf(id: string): SpectrumSide {
  return KNOWN.has(id) ? spectrumSide(id as AreaId) : 'neutral';
}

/** The rows in spectrum order (unknown ids last, in the order given). */
export function inSpectrumOrder<T>(rows: readonly T[], idOf: (row: T) => string): T[] {
  const rank = (row: T) => {
    const index = SPECTRUM_ORDER.indexOf(idOf(row) as AreaId);
    return index === -1 ? SPECTRUM_ORDER.length : index;
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** Which step of its hue a score takes: below broad, broad, or deep. */
export type ScoreStep = 'soft' | 'mid' | 'strong';

const STEP_OF_BAND: Readonly<Record<ScoreBand, ScoreStep>> = {
  'below-broad': 'soft',
  broad: 'mid',
  deep: 'strong',
};

export function stepOf(score: number, breadth: number, depth: number): ScoreStep {
  return STEP_OF_BAND[scoreBand(score, breadth, depth)];
}
