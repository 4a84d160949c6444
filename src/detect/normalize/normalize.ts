// Text normalisation for detection, keeping a map back to the user's original characters
// (UTF-16 code units) so that every finding can be shown and masked exactly as typed.
//
// Steps, each mapping every output character to the original range it came from:
//  1. characters: NFKC, invisible characters dropped, lower case, Latin accents stripped,
//     any decimal digit (Arabic-Indic, Devanagari, fullwidth, keycaps ...) -> ASCII;
//  2. confusables: Cyrillic/Greek lookalikes -> Latin inside tokens that mix scripts;
//  3. number words -> digits, in runs of three or more numbers ("five five five 1234");
//  4. spaced/dashed/dotted single characters collapsed ("5 5 5-1 2", "j o h n @ g m a i l");
//  5. letter-for-digit swaps (l->1, o->0 ...) inside digit runs only;
//  6. service names in leetspeak or spelled letter by letter ("wh@ts@pp", "g m 4 i l").
// The pipeline is repeated until it reaches a fixed point, which makes it idempotent.
import { CONFUSABLES } from './confusables.ts';
import { hintedMatches } from './hinted-matches.ts';
import { buildNumberWords, HUNDRED, isSpacelessScript, TENFOLD } from './number-words.ts';

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

// Offset maps are carved out of shared 1 MiB buffers: a new Int32Array of its own costs an
// off-heap allocation and its bookkeeping in the garbage collector, which showed as a tenth
// of normalisation's time. A buffer is freed once no map made from it is referenced (maps
// live as long as one detector call that reads them).
const SLAB_BYTES = 1 << 20;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

/** An uninitialised Int32Array of `length` elements (every element is written before it is read). */
function int32s(length: number): Int32Array {
  const bytes = length * 4;
  if (bytes > SLAB_BYTES >> 2) return new Int32Array(length);
  if (slabUsed + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabUsed = 0;
  }
  const out = new Int32Array(slab, slabUsed, length);
  slabUsed += bytes;
  return out;
}

/** Accumulates output text with its offset map in typed arrays that grow by doubling. */
class Builder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private n = 0;

  constructor(capacity: number) {
    this.starts = int32s(Math.max(16, capacity));
    this.ends = int32s(Math.max(16, capacity));
  }

  private reserve(extra: number): void {
    if (this.n + extra <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.n + extra);
    const starts = int32s(size);
    const ends = int32s(size);
    starts.set(this.starts.subarray(0, this.n));
    ends.set(this.ends.subarray(0, this.n));
    this.starts = starts;
    this.ends = ends;
  }

  push(chars: string, start: number, end: number): void {
    this.reserve(chars.length);
    this.parts.push(chars);
    for (let k = 0; k < chars.length; k++) {
      this.starts[this.n] = start;
      this.ends[this.n++] = end;
    }
  }

  /** Copies a slice of a buffer unchanged. */
  copy(buf: Buffer, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.parts.push(buf.text.slice(from, to));
    if (to - from < 32) {
      // Short slices (single characters of a spaced run): a loop beats two subarray views.
      for (let k = from; k < to; k++) {
        this.starts[this.n] = buf.starts[k];
        this.ends[this.n++] = buf.ends[k];
      }
      return;
    }
    this.starts.set(buf.starts.subarray(from, to), this.n);
    this.ends.set(buf.ends.subarray(from, to), this.n);
    this.n += to - from;
  }

  /** Copies a slice of ASCII and self-folding characters, lower-cased (which keeps its length). */
  copyLower(buf: Buffer, from: number, to: number): void {
    if (to <= from) return;
    this.copy(buf, from, to);
    const last = this.parts.length - 1;
    this.parts[last] = this.parts[last].toLowerCase();
  }

  build(): Buffer {
    return { text: this.parts.join(''), starts: this.starts.subarray(0, this.n), ends: this.ends.subarray(0, this.n) };
  }
}

const INVISIBLE = /^(?:[\p{Default_Ignorable_Code_Point}\p{Cf}]|\u20E3)$/u;
const DECIMAL = /^\p{Nd}$/u;
const MARK = /^\p{M}$/u;
const LATIN_BASE = /^[a-z]/;
// Greek is typed without the tonos as often as with it, and capitals carry none ("ΣΤΕΙΛΕ ΜΟΥ ΤΟ
// ΚΙΝΗΤΟ"): its accents and diaeresis are stripped like Latin ones, so that one spelling of each
// word list entry matches every way it is typed. Final sigma stays (lower-casing produces it).
const GREEK_BASE = /^[\u03b1-\u03c9]/;
const KEYCAP_TEN = 0x1f51f;

