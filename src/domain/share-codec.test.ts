import fc from 'fast-check';
import { expect, test } from 'vitest';
import { QUESTION_ORDER_BY_VERSION } from '../data/bank-history';
import type { QuestionBank } from '../data/bank-types';
import { BANK_V1 } from '../data/bank-v1';
import { BANKS, QUESTION_BANK } from '../data/question-bank';
import { computeAreaScores } from './area-scores';
import { askedChecks, askedFoil, drawAssessment, listQuestions, maxResponse } from './quiz-plan';
import {
  LINK_AREA_ORDER,
  MAX_LINK_LENGTH,
  detectLinkKind,
  decodeSharePayload,
  encodeSharePayload,
  findShareLinks,
  normaliseDisplayName,
  parseShareLink,
  shareResult,
  type ShareableResult,
  type ShareDecodeResult,
  type ShareErrorKind,
} from './share-codec';

// A known result and its payload, computed independently (Python's zlib.crc32 and
// base64.urlsafe_b64encode) so the codec is checked against the format, not itself.
const RESPONSES = {
  'stats-probability': 4,
  'stats-estimation': 5,
  'stats-regression': 4,
  'stats-bayesian': 2,
  'stats-model-validation': 3,
  'stats-eda-data-quality': 4,
  'stats-check-1': 1,
  'stats-check-2': 3,
  'biz-problem-framing': 3,
  'biz-stakeholders': 2,
  'biz-visualisation': 3,
  'biz-decision-memos': 1,
  'biz-explaining-uncertainty': 2,
  'biz-check-1': 0,
  'biz-check-2': 2,
  'eng-code-quality': 1,
  'eng-testing-ci': 0,
  'eng-environments': 1,
  'eng-api-design': 0,
  'eng-sql-pipelines': 2,
  'eng-debugging': 1,
  'eng-check-1': 3,
  'exp-test-design': 5,
  'exp-analysis-pitfalls': 4,
  'exp-variance-sequential': 3,
  'foil-1': 0,
  'exp-causal-inference': 3,
  'exp-metric-design': 4,
  'exp-decision-rules': 4,
  'exp-check-1': 2,
  'exp-check-2': 1,
  'ops-serving': 1,
  'ops-model-cicd': 0,
  'ops-infrastructure': 0,
  'ops-monitoring': 1,
  'ops-release-rollback': 0,
  'ops-check-1': 1,
};
const PAYLOAD = 'AQEJ05YnC2mVwiCEX7GHIiQDweAMQWRhIExvdmVsYWNl8Um2TA';
const PAYLOAD_WITHOUT_NAME = 'AQEJ05YnC2mVwiCEX7GHIiQDweAALUMWhA';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ERROR_KINDS: readonly ShareErrorKind[] = [
  'empty',
  'not-tshape',
  'cut-short',
  'damaged',
  'newer-version',
  'old-bank',
  'too-long',
  'wrong-kind',
];

const input = (name: string | null = null) => ({
  bankVersion: 1,
  completedAt: '2026-11-20T10:00:00.000Z',
  responses: RESPONSES,
  name,
});

function errorKind(outcome: ShareDecodeResult): ShareErrorKind | 'ok' {
  return outcome.ok ? 'ok' : outcome.error.kind;
}

function expectWellFormed(outcome: ShareDecodeResult): void {
  if (outcome.ok) return;
  expect(ERROR_KINDS).toContain(outcome.error.kind);
  expect(outcome.error.message.length).toBeGreaterThan(20);
}

test('the current bank asks its questions in the order recorded for its version', () => {
  // Fails when the bank is edited without bumping its version: links already
  // shared would decode to the wrong questions. (Here, not in data/, because
  // data/ may not import domain/.)
  expect(listQuestions(QUESTION_BANK).map((question) => question.id)).toEqual(
    QUESTION_ORDER_BY_VERSION[QUESTION_BANK.version],
  );
});

test('encodes a known result to a known payload, and back', () => {
  expect(encodeSharePayload(input('Ada Lovelace'))).toBe(PAYLOAD);
  expect(decodeSharePayload(PAYLOAD)).toEqual({
    ok: true,
    result: {
      bankVersion: 1,
      completedAt: '2026-11-20T00:00:00.000Z',
      responses: RESPONSES,
      name: 'Ada Lovelace',
      growthAreas: [],
    },
  });
});

