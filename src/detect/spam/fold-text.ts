// Light text folding that keeps a map back to the original text, so detectors can match on
// a canonical form and still report spans in what the user actually typed. Deliberately
// local: spam and scam detection must not depend on the shared normaliser being present.

/** Zero-width, bidi, soft hyphen, fillers, variation selectors, tags: invisible characters used to break up words. */
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe0fff],
];

function isInvisible(codePoint: number): boolean {
  return INVISIBLE_RANGES.some(([lo, hi]) => codePoint >= lo && codePoint <= hi);
}

const COMBINING_MARK = /\p{M}/u;

export interface FoldedText {
  /** NFKC, lower-cased, invisible characters and diacritics removed. */
  text: string;
  /** For each UTF-16 unit of `text`, the start of the original code point it came from. */
  starts: Uint32Array;
  /** For each UTF-16 unit of `text`, the end (exclusive) of the original code point it came from. */
  ends: Uint32Array;
}

function foldCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  // Printable ASCII is already NFKC and mark-free: skip the costly Unicode path.
  if (code >= 0x20 && code < 0x7f) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  if (isInvisible(ch.codePointAt(0) ?? 0)) return '';
  let out = '';
  for (const c of ch.normalize('NFKC').toLowerCase().normalize('NFD')) {
    if (!COMBINING_MARK.test(c)) out += c;
  }
  return out;
}

/** Folds a string without keeping offsets (for patterns, dictionaries and fingerprints). */
export function foldString(input: string): string {
  let out = '';
  for (const ch of input) out += foldCodePoint(ch);
  return out;
}

export function foldText(input: string): FoldedText {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of input) {
    const folded = foldCodePoint(ch);
    const end = offset + ch.length;
    for (let i = 0; i < folded.length; i++) {
      starts.push(offset);
      ends.push(end);
    }
    parts.push(folded);
    offset = end;
  }
  return {
    text: parts.join(''),
    starts: Uint32Array.from(starts),
    ends: Uint32Array.from(ends),
  };
}

let lastInput: string | undefined;
let lastFolded: FoldedText | undefined;

/**
 * foldText with a one-entry memo: screening folds the same text for the scam rules, the learned
 * features and the evidence spans, one after the other (about 15 µs for an 86-character message).
 * The result is shared: callers must not modify it.
 */
export function foldTextOnce(input: string): FoldedText {
  if (input !== lastInput || !lastFolded) {
    lastFolded = foldText(input);
    lastInput = input;
  }
  return lastFolded;
}

/** Maps a [start, end) range of the folded text back to the original text. */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  if (folded.text.length === 0 || end <= start) return { start: 0, end: 0 };
  const s = Math.min(start, folded.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), folded.text.length - 1);
  return { start: folded.starts[s], end: folded.ends[e] };
}

/** Word tokens of folded text (letters and digits of any script). */
export function words(foldedText: string): string[] {
  return foldedText.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}
