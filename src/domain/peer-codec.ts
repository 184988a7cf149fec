/**
 * Peer rating links: a rating request (`…/#/ask/<payload>`) that a person sends a
 * colleague, and the colleague's reply (`…/#/peer/<payload>`) that comes back. No
 * server: each is a compact binary record in the fragment, base64url without padding.
 *
 * Request (REQUEST_FORMAT_VERSION), only the asker's name and the bank version:
 *
 *   byte 0      format version
 *   byte 1      question-bank version, 1..255
 *   then        1 byte: the asker's display-name length in UTF-8 bytes (0 = none), the bytes
 *   last        CRC-32 of the byte "A" (0x41) and every byte before it, 4 bytes big-endian
 *
 * Reply (REPLY_FORMAT_VERSION):
 *
 *   byte 0      format version
 *   byte 1      question-bank version the ratings were given on (the request's)
 *   then        every rating item of that bank, in bank order (areas as the bank asks
 *               them, items as each area lists them), 3 bits each, MSB first, zero-padded
 *               to a whole byte: a level 0–5, or 6 for "can't say"; 7 is never written
 *   then        1 byte: the asker's name length (the request's name, echoed), the bytes
 *   then        1 byte: the rater's name length (0 = anonymous), the bytes
 *   last        CRC-32 of the byte "P" (0x50) and every byte before it, 4 bytes big-endian
 *
 * The salted checksums keep the kinds apart: no share, target, request or reply payload
 * passes as another kind. A request without a name is 10 characters; a reply for the
 * whole of bank 2 without names is 28, with two 40-character ASCII names 135, with two
 * 40-character CJK names 348: far under MAX_LINK_LENGTH. A reply carries no id of the
 * asker's result (the request holds only a name and a bank version, so there is none
 * to echo): it is kept with the asker's latest result. Both are decoded by the gate
 * share links use (readLinkPayload): never throws, a typed result or one specific error.
 */
import type { QuestionBank, RatingItem } from '../data/bank-types';
import { BANKS, QUESTION_BANK } from '../data/question-bank';
import { MAX_LEVEL } from './area-scores';
import { decodeBase64url, encodeBase64url } from './base64url';
import { computeCrc32 } from './crc32';
import {
  BANK_VERSION_ERRORS,
  LINK_ERRORS,
  MAX_LINK_LENGTH,
  normaliseDisplayName,
  readBits,
  readLinkPayload,
  readLinkText,
  writeBits,
  type ShareError,
} from './share-codec';

export const REQUEST_FORMAT_VERSION = 1;
export const REPLY_FORMAT_VERSION = 1;

/** What a rating request carries: whom to rate (a name, or none) on which bank. */
export interface RatingRequest {
  readonly bankVersion: number;
  /** The asker's display name, normalised; null when the request has none. */
  readonly name: string | null;
}

/**
 * A colleague's view, item by item: a level 0–5, or null for "can't say" (they have
 * not seen the person do it). Every rating item of the bank has an entry.
 */
export type PeerRatingValues = Readonly<Record<string, number | null>>;

/** What a reply carries. */
export interface PeerReply {
  readonly bankVersion: number;
  /** The name the request carried, so the reply says whom it rates. */
  readonly askerName: string | null;
  /** The rater's name; null when they chose not to give one. */
  readonly raterName: string | null;
  readonly ratings: PeerRatingValues;
}

export type RequestDecodeResult =
  | { readonly ok: true; readonly request: RatingRequest }
  | { readonly ok: false; readonly error: ShareError };

export type ReplyDecodeResult =
  | { readonly ok: true; readonly reply: PeerReply }
  | { readonly ok: false; readonly error: ShareError };

/** What decoding needs besides the link; injectable so tests can stage a bank change. */
export interface PeerCodecContext {
  /** Every bank this build has, by version: a link is read with its own. */
  readonly banks: Readonly<Record<number, QuestionBank>>;
  /** The newest bank version this build knows: a link past it comes from a newer tshape. */
  readonly newest: number;
}

const DEFAULT_CONTEXT: PeerCodecContext = { banks: BANKS, newest: QUESTION_BANK.version };

const CANT_SAY_CODE = 6;
const BITS_PER_RATING = 3;
const HEADER_BYTES = 2;
const CHECKSUM_BYTES = 4;
const MAX_BANK_VERSION = 0xff;
/** Mixed into each checksum only, so no kind of payload passes as another ("A", "P"). */
const REQUEST_SALT = 0x41;
const REPLY_SALT = 0x50;