function digitValue(cp: number): number {
  // Unicode encodes each set of decimal digits as ten consecutive code points 0..9, and a few
  // sets follow one another with no gap (Myanmar Extended-C's two sets, U+116D0-116E3): the
  // digit is the distance from the start of the whole run, modulo ten.
  let start = cp;
  while (cp - start < 60 && DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

const charCache = new Map<number, string>();

/** Normal form of one code point (may be empty or several characters). */
function foldCodePoint(cp: number): string {
  const cached = charCache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let out = '';
  if (cp === KEYCAP_TEN) out = '10';
  // Blank-looking characters that are not Unicode white space (Braille blank U+2800, the
  // Hangul fillers are default-ignorable and dropped below): typed to split numbers.
  else if (cp === 0x2800) out = ' ';
  // Vietnamese and Croatian đ/Đ have no decomposition (NFD keeps them whole), so the accent
  // stripping below would keep them: folded to d like every other marked Latin d.
  else if (cp === 0x111 || cp === 0x110) out = 'd';
  // The typographic apostrophe (U+2019, what phones' smart punctuation types for "'") and the
  // modifier letter apostrophe (U+02BC) are the ASCII apostrophe every word list is written
  // with: "don’t", "I’ll", "п’ять" read as "don't", "i'll", "п'ять".
  // Uzbek writes its oʻ and gʻ with the turned comma U+02BB ("toʻrt", "qoʻngʻiroq"), typed as an apostrophe too.
  else if (cp === 0x2019 || cp === 0x2bc || cp === 0x2bb) out = "'";
  else if (!INVISIBLE.test(ch)) {
    for (const piece of ch.normalize('NFKC').toLowerCase()) {
      const pcp = piece.codePointAt(0) as number;
      if (INVISIBLE.test(piece)) continue;
      if (pcp < 128) out += piece;
      else if (DECIMAL.test(piece)) out += String(digitValue(pcp));
      else {
        const nfd = piece.normalize('NFD');
        // Accents are stripped from Latin and Greek letters only: Cyrillic й or ї keep their marks.
        out += LATIN_BASE.test(nfd) || GREEK_BASE.test(nfd) ? nfd.replace(/\p{M}+/gu, '') : piece;
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

// Per BMP code point: 0 not yet known, 1 folds to itself (and is no combining mark), 2 other,
// 3 combining mark. Text that is already folded (most non-Latin prose, and every later round)
// is then copied in slices instead of character by character.
const SELF = 1;
const COMBINING = 3;
const charKind = new Uint8Array(0x10000);

function kindOf(code: number): number {
  const ch = String.fromCharCode(code);
  if (MARK.test(ch)) return COMBINING;
  return foldCodePoint(code) !== ch || ch.toLowerCase() !== ch ? 2 : SELF;
}

function foldCharacters(src: Buffer): Buffer {
  const { text } = src;
  // Plain ASCII only needs lower-casing, which keeps every offset.
  if (ASCII.test(text)) {
    const lower = text.toLowerCase();
    return lower === text ? src : { text: lower, starts: src.starts, ends: src.ends };
  }
  // ASCII and characters that fold to themselves are copied in lower-cased slices; the rest
  // one by one.
  let b: Builder | undefined;
  let plainFrom = 0;
  let i = 0;
  // Index just past the last character whose fold ended in a Latin letter ("𝐀" → "a"): a
  // combining mark there is dropped as after a typed Latin letter, so a second round (which
  // sees "a") changes nothing. Without it normalisation was not idempotent.
  let latinFoldEnd = -1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      i++;
      continue;
    }
    // Astral and lone surrogate characters have no cached kind.
    let kind = 0;
    if (code < 0xd800 || code > 0xdfff) {
      kind = charKind[code];
      if (kind === 0) kind = charKind[code] = kindOf(code);
      if (kind === SELF) {
        i++;
        continue;
      }
    }
    b ??= new Builder(text.length + 8);
    b.copyLower(src, plainFrom, i);
    const cp = text.codePointAt(i) as number;
    const len = cp > 0xffff ? 2 : 1;
    const start = src.starts[i];
    const end = src.ends[i + len - 1];
    const mark = kind === 0 ? MARK.test(String.fromCodePoint(cp)) : kind === COMBINING;
    if (mark && i > 0 && (isAsciiLetter(text.charCodeAt(i - 1)) || latinFoldEnd === i)) {
      // A combining accent typed after a Latin letter: drop it, as for precomposed letters.
      latinFoldEnd = i + len;
    } else {
      const folded = foldCodePoint(cp);
      b.push(folded, start, end);
      if (folded.length > 0 && isAsciiLetter(folded.charCodeAt(folded.length - 1))) latinFoldEnd = i + len;
    }
    i += len;
    plainFrom = i;
  }
  if (!b) {
    const lower = text.toLowerCase();
    return lower === text ? src : { text: lower, starts: src.starts, ends: src.ends };
  }
  b.copyLower(src, plainFrom, text.length);
  return b.build();
}

const CONFUSABLE = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052fıɡɑʟꞵ]/g;
const LATIN_OR_DIGIT = /[a-z0-9@]/;

// foldConfusables walks every token around a look-alike character by character: char-code
// tests in place of one-character regular expressions (/\s/ ran some 180,000 times per pass
// over the bench mix, each a call into the regexp engine).

/** LATIN_OR_DIGIT.test(text.slice(from, to)). */
function hasLatinOrDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64) return true;
  }
  return false;
}

/** The characters that set a part off inside a token: ( ) [ ] { } < > " ' « » , ; : */
function isPartBreak(c: number): boolean {
  return (
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 123 ||
    c === 125 ||
    c === 60 ||
    c === 62 ||
    c === 34 ||
    c === 39 ||
    c === 0xab ||
    c === 0xbb ||
    c === 44 ||
    c === 59 ||
    c === 58
  );
}

// A hyphenated segment of three or more letters of one non-Latin script ("Telegram-бот",
// "Viber-бота", "Zoom-звонок") is a word of that language joined to a brand name, kept as written;
// segments holding a Latin letter or a digit ("іvаn-рetrov", "9О5") are folded as before.
const NATIVE_SEGMENT = /^[\u0370-\u03ff\u0400-\u052f]{3,}$/;

function foldPart(part: string): string {
  const segments = part.split('-');
  for (let n = 0; n < segments.length; n++) {
    const segment = segments[n];
    if (NATIVE_SEGMENT.test(segment)) continue;
    let folded = '';
    for (let k = 0; k < segment.length; k++) folded += CONFUSABLES.get(segment[k]) ?? segment[k];
    segments[n] = folded;
  }
  return segments.join('-');
}

/** Folds look-alike letters inside whitespace-delimited tokens that also hold Latin letters or digits. */
function foldConfusables(src: Buffer): Buffer {
  const { text } = src;
  CONFUSABLE.lastIndex = 0;
  let out: string[] | undefined;
  let copied = 0;
  for (let m = CONFUSABLE.exec(text); m !== null; m = CONFUSABLE.exec(text)) {
    let from = m.index;
    let to = from + 1;
    while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
    while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
    CONFUSABLE.lastIndex = to;
    if (!hasLatinOrDigit(text, from, to)) continue;
    const token = text.slice(from, to);
    let folded = '';
    // Every confusable is one BMP character mapped to one: offsets are unchanged. A part of the
    // token set off by brackets, quotes or commas that holds no Latin letter or digit is a word
    // of its own script ("v0lk0v(собака)mail.ru": the Russian word for "at"), kept as written.
    for (let a = 0; a < token.length; ) {
      let b = a;
      while (b < token.length && !isPartBreak(token.charCodeAt(b))) b++;
      const part = token.slice(a, b);
      if (hasLatinOrDigit(token, a, b)) folded += foldPart(part);
      else folded += part;
      if (b < token.length) folded += token[b];
      a = b + 1;
    }
    if (folded === token) continue;
    out ??= [];
    out.push(text.slice(copied, from), folded);
    copied = to;
  }
  if (!out) return src;
  out.push(text.slice(copied));
  return { text: out.join(''), starts: src.starts, ends: src.ends };
}

