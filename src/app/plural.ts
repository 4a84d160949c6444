// Counted words in English API, console and reviewer strings ("1 report", "3 reports"), through
// ICU MessageFormat plural rules as the notices do, never `${n} ${word}s` concatenation. User-facing
// notices in other languages have their own ICU catalogues (enforce/notices/templates).
import { IntlMessageFormat } from 'intl-messageformat';

const formats = new Map<string, IntlMessageFormat>();
/** ICU text must not read `{ } # '` in a word as syntax: quote them. */
const literal = (s: string) => s.replace(/'/g, "''").replace(/[{}#]/g, (c) => `'${c}'`);

/**
 * `n` and the word in its plural form for `n` ("1 day", "0 days", "2 payment disputes"); `many`
 * defaults to `one` + "s". English plural rules (Intl.PluralRules via intl-messageformat); `n` is
 * written with English digit grouping ("1,500 events").
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  const key = `${one}\u0000${many}`;
  let f = formats.get(key);
  if (!f) {
    f = new IntlMessageFormat(`{n, plural, one {# ${literal(one)}} other {# ${literal(many)}}}`, 'en');
    formats.set(key, f);
  }
  return String(f.format({ n }));
}