const utf8Encoder = new TextEncoder();

const ERRORS = {
  requestEmpty: {
    kind: 'empty',
    message: 'There is no link here yet: paste a tshape rating request.',
  },
  requestNoRoute: {
    kind: 'not-tshape',
    message:
      'This is not a tshape rating request: a rating request contains “#/ask/” followed by the request.',
  },
  requestNotRecord: {
    kind: 'not-tshape',
    message: 'This is not a tshape link: the part after “#/ask/” does not hold a rating request.',
  },
  replyEmpty: {
    kind: 'empty',
    message: 'There is no link here yet: paste the peer rating link your colleague sent you.',
  },
  replyNoRoute: {
    kind: 'not-tshape',
    message:
      'This is not a tshape peer rating: a peer rating link contains “#/peer/” followed by the ratings.',
  },
  replyNotRecord: {
    kind: 'not-tshape',
    message: 'This is not a tshape link: the part after “#/peer/” does not hold a peer rating.',
  },
  badRating: {
    kind: 'damaged',
    message: 'This link is damaged: it holds a rating no statement allows. Ask for the link again.',
  },
  badName: {
    kind: 'damaged',
    message: 'This link is damaged: a name in it cannot be read. Ask for the link again.',
  },
} as const satisfies Record<string, ShareError>;

/** The rating items of a bank in the order a reply packs them: areas as asked, items as listed. */
export function listRatingItems(bank: QuestionBank): readonly RatingItem[] {
  return bank.areas.flatMap((area) => area.items);
}

function salted(salt: number, record: Uint8Array): number {
  const bytes = new Uint8Array(record.length + 1);
  bytes[0] = salt;
  bytes.set(record, 1);
  return computeCrc32(bytes);
}

function nameBytes(name: string | null | undefined): Uint8Array {
  return utf8Encoder.encode(normaliseDisplayName(name ?? '') ?? '');
}

function isKnownBank(context: PeerCodecContext, version: number): boolean {
  return Object.hasOwn(context.banks, version);
}

/**
 * Encodes a rating request (the part after `#/ask/`). The name is normalised
 * (normaliseDisplayName).
 * @throws RangeError on a bank version no link can carry (a programmer error).
 */
export function encodeRequestPayload(request: {
  readonly bankVersion: number;
  readonly name?: string | null;
}): string {
  const { bankVersion } = request;
  if (!Number.isInteger(bankVersion) || bankVersion < 1 || bankVersion > MAX_BANK_VERSION) {
    throw new RangeError(`A rating request cannot carry bank version ${bankVersion}.`);
  }
  const name = nameBytes(request.name);
  const checksumAt = HEADER_BYTES + 1 + name.length;
  const record = new Uint8Array(checksumAt + CHECKSUM_BYTES);
  const view = new DataView(record.buffer);
  view.setUint8(0, REQUEST_FORMAT_VERSION);
  view.setUint8(1, bankVersion);
  view.setUint8(HEADER_BYTES, name.length);
  record.set(name, HEADER_BYTES + 1);
  view.setUint32(checksumAt, salted(REQUEST_SALT, record.subarray(0, checksumAt)));
  return encodeBase64url(record);
}

/** A record read as far as its header: its bytes, and the bank version it names. */
type Header =
  | {
      readonly ok: true;
      readonly record: Uint8Array;
      readonly view: DataView;
      readonly bankVersion: number;
      readonly canonical: boolean;
    }
  | { readonly ok: false; readonly error: ShareError };

/**
 * What both decoders do first, in the share gate's order: empty, too-long, damaged
 * characters, cut-short, not-tshape (format or bank 0), newer-version (format or bank),
 * old-bank (a bank this build no longer has).
 */
