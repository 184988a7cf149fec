/**
 * Share links: a whole result in the fragment of a URL (`…/#/r/<payload>`), so
 * nothing is ever sent to a server. The payload is base64url (no padding) of a
 * compact binary record:
 *
 *   byte 0      format version (SHARE_FORMAT_VERSION)
 *   byte 1      question-bank version, 1..255
 *   bytes 2–3   completion day: days since 2020-01-01 UTC, uint16 big-endian
 *   then        every question's response in that bank version's order
 *               (QUESTION_ORDER_BY_VERSION), 3 bits each, MSB first, zero-padded
 *               to a whole byte; 7 means "no answer"
 *   then        1 byte: display-name length in UTF-8 bytes (0 = no name), the bytes
 *   format 2    1 byte: the areas the person wants to grow in, bit k (from the
 *               least significant) for LINK_AREA_ORDER[k]; the top 3 bits are 0
 *   last        CRC-32 (as zlib) of every byte before it, 4 bytes big-endian
 *
 * Format 2 adds only the growth areas byte. The encoder writes the oldest format that
 * holds the result: format 1 when no growth area is chosen, so every result has one
 * payload (teams and saved shared results are keyed by it) and a format-1 link read
 * and written again is the same text. Every format keeps decoding.
 *
 * Responses go by position rather than by id so that a link without a name is
 * 34 characters on bank 1, 42 on bank 2 (43 with growth areas); the versioned
 * history of question orders keeps positions meaningful after the bank changes. The checksum catches truncation and typos,
 * not forgery: anyone can make a valid link, which is why shared results are
 * shown as self-reported and the decoder is the one strict gate for them.
 */
import { QUESTION_ORDER_BY_VERSION } from '../data/bank-history';
import type { AreaId, Question, QuestionBank } from '../data/bank-types';
import { BANKS, QUESTION_BANK, bankFor } from '../data/question-bank';
import { decodeBase64url, encodeBase64url } from './base64url';
import { MAX_LEVEL } from './area-scores';
import { computeCrc32 } from './crc32';
import { hasVisibleText } from './cut-text';
import { listQuestions, maxResponse } from './quiz-plan';

/** The newest share-link format this build reads and writes (see the layout above). */
export const SHARE_FORMAT_VERSION = 2;
/** The format that first carried the areas a person wants to grow in. */
const GROWTH_AREAS_FORMAT = 2;

/**
 * The five areas in the fixed order links write them (a bit per area in a share link,
 * a byte per area in a target link). Part of the link formats: never reorder it, even
 * if a bank asks its areas in another order.
 */
export const LINK_AREA_ORDER: readonly AreaId[] = Object.freeze([
  'statistics',
  'business-communication',
  'production-software',
  'experimentation',
  'deployment',
]);
/** Longest display name, in Unicode code points (so an emoji or a CJK character counts once). */
export const MAX_NAME_CHARACTERS = 40;
/** Longest text accepted as one link (the whole URL); the longest payload is 247 characters. */
export const MAX_LINK_LENGTH = 900;

/** A result as a share link carries it: self-reported, with no timings and no id. */
export interface SharedResult {
  /** The bank version the link was made with (responses are already keyed by current ids). */
  readonly bankVersion: number;
  /** ISO date-time at 00:00:00.000Z of the completion day: links carry the day only. */
  readonly completedAt: string;
  /** Question id → value; unanswered questions are omitted. */
  readonly responses: Readonly<Record<string, number>>;
  readonly name: string | null;
  /** The areas the person wants to grow in, in LINK_AREA_ORDER; none in a format-1 link. */
  readonly growthAreas: readonly AreaId[];
}

/**
 * The kinds of tshape link, each under its own route in the fragment (`#/r/…`). The one
 * list of them: every gate reads it to tell a link pasted in the wrong place what it is.
 */
export type LinkKind = 'share' | 'target' | 'ask' | 'peer';

export const LINK_ROUTES: Readonly<Record<LinkKind, string>> = Object.freeze({
  share: '/r/',
  target: '/t/',
  ask: '/ask/',
  peer: '/peer/',
});

