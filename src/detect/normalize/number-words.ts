// Number words -> digits, built from CLDR's rule-based number format (spell-out) data in the
// `cldr-rbnf` package rather than hand-typed lists, so the vocabulary follows CLDR releases.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Languages whose cardinal words are folded to digits: the marketplace's main languages, and
 * those in which phone numbers are commonly dictated in words (Hindi, Indonesian/Malay,
 * Tagalog, Vietnamese, Korean, Japanese, Chinese, Arabic, Persian). Scripts written without
 * spaces (Han, Hangul) contribute their one-character digit words only.
 */
export const NUMBER_WORD_LANGUAGES = [
  'en',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'ru',
  'uk',
  'pl',
  'tr',
  'nl',
  'ro',
  'hi',
  'id',
  'ms',
  'fil',
  'vi',
  'ko',
  'ja',
  'zh',
  'ar',
  'fa',
] as const;

type RuleEntry = [string, string];
interface RbnfFile {
  rbnf: { rbnf: { SpelloutRules: Record<string, RuleEntry[] | string> } };
}

// Only nominative cardinals: the oblique cases (genitive, instrumental ...) and ordinals are
// not how people dictate a phone number, and they collide with ordinary words.
// Korean digits are read in Sino-Korean; Chinese and Japanese also write the "financial"
// characters (壹贰叁 ...) to defeat digit filters.
const RULE_SET = /^%spellout-(numbering|cardinal(-masculine|-feminine|-neuter|-sinokorean|-financial)?)$/;

// Spoken forms people use when dictating numbers that CLDR does not list as cardinals:
// English "oh"/"nought"; Chinese 零 (zero, beside CLDR's 〇) and 幺 ("yao", how 1 is read
// in phone numbers); Hindustani numerals as commonly written in Latin letters (Hinglish),
// which CLDR's Hindi data gives in Devanagari only.
const EXTRA_WORDS: Record<string, string> = {
  oh: '0',
  nought: '0',
  零: '0',
  幺: '1',
  shunya: '0',
  ek: '1',
  teen: '3',
  char: '4',
  paanch: '5',
  panch: '5',
  chhe: '6',
  chheh: '6',
  saat: '7',
  aath: '8',
  nau: '9',
};

/**
 * Returns word -> digit string. `fold` is the character-level normaliser, applied to the
 * words so that they match normalised text (accents stripped, lower case).
 */
export function buildNumberWords(fold: (word: string) => string): Map<string, string> {
  const words = new Map<string, string>();
  for (const lang of NUMBER_WORD_LANGUAGES) {
    const file = require(`cldr-rbnf/rbnf/${lang}.json`) as RbnfFile;
    const sets = file.rbnf.rbnf.SpelloutRules;
    for (const [name, rules] of Object.entries(sets)) {
      if (!RULE_SET.test(name) || !Array.isArray(rules)) continue;
      for (const [key, body] of rules) {
        const value = Number(key);
        if (!Number.isInteger(value) || value < 0 || value > 90 || (value > 19 && value % 10 !== 0)) continue;
        // "twenty[->>];" -> "twenty"; bodies that delegate to other rules are skipped.
        const word = body
          .replace(/\[[^\]]*\]/g, '')
          .replace(/[;\u00AD]/g, '')
          .trim();
        // One-character words are kept only in scripts written without spaces (一, 일).
        if (!/^[\p{L}\p{Nl}][\p{L}\p{M}\u02BC']*$/u.test(word) || (word.length < 2 && !isSpacelessScript(word.charCodeAt(0)))) continue;
        if (word.length === 1 && value > 9) continue;
        const folded = fold(word);
        if (!words.has(folded)) words.set(folded, String(value));
      }
    }
  }
  for (const [word, digits] of Object.entries(EXTRA_WORDS)) if (!words.has(word)) words.set(word, digits);
  return words;
}

/** Han, kana (not the ・ separator) and Hangul: numbers are written there without spaces between digit words. */
export function isSpacelessScript(c: number): boolean {
  return (
    c === 0x3007 || (c >= 0x3040 && c <= 0x30ff && c !== 0x30fb) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
  );
}
