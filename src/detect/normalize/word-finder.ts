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
    // Latin with the IPA block: Azerbaijani ə (nömrə), Hausa ɗ and ɓ are letters of words.
    (c >= 0xc0 && c <= 0x2af) ||
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

// isWordChar and isSpaceless of every UTF-16 code unit, read once at load: the word split
// classifies every character of every text, and one table read beats the chains of range tests.
const WORD = 1;
const SPACELESS = 2;
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) CLASS[c] = (isWordChar(c) ? WORD : 0) | (isSpaceless(c) ? SPACELESS : 0);

/** Gaps allowed between the words of a phrase: one or two spaces, hyphens or apostrophes. */
function isPhraseGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (!(c === 32 || c === 45 || c === 39 || c === 9)) return false;
  }
  return true;
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

// A text's words, reused from text to text (typed arrays grown by doubling): word w is
// text[wordStarts[w], wordEnds[w]), its hash (wordHash) is wordHashes[w] and the hash of its
// first STEM_KEY characters wordStemKeys[w] (-1 when shorter), all computed while splitting,
// so that no word is cut out of the text. spacelessAt holds the starts of characters of
// spaceless scripts (only those can begin a substring entry).
let wordStarts: Int32Array = new Int32Array(256);
let wordEnds: Int32Array = new Int32Array(256);
let wordHashes: Int32Array = new Int32Array(256);
let wordStemKeys: Int32Array = new Int32Array(256);
let spacelessAt: Int32Array = new Int32Array(256);
let wordCount = 0;
let spacelessCount = 0;

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function splitWords(text: string): void {
  let n = 0;
  let sp = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c];
    if (cls & SPACELESS) {
      if (sp === spacelessAt.length) spacelessAt = grow(spacelessAt);
      spacelessAt[sp++] = i;
    }
    if (!(cls & WORD)) {
      i++;
      continue;
    }
    const s = i;
    let h = hashStep(0, c);
    let stem = -1;
    for (i++; i < length; i++) {
      const d = text.charCodeAt(i);
      const dc = CLASS[d];
      if (!(dc & WORD)) break;
      // Arabic and Hebrew letters are word characters and spaceless-script characters both.
      if (dc & SPACELESS) {
        if (sp === spacelessAt.length) spacelessAt = grow(spacelessAt);
        spacelessAt[sp++] = i;
      }
      h = hashStep(h, d);
      if (i - s === STEM_KEY - 1) stem = h;
    }
    if (n === wordStarts.length) {
      wordStarts = grow(wordStarts);
      wordEnds = grow(wordEnds);
      wordHashes = grow(wordHashes);
      wordStemKeys = grow(wordStemKeys);
    }
    wordStarts[n] = s;
    wordEnds[n] = i;
    wordHashes[n] = h;
    wordStemKeys[n] = stem;
    n++;
  }
  wordCount = n;
  spacelessCount = sp;
}

/** The hash of a word's first STEM_KEY characters (wordHash of that prefix). */
function stemKeyAt(text: string, start: number): number {
  return wordHash(text, start, start + STEM_KEY);
}

// Every WordFinder's entries live in these shared tables, tagged with the finder's number, so
// that one pass over a text's words answers every finder at once (the contact detector asks
// some twenty lists about the same text, and as many again about clauses of it).
interface PhraseEntry {
  finder: number;
  words: string[];
  entry: string;
}
interface StemEntry {
  finder: number;
  stem: string;
  entry: string;
}
/** First word's hash -> phrases (as word lists) starting with it; per finder, longest first. */
const PHRASES = new Map<number, PhraseEntry[]>();
/**
 * Stems ("messenger*"): a one-word entry ending in "*" matches any word it starts, so that
 * inflected names are found ("messengerze", "telegramie", "হোয়াটসঅ্যাপে"). Keyed by their
 * first STEM_KEY characters, so a word costs one lookup.
 */
const STEMS = new Map<number, StemEntry[]>();
/**
 * Entries with a character of a spaceless script, found by substring search: by their first
 * character (longest first), so each spaceless character of the text costs one map lookup.
 */
const SUBSTRINGS = new Map<number, { finder: number; entry: string }[]>();
/** Substring entries that start with a character of a spaced script ("line id" written "lineアイディ"). */
const OTHER_SUBSTRINGS: { finder: number; entry: string }[] = [];
/** Per finder: whether it has substring entries (its hits are then sorted by position). */
const HAS_SPACELESS: boolean[] = [];

/**
 * A hash -> slot table by open addressing in a typed array: the text's every word costs one
 * lookup in it, and a probe of an Int32Array is several times cheaper than Map.get. Keys are
 * the 30-bit hashes plus one (0 marks an empty cell).
 */
interface Table<T> {
  keys: Int32Array;
  slots: Int32Array;
  values: T[];
  mask: number;
}