/** What each kind of link is, in the words of a message ("a tshape share link (…)"). */
const LINK_KIND_NAMES: Readonly<Record<LinkKind, string>> = {
  share: 'a tshape share link (someone’s result)',
  target: 'a tshape target link (the area scores someone set as a goal)',
  ask: 'a tshape rating request (someone asking a colleague to rate them)',
  peer: 'a tshape peer rating (a colleague’s ratings of the person who asked)',
};

/** How a message names a kind of link it wanted ("…, not a share link"). */
const LINK_KIND_ARTICLES: Readonly<Record<LinkKind, string>> = {
  share: 'a share link',
  target: 'a target link',
  ask: 'a rating request',
  peer: 'a peer rating link',
};

/** Where each kind of link is used, for the message that sends it there. */
const LINK_KIND_USES: Readonly<Record<LinkKind, string>> = {
  share: 'open it to see the result, or add it to a team',
  target: 'open it to see the target, or use it on “Plan your growth”',
  ask: 'open it to rate your colleague',
  peer: 'the person who asked for it opens it in their own browser to compare it with their result',
};

export type ShareErrorKind =
  | 'empty'
  | 'not-tshape'
  | 'cut-short'
  | 'damaged'
  | 'newer-version'
  | 'old-bank'
  | 'too-long'
  | 'wrong-kind';

export interface ShareError {
  readonly kind: ShareErrorKind;
  /** A sentence for the person who pasted the link: what is wrong and what to do. */
  readonly message: string;
  /** With `wrong-kind`: what the link pasted is. */
  readonly linkKind?: LinkKind;
}

export type ShareDecodeResult =
  | { readonly ok: true; readonly result: SharedResult }
  | { readonly ok: false; readonly error: ShareError };

/** What decoding needs to know besides the link; injectable so tests can stage a bank change. */
export interface ShareCodecContext {
  /** The current bank: the newest version a link may use, and each question's valid range. */
  readonly bank: QuestionBank;
  /** The question order of every bank version this build can read. */
  readonly history: Readonly<Record<number, readonly string[]>>;
  /** The content of each bank version this build still has: a link is read with its own. */
  readonly banks?: Readonly<Record<number, QuestionBank>>;
}

const DEFAULT_CONTEXT: ShareCodecContext = {
  bank: QUESTION_BANK,
  history: QUESTION_ORDER_BY_VERSION,
  banks: BANKS,
};

const NO_ANSWER = 7;
const BITS_PER_RESPONSE = 3;
/** Format version, bank version, completion day. */
const HEADER_BYTES = 4;
const CHECKSUM_BYTES = 4;
/** The smallest record format 1 can have: a header, an empty name and the checksum. */
const MIN_RECORD_BYTES = HEADER_BYTES + 1 + CHECKSUM_BYTES;
const MAX_BANK_VERSION = 0xff;
const MAX_DAY = 0xffff;
const DAY_MS = 24 * 60 * 60 * 1000;
const EPOCH_MS = Date.UTC(2020, 0, 1);

const utf8Encoder = new TextEncoder();
// fatal: invalid UTF-8 is refused rather than turned into U+FFFD; ignoreBOM: a
// leading U+FEFF is kept for normaliseDisplayName to judge, not silently eaten.
const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const ERRORS = {
  empty: { kind: 'empty', message: 'There is no link here yet: paste a tshape share link.' },
  tooLong: {
    kind: 'too-long',
    message: `This text is too long to be one tshape link (more than ${MAX_LINK_LENGTH} characters). Paste one link at a time.`,
  },
  noRoute: {
    kind: 'not-tshape',
    message:
      'This is not a tshape link: a tshape share link contains “#/r/” followed by the result.',
  },
  notRecord: {
    kind: 'not-tshape',
    message: 'This is not a tshape link: the part after “#/r/” does not hold a tshape result.',
  },
  cutShort: {
    kind: 'cut-short',
    message: 'This link was cut short: part of it is missing. Ask for the whole link again.',
  },
  badCharacters: {
    kind: 'damaged',
    message:
      'This link is damaged: it contains characters a tshape link never has. Copy the link again, or ask for it again.',
  },
  tooManyBytes: {
    kind: 'damaged',
    message:
      'This link is damaged: it is longer than the result it carries. Ask for the link again.',
  },
  checksum: {
    kind: 'damaged',
    message:
      'This link is damaged: some characters changed on the way, so its checksum does not match. Ask for the link again.',
  },
  badAnswer: {
    kind: 'damaged',
    message: 'This link is damaged: it holds an answer no question allows. Ask for the link again.',
  },
  badName: {
    kind: 'damaged',
    message: 'This link is damaged: the display name in it cannot be read. Ask for the link again.',
  },
  badGrowthAreas: {
    kind: 'damaged',
    message: 'This link is damaged: it names an area tshape does not have. Ask for the link again.',
  },
  newerFormat: {
    kind: 'newer-version',
    message:
      'This link was made with a newer version of tshape. Reload this page to get the latest version, then open the link again.',
  },
} as const satisfies Record<string, ShareError>;

