import fc from 'fast-check';
import { expect, test } from 'vitest';
import { encodeSharePayload, LINK_AREA_ORDER, MAX_LINK_LENGTH } from './share-codec';
import {
  decodeTargetPayload,
  encodeTargetPayload,
  MAX_TARGET_TITLE_CHARACTERS,
  parseTargetLink,
  shareTarget,
  type TargetDecodeResult,
  type TargetSpec,
} from './target-codec';

// Known targets and payloads computed outside the codec (Python's zlib.crc32 over
// b"T" + record, and base64.urlsafe_b64encode), so the codec is checked against the format.
const ACME: TargetSpec = {
  title: 'Senior ML engineer at Acme',
  areas: {
    statistics: 50,
    'business-communication': 30,
    'production-software': 80,
    experimentation: 40,
    deployment: 80,
  },
};
const ACME_PAYLOAD = 'ATIeUChQGlNlbmlvciBNTCBlbmdpbmVlciBhdCBBY21lAFQV8g';
const DEPLOYMENT_ONLY_PAYLOAD = 'Af____9GAPonnz4';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const KINDS = [
  'empty',
  'not-tshape',
  'cut-short',
  'damaged',
  'newer-version',
  'too-long',
  'wrong-kind',
];

const kindOf = (outcome: TargetDecodeResult) => (outcome.ok ? 'ok' : outcome.error.kind);

test('encodes a known target to a known payload, and back', () => {
  expect(encodeTargetPayload(ACME)).toBe(ACME_PAYLOAD);
  expect(decodeTargetPayload(ACME_PAYLOAD)).toEqual({ ok: true, target: ACME });
  expect(decodeTargetPayload(DEPLOYMENT_ONLY_PAYLOAD)).toEqual({
    ok: true,
    target: { title: null, areas: { deployment: 70 } },
  });
  expect(DEPLOYMENT_ONLY_PAYLOAD).toHaveLength(15);
});

test('a title is cut to 60 characters; the longest link stays far under 900', () => {
  const payload = encodeTargetPayload({ ...ACME, title: '数'.repeat(80) });
  expect(payload.length).toBeLessThan(300);
  const decoded = decodeTargetPayload(payload);
  expect(decoded.ok && decoded.target.title).toBe('数'.repeat(MAX_TARGET_TITLE_CHARACTERS));
});

test('shareTarget says why a target cannot be a link, and never throws', () => {
  expect(shareTarget(ACME)).toEqual({ ok: true, payload: ACME_PAYLOAD });
  expect(shareTarget({ title: 'x', areas: {} })).toMatchObject({ ok: false });
  expect(shareTarget({ title: 'x', areas: { statistics: 101 } })).toMatchObject({ ok: false });
  expect(shareTarget({ title: 'x', areas: { statistics: 40.5 } })).toMatchObject({ ok: false });
  expect(() => encodeTargetPayload({ title: null, areas: { statistics: -1 } })).toThrow(RangeError);
});

test('reads a target link as the share gate reads a share link', () => {
  for (const text of [
    `https://tshape.example/app/#/t/${ACME_PAYLOAD}`,
    `  #/t/${ACME_PAYLOAD}.`,
    `/t/${ACME_PAYLOAD}`,
    `https://tshape.example/%23%2Ft%2F${ACME_PAYLOAD}`,
  ]) {
    expect(parseTargetLink(text)).toEqual({ ok: true, target: ACME });
  }
});