test('a link without a name is 34 characters, within the 64-character budget', () => {
  const payload = encodeSharePayload(input());
  expect(payload).toBe(PAYLOAD_WITHOUT_NAME);
  expect(payload).toHaveLength(34);
  expect(payload.length).toBeLessThanOrEqual(64);
});

test('a whole bank 2 assessment, its drawn checks and foil recorded, fits the budget', () => {
  const draw = drawAssessment(QUESTION_BANK, Date.parse('2026-12-04T09:00:00Z'));
  const responses = Object.fromEntries(
    listQuestions(QUESTION_BANK, draw).map((question) => [question.id, maxResponse(question)]),
  );
  const payload = encodeSharePayload({
    bankVersion: QUESTION_BANK.version,
    completedAt: '2026-12-04T09:00:00Z',
    responses,
  });
  expect(payload.length).toBeLessThanOrEqual(64);
  const decoded = decodeSharePayload(payload);
  if (!decoded.ok) throw new Error(decoded.error.message);
  expect(decoded.result.responses).toEqual(responses);
  // The link says which checks and which foil were asked: the answered ones.
  const asked = QUESTION_BANK.areas.flatMap((area) =>
    askedChecks(area, decoded.result.responses).map((check) => check.id),
  );
  expect(new Set(asked)).toEqual(draw.checks);
  expect(askedFoil(QUESTION_BANK, decoded.result.responses)).toBe(draw.foil);
});

test('an empty or blank name is no name', () => {
  for (const name of [null, undefined, '', '   ', '\n\t\u200e']) {
    expect(encodeSharePayload({ ...input(), name })).toBe(PAYLOAD_WITHOUT_NAME);
  }
  const decoded = decodeSharePayload(PAYLOAD_WITHOUT_NAME);
  expect(decoded.ok && decoded.result.name).toBeNull();
});

test('a 40-character ASCII name round-trips in an 87-character payload', () => {
  const name = 'Augusta Ada King, Countess of Lovelace 1';
  expect([...name]).toHaveLength(40);
  const payload = encodeSharePayload(input(name));
  expect(payload).toHaveLength(87);
  const decoded = decodeSharePayload(payload);
  expect(decoded.ok && decoded.result.name).toBe(name);
});

test('a 40-character CJK name round-trips in a 194-character payload', () => {
  const name = '数据科学家'.repeat(8);
  expect([...name]).toHaveLength(40);
  const payload = encodeSharePayload(input(name));
  expect(payload).toHaveLength(194);
  const decoded = decodeSharePayload(payload);
  expect(decoded.ok && decoded.result.name).toBe(name);
});

test('markup in a name comes back as the same plain text', () => {
  const name = '<img src=x onerror=alert(1)>';
  const decoded = decodeSharePayload(encodeSharePayload(input(name)));
  expect(decoded.ok && decoded.result.name).toBe(name);
});

test('display names are trimmed, collapsed, stripped of controls and cut to 40 code points', () => {
  expect(normaliseDisplayName('  Ada \n\t Lovelace  ')).toBe('Ada Lovelace');
  expect(normaliseDisplayName('Ada\u0000\u0007 \u202eecalevoL')).toBe('Ada ecalevoL');
  expect(normaliseDisplayName('   ')).toBeNull();
  // Nothing visible: a blank heading, not a name.
  expect(normaliseDisplayName('\u200b\u200d\u2060\ufeff')).toBeNull();
  expect(normaliseDisplayName(' \u200b \u00ad ')).toBeNull();
  // Joiners inside a visible name stay: they shape emoji and some scripts.
  expect(normaliseDisplayName('👩\u200d💻 Ada')).toBe('👩\u200d💻 Ada');
  expect(normaliseDisplayName('')).toBeNull();
  expect(normaliseDisplayName('Jose\u0301')).toBe('José');
  expect(normaliseDisplayName('bad \ud800 surrogate')).toBe('bad surrogate');
  // Astral characters count once each: 45 emoji are cut to 40.
  expect(normaliseDisplayName('😀'.repeat(45))).toBe('😀'.repeat(40));
  expect(normaliseDisplayName(`${'a'.repeat(39)} b`)).toBe('a'.repeat(39));
});