/** The errors every kind of link shares, in the same words, for the other link gates. */
export const LINK_ERRORS = {
  tooLong: ERRORS.tooLong,
  cutShort: ERRORS.cutShort,
  badCharacters: ERRORS.badCharacters,
  tooManyBytes: ERRORS.tooManyBytes,
  checksum: ERRORS.checksum,
  newerFormat: ERRORS.newerFormat,
} as const;

/** The errors for a link made on a bank version this build cannot read, for the other link gates. */
export const BANK_VERSION_ERRORS = { newerBank, oldBank } as const;

function newerBank(bankVersion: number): ShareError {
  return {
    kind: 'newer-version',
    message: `This link was made with a newer version of tshape (question bank ${bankVersion}). Reload this page to get the latest version, then open the link again.`,
  };
}

function oldBank(bankVersion: number): ShareError {
  return {
    kind: 'old-bank',
    message: `This link was made with an older question bank (version ${bankVersion}) that this version of tshape can no longer read. Ask for a link to a new result.`,
  };
}

function failure(error: ShareError): ShareDecodeResult {
  return { ok: false, error };
}

// Lone surrogates cannot be written as UTF-8 (TextEncoder would turn them into
// U+FFFD), so they go before encoding and a name reads back exactly as sent.
const LONE_SURROGATE = /\p{Cs}/gu;
const WHITESPACE = /\s/gu;
// Control characters, and the bidirectional formatting characters that could
// make a name reorder the text shown around it.
const INVISIBLE_CONTROL = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const SPACE_RUN = / {2,}/g;

/**
 * Normalises a display name for a share link: drops control characters, bidi
 * overrides and lone surrogates, turns every kind of whitespace into one space,
 * trims, applies NFC, and keeps at most `maxCharacters` code points
 * (MAX_NAME_CHARACTERS unless told; a team name has its own limit). Null when
 * nothing visible is left (only spaces, or zero-width characters). Idempotent, so a
 * decoded name normalises to itself.
 */
export function normaliseDisplayName(
  name: string,
  maxCharacters: number = MAX_NAME_CHARACTERS,
): string | null {
  // Controls go after whitespace became spaces (so "a\nb" stays two words) and
  // before NFC (so removing one cannot leave an uncomposed pair behind).
  const cleaned = name
    .replace(LONE_SURROGATE, '')
    .replace(WHITESPACE, ' ')
    .replace(INVISIBLE_CONTROL, '')
    .normalize('NFC')
    .replace(SPACE_RUN, ' ')
    .trim();
  const cut = [...cleaned].slice(0, maxCharacters).join('').trimEnd();
  // A name of zero-width characters alone would be a blank heading, not a name.
  return hasVisibleText(cut) ? cut : null;
}

/** The bank's questions by id, for the valid range of each response. */
function indexQuestions(bank: QuestionBank): ReadonlyMap<string, Question> {
  return new Map(listQuestions(bank).map((question) => [question.id, question]));
}

function readOrder(
  history: Readonly<Record<number, readonly string[]>>,
  bankVersion: number,
): readonly string[] | undefined {
  return Object.hasOwn(history, bankVersion) ? history[bankVersion] : undefined;
}

