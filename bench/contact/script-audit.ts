// Per-language audit of what the contact detector knows, by kind (issue 12): the words for "@" and
// ".", number words for digits 0-9 and tens as CLDR spells them (cldr-rbnf) and as people say them,
// the language's native decimal digits, and the intent vocabulary (messenger, call, write, add
// me, number, e-mail, elsewhere). Every probe is built from language data (CLDR, the symbol-word
// table, Unicode digit blocks) or written here for this audit; none comes from an evaluation set.
// Prints a markdown table, language × kind, with the gaps named.
//   node bin/tsx.mjs bench/contact/script-audit.ts [--lang el,ta,...] [--gaps]
import { createRequire } from 'node:module';
import { detectContact } from '../../src/detect/contact/index.ts';
import { INTENT_PROBES, NATIVE_DIGIT_ZERO, SPOKEN_DIGITS } from '../../src/detect/contact/script-probes.ts';
import { normalize } from '../../src/detect/normalize/normalize.ts';
import { NUMBER_WORD_LANGUAGES } from '../../src/detect/normalize/number-words.ts';
import { SYMBOL_WORDS } from '../../src/detect/normalize/symbol-words.ts';

const require = createRequire(import.meta.url);
const types = (text: string, locale?: string) => new Set(detectContact({ text, locale }).map((s) => s.type));

/** CLDR's words for 0-9 and the tens 20-90 of `lang` (plain rule bodies of the numbering/cardinal sets), or null. */
function cldrWords(lang: string): Map<number, string[]> | null {
  let file: { rbnf: { rbnf: { SpelloutRules: Record<string, [string, string][] | string> } } };
  try {
    file = require(`cldr-rbnf/rbnf/${lang}.json`);
  } catch {
    return null;
  }
  const out = new Map<number, string[]>();
  for (const [name, rules] of Object.entries(file.rbnf.rbnf.SpelloutRules)) {
    if (!/^%spellout-(numbering|cardinal(-masculine|-feminine|-neuter|-sinokorean)?)$/.test(name) || !Array.isArray(rules)) continue;
    for (const [key, body] of rules) {
      const v = Number(key);
      const w = body
        .replace(/\[[^\]]*\]/g, '')
        .replace(/[;\u00AD]/g, '')
        .trim();
      if (!Number.isInteger(v) || !(v <= 9 || (v <= 90 && v % 10 === 0)) || !/^[\p{L}\p{M}]+$/u.test(w)) continue;
      const list = out.get(v) ?? [];
      if (!list.includes(w)) list.push(w);
      out.set(v, list);
    }
  }
  return out;
}

const SPACELESS = new Set(['ko', 'ja', 'zh', 'th']);

/** Words (digit -> word) that normalize() does not fold to that digit inside a run. */
function unfolded(lang: string, words: [number, string][], zero?: string): string[] {
  const sep = SPACELESS.has(lang) ? '' : ' ';
  const misses: string[] = [];
  for (const [d, w] of words) {
    // The word repeated (six times in scripts without spaces, where runs of one-character words
    // need six), tens after two zeros, so that "twenty twenty" is not read as one number.
    const n = sep ? 4 : 6;
    // (A tens word before a zero takes it as its unit, "twenty zero" = 20: the tens word comes last.)
    const parts = d >= 10 && zero ? [zero, zero, w] : Array(n).fill(w);
    const text = parts.join(sep);
    const want = d >= 10 && zero ? `00${d}` : String(d).repeat(n);
    if (!normalize(text).text.replace(/ /g, '').includes(want)) misses.push(`${w}=${d}`);
  }
  return misses;
}

interface Row {
  lang: string;
  cells: Record<string, string>;
}

