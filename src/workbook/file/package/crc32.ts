/**
 * CRC-32 (the ZIP polynomial 0xEDB88320), computed in slices so a part can be checksummed as it is produced;
 * eight bytes a step with eight lookup tables ("slicing by 8").
 */
const TABLES: Uint32Array = (() => {
  const t = new Uint32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++) {
      const prev = t[(k - 1) * 256 + n] ?? 0;
      t[k * 256 + n] = ((prev >>> 8) ^ (t[prev & 0xff] ?? 0)) >>> 0;
    }
  return t;
})();

/** The CRC-32 of `bytes` continuing from `crc` (0 for the first slice). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const t = TABLES;
  let c = ~crc;
  let i = 0;
  const end8 = bytes.length - (bytes.length % 8);
  // Indexes below are in range by construction (bytes < end8, table offsets < 2048): `?? 0` never applies.
  for (; i < end8; i += 8) {
    const lo =
      c ^
      ((bytes[i] ?? 0) |
        ((bytes[i + 1] ?? 0) << 8) |
        ((bytes[i + 2] ?? 0) << 16) |
        ((bytes[i + 3] ?? 0) << 24));
    const hi =
      (bytes[i + 4] ?? 0) |
      ((bytes[i + 5] ?? 0) << 8) |
      ((bytes[i + 6] ?? 0) << 16) |
      ((bytes[i + 7] ?? 0) << 24);
    c =
      (t[1792 + (lo & 0xff)] ?? 0) ^
      (t[1536 + ((lo >>> 8) & 0xff)] ?? 0) ^
      (t[1280 + ((lo >>> 16) & 0xff)] ?? 0) ^
      (t[1024 + (lo >>> 24)] ?? 0) ^
      (t[768 + (hi & 0xff)] ?? 0) ^
      (t[512 + ((hi >>> 8) & 0xff)] ?? 0) ^
      (t[256 + ((hi >>> 16) & 0xff)] ?? 0) ^
      (t[hi >>> 24] ?? 0);
  }
  for (; i < bytes.length; i++) c = (t[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}
