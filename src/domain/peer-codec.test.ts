import fc from 'fast-check';
import { expect, test } from 'vitest';
import { BANKS, QUESTION_BANK } from '../data/question-bank';
import {
  decodeReplyPayload,
  decodeRequestPayload,
  encodeReplyPayload,
  encodeRequestPayload,
  listRatingItems,
  parseReplyLink,
  parseRequestLink,
  type ReplyDecodeResult,
  type RequestDecodeResult,
} from './peer-codec';
import { encodeSharePayload, MAX_LINK_LENGTH, parseShareLink } from './share-codec';
import { encodeTargetPayload, parseTargetLink } from './target-codec';

// Payloads computed outside the codec (Python's zlib.crc32 over b"A" or b"P" + record,
// base64.urlsafe_b64encode), so the codec is checked against the format, not itself.
const ADA_REQUEST = 'AQIMQWRhIExvdmVsYWNlnRXAGA';
const UNNAMED_REQUEST = 'AQIAMRjo8Q';
const BANK_1_REQUEST = 'AQEAGjW7Mg';
/** Bank 2, item i rated i mod 7 (6: can't say), for "Ada" by "Bo". */
const BO_REPLY = 'AQIFOXApy4FOXApy4FOAA0FkYQJCb2DNOvk';
const ALL_CANT_SAY_REPLY = 'AQLbbbbbbbbbbbbbbbbAAADKei5U';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const KINDS = [
  'empty',
  'not-tshape',
  'cut-short',
  'damaged',
  'newer-version',
  'old-bank',
  'too-long',
  'wrong-kind',
];
const ITEMS = listRatingItems(QUESTION_BANK);
const BO_RATINGS = Object.fromEntries(
  ITEMS.map((item, index) => [item.id, index % 7 === 6 ? null : index % 7]),
);

const kindOf = (outcome: RequestDecodeResult | ReplyDecodeResult) =>
  outcome.ok ? 'ok' : outcome.error.kind;

test('a known request encodes to a known payload, and back', () => {
  expect(encodeRequestPayload({ bankVersion: 2, name: '  Ada   Lovelace ' })).toBe(ADA_REQUEST);
  expect(decodeRequestPayload(ADA_REQUEST)).toEqual({
    ok: true,
    request: { bankVersion: 2, name: 'Ada Lovelace' },
  });
  expect(encodeRequestPayload({ bankVersion: 2 })).toBe(UNNAMED_REQUEST);
  expect(UNNAMED_REQUEST).toHaveLength(10);
  expect(decodeRequestPayload(BANK_1_REQUEST)).toEqual({
    ok: true,
    request: { bankVersion: 1, name: null },
  });
});

test('a known reply encodes to a known payload, and back, “can’t say” as null', () => {
  expect(ITEMS).toHaveLength(33);
  const reply = { bankVersion: 2, askerName: 'Ada', raterName: 'Bo', ratings: BO_RATINGS };
  expect(encodeReplyPayload(reply)).toBe(BO_REPLY);
  expect(decodeReplyPayload(BO_REPLY)).toEqual({ ok: true, reply });
  const silent = decodeReplyPayload(ALL_CANT_SAY_REPLY);
  expect(silent.ok && Object.values(silent.reply.ratings).every((value) => value === null)).toBe(
    true,
  );
  expect(silent.ok && [silent.reply.askerName, silent.reply.raterName]).toEqual([null, null]);
  // Unknown ids are left out, missing or impossible values are "can't say".
  expect(
    encodeReplyPayload({ bankVersion: 2, ratings: { nonsense: 3, 'stats-estimation': 9 } }),
  ).toBe(ALL_CANT_SAY_REPLY);
});

test('a whole-bank reply with two 40-character names stays far under 900 characters', () => {
  const full = Object.fromEntries(ITEMS.map((item) => [item.id, 5]));
  const ascii = encodeReplyPayload({
    bankVersion: 2,
    askerName: 'A'.repeat(40),
    raterName: 'B'.repeat(40),
    ratings: full,
  });
  expect(ascii).toHaveLength(135);
  const cjk = encodeReplyPayload({
    bankVersion: 2,
    askerName: '数'.repeat(60),
    raterName: '語'.repeat(60),
    ratings: full,
  });
  expect(cjk).toHaveLength(348);
  const url = `https://a-long-host-name.example.org/some/sub/path/#/peer/${cjk}`;
  expect(url.length).toBeLessThan(MAX_LINK_LENGTH / 2);
  const decoded = parseReplyLink(url);
  expect(decoded.ok && decoded.reply.raterName).toBe('語'.repeat(40));
});