function auditLanguage(lang: string): Row {
  const cells: Record<string, string> = {};
  // "@" and "." words: each in a dictated address with a made-up local part and a non-provider domain.
  const sw = SYMBOL_WORDS[lang];
  if (!sw) cells.atdot = 'none';
  else {
    const miss: string[] = [];
    for (const at of sw.at) if (!types(`mail: mira.t84 ${at} kestrelbox ${sw.dot[0]} com`).has('contact.email')) miss.push(at);
    for (const dot of sw.dot) if (!types(`mail: mira.t84 ${sw.at[0]} kestrelbox ${dot} com`).has('contact.email')) miss.push(dot);
    cells.atdot = miss.length ? `miss ${miss.join(', ')}` : `ok ${sw.at.length}+${sw.dot.length}`;
  }
  // CLDR number words 0-9 and tens.
  const cldr = cldrWords(lang === 'tl' ? 'fil' : lang);
  if (!cldr) cells.cldr = 'no rbnf';
  else {
    const digits = [...cldr].filter(([v]) => v <= 9).flatMap(([v, ws]) => ws.map((w): [number, string] => [v, w]));
    const missD = unfolded(lang, digits);
    const tens = [...cldr].filter(([v]) => v >= 20).flatMap(([v, ws]) => ws.map((w): [number, string] => [v, w]));
    const missT = unfolded(lang, tens, cldr.get(0)?.[0]);
    const inTable = (NUMBER_WORD_LANGUAGES as readonly string[]).includes(lang === 'tl' ? 'fil' : lang);
    cells.cldr = `${inTable ? '' : 'not loaded; '}0-9 ${digits.length - missD.length}/${digits.length}, tens ${tens.length - missT.length}/${tens.length}${missD.length + missT.length ? ` miss ${[...missD, ...missT].slice(0, 6).join(' ')}` : ''}`;
  }
  // Spoken forms beside CLDR's.
  const spoken = SPOKEN_DIGITS[lang];
  if (spoken) {
    const miss = unfolded(lang, spoken, spoken.find(([v]) => v === 0)?.[1] ?? cldrWords(lang)?.get(0)?.[0]);
    cells.spoken = miss.length ? `miss ${miss.join(' ')}` : `ok ${spoken.length}`;
  } else cells.spoken = '-';
  // Native decimal digits: a ten-digit mobile number after a word for "phone" in English.
  const zero = NATIVE_DIGIT_ZERO[lang];
  if (zero === undefined) cells.digits = '-';
  else {
    const d = (s: string) => [...s].map((c) => String.fromCodePoint(zero + Number(c))).join('');
    const text = `phone ${d('98410')} ${d('27365')}`;
    cells.digits = types(text).has('contact.phone') ? 'ok' : 'miss';
  }
  // Intent vocabulary probes: each a sentence written for this audit, with the family expected.
  const probes = INTENT_PROBES[lang];
  if (!probes) cells.intent = '-';
  else {
    const miss: string[] = [];
    for (const [kind, text, want] of probes) {
      const got = types(text, lang);
      if (want === 'none' ? got.size > 0 : !got.has(want)) miss.push(kind);
    }
    cells.intent = miss.length ? `${probes.length - miss.length}/${probes.length} miss ${miss.join(', ')}` : `ok ${probes.length}`;
  }
  return { lang, cells };
}

const arg = (name: string) => (process.argv.indexOf(name) > 0 ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const langs = arg('--lang')?.split(',') ?? [
  ...new Set([...Object.keys(SYMBOL_WORDS), ...NUMBER_WORD_LANGUAGES.map((l) => (l === 'fil' ? 'tl' : l)), ...Object.keys(INTENT_PROBES)]),
];
const rows = langs.map(auditLanguage);
const gapsOnly = process.argv.includes('--gaps');
console.log('| lang | at/dot words | CLDR 0-9, tens | spoken forms | native digits | intent probes |');
console.log('|---|---|---|---|---|---|');
for (const { lang, cells } of rows) {
  const line = [cells.atdot, cells.cldr, cells.spoken, cells.digits, cells.intent];
  if (gapsOnly && !line.some((c) => /miss|none|not loaded/.test(c))) continue;
  console.log(`| ${lang} | ${line.join(' | ')} |`);
}
