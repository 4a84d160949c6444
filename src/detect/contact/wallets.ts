// Checksums for payment identifiers, so that random hashes and IDs are not taken for them.
import { createHash } from 'node:crypto';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Map([...BASE58].map((c, i) => [c, i]));

function base58Decode(s: string): Uint8Array | null {
  let n = 0n;
  for (const c of s) {
    const v = BASE58_INDEX.get(c);
    if (v === undefined) return null;
    n = n * 58n + BigInt(v);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  for (const c of s) {
    if (c !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

// Decoded tokens and their checksums, by token: long base58-looking runs (hashes, keys, IDs)
// recur across a conversation and the overlapping windows of a long text, and each costs a
// big-integer decode and two SHA-256 rounds. Results are read only, never changed. Bounded:
// cleared when full.
const MEMO_ENTRIES = 4_096;
const decoded = new Map<string, Uint8Array | null>();
const checked = new Map<string, Uint8Array | null>();

function remember(memo: Map<string, Uint8Array | null>, key: string, value: Uint8Array | null): Uint8Array | null {
  if (memo.size >= MEMO_ENTRIES) memo.clear();
  memo.set(key, value);
  return value;
}

function base58DecodeOnce(s: string): Uint8Array | null {
  const known = decoded.get(s);
  return known !== undefined ? known : remember(decoded, s, base58Decode(s));
}

/** Base58Check payload (version byte + body) when the 4-byte checksum holds. */
export function base58Check(s: string): Uint8Array | null {
  const known = checked.get(s);
  return known !== undefined ? known : remember(checked, s, computeBase58Check(s));
}

function computeBase58Check(s: string): Uint8Array | null {
  const raw = base58DecodeOnce(s);
  if (!raw || raw.length < 5) return null;
  const body = raw.subarray(0, raw.length - 4);
  const check = sha256(sha256(body));
  for (let i = 0; i < 4; i++) if (check[i] !== raw[raw.length - 4 + i]) return null;
  return body;
}

/** Legacy (1...) and script (3...) Bitcoin addresses. */
export function isBitcoinBase58(s: string): boolean {
  const body = base58Check(s);
  return body !== null && body.length === 21 && (body[0] === 0x00 || body[0] === 0x05);
}

/** TRON addresses (T..., version byte 0x41): USDT on TRC-20 is a common off-platform ask. */
export function isTronAddress(s: string): boolean {
  const body = base58Check(s);
  return body !== null && body.length === 21 && body[0] === 0x41;
}

/** A Solana address is 32 bytes in base58, with no checksum: callers require context. */
export function isSolanaShape(s: string): boolean {
  const raw = base58DecodeOnce(s);
  return raw !== null && raw.length === 32;
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i];
  }
  return chk >>> 0;
}

/** Segwit (bc1q..., bech32) and taproot (bc1p..., bech32m) addresses. */
export function isBitcoinBech32(s: string): boolean {
  const lower = s.toLowerCase();
  if (lower !== s && s.toUpperCase() !== s) return false;
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || lower.slice(0, sep) !== 'bc' || lower.length - sep < 7) return false;
  const data: number[] = [];
  for (const c of lower.slice(sep + 1)) {
    const v = BECH32.indexOf(c);
    if (v < 0) return false;
    data.push(v);
  }
  const hrp = lower.slice(0, sep);
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const check = polymod([...expanded, ...data]);
  return check === 1 || check === 0x2bc830a3;
}

// IBAN lengths per country (SWIFT IBAN registry, ISO 13616). An ISO 11649 creditor reference
// ("RF18 5390 0754 7034") passes the same mod-97 check but names no country: it is an invoice
// reference, not an account.
const IBAN_LENGTHS: Record<string, number> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 ' +
    'FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 ' +
    'LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 ' +
    'SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20'
  )
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(2))]),
);

/** IBAN of a registry country, of that country's length, with its ISO 7064 mod-97 check. */
export function isIban(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  if (IBAN_LENGTHS[compact.slice(0, 2)] !== compact.length) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const d of digits) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

/** Luhn (ISO/IEC 7812-1) check of a string of digits: payment card numbers carry one. */
export function isLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Brazilian CPF (11 digits, two mod-11 check digits; Receita Federal's rule), the usual Pix key. */
export function isCpf(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const check = (n: number) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (digits.charCodeAt(i) - 48) * (n + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === digits.charCodeAt(9) - 48 && check(10) === digits.charCodeAt(10) - 48;
}
