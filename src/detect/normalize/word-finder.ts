// Finds whole words and phrases from a list in normalised text, in one pass over its words
// plus a substring search for the few entries of scripts written without spaces. A regular
// expression alternation of a few hundred words is tried at every position of the text;
// this looks each word up once in a map, so its cost does not grow with the list.

import { isArabicPunctuation } from './normalize.ts';

export interface WordHit {
  start: number;
  end: number;
  /** The list entry that matched, as given. */
  entry: string;
}

/** Letters and combining marks of scripts that put spaces between words. */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x370 && c <= 0x52f) ||
    (c >= 0x590 && c <= 0x6ff && !isArabicPunctuation(c)) ||
    (c >= 0x750 && c <= 0x77f) ||
    // Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala.
    (c >= 0x900 && c <= 0xdff) ||
    // Armenian, Georgian.
    (c >= 0x531 && c <= 0x58f) ||
    (c >= 0x10a0 && c <= 0x10ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

/**
 * Han, kana, Hangul, Thai, Lao, Khmer, Myanmar run words together without spaces; Arabic and
 * Hebrew attach articles and conjunctions to the word (الواتساب, והטלפון): entries in these
 * scripts are found as substrings.
 */
function isSpaceless(c: number): boolean {
  return (
    (c >= 0x590 && c <= 0x6ff) ||
    (c >= 0x750 && c <= 0x77f) ||
    (c >= 0xfb50 && c <= 0xfeff) ||
    (c >= 0x0e00 && c <= 0x0eff) ||
    // Ethiopic: Amharic attaches prepositions to the word (በቴሌግራም "on Telegram").
    (c >= 0x1200 && c <= 0x139f) ||
    (c >= 0x1000 && c <= 0x109f) ||
    (c >= 0x1780 && c <= 0x17ff) ||
    (c >= 0x3040 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3)
  );
}

/** Gaps allowed between the words of a phrase: one or two spaces, hyphens or apostrophes. */
function isPhraseGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (!(c === 32 || c === 45 || c === 39 || c === 9)) return false;
  }
  return true;
}

interface Words {
  /** Word starts and ends, so that phrases can check the words after the first. */
  starts: number[];
  ends: number[];
  /** Each word's hash (wordHash), computed while splitting: no word is cut out of the text. */
  hashes: number[];
  /** Starts of characters of spaceless scripts (only those can begin a substring entry). */
  spaceless: number[];
}

/** Characters of a stem that key its lookup (stems are at least this long). */
const STEM_KEY = 3;

function hashStep(h: number, c: number): number {
  return (Math.imul(h, 31) + c) & 0x3fffffff;
}

/** A word's hash: a small integer, so maps keyed by it need no string hashing. */
function wordHash(word: string, from = 0, to = word.length): number {
  let h = 0;
  for (let k = from; k < to; k++) h = hashStep(h, word.charCodeAt(k));
  return h;
}

function words(text: string): Words {
  const starts: number[] = [];
  const ends: number[] = [];
  const hashes: number[] = [];
  const spaceless: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c > 127 && isSpaceless(c)) spaceless.push(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const s = i;
    let h = 0;
    for (let d = c; i < text.length && isWordChar(d); d = text.charCodeAt(++i)) {
      // Arabic and Hebrew letters are word characters and spaceless-script characters both.
      if (i > s && d > 127 && isSpaceless(d)) spaceless.push(i);
      h = hashStep(h, d);
    }
    starts.push(s);
    ends.push(i);
    hashes.push(h);
  }
  return { starts, ends, hashes, spaceless };
}

/** The hash of a word's first STEM_KEY characters (wordHash of that prefix). */
function stemKeyAt(text: string, start: number): number {
  return wordHash(text, start, start + STEM_KEY);
}

// Every WordFinder's entries live in these shared tables, tagged with the finder's number, so
// that one pass over a text's words answers every finder at once (the contact detector asks
// some twenty lists about the same text, and as many again about clauses of it).
/** First word's hash -> phrases (as word lists) starting with it; per finder, longest first. */
const PHRASES = new Map<number, { finder: number; words: string[]; entry: string }[]>();
/**
 * Stems ("messenger*"): a one-word entry ending in "*" matches any word it starts, so that
 * inflected names are found ("messengerze", "telegramie", "হোয়াটসঅ্যাপে"). Keyed by their
 * first STEM_KEY characters, so a word costs one lookup.
 */
const STEMS = new Map<number, { finder: number; stem: string; entry: string }[]>();
/**
 * Entries with a character of a spaceless script, found by substring search: by their first
 * character (longest first), so each spaceless character of the text costs one map lookup.
 */
const SUBSTRINGS = new Map<number, { finder: number; entry: string }[]>();
/** Substring entries that start with a character of a spaced script ("line id" written "lineアイディ"). */
const OTHER_SUBSTRINGS: { finder: number; entry: string }[] = [];
/** Per finder: whether it has substring entries (its hits are then sorted by position). */
const HAS_SPACELESS: boolean[] = [];

/** Every finder's hits in one text, by finder number, in text order. */
type Index = WordHit[][];
const NONE: WordHit[] = [];

function add(hits: Index, finder: number, hit: WordHit): void {
  if (hits[finder] === NONE) hits[finder] = [hit];
  else hits[finder].push(hit);
}

const INDEXED = 4;
const indexedTexts: (string | undefined)[] = new Array(INDEXED).fill(undefined);
const indexes: Index[] = new Array(INDEXED);
let nextIndexSlot = 0;
// Per finder, the word at which it last matched (+1): one hit per finder per starting word.
let matchedAt = new Int32Array(0);