test('a hand-made link with controls in its name is read with them stripped', () => {
  const decoded = decodeSharePayload('AQEJ05YnC2mVwiCEX7GHIiQDweAIQeKArkIHIENTtD4L');
  expect(decoded.ok && decoded.result.name).toBe('AB C');
});

test('the last representable day decodes, with every question unanswered', () => {
  expect(decodeSharePayload('AQH______________________-AAoG8eSA')).toEqual({
    ok: true,
    result: {
      bankVersion: 1,
      completedAt: '2199-06-06T00:00:00.000Z',
      responses: {},
      name: null,
      growthAreas: [],
    },
  });
});

test('encoding refuses what no real result can hold', () => {
  expect(() => encodeSharePayload({ ...input(), bankVersion: 3 })).toThrow(RangeError);
  expect(() => encodeSharePayload({ ...input(), bankVersion: 0 })).toThrow(RangeError);
  expect(() => encodeSharePayload({ ...input(), completedAt: 'yesterday' })).toThrow(RangeError);
  expect(() => encodeSharePayload({ ...input(), completedAt: '2019-12-31T23:59:59Z' })).toThrow(
    RangeError,
  );
  const outOfRange: readonly Record<string, number>[] = [
    { 'stats-probability': 6 },
    { 'stats-probability': -1 },
    { 'stats-probability': 2.5 },
    { 'stats-check-1': 4 },
  ];
  for (const responses of outOfRange) {
    expect(() => encodeSharePayload({ ...input(), responses })).toThrow(RangeError);
  }
});

test('shareResult gives the payload of a result, or says why it cannot, and never throws', () => {
  expect(shareResult(input(), 'Ada Lovelace')).toEqual({ ok: true, payload: PAYLOAD });
  const problem = (change: Partial<ShareableResult>) => {
    const shared = shareResult({ ...input(), ...change }, null);
    return shared.ok ? null : shared.problem.kind;
  };
  expect(problem({ bankVersion: 3 })).toBe('unknown-bank-version');
  expect(problem({ completedAt: 'yesterday' })).toBe('date-out-of-range');
  expect(problem({ completedAt: '2019-12-31T23:59:59Z' })).toBe('date-out-of-range');
  expect(problem({ responses: { 'stats-probability': 6 } })).toBe('answer-out-of-range');
  expect(problem({ responses: { 'stats-probability': 7 } })).toBe('answer-out-of-range');
  expect(problem({ responses: { 'stats-check-1': 4 } })).toBe('answer-out-of-range');

  fc.assert(
    fc.property(
      fc.integer({ min: -2, max: 300 }),
      fc.oneof(
        fc.date({ noInvalidDate: false }).map((date) => String(date)),
        fc.string(),
      ),
      fc.dictionary(
        fc.constantFrom(...(QUESTION_ORDER_BY_VERSION[1] ?? [])),
        fc.oneof(fc.integer({ min: -3, max: 9 }), fc.double()),
      ),
      (bankVersion, completedAt, responses) => {
        const shared = shareResult({ bankVersion, completedAt, responses }, null);
        // Exactly what the encoder accepts is shared; the rest is said, never thrown.
        let encoded: string | null = null;
        try {
          encoded = encodeSharePayload({ bankVersion, completedAt, responses });
        } catch {
          // refused: shareResult must say why
        }
        expect(shared.ok ? shared.payload : null).toBe(encoded);
      },
    ),
  );
});

test('encoding leaves out ids the bank version does not have', () => {
  const responses = { ...RESPONSES, 'no-such-question': 3 };
  expect(encodeSharePayload({ ...input('Ada Lovelace'), responses })).toBe(PAYLOAD);
});

test('empty text is "empty"', () => {
  expect(errorKind(parseShareLink(''))).toBe('empty');
  expect(errorKind(parseShareLink('  \n\t '))).toBe('empty');
  expect(errorKind(decodeSharePayload(''))).toBe('empty');
});

test('text over 900 characters is "too-long", before anything else is read', () => {
  const link = `https://tshape.example/#/r/${'A'.repeat(MAX_LINK_LENGTH)}`;
  expect(parseShareLink(link)).toEqual({
    ok: false,
    error: {
      kind: 'too-long',
      message:
        'This text is too long to be one tshape link (more than 900 characters). Paste one link at a time.',
    },
  });
  expect(errorKind(decodeSharePayload('A'.repeat(901)))).toBe('too-long');
});