test('each way a target link goes wrong has its own error', () => {
  expect(kindOf(parseTargetLink(''))).toBe('empty');
  expect(kindOf(parseTargetLink('hello'))).toBe('not-tshape');
  expect(kindOf(parseTargetLink(`#/t/${'A'.repeat(MAX_LINK_LENGTH)}`))).toBe('too-long');
  expect(kindOf(parseTargetLink(`#/t/${ACME_PAYLOAD.slice(0, -3)}`))).toBe('cut-short');
  expect(kindOf(parseTargetLink('#/t/'))).toBe('cut-short');
  expect(kindOf(decodeTargetPayload('Av____9GAMvPhaM'))).toBe('newer-version');
  expect(kindOf(decodeTargetPayload('AP____9GAFxQlIo'))).toBe('not-tshape');
  expect(decodeTargetPayload('AWX___9GAEbaqhs')).toMatchObject({
    ok: false,
    error: { kind: 'damaged', message: expect.stringContaining('outside 0–100') },
  });
  expect(kindOf(decodeTargetPayload('Af______AM8gis8'))).toBe('damaged');
  expect(decodeTargetPayload('Af____9GAf8ngAt1')).toMatchObject({
    ok: false,
    error: { kind: 'damaged', message: expect.stringContaining('title') },
  });
});

test('a share link pasted as a target says what it is, and a share payload never passes', () => {
  const share = encodeSharePayload({
    bankVersion: 2,
    completedAt: '2026-12-01T00:00:00Z',
    responses: { 'stats-estimation': 3 },
  });
  expect(parseTargetLink(`https://tshape.example/#/r/${share}`)).toEqual({
    ok: false,
    error: {
      kind: 'wrong-kind',
      linkKind: 'share',
      message:
        'This is a tshape share link (someone’s result), not a target link: open it to see the result, or add it to a team.',
    },
  });
  expect(kindOf(decodeTargetPayload(share))).not.toBe('ok');
});

// ---- Properties, as for share links -------------------------------------------

const targetArbitrary: fc.Arbitrary<TargetSpec> = fc
  .record({
    title: fc.option(fc.string({ unit: 'grapheme', maxLength: 80 }), { nil: null }),
    areas: fc.record(
      Object.fromEntries(LINK_AREA_ORDER.map((area) => [area, fc.integer({ min: 0, max: 100 })])),
      { requiredKeys: [] },
    ),
  })
  .filter((target) => Object.keys(target.areas).length > 0);

test('any target round-trips, its title normalised', () => {
  fc.assert(
    fc.property(targetArbitrary, (target) => {
      const payload = encodeTargetPayload(target);
      const decoded = parseTargetLink(`https://tshape.example/#/t/${payload}`);
      if (!decoded.ok) throw new Error(decoded.error.message);
      expect(decoded.target.areas).toEqual(target.areas);
      // Idempotent: the decoded target encodes to the same payload.
      expect(encodeTargetPayload(decoded.target)).toBe(payload);
    }),
    { numRuns: 300 },
  );
});

test('every truncation is cut short, and every one-character typo is refused', () => {
  fc.assert(
    fc.property(targetArbitrary, fc.nat(), fc.constantFrom(...ALPHABET), (target, at, char) => {
      const payload = encodeTargetPayload(target);
      for (let length = 1; length < payload.length; length += 1) {
        expect(kindOf(decodeTargetPayload(payload.slice(0, length)))).toBe('cut-short');
      }
      const index = at % payload.length;
      fc.pre(payload[index] !== char);
      const typo = payload.slice(0, index) + char + payload.slice(index + 1);
      expect(decodeTargetPayload(typo).ok).toBe(false);
    }),
    { numRuns: 300 },
  );
});

test('decoding and parsing never throw on arbitrary text', () => {
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom(...ALPHABET) }),
    fc.string({ unit: fc.constantFrom(...ALPHABET) }).map((payload) => `#/t/${payload}`),
    fc
      .array(fc.constantFrom('%E0%A4%A', '%23/t/', '#/t/', '#/r/', '/t/', 'Af', ' ', ACME_PAYLOAD))
      .map((parts) => parts.join('')),
  );
  fc.assert(
    fc.property(text, (input) => {
      for (const outcome of [decodeTargetPayload(input), parseTargetLink(input)]) {
        if (!outcome.ok) {
          expect(KINDS).toContain(outcome.error.kind);
          expect(outcome.error.message.length).toBeGreaterThan(20);
        }
      }
    }),
    { numRuns: 500 },
  );
});