function packedAnswerBytes(questionCount: number): number {
  return Math.ceil((questionCount * BITS_PER_RESPONSE) / 8);
}

/** Days since 2020-01-01 UTC of the moment given; out of 0..MAX_DAY when a link cannot carry it. */
function toDayNumber(completedAt: string): number {
  return Math.floor((Date.parse(completedAt) - EPOCH_MS) / DAY_MS);
}

/** A result to put in a link: what encodeSharePayload and shareResult take. */
export interface ShareableResult {
  readonly bankVersion: number;
  readonly completedAt: string;
  readonly responses: Readonly<Record<string, number>>;
  /** The areas the person wants to grow in; ids outside LINK_AREA_ORDER are left out. */
  readonly growthAreas?: readonly string[];
}

/** Why a result cannot be put in a share link (shareResult). */
export type ShareProblem =
  | { readonly kind: 'unknown-bank-version'; readonly message: string }
  | { readonly kind: 'date-out-of-range'; readonly message: string }
  | { readonly kind: 'answer-out-of-range'; readonly message: string };

/** What stops `input` from being encoded, or null when nothing does. */
function findShareProblem(
  input: ShareableResult,
  bank: QuestionBank,
  history: Readonly<Record<number, readonly string[]>>,
): ShareProblem | null {
  const { bankVersion, completedAt, responses } = input;
  const order =
    Number.isInteger(bankVersion) && bankVersion >= 1 && bankVersion <= MAX_BANK_VERSION
      ? readOrder(history, bankVersion)
      : undefined;
  if (order === undefined) {
    return {
      kind: 'unknown-bank-version',
      message: `No question order is recorded for bank version ${bankVersion}`,
    };
  }
  const day = toDayNumber(completedAt);
  if (!(day >= 0 && day <= MAX_DAY)) {
    return {
      kind: 'date-out-of-range',
      message: `A share link can only carry a date from 2020 to 2199: "${completedAt}"`,
    };
  }
  const questions = indexQuestions(bank);
  for (const id of order) {
    const value = Object.hasOwn(responses, id) ? responses[id] : undefined;
    const question = questions.get(id);
    // A question the current bank no longer has may take any level of the scale.
    const max = question === undefined ? MAX_LEVEL : maxResponse(question);
    if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= max)) {
      return {
        kind: 'answer-out-of-range',
        message: `Response ${value} to "${id}" is not an integer in 0–${max}`,
      };
    }
  }
  return null;
}

/**
 * The share payload of a result, or why it cannot have one: the one way the app makes
 * a link of a saved result. Never throws, whatever the saved data holds (an answer
 * outside its question's range, a date outside 2020–2199, an unknown bank version).
 */
export function shareResult(
  result: ShareableResult,
  name: string | null,
  bank: QuestionBank = bankFor(result.bankVersion),
  history: Readonly<Record<number, readonly string[]>> = QUESTION_ORDER_BY_VERSION,
):
  | { readonly ok: true; readonly payload: string }
  | { readonly ok: false; readonly problem: ShareProblem } {
  const problem = findShareProblem(result, bank, history);
  if (problem) return { ok: false, problem };
  return { ok: true, payload: encodeSharePayload({ ...result, name }, bank, history) };
}

/**
 * Encodes a result as a share-link payload (the part after `#/r/`). The name is
 * normalised first (normaliseDisplayName). Ids the bank version does not list
 * are left out, as the link has no place for them.
 *
 * @param bank the result's own bank (by default), for each question's valid range; a
 *   question it does not have may take 0–5.
 * @param history the question order of each bank version.
 * @throws RangeError on a programmer error only: a bank version with no recorded
 *   order, a date outside 2020–2199, or a response that is not an integer in its
 *   question's range (0–5 for ratings and the foil, an option index for checks).
 *   Saved results, which may hold anything, go through shareResult, which never throws.
 */
