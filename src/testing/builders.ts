import type { AreaId, Foil } from '../data/bank-types';
import { QUESTION_BANK } from '../data/question-bank';
import { encodeSharePayload } from '../domain/share-codec';
import { memberFromPayload, type TeamMember } from '../domain/team-members';
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

/**
 * Every item of each area at one level, the areas' levels given in bank order
 * (Statistics, Business communication, Production software, Experimentation,
 * Deployment); an area left out is at 0.
 */
export function buildLevelsPerArea(
  levels: readonly number[],
  bank = QUESTION_BANK,
): Record<string, number> {
  return buildLevels(
    Object.fromEntries(bank.areas.map((area, index) => [area.id, levels[index] ?? 0])),
    bank,
  );
}

/**
 * Rating levels given item by item, in bank order (statistics' items first,
 * deployment's last), so a test can spell out all ~30 answers as one literal.
 * Extra levels are ignored; items past the end of the list stay unanswered.
 */
export function buildLevelsInOrder(
  levels: readonly number[],
  bank = QUESTION_BANK,
): Record<string, number> {
  const ids = bank.areas.flatMap((area) => area.items.map((item) => item.id));
  return Object.fromEntries(
    levels.slice(0, ids.length).map((level, index) => [ids[index] as string, level]),
  );
}

/**
 * Knowledge-check responses for the checks an assessment asks (the first
 * `checksPerArea` of each area's pool): for each area, its first `correct` of them
 * answered correctly and the rest with a wrong option. Areas not named get every
 * check right, so only the areas a test is about can raise a calibration flag.
 */
export function buildChecks(
  correct: Partial<Record<AreaId, number>> = {},
  bank = QUESTION_BANK,
): Record<string, number> {
  return Object.fromEntries(
    bank.areas.flatMap((area) =>
      area.checks
        .slice(0, bank.checksPerArea)
        .map((check, index) => [
          check.id,
          index < (correct[area.id] ?? area.checks.length)
            ? check.correctIndex
            : (check.correctIndex + 1) % check.options.length,
        ]),
    ),
  );
}

/** The same time (ms) spent on every rating item of the bank. */
export function buildTimings(ms = 6000, bank = QUESTION_BANK): Record<string, number> {
  return Object.fromEntries(bank.areas.flatMap((area) => area.items.map((item) => [item.id, ms])));
}

/** A completed result with sensible defaults; override any field. */
export function buildResult(overrides: Partial<CompletedResult> = {}): CompletedResult {
  return {
    id: 'result-1',
    completedAt: '2026-11-20T10:00:00.000Z',
    bankVersion: QUESTION_BANK.version,
    responses: buildLevels({ statistics: 3, deployment: 4 }),
    timings: {},
    growthAreas: [],
    ...overrides,
  };
}

/**
 * A team member as a real share link would make one: `levels` gives every item
 * of an area that level (buildLevels), `responses` overrides single items.
 */
export function buildTeamMember({
  name = null,
  levels = {},
  responses = {},
  completedAt = '2026-11-20T00:00:00.000Z',
  growthAreas = [],
}: {
  readonly name?: string | null;
  readonly levels?: Partial<Record<AreaId, number>>;
  readonly responses?: Readonly<Record<string, number>>;
  readonly completedAt?: string;
  /** The areas the person wants to grow in, as their link carries them. */
  readonly growthAreas?: readonly AreaId[];
} = {}): TeamMember {
  const payload = encodeSharePayload({
    bankVersion: QUESTION_BANK.version,
    completedAt,
    responses: { ...buildLevels(levels), ...responses },
    name,
    growthAreas,
  });
  const member = memberFromPayload(payload);
  if (member === null)
    throw new Error(`buildTeamMember made a payload that does not decode: ${payload}`);
  return member;
}

/** The one foil of a bank that has one (version 1); a test of a pooled bank picks its own. */
export function onlyFoil(bank = QUESTION_BANK): Foil {
  const [foil] = bank.foils;
  if (!foil || bank.foils.length !== 1) throw new Error('This bank has a pool of foils.');
  return foil;
}
