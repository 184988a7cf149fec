import * as v from 'valibot';
import { MAX_LEVEL } from '../domain/area-scores';
import {
  STORE_VERSION,
  MAX_ANSWER_MS,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_TEAM_NAME_LENGTH,
  MAX_SAVED_TEAM_MEMBERS,
  MAX_MEMBER_PAYLOAD_LENGTH,
  MAX_SHARED_RESULTS,
  MAX_PLANS,
  MAX_SAVED_PLAN_STEPS,
  MAX_PLAN_NOTE_LENGTH,
  MAX_PLAN_EVIDENCE_LENGTH,
  MAX_TARGET_TITLE_LENGTH,
  MAX_PEER_RATINGS,
  MAX_PEER_PAYLOAD_LENGTH,
  SAVED_AREA_IDS,
  THEMES,
} from './saved-limits';

/*
 * The one saved record of tshape: its schema, and the single gate that turns whatever
 * is in storage into a valid current state (or says why not). Bump STORE_VERSION
 * (saved-limits) with every change to the saved shape, add a migration from the
 * previous version below, and freeze a fixture of the old shape in the tests.
 */

const Timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));
/**
 * Levels 0–5 for ratings and the foil, an option index for checks (fewer than six
 * options). Nothing the quiz gives lies outside it; a value that does is refused here,
 * at the gate, so no page has to cope with it (the saved record is then kept aside).
 */
const ResponseValue = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LEVEL));
const Duration = v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_ANSWER_MS));

export const AnswerSchema = v.object({
  value: ResponseValue,
  /** When the answer was given (epoch ms): merges across tabs, newest wins. */
  at: Timestamp,
  /** Time spent on the item (ms): feeds the careless-answering flag. */
  ms: Duration,
});

export const ProgressSchema = v.object({
  bankVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  startedAt: Timestamp,
  step: v.pipe(v.number(), v.integer(), v.minValue(0)),
  answers: v.record(v.string(), AnswerSchema),
  /** The id of a completed result these answers revise ("Review your answers"); it is replaced on completion. */
  revises: v.optional(v.string()),
  /** The id of the result a retake was prefilled from: the quiz says so. */
  prefilledFrom: v.optional(v.string()),
  /**
   * When the assessment this one replaced had started (a retake, a review, "Start"
   * over answers in progress). Absent for a start from nothing: two such starts in two
   * tabs at once are one assessment begun twice, and are merged (record-events).
   */
  replaces: v.optional(Timestamp),
});

export const ResultSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  completedAt: v.pipe(v.string(), v.isoTimestamp()),
  bankVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  responses: v.record(v.string(), ResponseValue),
  timings: v.record(v.string(), Duration),
  /**
   * The areas the person wants to grow in, chosen on the results page (version 5 on).
   * A result saved before has none: the default is the forward migration of a record
   * read from storage, and MIGRATIONS[4] does the same for a whole store.
   */
  growthAreas: v.optional(
    v.pipe(v.array(v.picklist(SAVED_AREA_IDS)), v.maxLength(SAVED_AREA_IDS.length)),
    () => [],
  ),
  /**
   * Colleagues' ratings the person chose to keep with this result: each reply link's
   * payload (scores are derived from it, never stored twice) and when it was kept.
   * Optional without a default, so results saved before, and the frozen fixtures, read
   * back exactly as they were: no store version is needed for a field that may be absent.
   */
  peerRatings: v.optional(
    v.pipe(
      v.array(
        v.object({
          payload: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PEER_PAYLOAD_LENGTH)),
          keptAt: v.pipe(v.string(), v.isoTimestamp()),
        }),
      ),
      v.maxLength(MAX_PEER_RATINGS),
    ),
  ),
});

const TargetScore = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));

/** Per-area targets, 0–100; an area without one is absent. */
export const AreaTargetsSchema = v.object({
  statistics: v.optional(TargetScore),
  'business-communication': v.optional(TargetScore),
  'production-software': v.optional(TargetScore),
  experimentation: v.optional(TargetScore),
  deployment: v.optional(TargetScore),
});