export function encodeSharePayload(
  input: ShareableResult & { readonly name?: string | null },
  bank: QuestionBank = bankFor(input.bankVersion),
  history: Readonly<Record<number, readonly string[]>> = QUESTION_ORDER_BY_VERSION,
): string {
  const problem = findShareProblem(input, bank, history);
  if (problem) throw new RangeError(problem.message);
  const { bankVersion, responses } = input;
  const order = readOrder(history, bankVersion) ?? [];
  const day = toDayNumber(input.completedAt);
  const nameBytes = utf8Encoder.encode(normaliseDisplayName(input.name ?? '') ?? '');

  const growthBits = packGrowthAreas(input.growthAreas ?? []);
  const format = growthBits === 0 ? 1 : GROWTH_AREAS_FORMAT;

  const answersBytes = packedAnswerBytes(order.length);
  const nameLengthAt = HEADER_BYTES + answersBytes;
  const nameEnd = nameLengthAt + 1 + nameBytes.length;
  const checksumAt = nameEnd + (format >= GROWTH_AREAS_FORMAT ? 1 : 0);
  const record = new Uint8Array(checksumAt + CHECKSUM_BYTES);
  const view = new DataView(record.buffer);
  view.setUint8(0, format);
  view.setUint8(1, bankVersion);
  view.setUint16(2, day);

  order.forEach((id, index) => {
    const value = Object.hasOwn(responses, id) ? responses[id] : undefined;
    writeBits(record, HEADER_BYTES * 8 + index * BITS_PER_RESPONSE, value ?? NO_ANSWER);
  });

  view.setUint8(nameLengthAt, nameBytes.length);
  record.set(nameBytes, nameLengthAt + 1);
  if (format >= GROWTH_AREAS_FORMAT) view.setUint8(nameEnd, growthBits);
  view.setUint32(checksumAt, computeCrc32(record.subarray(0, checksumAt)));
  return encodeBase64url(record);
}

/** The growth areas as one byte, bit k for LINK_AREA_ORDER[k]; unknown ids are left out. */
function packGrowthAreas(areas: readonly string[]): number {
  return LINK_AREA_ORDER.reduce(
    (bits, area, index) => (areas.includes(area) ? bits | (1 << index) : bits),
    0,
  );
}

/** The growth areas of a byte, in LINK_AREA_ORDER; null when a bit names no area. */
function unpackGrowthAreas(bits: number): readonly AreaId[] | null {
  if (bits >> LINK_AREA_ORDER.length !== 0) return null;
  return LINK_AREA_ORDER.filter((_, index) => (bits >> index) & 1);
}

/** Writes a 3-bit value at a bit offset, most significant bit first (also peer-codec's packing). */
export function writeBits(record: Uint8Array, bitOffset: number, value: number): void {
  for (let bit = 0; bit < BITS_PER_RESPONSE; bit += 1) {
    if ((value >> (BITS_PER_RESPONSE - 1 - bit)) & 1) {
      const position = bitOffset + bit;
      record[position >> 3] = (record[position >> 3] ?? 0) | (0x80 >> (position & 7));
    }
  }
}

/** Reads a 3-bit value at a bit offset, most significant bit first. */
export function readBits(record: Uint8Array, bitOffset: number): number {
  let value = 0;
  for (let bit = 0; bit < BITS_PER_RESPONSE; bit += 1) {
    const position = bitOffset + bit;
    value = (value << 1) | (((record[position >> 3] ?? 0) >> (7 - (position & 7))) & 1);
  }
  return value;
}

/**
 * Reads the packed responses; null when one is impossible (6, or beyond its
 * question's range) or the padding bits are not zero.
 *
 * A link from an older bank version is read by its own order and mapped onto
 * the current bank by question id: answers to questions the current bank no
 * longer has are dropped, and so is an answer the current question cannot take
 * (a check that lost options), as its meaning changed with the bank.
 */
