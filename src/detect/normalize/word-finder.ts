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
  /** The words themselves, cut once for every finder that reads this text. */
  tokens: string[];
  /** Starts of characters of spaceless scripts (only those can begin a substring entry). */
  spaceless: number[];
}

// Several finders read the same text one after another, and cue finders alternate between
// the whole text and a clause of it: the words of the last few texts are split once.
const CACHED = 4;
const cachedTexts: (string | undefined)[] = new Array(CACHED).fill(undefined);
const cachedWords: Words[] = new Array(CACHED);
let nextSlot = 0;

function words(text: string): Words {
  for (let k = 0; k < CACHED; k++) if (cachedTexts[k] === text) return cachedWords[k];
  const starts: number[] = [];
  const ends: number[] = [];
  const tokens: string[] = [];
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
    while (i < text.length && isWordChar(text.charCodeAt(i))) {
      // Arabic and Hebrew letters are word characters and spaceless-script characters both.
      if (i > s && isSpaceless(text.charCodeAt(i))) spaceless.push(i);
      i++;
    }
    starts.push(s);
    ends.push(i);
    tokens.push(text.slice(s, i));
  }
  const out = { starts, ends, tokens, spaceless };
  cachedTexts[nextSlot] = text;
  cachedWords[nextSlot] = out;
  nextSlot = (nextSlot + 1) % CACHED;
  return out;
}

/** Characters of a stem that key its lookup (stems are at least this long). */
const STEM_KEY = 3;

/** The first STEM_KEY characters as one number: no string is cut per word. */
function stemKey(word: string): number {
  return (word.charCodeAt(0) * 0x10000 + word.charCodeAt(1)) * 0x10000 + word.charCodeAt(2);
}

export class WordFinder {
  /** First word -> phrases (as word lists) starting with it, longest first. */
  private readonly phrases = new Map<string, { words: string[]; entry: string }[]>();
  /**
   * Stems ("messenger*"): a one-word entry ending in "*" matches any word it starts, so that
   * inflected names are found ("messengerze", "telegramie", "হোয়াটসঅ্যাপে"). Keyed by their
   * first STEM_KEY characters, so a word costs one lookup.
   */
  private readonly stems = new Map<number, { stem: string; entry: string }[]>();
  /**
   * Entries with a character of a spaceless script, found by substring search: by their
   * first character (longest first), so each spaceless character of the text costs one map
   * lookup instead of one search per entry.
   */
  private readonly substrings = new Map<number, string[]>();
  /** Substring entries that start with a character of a spaced script ("line id" written "lineアイディ"). */
  private readonly otherSubstrings: string[] = [];
  private readonly hasSpaceless: boolean;

  /** `entries` must already be normalised like the text (see normalize()). */
  constructor(entries: Iterable<string>) {
    for (const entry of new Set(entries)) {
      if (entry.length === 0) continue;
      if ([...entry].some((ch) => isSpaceless(ch.charCodeAt(0)))) {
        const first = entry.charCodeAt(0);
        if (isSpaceless(first)) this.substrings.set(first, [...(this.substrings.get(first) ?? []), entry]);
        else this.otherSubstrings.push(entry);
        continue;
      }
      if (entry.endsWith('*')) {
        const stem = entry.slice(0, -1);
        if (stem.length < STEM_KEY || /[\s'-]/.test(stem)) throw new Error(`WordFinder: stem "${entry}" must be one word of ${STEM_KEY}+ characters`);
        const key = stemKey(stem);
        this.stems.set(key, [...(this.stems.get(key) ?? []), { stem, entry }]);
        continue;
      }
      const words = entry.split(/[\s'-]+/).filter(Boolean);
      if (words.length === 0) continue;
      const list = this.phrases.get(words[0]) ?? [];
      list.push({ words, entry });
      list.sort((a, b) => b.words.length - a.words.length);
      this.phrases.set(words[0], list);
    }
    for (const list of this.substrings.values()) list.sort((a, b) => b.length - a.length);
    this.hasSpaceless = this.substrings.size > 0 || this.otherSubstrings.length > 0;
  }

  /** Every occurrence, in text order; overlapping spaceless hits are all reported. */
  find(text: string): WordHit[] {
    const hits: WordHit[] = [];
    const { starts, ends, tokens, spaceless } = words(text);
    for (let w = 0; w < starts.length; w++) {
      if (this.stems.size > 0 && tokens[w].length >= STEM_KEY) {
        const stems = this.stems.get(stemKey(tokens[w]));
        const hit = stems?.find((x) => tokens[w].startsWith(x.stem));
        if (hit) {
          hits.push({ start: starts[w], end: ends[w], entry: hit.entry });
          continue;
        }
      }
      const list = this.phrases.get(tokens[w]);
      if (!list) continue;
      for (const { words, entry } of list) {
        let k = 1;
        while (k < words.length && w + k < starts.length && isPhraseGap(text, ends[w + k - 1], starts[w + k]) && tokens[w + k] === words[k]) k++;
        if (k === words.length) {
          hits.push({ start: starts[w], end: ends[w + k - 1], entry });
          break;
        }
      }
    }
    if (this.hasSpaceless && spaceless.length > 0) {
      for (const at of spaceless) {
        const list = this.substrings.get(text.charCodeAt(at));
        if (list) for (const entry of list) if (text.startsWith(entry, at)) hits.push({ start: at, end: at + entry.length, entry });
      }
      for (const entry of this.otherSubstrings) {
        for (let at = text.indexOf(entry); at >= 0; at = text.indexOf(entry, at + 1)) hits.push({ start: at, end: at + entry.length, entry });
      }
      hits.sort((a, b) => a.start - b.start || b.end - a.end);
    }
    return hits;
  }
}
