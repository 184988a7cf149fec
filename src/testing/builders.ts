import type { AreaId } from '../data/bank-types';
import { QUESTION_BANK } from '../data/question-bank';
import type { CompletedResult } from '../store/saved-state';

/** Rating levels for every item of the bank, one level per area (0 where not given). */
export function buildLevels(
  levels: Partial<Record<AreaId, number>> = {},
  bank = QUESTION_BANK,
): Record<string, number> {
  return Object.fromEntries(
    bank.areas.flatMap((area) => area.items.map((item) => [item.id, levels[area.id] ?? 0])),
  );
}

/** A completed result with sensible defaults; override any field. */
export function buildResult(overrides: Partial<CompletedResult> = {}): CompletedResult {
  return {
    id: 'result-1',
    completedAt: '2026-11-20T10:00:00.000Z',
    bankVersion: QUESTION_BANK.version,
    responses: buildLevels({ statistics: 3, deployment: 4 }),
    timings: {},
    ...overrides,
  };
}
