// 64-bit SimHash (Charikar 2002) over word shingles of folded text. Near-duplicate texts
// ("Dear hiring manager, I read your job ..." pasted to fifty jobs with the name changed)
// land within a few bits of each other, while unrelated texts sit near 32 bits apart.
// The fingerprint is kept as 16 lower-case hex digits so it fits a SQL text/char(16) column.

import { foldString, words } from './fold-text.ts';

export const SHINGLE_SIZE = 3;

/** MurmurHash3 (x86, 32-bit) of a string, so the fingerprint is stable across processes and versions. */
function murmur3(key: string, seed: number): number {
  let h = seed >>> 0;
  const len = key.length;
  for (let i = 0; i < len; i++) {
    let k = key.charCodeAt(i);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= len;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Overlapping word n-grams; texts shorter than one shingle fall back to their words. */
export function shingles(text: string, size = SHINGLE_SIZE): string[] {
  const tokens = words(foldString(text));
  if (tokens.length < size) return tokens;
  const out: string[] = [];
  for (let i = 0; i + size <= tokens.length; i++) out.push(tokens.slice(i, i + size).join(' '));
  return out;
}

/** SimHash of a text as 16 hex digits (high 32 bits first). Empty text → all zeros. */
export function simhash(text: string): string {
  const weights = new Int32Array(64);
  for (const shingle of shingles(text)) {
    const hi = murmur3(shingle, 0x9747b28c);
    const lo = murmur3(shingle, 0x5bd1e995);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] += (hi >>> (31 - bit)) & 1 ? 1 : -1;
      weights[32 + bit] += (lo >>> (31 - bit)) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit] > 0) hi |= 1 << (31 - bit);
    if (weights[32 + bit] > 0) lo |= 1 << (31 - bit);
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

export function simhashBigInt(text: string): bigint {
  return BigInt(`0x${simhash(text)}`);
}

function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

const HEX64 = /^[0-9a-f]{16}$/i;

/** Number of differing bits between two fingerprints (hex strings or bigints). */
export function hammingDistance(a: string | bigint, b: string | bigint): number {
  const ha = typeof a === 'bigint' ? a.toString(16).padStart(16, '0') : a;
  const hb = typeof b === 'bigint' ? b.toString(16).padStart(16, '0') : b;
  if (!HEX64.test(ha) || !HEX64.test(hb)) throw new RangeError('fingerprints must be 64-bit (16 hex digits)');
  const x = (Number.parseInt(ha.slice(0, 8), 16) ^ Number.parseInt(hb.slice(0, 8), 16)) >>> 0;
  const y = (Number.parseInt(ha.slice(8), 16) ^ Number.parseInt(hb.slice(8), 16)) >>> 0;
  return popcount32(x) + popcount32(y);
}