test('each way a link goes wrong has its own error', () => {
  expect(kindOf(parseRequestLink(''))).toBe('empty');
  expect(kindOf(parseReplyLink('   '))).toBe('empty');
  expect(kindOf(parseRequestLink('hello'))).toBe('not-tshape');
  expect(kindOf(parseReplyLink('https://example.org/#/x/abc'))).toBe('not-tshape');
  expect(kindOf(parseReplyLink(`#/peer/${'A'.repeat(MAX_LINK_LENGTH)}`))).toBe('too-long');
  expect(kindOf(parseReplyLink(`#/peer/${BO_REPLY.slice(0, -4)}`))).toBe('cut-short');
  expect(kindOf(parseReplyLink('#/peer/'))).toBe('cut-short');
  expect(kindOf(parseRequestLink(`#/ask/${ADA_REQUEST}!!`))).toBe('ok');
  expect(kindOf(parseRequestLink(`#/ask/${ADA_REQUEST}*x`))).toBe('damaged');
  // A newer format, and a bank newer than this build: both "newer-version".
  expect(kindOf(decodeRequestPayload('AgIAM15WqA'))).toBe('newer-version');
  expect(decodeRequestPayload('AQMAKAPZsA')).toMatchObject({
    ok: false,
    error: { kind: 'newer-version', message: expect.stringContaining('question bank 3') },
  });
  expect(kindOf(decodeRequestPayload('AAIAMNqCxg'))).toBe('not-tshape');
});

test('a rating of 7, or a bit set in the padding, is damaged even with a valid checksum', () => {
  for (const payload of [
    'AQLlOXApy4FOXApy4FOAA0FkYQJCbyQ4isg',
    'AQIFOXApy4FOXApy4FOBA0FkYQJCb6xnOmc',
  ]) {
    expect(decodeReplyPayload(payload)).toMatchObject({
      ok: false,
      error: { kind: 'damaged', message: expect.stringContaining('rating') },
    });
  }
});

test('a reply for a bank this build no longer has is "old-bank"; a newer one is "newer-version"', () => {
  const onlyTwo = { banks: { 2: QUESTION_BANK }, newest: 2 };
  const bankOne = encodeReplyPayload({ bankVersion: 1, ratings: {} });
  expect(kindOf(decodeReplyPayload(bankOne))).toBe('ok');
  expect(kindOf(decodeReplyPayload(bankOne, onlyTwo))).toBe('old-bank');
  const olderBuild = { banks: { 1: BANKS[1] ?? QUESTION_BANK }, newest: 1 };
  expect(decodeReplyPayload(BO_REPLY, olderBuild)).toMatchObject({
    ok: false,
    error: { kind: 'newer-version' },
  });
});

test('each kind of link pasted where another belongs says what it is', () => {
  const share = encodeSharePayload({
    bankVersion: 2,
    completedAt: '2026-12-01T00:00:00Z',
    responses: { 'stats-estimation': 3 },
  });
  expect(parseReplyLink(`https://t.example/#/ask/${ADA_REQUEST}`)).toEqual({
    ok: false,
    error: {
      kind: 'wrong-kind',
      linkKind: 'ask',
      message:
        'This is a tshape rating request (someone asking a colleague to rate them), not a peer rating link: open it to rate your colleague.',
    },
  });
  expect(parseRequestLink(`https://t.example/#/peer/${BO_REPLY}`)).toMatchObject({
    ok: false,
    error: { kind: 'wrong-kind', linkKind: 'peer' },
  });
  expect(parseReplyLink(`https://t.example/#/r/${share}`)).toMatchObject({
    ok: false,
    error: {
      kind: 'wrong-kind',
      linkKind: 'share',
      message: expect.stringContaining('share link'),
    },
  });
  expect(parseShareLink(`https://t.example/#/peer/${BO_REPLY}`)).toMatchObject({
    ok: false,
    error: { kind: 'wrong-kind', message: expect.stringContaining('not a share link') },
  });
  expect(parseTargetLink(`#/ask/${ADA_REQUEST}`)).toMatchObject({
    ok: false,
    error: { kind: 'wrong-kind', message: expect.stringContaining('rate your colleague') },
  });
  // No payload of one kind passes as another, even behind the right route.
  const target = encodeTargetPayload({ title: null, areas: { deployment: 70 } });
  for (const payload of [share, target, BO_REPLY]) {
    expect(decodeRequestPayload(payload).ok).toBe(false);
  }
  for (const payload of [share, target, ADA_REQUEST]) {
    expect(decodeReplyPayload(payload).ok).toBe(false);
  }
});

