// Number words -> digits, built from CLDR's rule-based number format (spell-out) data in the
// `cldr-rbnf` package rather than hand-typed lists, so the vocabulary follows CLDR releases.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Languages whose cardinal words are folded to digits. */
export const NUMBER_WORD_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'it', 'ru', 'uk', 'pl', 'tr'] as const;

type RuleEntry = [string, string];
interface RbnfFile {
  rbnf: { rbnf: { SpelloutRules: Record<string, RuleEntry[] | string> } };
}

// Only nominative cardinals: the oblique cases (genitive, instrumental ...) and ordinals are
// not how people dictate a phone number, and they collide with ordinary words.
const RULE_SET = /^%spellout-(numbering|cardinal(-masculine|-feminine|-neuter)?)$/;

// Spoken forms people use when dictating numbers that CLDR does not list as cardinals.
const EXTRA_WORDS: Record<string, string> = { oh: '0', nought: '0' };

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
        if (!/^\p{L}[\p{L}\u02BC']*$/u.test(word) || word.length < 2) continue;
        const folded = fold(word);
        if (!words.has(folded)) words.set(folded, String(value));
      }
    }
  }
  for (const [word, digits] of Object.entries(EXTRA_WORDS)) if (!words.has(word)) words.set(word, digits);
  return words;
}