function indexOf(text: string): Index {
  const n = HAS_SPACELESS.length;
  // A finder made after a text was indexed (tests make their own) needs a new index.
  for (let k = 0; k < INDEXED; k++) if (indexedTexts[k] === text && indexes[k].length === n) return indexes[k];
  // Most finders find nothing in a text: they share one empty list until they do.
  const hits: Index = new Array(n).fill(NONE);
  if (matchedAt.length < n) matchedAt = new Int32Array(n);
  matchedAt.fill(0);
  const { starts, ends, hashes, spaceless } = words(text);
  // Whether word w of the text is `word`.
  const is = (w: number, word: string) => ends[w] - starts[w] === word.length && text.startsWith(word, starts[w]);
  for (let w = 0; w < starts.length; w++) {
    const stamp = w + 1;
    if (ends[w] - starts[w] >= STEM_KEY && STEMS.size > 0) {
      const stems = STEMS.get(stemKeyAt(text, starts[w]));
      if (stems)
        for (const x of stems) {
          if (matchedAt[x.finder] === stamp || ends[w] - starts[w] < x.stem.length || !text.startsWith(x.stem, starts[w])) continue;
          matchedAt[x.finder] = stamp;
          add(hits, x.finder, { start: starts[w], end: ends[w], entry: x.entry });
        }
    }
    const list = PHRASES.get(hashes[w]);
    if (!list) continue;
    for (const { finder, words: phrase, entry } of list) {
      if (matchedAt[finder] === stamp || !is(w, phrase[0])) continue;
      let k = 1;
      while (k < phrase.length && w + k < starts.length && isPhraseGap(text, ends[w + k - 1], starts[w + k]) && is(w + k, phrase[k])) k++;
      if (k === phrase.length) {
        matchedAt[finder] = stamp;
        add(hits, finder, { start: starts[w], end: ends[w + k - 1], entry });
      }
    }
  }
  if (spaceless.length > 0) {
    let found = false;
    for (const at of spaceless) {
      const list = SUBSTRINGS.get(text.charCodeAt(at));
      if (!list) continue;
      for (const { finder, entry } of list)
        if (text.startsWith(entry, at)) {
          add(hits, finder, { start: at, end: at + entry.length, entry });
          found = true;
        }
    }
    for (const { finder, entry } of OTHER_SUBSTRINGS)
      for (let at = text.indexOf(entry); at >= 0; at = text.indexOf(entry, at + 1)) {
        add(hits, finder, { start: at, end: at + entry.length, entry });
        found = true;
      }
    if (found) for (let f = 0; f < n; f++) if (HAS_SPACELESS[f] && hits[f].length > 1) hits[f].sort((a, b) => a.start - b.start || b.end - a.end);
  }
  indexedTexts[nextIndexSlot] = text;
  indexes[nextIndexSlot] = hits;
  nextIndexSlot = (nextIndexSlot + 1) % INDEXED;
  return hits;
}

export class WordFinder {
  private readonly id: number;

  /** `entries` must already be normalised like the text (see normalize()). */
  constructor(entries: Iterable<string>) {
    this.id = HAS_SPACELESS.length;
    let hasSpaceless = false;
    for (const entry of new Set(entries)) {
      if (entry.length === 0) continue;
      if ([...entry].some((ch) => isSpaceless(ch.charCodeAt(0)))) {
        hasSpaceless = true;
        const first = entry.charCodeAt(0);
        if (isSpaceless(first)) {
          const list = [...(SUBSTRINGS.get(first) ?? []), { finder: this.id, entry }];
          SUBSTRINGS.set(
            first,
            list.sort((a, b) => b.entry.length - a.entry.length),
          );
        } else OTHER_SUBSTRINGS.push({ finder: this.id, entry });
        continue;
      }
      if (entry.endsWith('*')) {
        const stem = entry.slice(0, -1);
        if (stem.length < STEM_KEY || /[\s'-]/.test(stem)) throw new Error(`WordFinder: stem "${entry}" must be one word of ${STEM_KEY}+ characters`);
        const key = stemKeyAt(stem, 0);
        STEMS.set(key, [...(STEMS.get(key) ?? []), { finder: this.id, stem, entry }]);
        continue;
      }
      const words = entry.split(/[\s'-]+/).filter(Boolean);
      if (words.length === 0) continue;
      const key = wordHash(words[0]);
      const list = [...(PHRASES.get(key) ?? []), { finder: this.id, words, entry }];
      // Longest first within each finder (the sort is stable across finders).
      list.sort((a, b) => b.words.length - a.words.length);
      PHRASES.set(key, list);
    }
    HAS_SPACELESS.push(hasSpaceless);
  }

  /** Every occurrence, in text order; overlapping spaceless hits are all reported. */
  find(text: string): WordHit[] {
    return indexOf(text)[this.id].slice();
  }

  /**
   * The occurrences lying whole inside text[from, to), with offsets relative to `from`: what
   * find(text.slice(from, to)) reports, read off the whole text's index instead of splitting
   * the slice into words again (words cut by the slice's edges are not matched).
   */
  findIn(text: string, from: number, to: number): WordHit[] {
    const out: WordHit[] = [];
    for (const h of indexOf(text)[this.id]) if (h.start >= from && h.end <= to) out.push({ start: h.start - from, end: h.end - from, entry: h.entry });
    return out;
  }

  /** Whether any occurrence lies whole inside text[from, to). */
  hasIn(text: string, from: number, to: number): boolean {
    for (const h of indexOf(text)[this.id]) if (h.start >= from && h.end <= to) return true;
    return false;
  }
}