function readResponses(
  record: Uint8Array,
  order: readonly string[],
  isCurrentBank: boolean,
  questions: ReadonlyMap<string, Question>,
): Record<string, number> | null {
  const responses: Record<string, number> = {};
  for (const [index, id] of order.entries()) {
    const value = readBits(record, HEADER_BYTES * 8 + index * BITS_PER_RESPONSE);
    if (value === NO_ANSWER) continue;
    if (value > MAX_LEVEL) return null;
    const question = questions.get(id);
    if (question === undefined) continue;
    if (value > maxResponse(question)) {
      if (isCurrentBank) return null;
      continue;
    }
    responses[id] = value;
  }
  const usedBits = order.length * BITS_PER_RESPONSE;
  const paddingBits = packedAnswerBytes(order.length) * 8 - usedBits;
  for (let bit = 0; bit < paddingBits; bit += 1) {
    const position = HEADER_BYTES * 8 + usedBits + bit;
    if (((record[position >> 3] ?? 0) >> (7 - (position & 7))) & 1) return null;
  }
  return responses;
}

/**
 * A link's text field (a display name, a target's title) as text: null when empty,
 * undefined when the bytes are not valid UTF-8 or hold more than `maxCharacters`.
 */
export function readLinkText(
  bytes: Uint8Array,
  maxCharacters: number = MAX_NAME_CHARACTERS,
): string | null | undefined {
  if (bytes.length === 0) return null;
  let text: string;
  try {
    text = utf8Decoder.decode(bytes);
  } catch {
    return undefined;
  }
  if ([...text].length > maxCharacters) return undefined;
  // A hand-made link may carry controls or bidi overrides: they are stripped here
  // as they would have been when encoding, rather than shown.
  return normaliseDisplayName(text, maxCharacters);
}

/**
 * Decodes a share-link payload (the part after `#/r/`). Never throws, for any
 * string: a valid payload gives the result, anything else one specific error,
 * checked in this order so the message names the first thing wrong:
 *
 * empty or blank → empty; longer than MAX_LINK_LENGTH → too-long; a character
 * outside base64url → damaged; a length base64url cannot have, or fewer bytes
 * than any record → cut-short; format or bank version 0 → not-tshape; a newer
 * format or bank version → newer-version; a bank version with no recorded order
 * → old-bank; fewer bytes than the layout → cut-short, more → damaged; wrong
 * checksum, or altered unused bits in the last character → damaged; an
 * impossible answer, an unreadable name or a growth-area bit naming no area →
 * damaged. Every uint16 day is a real
 * date, so the date needs no check of its own.
 *
 * A link from an older bank version is read with that bank when this build still has
 * it (so it keeps the scores it had), otherwise mapped onto the current bank by
 * question id (see readResponses); `bankVersion` stays the link's.
 */
export function decodeSharePayload(
  payload: string,
  context: ShareCodecContext = DEFAULT_CONTEXT,
): ShareDecodeResult {
  if (payload.trim() === '') return failure(ERRORS.empty);
  if (payload.length > MAX_LINK_LENGTH) return failure(ERRORS.tooLong);
  const decoded = decodeBase64url(payload);
  if (!decoded.ok) {
    return failure(decoded.reason === 'invalid-character' ? ERRORS.badCharacters : ERRORS.cutShort);
  }
  const record = decoded.bytes;
  if (record.length < MIN_RECORD_BYTES) return failure(ERRORS.cutShort);

  const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
  const format = view.getUint8(0);
  const bankVersion = view.getUint8(1);
  if (format === 0 || bankVersion === 0) return failure(ERRORS.notRecord);
  if (format > SHARE_FORMAT_VERSION) return failure(ERRORS.newerFormat);
  if (bankVersion > context.bank.version) return failure(newerBank(bankVersion));
  const order = readOrder(context.history, bankVersion);
  if (order === undefined) return failure(oldBank(bankVersion));

  const nameLengthAt = HEADER_BYTES + packedAnswerBytes(order.length);
  if (record.length < nameLengthAt + 1 + CHECKSUM_BYTES) return failure(ERRORS.cutShort);
  const nameAt = nameLengthAt + 1;
  const nameEnd = nameAt + view.getUint8(nameLengthAt);
  const checksumAt = nameEnd + (format >= GROWTH_AREAS_FORMAT ? 1 : 0);
  if (record.length < checksumAt + CHECKSUM_BYTES) return failure(ERRORS.cutShort);
  if (record.length > checksumAt + CHECKSUM_BYTES) return failure(ERRORS.tooManyBytes);
  if (computeCrc32(record.subarray(0, checksumAt)) !== view.getUint32(checksumAt)) {
    return failure(ERRORS.checksum);
  }
  // Same bytes, different text: only an edit to the last character does that.
  if (!decoded.canonical) return failure(ERRORS.checksum);

  // Read with its own bank when this build has it (its ids, its ranges), otherwise
  // mapped onto the current one by id.
  const ownBank =
    context.banks && Object.hasOwn(context.banks, bankVersion)
      ? context.banks[bankVersion]
      : undefined;
  const responses = readResponses(
    record,
    order,
    ownBank !== undefined || bankVersion === context.bank.version,
    indexQuestions(ownBank ?? context.bank),
  );
  if (responses === null) return failure(ERRORS.badAnswer);
  const name = readLinkText(record.subarray(nameAt, nameEnd));
  if (name === undefined) return failure(ERRORS.badName);
  const growthAreas =
    format >= GROWTH_AREAS_FORMAT ? unpackGrowthAreas(view.getUint8(nameEnd)) : [];
  if (growthAreas === null) return failure(ERRORS.badGrowthAreas);

  const completedAt = new Date(EPOCH_MS + view.getUint16(2) * DAY_MS).toISOString();
  return { ok: true, result: { bankVersion, completedAt, responses, name, growthAreas } };
}

