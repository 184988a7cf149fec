/**
 * CRC-32 as zlib, gzip and PNG compute it (IEEE 802.3 polynomial, reflected,
 * initial value and final XOR 0xFFFFFFFF), so a share link's checksum can be
 * checked with any standard tool. Written here because the web platform has no
 * CRC API; the table-driven form is the one in RFC 1952, section 8.
 */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** The CRC-32 of the bytes, as an unsigned 32-bit integer (0 for no bytes). */
export function computeCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    // The index is masked to 0..255, so the table always has the entry.
    crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
