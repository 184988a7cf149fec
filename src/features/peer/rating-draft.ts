import * as v from 'valibot';
import { MAX_LEVEL } from '../../domain/area-scores';

/*
 * A colleague's ratings in progress, kept in this tab's sessionStorage rather than in
 * the store. Why: they are about someone else, made in the rater's browser, and
 * nothing of the rater's is to be kept unless they choose (DESIGN.md, "Peer rating").
 * sessionStorage survives a reload of the tab (so rating resumes) and is gone with the
 * tab; it is never in "Download my data", never merged across tabs, never mistaken for
 * the rater's own saved data, and the store's schema stays as it is. Once the reply
 * link is made the draft is removed, unless the rater ticked to keep it in this tab.
 */

const DRAFT_KEY_PREFIX = 'tshape-peer-draft:';

const DraftSchema = v.object({
  step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(20)),
  /** Item id → level 0–5, or null for "can't say". */
  ratings: v.record(
    v.pipe(v.string(), v.maxLength(64)),
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LEVEL))),
  ),
  raterName: v.pipe(v.string(), v.maxLength(200)),
  keepCopy: v.boolean(),
});

export type RatingDraft = v.InferOutput<typeof DraftSchema>;

export const EMPTY_DRAFT: RatingDraft = { step: 0, ratings: {}, raterName: '', keepCopy: false };

function openSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Whether this tab can keep a draft at all (storage blocked or full: a reload loses it). */
export function canKeepDrafts(): boolean {
  const storage = openSessionStorage();
  if (!storage) return false;
  try {
    storage.setItem(`${DRAFT_KEY_PREFIX}probe`, '1');
    storage.removeItem(`${DRAFT_KEY_PREFIX}probe`);
    return true;
  } catch {
    return false;
  }
}

/** The draft for a request (by its payload), or an empty one; never throws. */
export function readDraft(requestPayload: string): RatingDraft {
  try {
    const raw = openSessionStorage()?.getItem(DRAFT_KEY_PREFIX + requestPayload);
    if (!raw) return EMPTY_DRAFT;
    const parsed = v.safeParse(DraftSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : EMPTY_DRAFT;
  } catch {
    return EMPTY_DRAFT;
  }
}

/** Keeps the draft in this tab; false when the tab cannot keep it (blocked or full). */
export function writeDraft(requestPayload: string, draft: RatingDraft): boolean {
  const storage = openSessionStorage();
  if (!storage) return false;
  try {
    storage.setItem(DRAFT_KEY_PREFIX + requestPayload, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function removeDraft(requestPayload: string): void {
  try {
    openSessionStorage()?.removeItem(DRAFT_KEY_PREFIX + requestPayload);
  } catch {
    // Nothing to remove where storage is blocked.
  }
}