test('text without the tshape route, or with an empty record, is "not-tshape"', () => {
  expect(parseShareLink('hello there')).toEqual({
    ok: false,
    error: {
      kind: 'not-tshape',
      message:
        'This is not a tshape link: a tshape share link contains “#/r/” followed by the result.',
    },
  });
  expect(errorKind(parseShareLink('https://www.reddit.com/r/typescript'))).toBe('not-tshape');
  expect(errorKind(parseShareLink(PAYLOAD))).toBe('not-tshape');
  // Format version 0, with a valid checksum.
  expect(errorKind(decodeSharePayload('AAEJ05YnC2mVwiCEX7GHIiQDweAAspmVGg'))).toBe('not-tshape');
});

test('a truncated link is "cut-short"', () => {
  expect(parseShareLink(`https://tshape.example/#/r/${PAYLOAD.slice(0, -4)}`)).toEqual({
    ok: false,
    error: {
      kind: 'cut-short',
      message: 'This link was cut short: part of it is missing. Ask for the whole link again.',
    },
  });
  expect(errorKind(parseShareLink('https://tshape.example/#/r/'))).toBe('cut-short');
  expect(errorKind(decodeSharePayload('AQEJ0'))).toBe('cut-short');
  expect(errorKind(decodeSharePayload(PAYLOAD.slice(0, 30)))).toBe('cut-short');
});

test('a changed, stray or extra character is "damaged"', () => {
  const typo = `${PAYLOAD.slice(0, 10)}X${PAYLOAD.slice(11)}`;
  expect(decodeSharePayload(typo)).toEqual({
    ok: false,
    error: {
      kind: 'damaged',
      message:
        'This link is damaged: some characters changed on the way, so its checksum does not match. Ask for the link again.',
    },
  });
  expect(errorKind(decodeSharePayload(`${PAYLOAD.slice(0, 10)}+${PAYLOAD.slice(11)}`))).toBe(
    'damaged',
  );
  expect(errorKind(parseShareLink(`#/r/${PAYLOAD}&utm_source=chat`))).toBe('damaged');
  // One byte more than the layout, with a valid checksum.
  expect(errorKind(decodeSharePayload('AQEJ05YnC2mVwiCEX7GHIiQDweAAADj666I'))).toBe('damaged');
  // The last character carries 2 unused bits: "A" → "B" keeps every byte.
  expect(errorKind(decodeSharePayload(`${PAYLOAD_WITHOUT_NAME.slice(0, -1)}B`))).toBe('damaged');
});

test('an impossible answer or an unreadable name is "damaged", even with a valid checksum', () => {
  const validChecksum = {
    sixToARating: 'AQEJ09YnC2mVwiCEX7GHIiQDweAAcAVzcA',
    option4ToACheck: 'AQEJ05YnI2mVwiCEX7GHIiQDweAAag_knQ',
    paddingBitSet: 'AQEJ05YnC2mVwiCEX7GHIiQDweEANFgnxQ',
    invalidUtf8Name: 'AQEJ05YnC2mVwiCEX7GHIiQDweACwyg8BC-7',
    name41Characters:
      'AQEJ05YnC2mVwiCEX7GHIiQDweApeHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh-X8CH',
  };
  const messages = Object.values(validChecksum).map((payload) => {
    const decoded = decodeSharePayload(payload);
    return decoded.ok ? 'ok' : `${decoded.error.kind}: ${decoded.error.message}`;
  });
  const badAnswer =
    'damaged: This link is damaged: it holds an answer no question allows. Ask for the link again.';
  const badName =
    'damaged: This link is damaged: the display name in it cannot be read. Ask for the link again.';
  expect(messages).toEqual([badAnswer, badAnswer, badAnswer, badName, badName]);
});