/** What a plan aims at: a reference role (by id), a target link's target, or one's own. */
export const PlanTargetSchema = v.variant('kind', [
  v.object({
    kind: v.literal('reference'),
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  }),
  v.object({
    kind: v.literal('link'),
    title: v.nullable(v.pipe(v.string(), v.maxLength(MAX_TARGET_TITLE_LENGTH))),
    areas: AreaTargetsSchema,
  }),
  v.object({ kind: v.literal('own'), areas: AreaTargetsSchema }),
]);

/** One step of a kept plan: the sub-skill and levels it was made with, and what the person kept. */
export const PlanStepSchema = v.object({
  itemId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  fromLevel: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LEVEL - 1)),
  toLevel: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_LEVEL)),
  done: v.boolean(),
  note: v.pipe(v.string(), v.maxLength(MAX_PLAN_NOTE_LENGTH)),
  evidence: v.pipe(v.string(), v.maxLength(MAX_PLAN_EVIDENCE_LENGTH)),
});

/**
 * A growth plan as kept (version 5 on): the target, the result it was made from and the
 * steps it gave, with ticks, notes and evidence. Kept locally and in backups, never in
 * a link. The steps are kept rather than derived because a retake reviews them against
 * what they were when the person took them on.
 */
export const PlanSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  resultId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  target: PlanTargetSchema,
  steps: v.pipe(v.array(PlanStepSchema), v.maxLength(MAX_SAVED_PLAN_STEPS)),
});

/** A team keeps its members as share payloads: the link is the member, scores are derived. */
export const TeamSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEAM_NAME_LENGTH)),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  anonymous: v.boolean(),
  members: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(MAX_MEMBER_PAYLOAD_LENGTH))),
    v.maxLength(MAX_SAVED_TEAM_MEMBERS),
  ),
  /**
   * Members left out of the coverage for a moment ("what if"), by payload; they stay
   * members. Optional, so teams saved before (and other tabs' copies) stay valid with
   * nobody left out, and no version bump is needed; the store keeps it a subset of
   * `members`.
   */
  excluded: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(MAX_MEMBER_PAYLOAD_LENGTH))),
      v.maxLength(MAX_SAVED_TEAM_MEMBERS),
    ),
  ),
});

/**
 * Someone else's result, kept in one's history by choice: the share payload is the
 * result (name, date and answers are derived from it), never mixed with one's own.
 */
export const SharedResultSchema = v.object({
  payload: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_MEMBER_PAYLOAD_LENGTH)),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
});

export const SettingsSchema = v.object({
  theme: v.picklist(THEMES),
  /** The name the person chose to put in their share links; optional, so v1 data stays valid. */
  displayName: v.optional(v.pipe(v.string(), v.maxLength(MAX_DISPLAY_NAME_LENGTH))),
  /** The team the team page opens on. */
  activeTeamId: v.optional(v.string()),
  /**
   * A target chosen before there was any result to plan from (a target link opened
   * first): kept here until the first plan takes it (plan-actions' chooseTarget).
   */
  pendingTarget: v.optional(PlanTargetSchema),
});

export const SavedStateSchema = v.object({
  progress: v.nullable(ProgressSchema),
  results: v.array(ResultSchema),
  teams: v.array(TeamSchema),
  /** Results other people shared, saved into this history: kept apart from `results`. */
  sharedResults: v.pipe(v.array(SharedResultSchema), v.maxLength(MAX_SHARED_RESULTS)),
  /** Growth plans, oldest first; the latest is the current one. */
  plans: v.pipe(v.array(PlanSchema), v.maxLength(MAX_PLANS)),
  settings: SettingsSchema,
});