function buildTable<T>(map: Map<number, T>): Table<T> {
  let size = 16;
  while (size < map.size * 2) size *= 2;
  const keys = new Int32Array(size);
  const slots = new Int32Array(size);
  const values: T[] = [];
  const mask = size - 1;
  for (const [h, v] of map) {
    let p = h & mask;
    while (keys[p] !== 0) p = (p + 1) & mask;
    keys[p] = h + 1;
    slots[p] = values.length;
    values.push(v);
  }
  return { keys, slots, values, mask };
}

/** The value stored for hash h, or undefined. */
function lookup<T>(t: Table<T>, h: number): T | undefined {
  const key = h + 1;
  for (let p = h & t.mask; ; p = (p + 1) & t.mask) {
    const k = t.keys[p];
    if (k === key) return t.values[t.slots[p]];
    if (k === 0) return undefined;
  }
}

/**
 * The phrases as a trie of words: a node is reached by the words of a path and ends the
 * phrases in `ends` (in list order). Children are keyed by the next word's hash, with a list
 * per hash since different words may share one.
 */
interface PhraseNode {
  word: string;
  ends: { finder: number; entry: string }[];
  children: Map<number, PhraseNode[]> | undefined;
}

let phraseTable: Table<PhraseNode[]> | undefined;
let stemTable: Table<StemEntry[]> | undefined;

function child(map: Map<number, PhraseNode[]>, word: string): PhraseNode {
  const h = wordHash(word);
  const list = map.get(h) ?? [];
  let node = list.find((x) => x.word === word);
  if (!node) {
    node = { word, ends: [], children: undefined };
    list.push(node);
    map.set(h, list);
  }
  return node;
}

/** The lookup tables, rebuilt after finders were added. */
function tables(): { phrases: Table<PhraseNode[]>; stems: Table<StemEntry[]> } {
  if (!phraseTable || !stemTable) {
    const roots = new Map<number, PhraseNode[]>();
    // Each hash's list is longest first per finder, and equal lengths in the order added: the
    // phrase a finder reports at a word is the deepest of its ends on the path, the first added
    // at that depth (what the first match in list order was).
    for (const list of PHRASES.values())
      for (const { finder, words, entry } of list) {
        let node = child(roots, words[0]);
        for (let k = 1; k < words.length; k++) {
          node.children ??= new Map();
          node = child(node.children, words[k]);
        }
        node.ends.push({ finder, entry });
      }
    phraseTable = buildTable(roots);
    stemTable = buildTable(STEMS);
  }
  return { phrases: phraseTable, stems: stemTable };
}

/** The node among `nodes` for word w of the text, or undefined. */
function nodeFor(text: string, nodes: PhraseNode[], w: number): PhraseNode | undefined {
  const start = wordStarts[w];
  const length = wordEnds[w] - start;
  for (const node of nodes) if (node.word.length === length && text.startsWith(node.word, start)) return node;
  return undefined;
}

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

/** The trie nodes matched from one word on (phrases are short; grown on demand). */
const path: PhraseNode[] = [];

function indexOf(text: string): Index {
  const n = HAS_SPACELESS.length;
  // A finder made after a text was indexed (tests make their own) needs a new index.
  for (let k = 0; k < INDEXED; k++) if (indexedTexts[k] === text && indexes[k].length === n) return indexes[k];
  // Most finders find nothing in a text: they share one empty list until they do.
  const hits: Index = new Array(n).fill(NONE);
  if (matchedAt.length < n) matchedAt = new Int32Array(n);
  matchedAt.fill(0);
  const { phrases, stems } = tables();
  splitWords(text);
  const count = wordCount;
  for (let w = 0; w < count; w++) {
    const stamp = w + 1;
    const start = wordStarts[w];
    const length = wordEnds[w] - start;
    if (length >= STEM_KEY) {
      const list = lookup(stems, wordStemKeys[w]);
      if (list)
        for (const x of list) {
          if (matchedAt[x.finder] === stamp || length < x.stem.length || !text.startsWith(x.stem, start)) continue;
          matchedAt[x.finder] = stamp;
          add(hits, x.finder, { start, end: wordEnds[w], entry: x.entry });
        }
    }
    const roots = lookup(phrases, wordHashes[w]);
    if (!roots) continue;
    let node = nodeFor(text, roots, w);
    if (!node) continue;
    // The path of nodes matched by words w, w+1, ...
    path[0] = node;
    let depth = 1;
    while (node.children && w + depth < count && isPhraseGap(text, wordEnds[w + depth - 1], wordStarts[w + depth])) {
      const next = node.children.get(wordHashes[w + depth]);
      node = next && nodeFor(text, next, w + depth);
      if (!node) break;
      path[depth++] = node;
    }
    for (let d = depth - 1; d >= 0; d--)
      for (const { finder, entry } of path[d].ends) {
        if (matchedAt[finder] === stamp) continue;
        matchedAt[finder] = stamp;
        add(hits, finder, { start, end: wordEnds[w + d], entry });
      }
  }
  if (spacelessCount > 0) {
    let found = false;
    for (let q = 0; q < spacelessCount; q++) {
      const at = spacelessAt[q];
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
    phraseTable = undefined;
    stemTable = undefined;
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