test('a newer format or a newer bank is "newer-version"', () => {
  // Format version 3, with a valid checksum.
  expect(decodeSharePayload('AwEJ05YnC2mVwiCEX7GHIiQDweAAyYcX-Q')).toEqual({
    ok: false,
    error: {
      kind: 'newer-version',
      message:
        'This link was made with a newer version of tshape. Reload this page to get the latest version, then open the link again.',
    },
  });
  // Bank version 3, which this build does not have yet.
  expect(errorKind(decodeSharePayload('AQMJ05YnC2mVwiCEX7GHIiQDweAA541gCA'))).toBe('newer-version');
});

// A staged bank change from version 1: v3 drops stats-bayesian, adds a new stats item and
// cuts biz-check-2 to two options. Read without its own bank, as a build that no longer
// had version 1's content would.
const anchors = ['0', '1', '2', '3', '4', '5'] as const;
const BANK_V3: QuestionBank = {
  ...BANK_V1,
  version: 3,
  areas: BANK_V1.areas.map((area) => ({
    ...area,
    items:
      area.id === 'statistics'
        ? [
            ...area.items.filter((item) => item.id !== 'stats-bayesian'),
            { kind: 'rating', id: 'stats-causal-graphs', title: 'DAGs', hint: '', anchors },
          ]
        : area.items,
    checks: area.checks.map((check) =>
      check.id === 'biz-check-2' ? { ...check, options: ['yes', 'no'], correctIndex: 0 } : check,
    ),
  })),
};
const HISTORY_V3 = {
  ...QUESTION_ORDER_BY_VERSION,
  3: listQuestions(BANK_V3).map((question) => question.id),
};

test('a link from an older bank in the history is mapped onto the current bank by id', () => {
  const decoded = decodeSharePayload(PAYLOAD, { bank: BANK_V3, history: HISTORY_V3 });
  const { 'stats-bayesian': dropped, 'biz-check-2': noLongerPossible, ...kept } = RESPONSES;
  expect([dropped, noLongerPossible]).toEqual([2, 2]);
  expect(decoded).toEqual({
    ok: true,
    result: {
      bankVersion: 1,
      completedAt: '2026-11-20T00:00:00.000Z',
      responses: kept,
      name: 'Ada Lovelace',
      growthAreas: [],
    },
  });
});

test('a link from a bank no longer in the history is "old-bank"', () => {
  const history = { 3: HISTORY_V3[3] };
  expect(decodeSharePayload(PAYLOAD, { bank: BANK_V3, history })).toEqual({
    ok: false,
    error: {
      kind: 'old-bank',
      message:
        'This link was made with an older question bank (version 1) that this version of tshape can no longer read. Ask for a link to a new result.',
    },
  });
});

test('a link made with a newer bank than this build is "newer-version"', () => {
  const payload = encodeSharePayload(
    {
      bankVersion: 3,
      completedAt: '2027-01-01T00:00:00Z',
      responses: { 'stats-causal-graphs': 4 },
    },
    BANK_V3,
    HISTORY_V3,
  );
  expect(errorKind(decodeSharePayload(payload))).toBe('newer-version');
  const decoded = decodeSharePayload(payload, { bank: BANK_V3, history: HISTORY_V3 });
  expect(decoded.ok && decoded.result.responses).toEqual({ 'stats-causal-graphs': 4 });
});

test('reads a full URL, a fragment or a route path, with whitespace and glued punctuation', () => {
  const expected = decodeSharePayload(PAYLOAD);
  expect(expected.ok).toBe(true);
  for (const text of [
    `https://tshape.example/app/#/r/${PAYLOAD}`,
    `  https://tshape.example/app/index.html#/r/${PAYLOAD}\n`,
    `#/r/${PAYLOAD}`,
    `/r/${PAYLOAD}`,
    `https://tshape.example/#/r/${PAYLOAD}.`,
    `(https://tshape.example/#/r/${PAYLOAD}),`,
    `“https://tshape.example/#/r/${PAYLOAD}”`,
  ]) {
    expect(parseShareLink(text)).toEqual(expected);
  }
});

test('undoes percent-encoding, once or twice, and ignores broken escapes', () => {
  const expected = decodeSharePayload(PAYLOAD);
  for (const text of [
    `https://tshape.example/%23/r/${PAYLOAD}`,
    `%23%2Fr%2F${PAYLOAD}`,
    encodeURIComponent(`https://tshape.example/#/r/${PAYLOAD}`),
    `https://tshape.example/%2523%252Fr%252F${PAYLOAD}`,
    `https://tshape.example/%E0%A4%A/%ZZ/#/r/${PAYLOAD}`,
    `https://tshape.example/%E0%A4%41#/r/${PAYLOAD}`,
  ]) {
    expect(parseShareLink(text)).toEqual(expected);
  }
  expect(errorKind(parseShareLink(`#/r/${PAYLOAD}%ZZ`))).toBe('damaged');
});

