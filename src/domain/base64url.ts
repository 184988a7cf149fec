/**
 * Base64url without padding (RFC 4648, section 5): the alphabet that survives
 * URLs, chat apps and e-mail untouched. Written here rather than on top of
 * btoa/atob, which work on "binary strings", accept the "+/" alphabet, padding
 * and whitespace, and throw on bad input, so every caller would need the same
 * wrapping anyway.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Character code (ASCII) → its 6-bit value, or -1 for a character outside the alphabet. */
const VALUE_OF_CODE = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let index = 0; index < ALPHABET.length; index += 1)
    values[ALPHABET.charCodeAt(index)] = index;
  return values;
})();

export type Base64urlDecoding =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      /**
       * False when the unused low bits of the last character are not zero: the
       * bytes are still readable, but re-encoding them gives different text, so
       * the text was altered. Reported rather than refused, so the caller can
       * decide in which order to name the problems it finds.
       */
      readonly canonical: boolean;
    }
  | { readonly ok: false; readonly reason: 'invalid-character' | 'impossible-length' };

/** The bytes as base64url text without padding: 4 characters per 3 bytes, rounded up. */
export function encodeBase64url(bytes: Uint8Array): string {
  let text = '';
  let buffer = 0;
  let bufferedBits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bufferedBits += 8;
    while (bufferedBits >= 6) {
      bufferedBits -= 6;
      text += ALPHABET[(buffer >> bufferedBits) & 0x3f];
    }
  }
  if (bufferedBits > 0) text += ALPHABET[(buffer << (6 - bufferedBits)) & 0x3f];
  return text;
}

/**
 * Reads base64url text without padding. Never throws: a character outside the
 * alphabet (padding "=" and whitespace included) or a length no byte count can
 * produce (4n + 1 characters) is reported as such.
 */
export function decodeBase64url(text: string): Base64urlDecoding {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 128 || (VALUE_OF_CODE[code] ?? -1) < 0) {
      return { ok: false, reason: 'invalid-character' };
    }
  }
  if (text.length % 4 === 1) return { ok: false, reason: 'impossible-length' };

  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bufferedBits = 0;
  let written = 0;
  for (let index = 0; index < text.length; index += 1) {
    // Every code was checked above, so the lookup always finds a 6-bit value.
    buffer = ((buffer << 6) | (VALUE_OF_CODE[text.charCodeAt(index)] as number)) & 0xfff;
    bufferedBits += 6;
    if (bufferedBits >= 8) {
      bufferedBits -= 8;
      bytes[written] = (buffer >> bufferedBits) & 0xff;
      written += 1;
    }
  }
  const leftover = buffer & ((1 << bufferedBits) - 1);
  return { ok: true, bytes, canonical: leftover === 0 };
}
