import type { AreaId } from '../data/bank-types';

/*
 * The key, the version and the limits of tshape's saved data: plain values, apart from
 * the schemas (saved-state) so that the first page, which writes but has nothing to
 * read on a first visit, does not carry the schemas.
 */

export const STORE_VERSION = 5;
/**
 * The key that says which version of tshape's saved data this browser holds (and, up to
 * version 3, held the whole store). Every other key of tshape's starts with `tshape:`.
 */
export const STORE_KEY = 'tshape';

// The limits of the saved shape. The store's actions keep every value within
// them, whatever they are handed: one value past a limit would make the whole
// saved record fail this schema on the next load, and be put aside as unreadable.

/** The longest time counted for one answer: a tab left open overnight. */
export const MAX_ANSWER_MS = 24 * 60 * 60 * 1000;
/** In UTF-16 units, as `maxLength` counts; share links carry the first 40 characters. */
export const MAX_DISPLAY_NAME_LENGTH = 200;
/** In UTF-16 units, as `maxLength` counts; the same as the team file's MAX_TEAM_NAME_LENGTH. */
export const MAX_TEAM_NAME_LENGTH = 80;
/** As many as a team may have (domain/team-members' MAX_TEAM_MEMBERS). */
export const MAX_SAVED_TEAM_MEMBERS = 200;
/** A member's share payload; the longest a share link can carry is 247 characters. */
export const MAX_MEMBER_PAYLOAD_LENGTH = 400;
/** How many results others shared one history keeps. */
export const MAX_SHARED_RESULTS = 200;
/** How many growth plans are kept: one per retake, for years. */
export const MAX_PLANS = 100;
/** Steps per plan, as the plan gives them (domain/growth-plan's MAX_PLAN_STEPS). */
export const MAX_SAVED_PLAN_STEPS = 3;
/** A private note on a plan step, in UTF-16 units. */
export const MAX_PLAN_NOTE_LENGTH = 2000;
/** An evidence link or line on a plan step, in UTF-16 units. */
export const MAX_PLAN_EVIDENCE_LENGTH = 500;
/** A target's title as kept: target links carry at most 60 characters. */
export const MAX_TARGET_TITLE_LENGTH = 200;
/** Peer ratings kept with one result: more than a team's worth of colleagues. */
export const MAX_PEER_RATINGS = 20;
/** A kept peer rating's payload; the longest a reply link can carry is under 400 characters. */
export const MAX_PEER_PAYLOAD_LENGTH = 600;

/**
 * The area ids saved data may name. Written out here rather than imported from the
 * share codec, so the first page's store does not load the banks; a test checks it
 * against LINK_AREA_ORDER.
 */
export const SAVED_AREA_IDS = [
  'statistics',
  'business-communication',
  'production-software',
  'experimentation',
  'deployment',
] as const satisfies readonly AreaId[];

/** The themes a person can pick; `system` follows the OS's light or dark. */
export const THEMES = ['system', 'light', 'dark', 'contrast'] as const;