test('finds every share link in a chat log, in order, without glued punctuation', () => {
  const other = PAYLOAD_WITHOUT_NAME;
  const log = [
    '[09:14] Ada: here is mine https://tshape.example/app/#/r/' + PAYLOAD,
    '[09:15] Grace: lol ok, the #/r/ thing is neat',
    'reddit.com/r/typescript has nothing to do with it',
    `[09:16] Grace:(https://tshape.example/app/#/r/${other}).Mine is older`,
    '',
  ].join('\n');
  const links = findShareLinks(log);
  expect(links).toEqual([
    `https://tshape.example/app/#/r/${PAYLOAD}`,
    `https://tshape.example/app/#/r/${other}`,
  ]);
  expect(links.map((link) => parseShareLink(link).ok)).toEqual([true, true]);
});

test('finds links glued together, without a scheme, or with an encoded fragment', () => {
  expect(
    findShareLinks(
      `Ada:https://t.example/#/r/${PAYLOAD},#/r/${PAYLOAD_WITHOUT_NAME} tshape.example/%23%2Fr%2FAQEB`,
    ),
  ).toEqual([
    `https://t.example/#/r/${PAYLOAD}`,
    `#/r/${PAYLOAD_WITHOUT_NAME}`,
    'tshape.example/%23%2Fr%2FAQEB',
  ]);
  expect(findShareLinks('nothing to see here')).toEqual([]);
});

test('every single-character change to a valid payload is refused', () => {
  for (let index = 0; index < PAYLOAD.length; index += 1) {
    for (const replacement of ALPHABET) {
      if (replacement === PAYLOAD[index]) continue;
      const changed = PAYLOAD.slice(0, index) + replacement + PAYLOAD.slice(index + 1);
      expect(decodeSharePayload(changed).ok).toBe(false);
    }
  }
});

// ---- Properties -------------------------------------------------------------

const QUESTIONS = listQuestions(QUESTION_BANK);

const responsesArbitrary = fc
  .tuple(
    ...QUESTIONS.map((question) =>
      fc.option(fc.integer({ min: 0, max: maxResponse(question) }), { nil: undefined }),
    ),
  )
  .map((values) => {
    const responses: Record<string, number> = {};
    values.forEach((value, index) => {
      const question = QUESTIONS[index];
      if (value !== undefined && question !== undefined) responses[question.id] = value;
    });
    return responses;
  });

const nameArbitrary = fc.option(
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\u0301', '😀', '\ud800', '\u202e', '語') }),
  ),
  { nil: null },
);