function readHeader(
  payload: string,
  own: { readonly empty: ShareError; readonly notRecord: ShareError; readonly format: number },
  minBytes: number,
  context: PeerCodecContext,
): Header {
  const fail = (error: ShareError): Header => ({ ok: false, error });
  if (payload.trim() === '') return fail(own.empty);
  if (payload.length > MAX_LINK_LENGTH) return fail(LINK_ERRORS.tooLong);
  const decoded = decodeBase64url(payload);
  if (!decoded.ok) {
    return fail(
      decoded.reason === 'invalid-character' ? LINK_ERRORS.badCharacters : LINK_ERRORS.cutShort,
    );
  }
  const record = decoded.bytes;
  if (record.length < minBytes) return fail(LINK_ERRORS.cutShort);
  const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
  const format = view.getUint8(0);
  const bankVersion = view.getUint8(1);
  if (format === 0 || bankVersion === 0) return fail(own.notRecord);
  if (format > own.format) return fail(LINK_ERRORS.newerFormat);
  if (bankVersion > context.newest) return fail(BANK_VERSION_ERRORS.newerBank(bankVersion));
  if (!isKnownBank(context, bankVersion)) return fail(BANK_VERSION_ERRORS.oldBank(bankVersion));
  return { ok: true, record, view, bankVersion, canonical: decoded.canonical };
}

/**
 * The last checks of both decoders, once the layout says where the checksum is: fewer
 * bytes → cut-short, more → damaged, a wrong checksum or altered unused bits → damaged.
 */
function checkTail(
  header: Header & { ok: true },
  checksumAt: number,
  salt: number,
): ShareError | null {
  const { record, view } = header;
  if (record.length < checksumAt + CHECKSUM_BYTES) return LINK_ERRORS.cutShort;
  if (record.length > checksumAt + CHECKSUM_BYTES) return LINK_ERRORS.tooManyBytes;
  if (salted(salt, record.subarray(0, checksumAt)) !== view.getUint32(checksumAt)) {
    return LINK_ERRORS.checksum;
  }
  // Same bytes, different text: only an edit to the last character does that.
  return header.canonical ? null : LINK_ERRORS.checksum;
}

/**
 * Decodes a rating request (the part after `#/ask/`). Never throws: the request, or one
 * specific error in the share gate's order (empty, too-long, damaged characters,
 * cut-short, not-tshape, newer-version, old-bank, cut-short or damaged by length,
 * damaged by checksum, damaged name).
 */
export function decodeRequestPayload(
  payload: string,
  context: PeerCodecContext = DEFAULT_CONTEXT,
): RequestDecodeResult {
  const header = readHeader(
    payload,
    {
      empty: ERRORS.requestEmpty,
      notRecord: ERRORS.requestNotRecord,
      format: REQUEST_FORMAT_VERSION,
    },
    HEADER_BYTES + 1 + CHECKSUM_BYTES,
    context,
  );
  if (!header.ok) return header;
  const { record, view, bankVersion } = header;
  const checksumAt = HEADER_BYTES + 1 + view.getUint8(HEADER_BYTES);
  const tail = checkTail(header, checksumAt, REQUEST_SALT);
  if (tail) return { ok: false, error: tail };
  const name = readLinkText(record.subarray(HEADER_BYTES + 1, checksumAt));
  if (name === undefined) return { ok: false, error: ERRORS.badName };
  return { ok: true, request: { bankVersion, name } };
}

/** Reads a pasted rating request as the share gate reads a share link, then decodes it. */
export function parseRequestLink(
  text: string,
  context: PeerCodecContext = DEFAULT_CONTEXT,
): RequestDecodeResult {
  const read = readLinkPayload(text, 'ask', {
    empty: ERRORS.requestEmpty,
    noRoute: ERRORS.requestNoRoute,
  });
  return read.ok ? decodeRequestPayload(read.payload, context) : read;
}

function packedBytes(count: number): number {
  return Math.ceil((count * BITS_PER_RATING) / 8);
}

const isLevel = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_LEVEL;

/**
 * Encodes a reply (the part after `#/peer/`). An item without a level 0–5 (absent, null,
 * anything else) is written as "can't say"; ids the bank does not have are left out.
 * Names are normalised (normaliseDisplayName).
 * @throws RangeError for a bank version this build does not have (a programmer error:
 *   the rating page only offers banks that a decoded request named).
 */
