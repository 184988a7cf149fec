import fc from 'fast-check';
import { Buffer } from 'node:buffer';
import { expect, test } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';

const bytesOf = (...values: number[]) => new Uint8Array(values);

test('encodes the RFC 4648 test vectors, without padding', () => {
  const ascii = (text: string) => new TextEncoder().encode(text);
  expect(encodeBase64url(ascii(''))).toBe('');
  expect(encodeBase64url(ascii('f'))).toBe('Zg');
  expect(encodeBase64url(ascii('fo'))).toBe('Zm8');
  expect(encodeBase64url(ascii('foo'))).toBe('Zm9v');
  expect(encodeBase64url(ascii('foobar'))).toBe('Zm9vYmFy');
  expect(encodeBase64url(bytesOf(0xfb, 0xff, 0xbf))).toBe('-_-_');
});

test('decodes to the bytes and says the text was canonical', () => {
  expect(decodeBase64url('-_-_')).toEqual({
    ok: true,
    bytes: bytesOf(0xfb, 0xff, 0xbf),
    canonical: true,
  });
  expect(decodeBase64url('')).toEqual({ ok: true, bytes: bytesOf(), canonical: true });
});

test('refuses characters outside the url-safe alphabet, padding and whitespace included', () => {
  for (const text of ['Zm8=', 'Zm+v', 'Zm/v', 'Zm 9v', 'Zé9v', 'Zm9v\n']) {
    expect(decodeBase64url(text)).toEqual({ ok: false, reason: 'invalid-character' });
  }
});

test('refuses a length no byte count can produce', () => {
  expect(decodeBase64url('Z')).toEqual({ ok: false, reason: 'impossible-length' });
  expect(decodeBase64url('Zm9vY')).toEqual({ ok: false, reason: 'impossible-length' });
});

test('flags stray bits in the last character as non-canonical', () => {
  // "Zg" is "f"; "Zh" carries the same byte with a low bit set that encoding never sets.
  expect(decodeBase64url('Zh')).toEqual({ ok: true, bytes: bytesOf(0x66), canonical: false });
});

test('round-trips any bytes and agrees with Node on the text', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      const text = encodeBase64url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(decodeBase64url(text)).toEqual({ ok: true, bytes, canonical: true });
    }),
    { numRuns: 200 },
  );
});