const resultArbitrary = fc.record({
  bankVersion: fc.constant(QUESTION_BANK.version),
  completedAt: fc
    .date({
      min: new Date('2020-01-01T00:00:00.000Z'),
      max: new Date('2150-12-31T23:59:59.999Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString()),
  responses: responsesArbitrary,
  name: nameArbitrary,
  growthAreas: fc.subarray([...LINK_AREA_ORDER]),
});

const dayStart = (iso: string) => `${iso.slice(0, 10)}T00:00:00.000Z`;

test('any valid result round-trips, its name normalised and its date cut to the day', () => {
  fc.assert(
    fc.property(resultArbitrary, (result) => {
      const payload = encodeSharePayload(result);
      expect(payload.length).toBeLessThanOrEqual(MAX_LINK_LENGTH - 100);
      expect(parseShareLink(`https://tshape.example/#/r/${payload}`)).toEqual({
        ok: true,
        result: {
          bankVersion: result.bankVersion,
          completedAt: dayStart(result.completedAt),
          responses: result.responses,
          name: normaliseDisplayName(result.name ?? ''),
          growthAreas: result.growthAreas,
        },
      });
    }),
    { numRuns: 300 },
  );
});

test('normalising a display name twice changes nothing', () => {
  fc.assert(
    fc.property(nameArbitrary, (name) => {
      const once = normaliseDisplayName(name ?? '');
      expect(normaliseDisplayName(once ?? '')).toBe(once);
      expect([...(once ?? '')].length).toBeLessThanOrEqual(40);
    }),
    { numRuns: 500 },
  );
});

test('every strict prefix of a valid payload is refused as cut short (or empty)', () => {
  fc.assert(
    fc.property(resultArbitrary, (result) => {
      const payload = encodeSharePayload(result);
      for (let length = 0; length < payload.length; length += 1) {
        const kind = errorKind(decodeSharePayload(payload.slice(0, length)));
        expect(kind).toBe(length === 0 ? 'empty' : 'cut-short');
      }
    }),
    { numRuns: 60 },
  );
});

test('changing any one character of a valid payload to another is refused', () => {
  fc.assert(
    fc.property(
      resultArbitrary,
      fc.nat(),
      fc.constantFrom(...ALPHABET),
      (result, position, replacement) => {
        const payload = encodeSharePayload(result);
        const index = position % payload.length;
        fc.pre(payload[index] !== replacement);
        const changed = payload.slice(0, index) + replacement + payload.slice(index + 1);
        expect(decodeSharePayload(changed).ok).toBe(false);
      },
    ),
    { numRuns: 500 },
  );
});

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...ALPHABET) }),
  fc.string({ unit: fc.constantFrom(...ALPHABET) }).map((payload) => `#/r/${payload}`),
  fc
    .array(
      fc.constantFrom(
        '%E0%A4%A',
        '%ZZ',
        '%',
        '%25',
        '%23',
        '%2F',
        '%23/r/',
        '#/r/',
        '/r/',
        'https://',
        'AQEJ',
        '\ud800',
        ' ',
        '.',
        PAYLOAD,
      ),
    )
    .map((parts) => parts.join('')),
);

test('decoding and parsing never throw on arbitrary text', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      expectWellFormed(decodeSharePayload(text));
      expectWellFormed(parseShareLink(text));
      for (const link of findShareLinks(text)) expectWellFormed(parseShareLink(link));
    }),
    { numRuns: 1000 },
  );
});

test('huge text is refused quickly and never throws', () => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.constantFrom('', '#/r/', '%23/r/', 'https://t.example/#/r/'),
      (unit, prefix) => {
        const text = prefix + unit.repeat(Math.ceil(100_000 / unit.length));
        expectWellFormed(decodeSharePayload(text));
        expectWellFormed(parseShareLink(text));
        expect(Array.isArray(findShareLinks(text))).toBe(true);
      },
    ),
    { numRuns: 30 },
  );
  expect(errorKind(parseShareLink(`#/r/${'A'.repeat(100_000)}`))).toBe('too-long');
  expect(findShareLinks(`see #/r/${'A'.repeat(100_000)}.`)).toEqual([`#/r/${'A'.repeat(100_000)}`]);
});

// ---- Growth areas (format 2) and link kinds -----------------------------------

/**
 * Frozen links of every released format, with the area scores they must keep giving.
 * Never edit: a link sent a year ago still has to open with these scores.
 */
const FROZEN_LINKS = [
  {
    label: 'format 1, bank 1, named',
    payload: PAYLOAD,
    scores: {
      statistics: 73.33333333333333,
      'business-communication': 44,
      'production-software': 16.666666666666668,
      experimentation: 76.66666666666667,
      deployment: 8,
    },
    growthAreas: [],
  },
  {
    label: 'format 1, bank 2',
    payload: 'AQIJ3nEyEOfG0QP2QnLyuCuP2iOe7GiCvwAAJV376A',
    scores: {
      statistics: 42.857142857142854,
      'business-communication': 43.333333333333336,
      'production-software': 50,
      experimentation: 25.714285714285715,
      deployment: 45.714285714285715,
    },
    growthAreas: [],
  },
  {
    // Computed outside the codec (Python's zlib.crc32 and base64), like PAYLOAD.
    label: 'format 2, bank 1, named, wanting Statistics and Deployment',
    payload: 'AgEJ05YnC2mVwiCEX7GHIiQDweAMQWRhIExvdmVsYWNlEaqveCg',
    scores: {
      statistics: 73.33333333333333,
      'business-communication': 44,
      'production-software': 16.666666666666668,
      experimentation: 76.66666666666667,
      deployment: 8,
    },
    growthAreas: ['statistics', 'deployment'],
  },
  {
    label: 'format 2, bank 2, wanting every area',
    payload: 'AgIJ3nEyEOfG0QP2QnLyuCuP2iOe7GiCvwAAH_Mg0u4',
    scores: {
      statistics: 42.857142857142854,
      'business-communication': 43.333333333333336,
      'production-software': 50,
      experimentation: 25.714285714285715,
      deployment: 45.714285714285715,
    },
    growthAreas: [...LINK_AREA_ORDER],
  },
] as const;

