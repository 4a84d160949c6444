// The language a text is written in, for what Warden writes into or about it: the placeholder
// that replaces hidden contact details inside the text (masking), and a statement of reasons'
// content_language. Trigram detection by `franc-min` (the 82 most spoken languages), ISO 639-3
// mapped to ISO 639-1 by `iso-639-3`. Short texts say too little: below `minLength` characters
// (10) the answer is null and the caller falls back to what it knows about the account.
import { francAll } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** francAll's scores are relative to the best guess (1); guesses at 0.85 or more are near ties. */
const CLOSE = 0.85;

/**
 * ISO 639-1 code (lower case, e.g. `hi`) of `text`'s language, or null when the text is too
 * short or no close guess has a two-letter code. Near ties are common between neighbours
 * (Russian and Serbian in Cyrillic, Hindi and Magahi or Bhojpuri in Devanagari): among the close
 * guesses the first in `prefer` wins (the account's language, the languages the caller can
 * write), else the best one with a two-letter code. `among` keeps the answer to those languages:
 * a guess outside them is null (never forced onto the nearest one).
 */
export function textLanguage(
  text: string,
  opts: { prefer?: readonly (string | null | undefined)[]; among?: readonly string[]; minLength?: number } = {},
): string | null {
  const close: string[] = [];
  for (const [code, score] of francAll(text, { minLength: opts.minLength ?? 10 })) {
    if (code === 'und' || score < CLOSE) break;
    const two = iso6393To1[code];
    if (two) close.push(two);
  }
  const prefer = (opts.prefer ?? []).filter((p): p is string => !!p).map((p) => p.toLowerCase().split(/[-_]/)[0]);
  const pick = close.find((c) => prefer.includes(c)) ?? close[0] ?? null;
  if (!pick) return null;
  return opts.among && !opts.among.includes(pick) ? null : pick;
}