export function encodeReplyPayload(
  reply: {
    readonly bankVersion: number;
    readonly askerName?: string | null;
    readonly raterName?: string | null;
    readonly ratings: Readonly<Record<string, number | null | undefined>>;
  },
  banks: Readonly<Record<number, QuestionBank>> = BANKS,
): string {
  const bank = Object.hasOwn(banks, reply.bankVersion) ? banks[reply.bankVersion] : undefined;
  if (!bank || reply.bankVersion > MAX_BANK_VERSION) {
    throw new RangeError(`No question bank version ${reply.bankVersion} to rate on.`);
  }
  const items = listRatingItems(bank);
  const asker = nameBytes(reply.askerName);
  const rater = nameBytes(reply.raterName);
  const askerAt = HEADER_BYTES + packedBytes(items.length);
  const raterAt = askerAt + 1 + asker.length;
  const checksumAt = raterAt + 1 + rater.length;
  const record = new Uint8Array(checksumAt + CHECKSUM_BYTES);
  const view = new DataView(record.buffer);
  view.setUint8(0, REPLY_FORMAT_VERSION);
  view.setUint8(1, reply.bankVersion);
  items.forEach((item, index) => {
    const value = Object.hasOwn(reply.ratings, item.id) ? reply.ratings[item.id] : undefined;
    writeBits(
      record,
      HEADER_BYTES * 8 + index * BITS_PER_RATING,
      isLevel(value) ? value : CANT_SAY_CODE,
    );
  });
  view.setUint8(askerAt, asker.length);
  record.set(asker, askerAt + 1);
  view.setUint8(raterAt, rater.length);
  record.set(rater, raterAt + 1);
  view.setUint32(checksumAt, salted(REPLY_SALT, record.subarray(0, checksumAt)));
  return encodeBase64url(record);
}

/**
 * Decodes a reply (the part after `#/peer/`). Never throws: the reply, or one specific
 * error in the share gate's order (empty, too-long, damaged characters, cut-short,
 * not-tshape, newer-version, old-bank, cut-short or damaged by length, damaged by
 * checksum, an impossible rating or padding, an unreadable name).
 */
export function decodeReplyPayload(
  payload: string,
  context: PeerCodecContext = DEFAULT_CONTEXT,
): ReplyDecodeResult {
  const header = readHeader(
    payload,
    { empty: ERRORS.replyEmpty, notRecord: ERRORS.replyNotRecord, format: REPLY_FORMAT_VERSION },
    HEADER_BYTES + 2 + CHECKSUM_BYTES,
    context,
  );
  if (!header.ok) return header;
  const { record, view, bankVersion } = header;
  const bank = context.banks[bankVersion] as QuestionBank;
  const items = listRatingItems(bank);
  const askerAt = HEADER_BYTES + packedBytes(items.length);
  // Each name's length byte must be there before it can say where the next part starts.
  if (record.length < askerAt + 2 + CHECKSUM_BYTES) {
    return { ok: false, error: LINK_ERRORS.cutShort };
  }
  const raterAt = askerAt + 1 + view.getUint8(askerAt);
  if (record.length < raterAt + 1 + CHECKSUM_BYTES) {
    return { ok: false, error: LINK_ERRORS.cutShort };
  }
  const checksumAt = raterAt + 1 + view.getUint8(raterAt);
  const tail = checkTail(header, checksumAt, REPLY_SALT);
  if (tail) return { ok: false, error: tail };

  const ratings: Record<string, number | null> = {};
  for (const [index, item] of items.entries()) {
    const value = readBits(record, HEADER_BYTES * 8 + index * BITS_PER_RATING);
    if (value > CANT_SAY_CODE) return { ok: false, error: ERRORS.badRating };
    ratings[item.id] = value === CANT_SAY_CODE ? null : value;
  }
  // The padding after the last rating is zero (a link has one text for one reply).
  const usedBits = HEADER_BYTES * 8 + items.length * BITS_PER_RATING;
  if ((record[askerAt - 1] ?? 0) & (0xff >> (usedBits - (askerAt - 1) * 8))) {
    return { ok: false, error: ERRORS.badRating };
  }
  const askerName = readLinkText(record.subarray(askerAt + 1, raterAt));
  const raterName = readLinkText(record.subarray(raterAt + 1, checksumAt));
  if (askerName === undefined || raterName === undefined) {
    return { ok: false, error: ERRORS.badName };
  }
  return { ok: true, reply: { bankVersion, askerName, raterName, ratings } };
}

/** Reads a pasted reply as the share gate reads a share link, then decodes it. */
export function parseReplyLink(
  text: string,
  context: PeerCodecContext = DEFAULT_CONTEXT,
): ReplyDecodeResult {
  const read = readLinkPayload(text, 'peer', {
    empty: ERRORS.replyEmpty,
    noRoute: ERRORS.replyNoRoute,
  });
  return read.ok ? decodeReplyPayload(read.payload, context) : read;
}