let numberWords: Map<string, string> | undefined;
// Six one-character digit words of a spaceless script in a row (공일공일이삼, 〇九〇一二三):
// shorter runs are ordinary words (이 "this", 一 "one").
let spacelessRunRe = /$^/;
// The same run with every character of those words as a class: it matches wherever
// spacelessRunRe does, and a class loop scans far faster than an alternation of words.
let spacelessHintRe = /$^/;
/** Spaceless-script number words by first character, longest first. */
const spacelessByFirst = new Map<number, string[]>();
const SPACELESS_RUN = 6;
// Hashes of the number words, computed while scanning, so that only words whose hash is
// known are cut out of the text and looked up.
const wordHashes = new Set<number>();
// The same hashes as a bitmap on their low 18 bits (32 KiB): most words of a text are no
// number word, and one bit read rejects them before the Set is asked.
const HASH_FILTER_BITS = 18;
const hashFilter = new Uint8Array(1 << (HASH_FILTER_BITS - 3));
const HASH_FILTER_MASK = (1 << HASH_FILTER_BITS) - 1;

function mayBeNumberWord(h: number): boolean {
  const bit = h & HASH_FILTER_MASK;
  return (hashFilter[bit >> 3] & (1 << (bit & 7))) !== 0;
}

// Kept to 30 bits, as in word-finder.ts: a small integer is looked up in a Set without being
// boxed (full 32-bit values are heap numbers there, allocated and hashed on every word).
function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) & 0x3fffffff;
}