const PERCENT_RUN = /(?:%[0-9a-f]{2})+/gi;
const PERCENT_ASCII = /%([0-7][0-9a-f])/gi;

/** Decodes one run of %XX escapes; when it is not valid UTF-8, only its ASCII escapes. */
function decodePercentRun(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    return run.replace(PERCENT_ASCII, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/**
 * Undoes percent-encoding without ever throwing: valid escapes are decoded,
 * broken ones ("%E0%A4%A", "%ZZ") are left as they are. A few rounds, because
 * links pass through chat apps and redirectors that encode them twice.
 */
function decodePercentTolerantly(text: string): string {
  let current = text;
  for (let round = 0; round < 3 && current.includes('%'); round += 1) {
    const next = current.replace(PERCENT_RUN, decodePercentRun);
    if (next === current) break;
    current = next;
  }
  return current;
}

// Sentence punctuation, closing brackets and quotes a chat message glues to a
// link; none is a base64url character, so dropping them cannot change a payload.
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>"'’”»…]+$/u;

/** A link's payload as a gate reads it from pasted text, or why there is none. */
export type LinkPayload =
  | { readonly ok: true; readonly payload: string }
  | { readonly ok: false; readonly error: ShareError };

/** The start of a kind's payload in `link` ("#/t/…", or a route path at the very start); -1 when absent. */
function findPayloadStart(link: string, kind: LinkKind): number {
  const route = LINK_ROUTES[kind];
  const fragmentAt = link.lastIndexOf(`#${route}`);
  if (fragmentAt >= 0) return fragmentAt + 1 + route.length;
  return link.startsWith(route) ? route.length : -1;
}

const LINK_KINDS = Object.keys(LINK_ROUTES) as LinkKind[];

/**
 * Which kind of tshape link the text is (a share link, a target link), read as the
 * gates read it: percent-encoding undone, by its route after "#" or at the very start.
 * Null when it holds none. Never throws.
 */
export function detectLinkKind(text: string): LinkKind | null {
  if (text.length > MAX_LINK_LENGTH) return null;
  const link = decodePercentTolerantly(text.trim());
  let found: LinkKind | null = null;
  let foundAt = -1;
  for (const kind of LINK_KINDS) {
    const at = findPayloadStart(link, kind);
    if (at > foundAt) [found, foundAt] = [kind, at];
  }
  return found;
}

/** The error for a link of kind `actual` pasted where a `wanted` link belongs. */
export function wrongLinkKind(actual: LinkKind, wanted: LinkKind): ShareError {
  return {
    kind: 'wrong-kind',
    linkKind: actual,
    message: `This is ${LINK_KIND_NAMES[actual]}, not ${LINK_KIND_ARTICLES[wanted]}: ${LINK_KIND_USES[actual]}.`,
  };
}

/**
 * Reads the payload of a pasted link of kind `kind`, the first half of every link
 * gate. Never throws. Accepts a full URL ("https://host/path/#/r/<payload>"), a
 * fragment ("#/r/<payload>") or a route path ("/r/<payload>"); tolerates surrounding
 * whitespace, punctuation glued to the end, and percent-encoding anywhere (broken
 * escapes are left alone). Text longer than MAX_LINK_LENGTH is refused as too-long
 * before anything else is read. A route anywhere but after "#" or at the very start
 * (e.g. a Reddit "/r/" link) is no tshape link; another kind's link says what it is
 * (`wrong-kind`). `own` holds the kind's own words for blank text and for text with
 * no tshape link at all.
 */
export function readLinkPayload(
  text: string,
  kind: LinkKind,
  own: { readonly empty: ShareError; readonly noRoute: ShareError },
): LinkPayload {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: own.empty };
  if (trimmed.length > MAX_LINK_LENGTH) return { ok: false, error: ERRORS.tooLong };
  const link = decodePercentTolerantly(trimmed);
  const payloadAt = findPayloadStart(link, kind);
  if (payloadAt < 0) {
    const actual = detectLinkKind(link);
    return { ok: false, error: actual === null ? own.noRoute : wrongLinkKind(actual, kind) };
  }
  const payload = link.slice(payloadAt).trim().replace(TRAILING_PUNCTUATION, '');
  if (payload === '') return { ok: false, error: ERRORS.cutShort };
  return { ok: true, payload };
}

/**
 * Reads a pasted share link (see readLinkPayload for what is tolerated), then decodes
 * its payload. Never throws. A payload with characters outside base64url is damaged,
 * not "not tshape", since it follows the tshape route; a target link says what it is.
 */
export function parseShareLink(
  text: string,
  context: ShareCodecContext = DEFAULT_CONTEXT,
): ShareDecodeResult {
  const read = readLinkPayload(text, 'share', { empty: ERRORS.empty, noRoute: ERRORS.noRoute });
  return read.ok ? decodeSharePayload(read.payload, context) : read;
}

// "#/r/" as typed, or with the "#" and slashes percent-encoded by a chat app.
const LINK_MARKER = /(?:#|%23)(?:\/|%2f)r(?:\/|%2f)/gi;
const PAYLOAD_CHARACTERS = /[A-Za-z0-9_-]*/y;
const SCHEME = /https?:\/\//i;
/** Characters that end a URL in running text: whitespace, quotes, brackets. */
const URL_BOUNDARY = /[\s"'`<>()[\]{}|\\^]/u;
const LEADING_JUNK = /^[^A-Za-z0-9/#%]+/;

/**
 * Finds every share link in free text (a chat log, "Ada: https://…", a list
 * pasted with stray spaces), in order of appearance, duplicates included, each as
 * the raw text of the link: from its "http(s)://" (or, without one, from the
 * start of the word) to the last payload character, so glued punctuation is left
 * out. Only "#/r/" links count, never a bare "/r/" path. Never throws; linear in
 * the length of the text.
 */
export function findShareLinks(text: string): readonly string[] {
  const links: string[] = [];
  let consumed = 0;
  for (const marker of text.matchAll(LINK_MARKER)) {
    const markerAt = marker.index;
    PAYLOAD_CHARACTERS.lastIndex = markerAt + marker[0].length;
    const payload = PAYLOAD_CHARACTERS.exec(text)?.[0] ?? '';
    if (payload === '') continue;

    let start = markerAt;
    while (start > consumed && !URL_BOUNDARY.test(text.charAt(start - 1))) start -= 1;
    const word = text.slice(start, markerAt);
    const scheme = SCHEME.exec(word);
    const prefix = scheme === null ? word.replace(LEADING_JUNK, '') : word.slice(scheme.index);

    const end = PAYLOAD_CHARACTERS.lastIndex;
    links.push(prefix + text.slice(markerAt, end));
    consumed = end;
  }
  return links;
}
