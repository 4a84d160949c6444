// Text normalisation for detection, keeping a map back to the user's original characters
// (UTF-16 code units) so that every finding can be shown and masked exactly as typed.
//
// Steps, each mapping every output character to the original range it came from:
//  1. characters: NFKC, invisible characters dropped, lower case, Latin accents stripped,
//     any decimal digit (Arabic-Indic, Devanagari, fullwidth, keycaps ...) -> ASCII;
//  2. confusables: Cyrillic/Greek lookalikes -> Latin inside tokens that mix scripts;
//  3. number words -> digits, in runs of three or more numbers ("five five five 1234");
//  4. spaced/dashed/dotted single characters collapsed ("5 5 5-1 2", "j o h n @ g m a i l");
//  5. letter-for-digit swaps (l->1, o->0 ...) inside digit runs only.
// The pipeline is repeated until it reaches a fixed point, which makes it idempotent.
import { CONFUSABLES } from './confusables.ts';
import { buildNumberWords } from './number-words.ts';

export interface Normalized {
  /** Normalised text. */
  text: string;
  /** Normalised index -> start of the original range (UTF-16 offset). */
  map: Int32Array;
  /** Normalised index -> end (exclusive) of the original range. */
  ends: Int32Array;
  /** Maps a normalised span [start, end) to the original span that produced it. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

interface Buffer {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

class Builder {
  private parts: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  push(chars: string, start: number, end: number): void {
    this.parts.push(chars);
    for (let k = 0; k < chars.length; k++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** Copies a slice of a buffer unchanged. */
  copy(buf: Buffer, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(buf.text.slice(from, to));
    for (let k = from; k < to; k++) {
      this.starts.push(buf.starts[k]);
      this.ends.push(buf.ends[k]);
    }
  }

  build(): Buffer {
    return { text: this.parts.join(''), starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) };
  }
}

const INVISIBLE = /^(?:[\p{Default_Ignorable_Code_Point}\p{Cf}]|\u20E3)$/u;
const DECIMAL = /^\p{Nd}$/u;
const MARK = /^\p{M}$/u;
const LATIN_BASE = /^[a-z]/;
const KEYCAP_TEN = 0x1f51f;

function digitValue(cp: number): number {
  // Unicode encodes each set of decimal digits as ten consecutive code points 0..9.
  let zero = cp;
  while (cp - zero < 9 && DECIMAL.test(String.fromCodePoint(zero - 1))) zero--;
  return cp - zero;
}

const charCache = new Map<number, string>();

/** Normal form of one code point (may be empty or several characters). */
function foldCodePoint(cp: number): string {
  const cached = charCache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let out = '';
  if (cp === KEYCAP_TEN) out = '10';
  else if (!INVISIBLE.test(ch)) {
    for (const piece of ch.normalize('NFKC').toLowerCase()) {
      const pcp = piece.codePointAt(0) as number;
      if (INVISIBLE.test(piece)) continue;
      if (pcp < 128) out += piece;
      else if (DECIMAL.test(piece)) out += String(digitValue(pcp));
      else {
        const nfd = piece.normalize('NFD');
        // Accents are stripped from Latin letters only: Cyrillic й or ї keep their marks.
        out += LATIN_BASE.test(nfd) ? nfd.replace(/\p{M}+/gu, '') : piece;
      }
    }
    // "İ" lower-cases to "i" + combining dot: drop marks left on Latin letters.
    out = out.replace(/(?<=[a-z])\p{M}+/gu, '').normalize('NFC');
  }
  if (charCache.size < 65_536) charCache.set(cp, out);
  return out;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

const ASCII = /^[\x00-\x7f]*$/;

function foldCharacters(src: Buffer): Buffer {
  const { text } = src;
  // Plain ASCII only needs lower-casing, which keeps every offset.
  if (ASCII.test(text)) {
    const lower = text.toLowerCase();
    return lower === text ? src : { text: lower, starts: src.starts, ends: src.ends };
  }
  const b = new Builder();
  let plainFrom = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 128 && !(code >= 65 && code <= 90)) {
      i++;
      continue;
    }
    b.copy(src, plainFrom, i);
    const cp = text.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    const start = src.starts[i];
    const end = src.ends[i + len - 1];
    if (code >= 65 && code <= 90) b.push(String.fromCharCode(code + 32), start, end);
    else if (MARK.test(String.fromCodePoint(cp)) && i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) {
      // A combining accent typed after a Latin letter: drop it, as for precomposed letters.
    } else b.push(foldCodePoint(cp), start, end);
    i += len;
    plainFrom = i;
  }
  if (plainFrom === 0) return src;
  b.copy(src, plainFrom, text.length);
  return b.build();
}

