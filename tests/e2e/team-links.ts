import type { AreaId } from '../../src/data/bank-types';
import { QUESTION_BANK } from '../../src/data/question-bank';
import { encodeSharePayload } from '../../src/domain/share-codec';
import { buildLevelsPerArea } from '../../src/testing/builders';

/**
 * A share payload (the part after `#/r/`) for a made-up person, built with the app's own
 * codec; `growthAreas` are the areas they want to grow in, as the link carries them.
 */
export function buildSharePayload(
  name: string | null,
  levels: readonly number[],
  completedAt = '2026-11-20T00:00:00.000Z',
  growthAreas: readonly AreaId[] = [],
): string {
  return encodeSharePayload({
    bankVersion: QUESTION_BANK.version,
    completedAt,
    responses: buildLevelsPerArea(levels),
    name,
    growthAreas,
  });
}

/** A share link for a made-up person: levels per area in quiz order, built with the app's own codec. */
export function buildShareLink(
  baseUrl: string,
  name: string | null,
  levels: readonly number[],
  completedAt?: string,
  growthAreas?: readonly AreaId[],
): string {
  return `${baseUrl}#/r/${buildSharePayload(name, levels, completedAt, growthAreas)}`;
}
