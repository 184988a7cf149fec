/**
 * Target links: per-area targets with a title (`…/#/t/<payload>`), e.g. a lead's
 * expectations for a role, which a person can open and use as their growth target.
 * The payload is base64url (no padding) of a compact binary record:
 *
 *   byte 0      format version (TARGET_FORMAT_VERSION)
 *   bytes 1–5   the target of each area in LINK_AREA_ORDER: 0–100, or 255 for none
 *   then        1 byte: title length in UTF-8 bytes (0 = no title), the bytes
 *   last        CRC-32 (as zlib) of the byte "T" (0x54) followed by every byte before
 *               it, 4 bytes big-endian
 *
 * The leading "T" in the checksum keeps the two kinds of link apart: a share payload
 * pasted after `#/t/` never passes as a target. A target without a title is 15
 * characters; with a 60-character ASCII title, 95. Decoded by the same gate as share
 * links (readLinkPayload): never throws, a typed result or one specific error.
 */
import type { AreaId } from '../data/bank-types';
import { decodeBase64url, encodeBase64url } from './base64url';
import { computeCrc32 } from './crc32';
import {
  LINK_AREA_ORDER,
  LINK_ERRORS,
  MAX_LINK_LENGTH,
  normaliseDisplayName,
  readLinkPayload,
  readLinkText,
  type ShareError,
} from './share-codec';

export const TARGET_FORMAT_VERSION = 1;
/** Longest target title, in Unicode code points ("Senior ML engineer at Acme" is 26). */
export const MAX_TARGET_TITLE_CHARACTERS = 60;
/** The highest target an area can have: every sub-skill at Expert. */
export const MAX_TARGET_SCORE = 100;

/** A target as a link carries it: whole-number area scores, and a title. */
export interface TargetSpec {
  /** Normalised as a display name is; null when the link has none. */
  readonly title: string | null;
  /** Area → target score, a whole number 0–100; an area without a target is absent. */
  readonly areas: Readonly<Partial<Record<AreaId, number>>>;
}

export type TargetDecodeResult =
  | { readonly ok: true; readonly target: TargetSpec }
  | { readonly ok: false; readonly error: ShareError };

const NO_TARGET = 0xff;
const AREAS_AT = 1;
const TITLE_LENGTH_AT = AREAS_AT + LINK_AREA_ORDER.length;
const CHECKSUM_BYTES = 4;
const MIN_RECORD_BYTES = TITLE_LENGTH_AT + 1 + CHECKSUM_BYTES;
/** Mixed into the checksum only, so a share payload is never read as a target. */
const CHECKSUM_SALT = 0x54;

const utf8Encoder = new TextEncoder();

const ERRORS = {
  empty: { kind: 'empty', message: 'There is no link here yet: paste a tshape target link.' },
  noRoute: {
    kind: 'not-tshape',
    message:
      'This is not a tshape target link: a target link contains “#/t/” followed by the target.',
  },
  notRecord: {
    kind: 'not-tshape',
    message: 'This is not a tshape link: the part after “#/t/” does not hold a tshape target.',
  },
  badTarget: {
    kind: 'damaged',
    message:
      'This link is damaged: it holds an area target outside 0–100, or none at all. Ask for the link again.',
  },
  badTitle: {
    kind: 'damaged',
    message: 'This link is damaged: the title in it cannot be read. Ask for the link again.',
  },
} as const satisfies Record<string, ShareError>;

function failure(error: ShareError): TargetDecodeResult {
  return { ok: false, error };
}

function checksum(record: Uint8Array): number {
  const salted = new Uint8Array(record.length + 1);
  salted[0] = CHECKSUM_SALT;
  salted.set(record, 1);
  return computeCrc32(salted);
}

const isTargetScore = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TARGET_SCORE;

/** Why a target cannot be put in a link; null when it can. */
export function findTargetProblem(target: TargetSpec): string | null {
  const given = LINK_AREA_ORDER.filter((area) => target.areas[area] !== undefined);
  if (given.length === 0) return 'A target link needs a target for at least one area.';
  const bad = given.find((area) => !isTargetScore(target.areas[area]));
  return bad === undefined
    ? null
    : `The target for ${bad} must be a whole number from 0 to ${MAX_TARGET_SCORE}.`;
}

/**
 * The payload of a target link, or why there cannot be one: the way the app makes a
 * link of a target someone typed. Never throws. The title is normalised
 * (normaliseDisplayName, at most MAX_TARGET_TITLE_CHARACTERS); area ids the links do
 * not know are left out.
 */