const MIXED_TOKEN = /[^\s]*[a-z0-9@][^\s]*/g;
const HAS_CONFUSABLE = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052fıɡɑʟꞵ]/;

function foldConfusables(src: Buffer): Buffer {
  if (!HAS_CONFUSABLE.test(src.text)) return src;
  let changed = false;
  const text = src.text.replace(MIXED_TOKEN, (token) => {
    let out = '';
    for (const ch of token) out += CONFUSABLES.get(ch) ?? ch;
    if (out !== token) changed = true;
    return out;
  });
  // Every confusable maps to exactly one BMP character, so offsets are unchanged.
  return changed ? { text, starts: src.starts, ends: src.ends } : src;
}

let numberWords: Map<string, string> | undefined;

function numberWordTable(): Map<string, string> {
  numberWords ??= buildNumberWords((w) => {
    let out = '';
    for (const ch of w) out += foldCodePoint(ch.codePointAt(0) as number);
    return out;
  });
  return numberWords;
}

// Letters after folding: lower-case Latin (with ß, ł ...), Greek, Cyrillic. Explicit ranges
// avoid the slower /u mode on this hot path.
const LETTERS = 'a-z\\u00df-\\u024f\\u0370-\\u03ff\\u0400-\\u052f';
const WORD = new RegExp(`[${LETTERS}]+`, 'g');

function hasNumberWord(text: string, words: Map<string, string>): boolean {
  for (const m of text.matchAll(WORD)) if (words.has(m[0])) return true;
  return false;
}

const NUMERIC_TOKEN = new RegExp(`[${LETTERS}\\u0300-\\u036f\\u02bc']+|\\d+`, 'g');
const RUN_GAP = /^[\s\-.,/]{1,3}$/;
const TENS_GAP = /^[\s-]{1,2}$/;

interface Token {
  start: number;
  end: number;
  digits: string;
  isWord: boolean;
  tens: boolean;
}

function foldNumberWords(src: Buffer): Buffer {
  const words = numberWordTable();
  const { text } = src;
  if (!hasNumberWord(text, words)) return src;
  const tokens: (Token | null)[] = [];
  for (const m of text.matchAll(NUMERIC_TOKEN)) {
    const raw = m[0];
    const start = m.index as number;
    if (raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57) {
      tokens.push({ start, end: start + raw.length, digits: raw, isWord: false, tens: false });
    } else {
      const digits = words.get(raw);
      tokens.push(digits === undefined ? null : { start, end: start + raw.length, digits, isWord: true, tens: digits.length === 2 && digits[1] === '0' });
    }
  }
  const b = new Builder();
  let copied = 0;
  let k = 0;
  while (k < tokens.length) {
    const first = tokens[k];
    if (!first) {
      k++;
      continue;
    }
    const run: Token[] = [first];
    let j = k + 1;
    while (j < tokens.length) {
      const next = tokens[j];
      const prev = run[run.length - 1];
      if (!next || !RUN_GAP.test(text.slice(prev.end, next.start))) break;
      run.push(next);
      j++;
    }
    // Two or more number words: a lone "on" (Turkish ten) or "un" next to a date is a word.
    if (run.length >= 3 && run.filter((t) => t.isWord).length >= 2) {
      for (let r = 0; r < run.length; r++) {
        const t = run[r];
        if (!t.isWord) continue;
        const unit = run[r + 1];
        b.copy(src, copied, t.start);
        const start = src.starts[t.start];
        if (t.tens && unit?.isWord && unit.digits.length === 1 && TENS_GAP.test(text.slice(t.end, unit.start))) {
          // "twenty three" -> "23"
          b.push(t.digits[0] + unit.digits, start, src.ends[unit.end - 1]);
          copied = unit.end;
          r++;
        } else {
          b.push(t.digits, start, src.ends[t.end - 1]);
          copied = t.end;
        }
      }
    }
    k = j;
  }
  if (copied === 0) return src;
  b.copy(src, copied, text.length);
  return b.build();
}

// Three or more single characters separated by spaces, dashes, dots, underscores or stars.
const SPACED_RUN = /(?<![\p{L}\p{N}@._-])[a-z0-9@](?:[ \-_.*·•]{1,3}[a-z0-9@]){2,}(?![\p{L}\p{N}])/gu;

const UNIT = /[a-z0-9@]/;

function skipGap(text: string, p: number, to: number): number {
  while (p < to && !UNIT.test(text[p])) p++;
  return p;
}

function skipGapBack(text: string, p: number, from: number): number {
  while (p > from && !UNIT.test(text[p - 1])) p--;
  return p;
}