test('frozen links of every format keep decoding with the same scores and growth areas', () => {
  for (const link of FROZEN_LINKS) {
    const decoded = decodeSharePayload(link.payload);
    if (!decoded.ok) throw new Error(`${link.label}: ${decoded.error.message}`);
    const bank = BANKS[decoded.result.bankVersion] ?? QUESTION_BANK;
    expect(computeAreaScores(bank, decoded.result.responses), link.label).toEqual(link.scores);
    expect(decoded.result.growthAreas, link.label).toEqual(link.growthAreas);
    // Written again, each link is the same text: teams and saved results key on it.
    expect(encodeSharePayload({ ...decoded.result }), link.label).toBe(link.payload);
  }
});

test('growth areas make a format-2 link one character longer, within the 64-character budget', () => {
  const [, bank2, , bank2Wanting] = FROZEN_LINKS;
  expect(bank2.payload).toHaveLength(42);
  expect(bank2Wanting.payload).toHaveLength(43);
  // Every area asked, every answer at its maximum, every area wanted, no name.
  const responses = Object.fromEntries(
    listQuestions(QUESTION_BANK).map((question) => [question.id, maxResponse(question)]),
  );
  const payload = encodeSharePayload({
    bankVersion: QUESTION_BANK.version,
    completedAt: '2026-12-04T09:00:00Z',
    responses,
    growthAreas: LINK_AREA_ORDER,
  });
  expect(payload.length).toBeLessThanOrEqual(64);
});

test('without growth areas the encoder writes format 1; with them, format 2', () => {
  expect(encodeSharePayload({ ...input(), growthAreas: [] }).startsWith('AQ')).toBe(true);
  expect(encodeSharePayload({ ...input(), growthAreas: ['deployment'] }).startsWith('Ag')).toBe(
    true,
  );
  // Ids that are not areas are left out, as unknown question ids are.
  expect(encodeSharePayload({ ...input(), growthAreas: ['astrology'] })).toBe(PAYLOAD_WITHOUT_NAME);
  // A hand-made format-2 link with no area reads as none, and is written as format 1.
  const none = decodeSharePayload('AgEJ05YnC2mVwiCEX7GHIiQDweAMQWRhIExvdmVsYWNlAMAfWNo');
  expect(none.ok && none.result.growthAreas).toEqual([]);
  expect(none.ok && encodeSharePayload(none.result)).toBe(PAYLOAD);
});

test('a growth-area bit that names no area is "damaged", even with a valid checksum', () => {
  expect(decodeSharePayload('AgEJ05YnC2mVwiCEX7GHIiQDweAMQWRhIExvdmVsYWNlIPtxeBI')).toEqual({
    ok: false,
    error: {
      kind: 'damaged',
      message:
        'This link is damaged: it names an area tshape does not have. Ask for the link again.',
    },
  });
});

test('a target link pasted as a share link says what it is', () => {
  const target = 'https://tshape.example/#/t/AQBGRkY';
  expect(detectLinkKind(target)).toBe('target');
  expect(detectLinkKind(`https://tshape.example/#/r/${PAYLOAD}`)).toBe('share');
  expect(detectLinkKind('%23%2Ft%2FAQBGRkY')).toBe('target');
  expect(detectLinkKind('https://www.reddit.com/r/typescript')).toBeNull();
  expect(parseShareLink(target)).toEqual({
    ok: false,
    error: {
      kind: 'wrong-kind',
      linkKind: 'target',
      message:
        'This is a tshape target link (the area scores someone set as a goal), not a share link: open it to see the target, or use it on “Plan your growth”.',
    },
  });
});