export type Answer = v.InferOutput<typeof AnswerSchema>;
export type Progress = v.InferOutput<typeof ProgressSchema>;
export type CompletedResult = v.InferOutput<typeof ResultSchema>;
export type KeptPeerRating = NonNullable<CompletedResult['peerRatings']>[number];
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type Team = v.InferOutput<typeof TeamSchema>;
export type SavedSharedResult = v.InferOutput<typeof SharedResultSchema>;
export type Theme = Settings['theme'];
export type SavedAreaId = (typeof SAVED_AREA_IDS)[number];
export type AreaTargets = v.InferOutput<typeof AreaTargetsSchema>;
export type PlanTarget = v.InferOutput<typeof PlanTargetSchema>;
export type PlanStep = v.InferOutput<typeof PlanStepSchema>;
export type Plan = v.InferOutput<typeof PlanSchema>;
export type SavedState = v.InferOutput<typeof SavedStateSchema>;

/**
 * Forward-only migrations, keyed by the version they migrate from. Each takes the
 * saved state of that version and returns the state of the next one.
 */
export const MIGRATIONS: Readonly<Record<number, (state: unknown) => unknown>> = {
  /** v1 → v2: teams arrive; a v1 store has none. */
  1: (state) => ({ ...(isRecord(state) ? state : {}), teams: [] }),
  /** v2 → v3: results shared by others can be saved; a v2 store has none. */
  2: (state) => ({ ...(isRecord(state) ? state : {}), sharedResults: [] }),
  /**
   * v3 → v4: the data is the same; storage now keeps each record under its own key
   * (store/record-storage), which reads a v3 store through this gate and splits it.
   */
  3: (state) => state,
  /**
   * v4 → v5: results gain the areas the person wants to grow in (none yet), and growth
   * plans arrive (none yet). Records in storage migrate through the schema's defaults;
   * this migrates a whole store as a v4 backup holds it.
   */
  4: (state) => {
    const old = isRecord(state) ? state : {};
    const results = Array.isArray(old.results)
      ? old.results.map((result: unknown) =>
          isRecord(result) && !('growthAreas' in result) ? { ...result, growthAreas: [] } : result,
        )
      : old.results;
    return { ...old, results, plans: [] };
  },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EnvelopeSchema = v.object({
  state: v.unknown(),
  version: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export type RestoreOutcome =
  | { readonly kind: 'empty' }
  | { readonly kind: 'restored'; readonly state: SavedState; readonly fromVersion: number }
  | { readonly kind: 'corrupt'; readonly reason: string }
  | { readonly kind: 'newer'; readonly version: number };

/**
 * Reads what storage held under STORE_KEY. Never throws: unreadable or invalid data
 * comes back as `corrupt`, data written by a newer tshape as `newer`, so the caller
 * can keep the original aside instead of overwriting it.
 */
export function restoreSavedState(
  raw: string | null,
  migrations: Readonly<Record<number, (state: unknown) => unknown>> = MIGRATIONS,
  currentVersion: number = STORE_VERSION,
): RestoreOutcome {
  if (raw === null) return { kind: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', reason: 'The saved data is not valid JSON.' };
  }
  const envelope = v.safeParse(EnvelopeSchema, json);
  if (!envelope.success) {
    return { kind: 'corrupt', reason: 'The saved data has no version.' };
  }
  const { version } = envelope.output;
  if (version > currentVersion) return { kind: 'newer', version };

  let state = envelope.output.state;
  for (let from = version; from < currentVersion; from += 1) {
    const migrate = migrations[from];
    if (!migrate) {
      return { kind: 'corrupt', reason: `No migration from saved version ${from}.` };
    }
    try {
      state = migrate(state);
    } catch {
      return { kind: 'corrupt', reason: `Migrating saved version ${from} failed.` };
    }
  }
  const parsed = v.safeParse(SavedStateSchema, state);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue ? v.getDotPath(issue) : null;
    return {
      kind: 'corrupt',
      reason: `The saved data does not match what tshape expects${where ? ` (at ${where})` : ''}.`,
    };
  }
  return { kind: 'restored', state: parsed.output, fromVersion: version };
}