function countUnits(text: string, from: number, to: number): number {
  let n = 0;
  for (let p = from; p < to; p++) if (UNIT.test(text[p])) n++;
  return n;
}

function collapseSpaced(src: Buffer): Buffer {
  const { text } = src;
  SPACED_RUN.lastIndex = 0;
  if (!SPACED_RUN.test(text)) return src;
  SPACED_RUN.lastIndex = 0;
  const b = new Builder();
  let copied = 0;
  for (const m of text.matchAll(SPACED_RUN)) {
    let from = m.index as number;
    let to = from + m[0].length;
    // In a run with digits, plain letters at the edges are words ("é 0 1 1 ...", "a 3 - 5").
    if (/\d/.test(m[0])) {
      while (from < to && /[a-z]/.test(text[from]) && !SWAPS[text[from]]) from = skipGap(text, from + 1, to);
      while (to > from && /[a-z]/.test(text[to - 1]) && !SWAPS[text[to - 1]]) to = skipGapBack(text, to - 1, from);
      if (countUnits(text, from, to) < 3) continue;
    }
    b.copy(src, copied, from);
    let p = from;
    while (p < to) {
      const ch = text[p];
      if (UNIT.test(ch)) {
        b.copy(src, p, p + 1);
        p++;
        continue;
      }
      let q = p;
      while (q < to && !UNIT.test(text[q])) q++;
      const gap = text.slice(p, q);
      // "gmail . com": a spaced dot is the address separator; "5.5.5" dots are padding.
      if (gap.includes('.') && gap.includes(' ')) b.push('.', src.starts[p], src.ends[q - 1]);
      p = q;
    }
    copied = to;
  }
  b.copy(src, copied, text.length);
  return b.build();
}

const SWAPS: Record<string, string> = { o: '0', l: '1', i: '1', s: '5', b: '8', z: '2' };
const ALNUM_TOKEN = /[a-z0-9]+/g;
const DIGIT_GAP = /^[ \-.()/+]{1,3}$/;
const SWAPPABLE_TOKEN = /^[0-9olisbz]+$/;

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function swapLetterDigits(src: Buffer): Buffer {
  const { text } = src;
  if (countDigits(text) < 6) return src;
  const groups: { start: number; end: number; token: string }[][] = [];
  let group: { start: number; end: number; token: string }[] = [];
  for (const m of text.matchAll(ALNUM_TOKEN)) {
    const token = m[0];
    const start = m.index as number;
    const hasDigit = /\d/.test(token);
    const last = group[group.length - 1];
    if (!hasDigit || (last && !DIGIT_GAP.test(text.slice(last.end, start)))) {
      if (group.length) groups.push(group);
      group = [];
    }
    if (hasDigit) group.push({ start, end: start + token.length, token });
  }
  if (group.length) groups.push(group);
  let chars: string[] | undefined;
  for (const g of groups) {
    let digits = 0;
    for (const t of g) for (const ch of t.token) if (ch >= '0' && ch <= '9') digits++;
    if (digits < 6) continue;
    for (const t of g) {
      if (!SWAPPABLE_TOKEN.test(t.token) || /^\d+$/.test(t.token)) continue;
      chars ??= text.split('');
      for (let p = t.start; p < t.end; p++) chars[p] = SWAPS[chars[p]] ?? chars[p];
    }
  }
  return chars ? { text: chars.join(''), starts: src.starts, ends: src.ends } : src;
}

function identity(text: string): Buffer {
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  // A surrogate pair maps as one unit so spans never split it.
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        ends[i] = i + 2;
        starts[i + 1] = i;
      }
    }
  }
  return { text, starts, ends };
}

function tokenSteps(buf: Buffer): Buffer {
  return swapLetterDigits(collapseSpaced(foldNumberWords(buf)));
}

/** Normalises text for detection. Idempotent: normalize(normalize(x).text).text === normalize(x).text. */
export function normalize(original: string): Normalized {
  let buf = foldConfusables(foldCharacters(identity(original)));
  // Token steps can expose new material for each other ("one two 5l234"): repeat them
  // until nothing changes, which is what makes normalisation idempotent.
  for (let round = 0; round < 4; round++) {
    const next = tokenSteps(buf);
    if (next === buf) break;
    buf = foldConfusables(foldCharacters(next));
  }
  const { text, starts, ends } = buf;
  return {
    text,
    map: starts,
    ends,
    toOriginal(start: number, end: number) {
      if (text.length === 0) return { start: 0, end: 0 };
      const s = Math.max(0, Math.min(start, text.length - 1));
      const e = Math.max(s + 1, Math.min(end, text.length));
      return { start: starts[s], end: ends[e - 1] };
    },
  };
}