function numberWordTable(): Map<string, string> {
  if (!numberWords) {
    numberWords = buildNumberWords((w) => {
      let out = '';
      for (const ch of w) out += foldCodePoint(ch.codePointAt(0) as number);
      return out;
    });
    // Text folds look-alikes inside tokens that also hold Latin letters ("altı" -> "alti"):
    // such words must be found in both forms.
    for (const [word, digits] of [...numberWords]) {
      if (!LATIN_OR_DIGIT.test(word)) continue;
      let folded = '';
      for (let k = 0; k < word.length; k++) folded += CONFUSABLES.get(word[k]) ?? word[k];
      if (!numberWords.has(folded)) numberWords.set(folded, digits);
    }
    const known = [...numberWords.keys()];
    // Words of scripts written without spaces, longest first: one character (一, 일) or several (ศูนย์).
    const spacelessWords = known.filter((w) => isSpacelessScript(w.charCodeAt(0))).sort((a, b) => b.length - a.length);
    for (const w of spacelessWords) spacelessByFirst.set(w.charCodeAt(0), [...(spacelessByFirst.get(w.charCodeAt(0)) ?? []), w]);
    const any = `(?:${spacelessWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
    const gap = '[\\s.,/\\u30fb\\u3001\\u306e-]{0,3}';
    spacelessRunRe = new RegExp(`${any}(?:${gap}${any}){${SPACELESS_RUN - 1}}`, 'u');
    const chars = [...new Set(spacelessWords.join(''))].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    spacelessHintRe = new RegExp(`[${chars}](?:${gap}[${chars}]){${SPACELESS_RUN - 1}}`);
    for (const w of numberWords.keys()) {
      let h = 0;
      for (let k = 0; k < w.length; k++) h = hashStep(h, w.charCodeAt(k));
      wordHashes.add(h);
      const bit = h & HASH_FILTER_MASK;
      hashFilter[bit >> 3] |= 1 << (bit & 7);
    }
  }
  return numberWords;
}

// Letters after folding: lower-case Latin (with ß, ł ...), Greek, Cyrillic, Hebrew, Arabic,
// Devanagari, Bengali and the other Indic scripts up to Sinhala (their vowel signs included),
// Armenian, Georgian, Ethiopic. Char-code tests instead of regexes: this
// runs over every character of every message.
function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    // Latin to the IPA letters Azerbaijani ə and Hausa ɗ, ɓ are (U+0259, U+0257, U+0253).
    (c >= 0xdf && c <= 0x2af) ||
    (c >= 0x370 && c <= 0x52f) ||
    (c >= 0x590 && c <= 0x6ff && !isArabicPunctuation(c)) ||
    (c >= 0x900 && c <= 0xdff) ||
    // Armenian, Georgian, Ethiopic (its punctuation, from U+1360, excluded): scripts that put
    // spaces between words.
    (c >= 0x531 && c <= 0x58f) ||
    (c >= 0x10a0 && c <= 0x10ff) ||
    (c >= 0x1200 && c <= 0x135f) ||
    // Lao, Myanmar, Khmer letters and marks (their digits excluded): spaceless scripts whose
    // number words are still dictated with spaces between them as often as without.
    (c >= 0x0e81 && c <= 0x0ecf) ||
    (c >= 0x1000 && c <= 0x103f) ||
    (c >= 0x1050 && c <= 0x108f) ||
    (c >= 0x1780 && c <= 0x17dd)
  );
}

/** Arabic-script comma, semicolon, question mark, percent and thousands signs, Urdu full stop. */
export function isArabicPunctuation(c: number): boolean {
  return c === 0x60c || c === 0x61b || c === 0x61f || (c >= 0x66a && c <= 0x66d) || c === 0x6d4;
}

/** Letters plus what may sit inside a spelled number: combining marks, apostrophes ("п'ять"). */
function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 0x300 && c <= 0x36f) || c === 0x2bc || c === 39;
}

// isWordChar of every UTF-16 code unit, read once at load: the number-word scan classifies
// every character of every text, and a table read beats the chain of range tests.
const WORD_CHAR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) WORD_CHAR[c] = isWordChar(c) ? 1 : 0;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether number words can fold here: a spaceless script spells a run of digits (only possible
 * outside ASCII, so plain text skips that pattern), or some whole word of letters is a number
 * word and there are two number tokens (most texts have at most one, "on", "un", and stop).
 */
function mayHoldNumberWords(text: string, words: Map<string, string>): boolean {
  if (!ASCII.test(text) && spacelessHintRe.test(text) && spacelessRunRe.test(text)) return true;
  // Two whole tokens that are number words (hashed while scanning; only a known hash is cut
  // out and looked up): a superset of what the runs below need, read in one pass.
  let found = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    if (WORD_CHAR[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    for (; i < length; i++) {
      const w = text.charCodeAt(i);
      if (WORD_CHAR[w] === 0) break;
      h = hashStep(h, w);
    }
    if (mayBeNumberWord(h) && wordHashes.has(h) && words.has(text.slice(start, i)) && ++found === 2) return true;
  }
  return false;
}

/** The values number-words.ts gives "double" and "triple" said before a digit: how often it repeats. */
const REPEATS: Record<string, number> = { x2: 2, x3: 3 };

/** Between two numbers of a run: one to three spaces, dashes (also – and —), dots, commas (also ،), slashes, ・, 、 or の. */
function isRunGap(text: string, from: number, to: number): boolean {
  if (isAndGap(text, from, to)) return true;
  if (to - from < 1 || to - from > 3) return false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    // ・ and 、 separate groups in Japanese and Chinese.
    // の reads a dash aloud in Japanese numbers ("〇九〇の一二三四").
    // ، is the Arabic-script comma, ፣ the Ethiopic one.
    if (
      !(
        isSpace(c) ||
        c === 45 ||
        c === 0x2013 ||
        c === 0x2014 ||
        c === 46 ||
        c === 44 ||
        c === 47 ||
        c === 0x30fb ||
        c === 0x3001 ||
        c === 0x306e ||
        c === 0x60c ||
        c === 0x1363
      )
    )
      return false;
  }
  return true;
}

// "and" between the parts of a spoken number: Spanish "treinta y cuatro", Portuguese "trinta e
// quatro", Persian and Arabic "شصت و هفت", French "vingt et un", "soixante et onze" (CLDR
// spell-out rules of es, pt, fa, ar, fr: "←← et un" for 21-71); Romanian "douăzeci și trei"
// (folded "si"), Bulgarian and Serbian "двадесет и три" / "dvadeset i tri", Swahili "ishirini na
// tatu" (CLDR ro, bg, sr, sr-Latn: "[ și →→]", "[ и →→]", "[ i →→]"; sw: "[ na →→]").
const NUMBER_AND = new Set(['y', 'e', '\u0648', 'et', 'si', '\u0438', 'i', 'na']);

/** " y ", " e ", " و " between two numbers; French also hyphenates it ("vingt-et-un", "soixante-et-onze", 1990 spelling). */
function isAndGap(text: string, from: number, to: number): boolean {
  if (to - from < 3 || to - from > 5) return false;
  const first = text.charCodeAt(from);
  const last = text.charCodeAt(to - 1);
  if (first === 45 && last === 45) return text.slice(from + 1, to - 1) === 'et';
  const inner = text.slice(from, to).trim();
  return NUMBER_AND.has(inner) && isSpace(first) && isSpace(last);
}

/** Between tens and units ("twenty three", "vingt-trois", "treinta y cuatro"): one or two spaces or dashes, or "and". */
function isTensGap(text: string, from: number, to: number): boolean {
  if (isAndGap(text, from, to)) return true;
  if (to - from < 1 || to - from > 2) return false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (!(isSpace(c) || c === 45)) return false;
  }
  return true;
}

interface Token {
  start: number;
  end: number;
  digits: string;
  isWord: boolean;
  tens: boolean;
  /** One character of a script written without spaces (Han, kana, Hangul). */
  spaceless: boolean;
}

/**
 * A spoken number of hundreds starting at run[r]: a hundreds word ("двести", "pięćset") or a
 * unit and the word for hundred ("five hundred", "beş yüz"), then optional tens and units.
 * Returns its digits and the index of its last token, or null.
 */
function readHundreds(text: string, run: Token[], r: number): { digits: string; last: number } | null {
  const t = run[r];
  const next = (k: number) => (k < run.length && run[k].isWord && isTensGap(text, run[k - 1].end, run[k].start) ? run[k] : undefined);
  let value: number;
  let last = r;
  const after = next(r + 1);
  if (t.digits.length === 1 && t.digits !== '0' && after?.digits === HUNDRED) {
    value = Number(t.digits) * 100;
    last = r + 1;
  } else if (t.digits.length === 3 && t.digits.endsWith('00')) value = Number(t.digits);
  else return null;
  const tens = next(last + 1);
  if (tens && tens.digits.length === 2) {
    value += Number(tens.digits);
    last++;
    const unit = next(last + 1);
    if (tens.tens && unit && unit.digits.length === 1 && unit.digits !== '0') {
      value += Number(unit.digits);
      last++;
    }
  } else if (tens && tens.digits.length === 1 && tens.digits !== '0') {
    const fold = tenfold(text, run, last + 1);
    value += fold ? fold.value : Number(tens.digits);
    last = fold ? fold.last : last + 1;
  }
  return { digits: String(value), last };
}

/**
 * A Malay tens said as a unit and "puluh" at run[k] ("tujuh puluh" 70, "tujuh puluh lima" 75): its
 * value and last token index, or null.
 */
function tenfold(text: string, run: Token[], k: number): { value: number; last: number } | null {
  const t = run[k];
  const times = run[k + 1];
  if (!t?.isWord || t.digits.length !== 1 || t.digits === '0' || times?.digits !== TENFOLD || !isTensGap(text, t.end, times.start)) return null;
  const unit = run[k + 2];
  if (unit?.isWord && unit.digits.length === 1 && unit.digits !== '0' && isTensGap(text, times.end, unit.start))
    return { value: Number(t.digits) * 10 + Number(unit.digits), last: k + 2 };
  return { value: Number(t.digits) * 10, last: k + 1 };
}

/**
 * A French 10-19 at run[k] right after the previous token: a teen word ("treize") or "dix" and
 * a unit ("dix-sept"). Its value and last token index, or null.
 */
function frenchTeen(text: string, run: Token[], k: number): { value: number; last: number } | null {
  const t = run[k];
  if (!t?.isWord || !isTensGap(text, run[k - 1].end, t.start)) return null;
  const v = Number(t.digits);
  if (t.digits.length !== 2 || v < 10 || v > 19) return null;
  const unit = run[k + 1];
  if (v === 10 && unit?.isWord && unit.digits.length === 1 && unit.digits !== '0' && isTensGap(text, t.end, unit.start))
    return { value: 10 + Number(unit.digits), last: k + 1 };
  return { value: v, last: k };
}

/** Whether a kana number word starts at `at` ("ごろく": ご is a digit when another follows). */
function startsKanaWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0x3040 && c <= 0x30ff && (spacelessByFirst.get(c)?.some((w) => text.startsWith(w, at)) ?? false);
}

/**
 * The spaceless number word at `at`, longest first; in kana a longer word only where the run
 * goes on after it ("にいさん" is にい+さん, "にいち" is に+いち: "にい" would leave "ち").
 */
function spacelessWordAt(text: string, at: number, c: number): string | undefined {
  const candidates = spacelessByFirst.get(c);
  if (!candidates) return undefined;
  let first: string | undefined;
  for (const w of candidates) {
    if (!text.startsWith(w, at)) continue;
    first ??= w;
    const next = text.charCodeAt(at + w.length);
    if (!(next >= 0x3040 && next <= 0x30ff) || startsKanaWord(text, at + w.length)) return w;
  }
  return first;
}

function foldNumberWords(src: Buffer): Buffer {
  const words = numberWordTable();
  const { text } = src;
  if (!mayHoldNumberWords(text, words)) return src;
  let b: Builder | undefined;
  let copied = 0;
  // Two or more number words among three or more numbers: a lone "on" (Turkish ten) or "un"
  // next to a date is a word.
  const flush = (run: Token[]) => {
    if (run.length < 3 || run.filter((t) => t.isWord).length < 2) return;
    if (run.filter((t) => t.spaceless).length > 0 && run.length < SPACELESS_RUN) return;
    b ??= new Builder(text.length);
    for (let r = 0; r < run.length; r++) {
      const t = run[r];
      // "four one five, seven three one": commas between dictated groups become spaces, so
      // that the digits read as one number.
      const gapFrom = r > 0 ? run[r - 1].end : t.start;
      const gapText = text.slice(gapFrom, t.start);
      if (gapText.includes(',') || gapText.includes('\u060c') || gapText.includes('\u1363')) {
        b.copy(src, copied, gapFrom);
        b.push(' ', src.starts[gapFrom], src.ends[t.start - 1]);
        copied = t.start;
      } else if (gapText === '-' && t.isWord && run[r - 1].isWord && t.digits.length === 1 && run[r - 1].digits.length === 1) {
        // "sieben-drei / zwei-acht": two digit words joined by a hyphen are one dictated group ("73").
        b.copy(src, copied, gapFrom);
        copied = t.start;
      }
      if (!t.isWord) continue;
      const unit = run[r + 1];
      b.copy(src, copied, t.start);
      const start = src.starts[t.start];
      const hundreds = readHundreds(text, run, r);
      if (hundreds) {
        // "сто двадцать три" -> "123", "beş yüz otuz iki" -> "532"
        b.push(hundreds.digits, start, src.ends[run[hundreds.last].end - 1]);
        copied = run[hundreds.last].end;
        r = hundreds.last;
      } else if (t.digits === '4' && unit?.isWord && unit.digits === '20' && isTensGap(text, t.end, unit.start)) {
        // French "quatre-vingt(s)" (80), then a unit or a teen: "quatre-vingt-onze" -> "91".
        const rest = run[r + 2];
        const teen = frenchTeen(text, run, r + 2);
        if (teen) {
          b.push(String(80 + teen.value), start, src.ends[run[teen.last].end - 1]);
          copied = run[teen.last].end;
          r = teen.last;
        } else if (rest?.isWord && rest.digits.length === 1 && rest.digits !== '0' && isTensGap(text, unit.end, rest.start)) {
          b.push(String(80 + Number(rest.digits)), start, src.ends[rest.end - 1]);
          copied = rest.end;
          r += 2;
        } else {
          b.push('80', start, src.ends[unit.end - 1]);
          copied = unit.end;
          r++;
        }
      } else if (t.digits === '60' && frenchTeen(text, run, r + 1)) {
        // French "soixante-treize" (60 + 13), "soixante-dix-sept" (60 + 17).
        const teen = frenchTeen(text, run, r + 1) as { value: number; last: number };
        b.push(String(60 + teen.value), start, src.ends[run[teen.last].end - 1]);
        copied = run[teen.last].end;
        r = teen.last;
      } else if (t.tens && unit?.isWord && unit.digits.length === 1 && isTensGap(text, t.end, unit.start)) {
        // "twenty three" -> "23"
        b.push(t.digits[0] + unit.digits, start, src.ends[unit.end - 1]);
        copied = unit.end;
        r++;
      } else if (tenfold(text, run, r)) {
        // Malay "tujuh puluh lima" -> "75"
        const fold = tenfold(text, run, r) as { value: number; last: number };
        b.push(String(fold.value), start, src.ends[run[fold.last].end - 1]);
        copied = run[fold.last].end;
        r = fold.last;
      } else if (t.digits === TENFOLD) {
        // "puluh" after no unit stays the word.
        b.copy(src, copied, t.end);
        copied = t.end;
      } else if (t.digits in REPEATS) {
        // "double six" -> "66", "triple oh" -> "000"; alone it stays the word.
        if (unit && unit.digits.length === 1 && isTensGap(text, t.end, unit.start)) {
          b.push(unit.digits.repeat(REPEATS[t.digits]), start, src.ends[unit.end - 1]);
          copied = unit.end;
          r++;
        } else {
          b.copy(src, copied, t.end);
          copied = t.end;
        }
      } else {
        b.push(t.digits, start, src.ends[t.end - 1]);
        copied = t.end;
      }
    }
  };
  // Runs: numbers (digits or number words) one after another, separated by short gaps.
  let run: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const digit = isDigit(c);
    const spaceless = !digit && isSpacelessScript(c);
    if (!digit && !spaceless && WORD_CHAR[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let value: string | undefined;
    if (spaceless) {
      const word = spacelessWordAt(text, start, c);
      i += word ? word.length : 1;
      value = word ? words.get(word) : undefined;
    } else if (digit) {
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      value = text.slice(start, i);
    } else {
      let h = 0;
      for (let w = text.charCodeAt(i); i < text.length && WORD_CHAR[w] === 1; w = text.charCodeAt(++i)) h = hashStep(h, w);
      if (mayBeNumberWord(h) && wordHashes.has(h)) value = words.get(text.slice(start, i));
    }
    if (value === undefined && run.length > 0 && i - start <= 2 && NUMBER_AND.has(text.slice(start, i))) continue;
    if (value === undefined) {
      // Most words end no run: no new array for them.
      if (run.length > 0) {
        flush(run);
        run = [];
      }
      continue;
    }
    const token: Token = { start, end: i, digits: value, isWord: !digit, tens: !digit && !spaceless && value.length === 2 && value[1] === '0', spaceless };
    const prev = run[run.length - 1];
    // Digit characters of spaceless scripts follow each other with no gap. A one-kana digit
    // word (に, ご, し, く are also particles: "五六七八 に電話") joins only a word it touches.
    const particle = i - start === 1 && c >= 0x3040 && c <= 0x309f && !startsKanaWord(text, i);
    if (prev && ((!particle && isRunGap(text, prev.end, start)) || (prev.end === start && (spaceless || prev.spaceless)))) run.push(token);
    else {
      flush(run);
      run = [token];
    }
  }
  flush(run);
  if (!b) return src;
  b.copy(src, copied, text.length);
  return b.build();
}

// Three or more single characters separated by spaces, dashes, dots, underscores or stars
// (sticky: tried only where SPACED_HINT_ALL matches).
const SPACED_RUN_AT = /(?<![\p{L}\p{N}@._-])[a-z0-9@](?:[ \-_.*·•]{1,3}[a-z0-9@]){2,}(?![\p{L}\p{N}])/uy;
// SPACED_RUN_AT without Unicode mode, with ASCII-only edges: it matches wherever SPACED_RUN_AT does
// (its edges are weaker: an ASCII letter, digit or "@" is a letter or number in Unicode mode)
// and is far cheaper to scan with, so the Unicode-mode pattern runs only at its matches.
const SPACED_HINT_ALL = /(?<![a-z0-9@._-])[a-z0-9@](?:[ \-_.*·•]{1,3}[a-z0-9@]){2,}(?![a-z0-9])/g;

/** [a-z0-9@] */
function isUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

function skipGap(text: string, p: number, to: number): number {
  while (p < to && !isUnit(text.charCodeAt(p))) p++;
  return p;
}

function skipGapBack(text: string, p: number, from: number): number {
  while (p > from && !isUnit(text.charCodeAt(p - 1))) p--;
  return p;
}

function countUnits(text: string, from: number, to: number): number {
  let n = 0;
  for (let p = from; p < to; p++) if (isUnit(text.charCodeAt(p))) n++;
  return n;
}

/** Plain letters (no digit stand-ins) in a row at one edge of a spaced run: from `at` forwards (dir 1) or backwards (-1). */
function edgeLetters(text: string, at: number, end: number, dir: 1 | -1): number {
  let n = 0;
  let p = dir === 1 ? at : at - 1;
  while (dir === 1 ? p < end : p >= end) {
    const c = text.charCodeAt(p);
    if (isUnit(c)) {
      if (!isLowerAscii(c) || SWAPS[text[p]]) break;
      n++;
    }
    p += dir;
  }
  return n;
}

/** Whether text[from, to) holds a lower-case letter that is no digit stand-in. */
function plainLetterIn(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (isLowerAscii(text.charCodeAt(p)) && !SWAPS[text[p]]) return true;
  return false;
}

function collapseSpaced(src: Buffer): Buffer {
  const { text } = src;
  // SPACED_RUN_AT is tried only where SPACED_HINT_ALL matches (hintedMatches): one scan of the cheap
  // pattern instead of two Unicode-mode scans of the text from the hint's first match on.
  const runs = hintedMatches(text, SPACED_HINT_ALL, SPACED_RUN_AT);
  if (runs.length === 0) return src;
  const b = new Builder(text.length);
  let copied = 0;
  for (const m of runs) {
    let from = m.index as number;
    let to = from + m[0].length;
    // In a run with digits, one or two plain letters at an edge are words ("é 0 1 1 ...",
    // "a 3 - 5"); three or more are a name spelled letter by letter ("m a r k o 9 1"), kept whole
    // so that the handle is one word and its mask leaves no letter of it visible.
    // Plain letters among the digits ("m 4 r k 0 5", "j o n a s 8 8") also make it a spelled name.
    if (/\d/.test(m[0])) {
      let f = from;
      let t = to;
      // A letter right after an apostrophe ends a contraction ("it's 4 1 5", "that's 9 …"): the
      // word before it, never a spaced digit.
      if (isLowerAscii(text.charCodeAt(f)) && (text[f - 1] === "'" || text[f - 1] === '\u2019')) f = skipGap(text, f + 1, t);
      if (edgeLetters(text, from, to, 1) < 3) while (f < t && isLowerAscii(text.charCodeAt(f)) && !SWAPS[text[f]]) f = skipGap(text, f + 1, t);
      if (edgeLetters(text, to, from, -1) < 3) while (t > f && isLowerAscii(text.charCodeAt(t - 1)) && !SWAPS[text[t - 1]]) t = skipGapBack(text, t - 1, f);
      if (!plainLetterIn(text, f, t)) {
        from = f;
        to = t;
      }
      if (countUnits(text, from, to) < 3) continue;
    }
    b.copy(src, copied, from);
    let p = from;
    while (p < to) {
      if (isUnit(text.charCodeAt(p))) {
        b.copy(src, p, p + 1);
        p++;
        continue;
      }
      let q = p;
      while (q < to && !isUnit(text.charCodeAt(q))) q++;
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

/**
 * Whether text[from, to) (a non-empty token) is made only of digits and look-alike letters and
 * holds a letter: `/^[0-9olisbz]+$/` and not `/^\d+$/`, read without cutting the token out
 * (every token of every digit group was tested, some 28,000 regexp calls per bench pass).
 */
function swappableToken(text: string, from: number, to: number): boolean {
  let letter = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) continue;
    // o l i s b z
    if (c === 111 || c === 108 || c === 105 || c === 115 || c === 98 || c === 122) letter = true;
    else return false;
  }
  return letter;
}
// A token of digits and look-alike letters that holds both has a letter next to a digit:
// without one, there is nothing to swap.
const LETTER_BY_DIGIT = /[olisbz]\d|\d[olisbz]/;

/** ASCII digits in a text (both the normaliser and the contact detector count them). */
export function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

// The last whole text counted by digitsIn, and its count.
let countedText = '';
let countedDigits = 0;

/**
 * countDigits of a whole text that several steps read in turn: two token steps of each
 * normalisation round, then the phone, reversed-number and payment finders on the final text
 * (the same string object, so the comparison is a pointer test). Counting it once instead of
 * five or six times saved about 4 % of the contact detector's time on the bench mix.
 */
export function digitsIn(text: string): number {
  if (text !== countedText) {
    countedDigits = countDigits(text);
    countedText = text;
  }
  return countedDigits;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Between two parts of one number: one to three spaces, dashes, dots, brackets, slashes or pluses. */
function isDigitGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (!(c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 47 || c === 43)) return false;
  }
  return true;
}

/**
 * Groups: alphanumeric tokens that hold a digit, one after another with short separators.
 * In a group of six or more digits, tokens made only of digits and look-alike letters
 * ("79ll", "l23") get the letters swapped for digits.
 */
function swapLetterDigits(src: Buffer): Buffer {
  const { text } = src;
  if (digitsIn(text) < 6 || !LETTER_BY_DIGIT.test(text)) return src;
  const out: string[] = [];
  let copied = 0;
  // Token bounds of the current group, as start, end pairs in group[0 .. size).
  const group: number[] = [];
  let size = 0;
  let groupDigits = 0;
  const close = () => {
    if (groupDigits >= 6) {
      for (let g = 0; g < size; g += 2) {
        if (!swappableToken(text, group[g], group[g + 1])) continue;
        const token = text.slice(group[g], group[g + 1]);
        let swapped = '';
        for (const ch of token) swapped += SWAPS[ch] ?? ch;
        out.push(text.slice(copied, group[g]), swapped);
        copied = group[g + 1];
      }
    }
    size = 0;
    groupDigits = 0;
  };
  let i = 0;
  while (i < text.length) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
      else if (!(c >= 97 && c <= 122)) break;
    }
    if (digits === 0 || (size > 0 && !isDigitGap(text, group[size - 1], start))) close();
    if (digits > 0) {
      group[size++] = start;
      group[size++] = i;
      groupDigits += digits;
    }
  }
  close();
  if (out.length === 0) return src;
  out.push(text.slice(copied));
  return { text: out.join(''), starts: src.starts, ends: src.ends };
}

const SURROGATE = /[\ud800-\udbff]/;

// 0, 1, 2 ...: the identity map is a copy of a slice of it, which is a block copy.
let iota = new Int32Array(0);

function identity(text: string): Buffer {
  if (iota.length <= text.length) {
    iota = new Int32Array(Math.max(1024, 2 * (text.length + 1)));
    for (let i = 0; i < iota.length; i++) iota[i] = i;
  }
  // Views of the shared table (never written through: every step builds new arrays); copies
  // only when a surrogate pair must map as one unit.
  if (!SURROGATE.test(text)) return { text, starts: iota.subarray(0, text.length), ends: iota.subarray(1, text.length + 1) };
  const starts = iota.slice(0, text.length);
  const ends = iota.slice(1, text.length + 1);
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

/**
 * A gap between two digit runs that only serves to break a number up: symbols and
 * punctuation other than the usual phone separators (space . - ( ) / +), an emoji, a comma
 * with no space after it, a lone "x" between spaces, or one to three line breaks. Plain
 * spaces, dots and dashes are left alone: the phone finder reads those itself.
 */
function isBreakingGap(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 6) return false;
  if (n === 3 && text.charCodeAt(from) === 32 && text.charCodeAt(from + 1) === 120 && text.charCodeAt(from + 2) === 32) return true;
  // A lone colon is a time or a ratio (17:30, 16:9), not a broken-up number.
  if (n === 1 && text.charCodeAt(from) === 58) return false;
  let odd = false;
  let lines = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (isDigit(c) || isLetter(c) || isSpacelessScript(c)) return false;
    if (c === 10) lines++;
    else if (c === 44) odd ||= p + 1 < to ? text.charCodeAt(p + 1) !== 32 : true;
    else if (!(c === 32 || c === 9 || c === 13 || c === 46 || c === 45 || c === 40 || c === 41 || c === 47 || c === 43)) odd = true;
  }
  return (odd || lines > 0) && lines <= 3;
}

/** Whether the line around `at` holds only digits (two or more) and phone separators. */
function numericLine(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && text.charCodeAt(from - 1) !== 10) from--;
  let digits = 0;
  for (let p = from; p < text.length && p - from < 40; p++) {
    const c = text.charCodeAt(p);
    if (c === 10) return digits >= 2;
    if (isDigit(c)) digits++;
    else if (!(c === 32 || c === 9 || c === 13 || c === 40 || c === 41 || c === 45 || c === 46 || c === 43 || c === 47)) return false;
  }
  return digits >= 2;
}

/**
 * Digit runs broken up by odd separators ("07823_419_652", "0782|341|965", "07823📞419652",
 * "call 07823 419\n\n\n652") get a plain space instead, so the phone finder reads one
 * number and its span (mapped back through the gap) covers every fragment. Across line
 * breaks both runs need three digits, and "1,234,567"-style thousands stay as they are.
 */
function joinDigitGroups(src: Buffer): Buffer {
  const { text } = src;
  if (digitsIn(text) < 6) return src;
  let b: Builder | undefined;
  let copied = 0;
  let prevStart = -1;
  let prevEnd = -1;
  let prevJoined = false;
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    let joined = false;
    if (prevEnd >= 0 && isBreakingGap(text, prevEnd, start)) {
      const gap = text.slice(prevEnd, start);
      const thousands = gap === ',' && i - start === 3 && prevEnd - prevStart <= 3 && !prevJoined;
      // Across line breaks, runs shorter than three digits join only when both lines hold
      // nothing but a number's pieces ("917 55⏎0 2284"): a list of short numbers stays apart.
      const short = gap.includes('\n') && (i - start < 3 || prevEnd - prevStart < 3) && !(numericLine(text, prevStart) && numericLine(text, start));
      if (!thousands && !short) {
        b ??= new Builder(text.length);
        b.copy(src, copied, prevEnd);
        b.push(' ', src.starts[prevEnd], src.ends[start - 1]);
        copied = start;
        joined = true;
      }
    }
    prevJoined = joined;
    prevStart = start;
    prevEnd = i;
  }
  if (!b) return src;
  b.copy(src, copied, text.length);
  return b.build();
}

// Service names written in leetspeak or letter by letter ("wh@ts@pp", "telegr4m", "g m 4 i l",
// "p@yp@l"): the name a digit or symbol stands in for. Only whole tokens that then read as one
// of these names are rewritten, so codes, prices and addresses stay as typed.
const LEET_NAMES = new Set(
  (
    'whatsapp telegram gmail hotmail yahoo outlook icloud protonmail instagram insta skype signal viber ' +
    'paypal discord snapchat facebook wechat zalo venmo zelle cashapp revolut payoneer binance'
  ).split(' '),
);
const LEET: Record<string, string> = { '4': 'a', '@': 'a', '3': 'e', '0': 'o', '1': 'i', '!': 'i', $: 's', '5': 's', '7': 't', '|': 'l' };
// A letter next to a stand-in: where a leetspeak token can be. Three single characters spaced
// out: where a spelled one can be.
// Per ASCII character: 1 a letter, 2 a stand-in (digits, @ $ ! |), 0 neither (isLeetUnit split in two).
const LEET_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) LEET_KIND[c] = c >= 97 && c <= 122 ? 1 : isLeetUnit(c) ? 2 : 0;
const SPACED_HINT_3 = /(?<![a-z0-9@$!|])[a-z0-9@$!|] [a-z0-9@$!|] [a-z0-9@$!|](?![a-z0-9@$!|])/;
const LEET_SPELLED = /(?<![a-z0-9@$!|])[a-z0-9@$!|](?:[ ._*-][a-z0-9@$!|]){3,11}(?![a-z0-9@$!|])/g;

function isLeetUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 33 || c === 124;
}

/** The service name a token reads as once stand-ins are letters ("1" as "i" or "l"), or null. */
function leetName(units: string): string | null {
  if (!/[a-z]/.test(units)) return null;
  let asI = '';
  for (const ch of units) asI += LEET[ch] ?? ch;
  if (LEET_NAMES.has(asI)) return asI;
  const asL = asI.replace(/i/g, (_, k: number) => (units[k] === '1' ? 'l' : 'i'));
  return LEET_NAMES.has(asL) ? asL : null;
}

// A letter beside a stand-in: a token mixes the two only where this occurs (one native scan
// skips the character loop below for most texts).
const LEET_PAIR = /[a-z][0-9@$!|]|[0-9@$!|][a-z]/;

function foldLeetNames(src: Buffer): Buffer {
  const { text } = src;
  const found: [number, number, string][] = [];
  // Whole tokens (maximal runs of units) holding a letter next to a stand-in ("wh@ts@pp",
  // "telegr4m"), in one pass over the characters.
  // Without a letter beside a stand-in, the loop has nothing to find: it reads no character.
  const length = LEET_PAIR.test(text) ? text.length : 0;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? LEET_KIND[c] : 0;
    if (kind === 0) {
      i++;
      continue;
    }
    const from = i;
    let prev = kind;
    let mixed = false;
    for (i++; i < length; i++) {
      const d = text.charCodeAt(i);
      const k = d < 128 ? LEET_KIND[d] : 0;
      if (k === 0) break;
      if (k !== prev) mixed = true;
      prev = k;
    }
    if (!mixed) continue;
    const to = i;
    // A domain label ("h0tm4il.es") is the address finder's; "." before it is a file or host.
    if (to - from < 4 || to - from > 12 || text.charCodeAt(to) === 46 || (from > 0 && text.charCodeAt(from - 1) === 46)) continue;
    const name = leetName(text.slice(from, to));
    if (name) found.push([from, to, name]);
  }
  // Spelled letter by letter ("g m 4 i l").
  if (SPACED_HINT_3.test(text)) {
    LEET_SPELLED.lastIndex = 0;
    for (const m of text.matchAll(LEET_SPELLED)) {
      const units = m[0].replace(/[ ._*-]/g, '');
      if (LEET_NAMES.has(units) && !/[0-9@$!|]/.test(units) && units === m[0]) continue;
      const name = leetName(units);
      if (name) found.push([m.index as number, (m.index as number) + m[0].length, name]);
    }
  }
  if (found.length === 0) return src;
  found.sort((x, y) => x[0] - y[0]);
  const b = new Builder(text.length);
  let copied = 0;
  for (const [from, to, name] of found) {
    if (from < copied) continue;
    b.copy(src, copied, from);
    b.push(name, src.starts[from], src.ends[to - 1]);
    copied = to;
  }
  b.copy(src, copied, text.length);
  return b.build();
}

function tokenSteps(buf: Buffer): Buffer {
  return swapLetterDigits(joinDigitGroups(collapseSpaced(foldLeetNames(foldNumberWords(buf)))));
}

// Dash look-alikes typed between digits in Japanese and Chinese text ("０８０ー３９１２ー６６４７"): the
// katakana long-vowel mark, the horizontal bar and box-drawing lines, which NFKC keeps. Only
// between two digits: inside a word (メール) the long-vowel mark is a letter.
const DIGIT_DASH = /(?<=\d)[\u30fc\u2015\u2500\u2501\uff70](?=\d)/g;

/** DIGIT_DASH characters become "-" (one character for one: offsets unchanged). */
function digitDashes(src: Buffer): Buffer {
  const { text } = src;
  if (!/[\u30fc\u2015\u2500\u2501\uff70]/.test(text)) return src;
  const next = text.replace(DIGIT_DASH, '-');
  return next === text ? src : { text: next, starts: src.starts, ends: src.ends };
}

/** Normalises text for detection. Idempotent: normalize(normalize(x).text).text === normalize(x).text. */
/**
 * Character folding, then look-alike folding; when look-alikes became Latin letters ("έ" →
 * "é"), fold again so their accents go too — otherwise a second normalisation would change
 * the text (it must be idempotent).
 */
function foldLetters(src: Buffer): Buffer {
  let buf = src;
  for (let round = 0; round < 3; round++) {
    const chars = digitDashes(foldCharacters(buf));
    const next = foldConfusables(chars);
    if (next === chars) return chars;
    buf = next;
  }
  return buf;
}

export function normalize(original: string): Normalized {
  let buf = foldLetters(identity(original));
  // Token steps can expose new material for each other ("one two 5l234"): repeat them
  // until nothing changes, which is what makes normalisation idempotent.
  for (let round = 0; round < 4; round++) {
    const next = tokenSteps(buf);
    if (next === buf) break;
    buf = foldLetters(next);
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