test('hostile names come back as plain text, controls and bidi overrides stripped', () => {
  const name = '<img src=x onerror=alert(1)>\u202e\u0007';
  const request = decodeRequestPayload(encodeRequestPayload({ bankVersion: 2, name }));
  expect(request.ok && request.request.name).toBe('<img src=x onerror=alert(1)>');
});

// ---- Properties, as for share links -------------------------------------------

const nameArbitrary = fc.option(
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\u0301', '😀', '\ud800', '\u202e', '語') }),
  ),
  { nil: null },
);
const ratingsArbitrary = fc.record(
  Object.fromEntries(
    ITEMS.map((item) => [
      item.id,
      fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }) as fc.Arbitrary<number | null>,
    ]),
  ),
);
const replyArbitrary = fc.record({
  bankVersion: fc.constant(QUESTION_BANK.version),
  askerName: nameArbitrary,
  raterName: nameArbitrary,
  ratings: ratingsArbitrary,
});
const requestArbitrary = fc.record({ bankVersion: fc.constantFrom(1, 2), name: nameArbitrary });

test('any reply and any request round-trip, their names normalised', () => {
  fc.assert(
    fc.property(replyArbitrary, requestArbitrary, (reply, request) => {
      const payload = encodeReplyPayload(reply);
      const decoded = parseReplyLink(`https://t.example/#/peer/${payload}`);
      if (!decoded.ok) throw new Error(decoded.error.message);
      expect(decoded.reply.ratings).toEqual(reply.ratings);
      expect(encodeReplyPayload(decoded.reply)).toBe(payload);
      const asked = encodeRequestPayload(request);
      const read = parseRequestLink(`https://t.example/#/ask/${asked}`);
      if (!read.ok) throw new Error(read.error.message);
      expect(read.request.bankVersion).toBe(request.bankVersion);
      expect(encodeRequestPayload(read.request)).toBe(asked);
    }),
    { numRuns: 300 },
  );
});

test('every truncation is cut short, and every one-character typo is refused', () => {
  fc.assert(
    fc.property(
      replyArbitrary,
      requestArbitrary,
      fc.nat(),
      fc.constantFrom(...ALPHABET),
      (reply, request, at, char) => {
        for (const [payload, decode] of [
          [encodeReplyPayload(reply), decodeReplyPayload],
          [encodeRequestPayload(request), decodeRequestPayload],
        ] as const) {
          for (let length = 1; length < payload.length; length += 1) {
            expect(kindOf(decode(payload.slice(0, length)))).toBe('cut-short');
          }
          const index = at % payload.length;
          if (payload[index] === char) continue;
          const typo = payload.slice(0, index) + char + payload.slice(index + 1);
          expect(decode(typo).ok).toBe(false);
        }
      },
    ),
    { numRuns: 200 },
  );
});

test('decoding and parsing never throw on arbitrary text', () => {
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom(...ALPHABET) }),
    fc.string({ unit: fc.constantFrom(...ALPHABET) }).map((payload) => `#/peer/${payload}`),
    fc.string({ unit: fc.constantFrom(...ALPHABET) }).map((payload) => `#/ask/${payload}`),
    fc
      .array(
        fc.constantFrom('%E0%A4%A', '%23/peer/', '#/ask/', '#/r/', '/peer/', 'AQ', ' ', BO_REPLY),
      )
      .map((parts) => parts.join('')),
  );
  fc.assert(
    fc.property(text, (input) => {
      for (const outcome of [
        decodeRequestPayload(input),
        decodeReplyPayload(input),
        parseRequestLink(input),
        parseReplyLink(input),
      ]) {
        if (!outcome.ok) {
          expect(KINDS).toContain(outcome.error.kind);
          expect(outcome.error.message.length).toBeGreaterThan(20);
        }
      }
    }),
    { numRuns: 500 },
  );
});