export function shareTarget(
  target: TargetSpec,
):
  | { readonly ok: true; readonly payload: string }
  | { readonly ok: false; readonly problem: string } {
  const problem = findTargetProblem(target);
  if (problem !== null) return { ok: false, problem };
  return { ok: true, payload: encodeTargetPayload(target) };
}

/**
 * Encodes a target as a target-link payload (the part after `#/t/`).
 * @throws RangeError on a programmer error only (findTargetProblem): untrusted input
 *   goes through shareTarget, which never throws.
 */
export function encodeTargetPayload(target: TargetSpec): string {
  const problem = findTargetProblem(target);
  if (problem !== null) throw new RangeError(problem);
  const title = normaliseDisplayName(target.title ?? '', MAX_TARGET_TITLE_CHARACTERS) ?? '';
  const titleBytes = utf8Encoder.encode(title);
  const checksumAt = TITLE_LENGTH_AT + 1 + titleBytes.length;
  const record = new Uint8Array(checksumAt + CHECKSUM_BYTES);
  const view = new DataView(record.buffer);
  view.setUint8(0, TARGET_FORMAT_VERSION);
  LINK_AREA_ORDER.forEach((area, index) => {
    view.setUint8(AREAS_AT + index, target.areas[area] ?? NO_TARGET);
  });
  view.setUint8(TITLE_LENGTH_AT, titleBytes.length);
  record.set(titleBytes, TITLE_LENGTH_AT + 1);
  view.setUint32(checksumAt, checksum(record.subarray(0, checksumAt)));
  return encodeBase64url(record);
}

/**
 * Decodes a target-link payload (the part after `#/t/`). Never throws: a valid payload
 * gives the target, anything else one specific error, in the share gate's order:
 * empty → empty; over MAX_LINK_LENGTH → too-long; a character outside base64url →
 * damaged; an impossible length or fewer bytes than any record → cut-short; format 0
 * → not-tshape; a newer format → newer-version; fewer bytes than the layout →
 * cut-short, more → damaged; wrong checksum or altered unused bits → damaged; an area
 * target above 100 (other than "none"), no target at all, or an unreadable title →
 * damaged.
 */
export function decodeTargetPayload(payload: string): TargetDecodeResult {
  if (payload.trim() === '') return failure(ERRORS.empty);
  if (payload.length > MAX_LINK_LENGTH) return failure(LINK_ERRORS.tooLong);
  const decoded = decodeBase64url(payload);
  if (!decoded.ok) {
    return failure(
      decoded.reason === 'invalid-character' ? LINK_ERRORS.badCharacters : LINK_ERRORS.cutShort,
    );
  }
  const record = decoded.bytes;
  if (record.length < MIN_RECORD_BYTES) return failure(LINK_ERRORS.cutShort);
  const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
  const format = view.getUint8(0);
  if (format === 0) return failure(ERRORS.notRecord);
  if (format > TARGET_FORMAT_VERSION) return failure(LINK_ERRORS.newerFormat);

  const checksumAt = TITLE_LENGTH_AT + 1 + view.getUint8(TITLE_LENGTH_AT);
  if (record.length < checksumAt + CHECKSUM_BYTES) return failure(LINK_ERRORS.cutShort);
  if (record.length > checksumAt + CHECKSUM_BYTES) return failure(LINK_ERRORS.tooManyBytes);
  if (checksum(record.subarray(0, checksumAt)) !== view.getUint32(checksumAt)) {
    return failure(LINK_ERRORS.checksum);
  }
  if (!decoded.canonical) return failure(LINK_ERRORS.checksum);

  const areas: Partial<Record<AreaId, number>> = {};
  for (const [index, area] of LINK_AREA_ORDER.entries()) {
    const value = view.getUint8(AREAS_AT + index);
    if (value === NO_TARGET) continue;
    if (!isTargetScore(value)) return failure(ERRORS.badTarget);
    areas[area] = value;
  }
  if (Object.keys(areas).length === 0) return failure(ERRORS.badTarget);
  const title = readLinkText(
    record.subarray(TITLE_LENGTH_AT + 1, checksumAt),
    MAX_TARGET_TITLE_CHARACTERS,
  );
  if (title === undefined) return failure(ERRORS.badTitle);
  return { ok: true, target: { title, areas } };
}

/**
 * Reads a pasted target link (a URL, "#/t/…" or "/t/…", tolerating what the share
 * gate tolerates), then decodes it. Never throws. A share link says what it is.
 */
export function parseTargetLink(text: string): TargetDecodeResult {
  const read = readLinkPayload(text, 'target', ERRORS);
  return read.ok ? decodeTargetPayload(read.payload) : read;
}
