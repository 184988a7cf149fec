import fc from 'fast-check';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { expect, test } from 'vitest';
import { computeCrc32 } from './crc32';

const ascii = (text: string) => new TextEncoder().encode(text);

test('matches the published check values of CRC-32/IEEE', () => {
  expect(computeCrc32(new Uint8Array())).toBe(0);
  expect(computeCrc32(ascii('123456789'))).toBe(0xcbf43926);
  expect(computeCrc32(ascii('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  expect(computeCrc32(new Uint8Array([0xff, 0xff, 0xff, 0xff]))).toBe(0xffffffff);
});

test('agrees with zlib on any bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(computeCrc32(bytes)).toBe(zlibCrc32(bytes));
    }),
    { numRuns: 200 },
  );
});
