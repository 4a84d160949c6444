// Message-level precision and recall on the labelled corpus, per family and overall, for
// Warden and for peers a marketplace might pick instead, on the same messages.
//   node bin/tsx.mjs bench/contact/evaluate.ts

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OpenRedaction } from '@openredaction/openredaction';
import { type CountryCode, findPhoneNumbersInText } from 'libphonenumber-js/max';
import * as linkify from 'linkifyjs';
import { SyncRedactor } from 'redact-pii';
import { CONTACT_FAMILIES, detectContact } from '../../src/detect/contact/index.ts';
import { localeHint } from '../locale.ts';
import type { CorpusLine } from './build-corpus.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** Every contact set, oldest first (a blind set's overlap check compares it with those before it). */
export const CONTACT_SETS = [
  'corpus.jsonl',
  'heldout.jsonl',
  'blind-2.jsonl',
  'blind-3.jsonl',
  'blind-4.jsonl',
  'blind-5.jsonl',
  'blind-6.jsonl',
  'blind-7.jsonl',
  'blind-8.jsonl',
  'blind-9.jsonl',
  'blind-10.jsonl',
  'blind-11.jsonl',
  'blind-12.jsonl',
  'blind-13.jsonl',
  'blind-14.jsonl',
  'blind-15.jsonl',
  'blind-16.jsonl',
  'blind-17.jsonl',
] as const;
export type CorpusFile = (typeof CONTACT_SETS)[number];

/**
 * Blind sets nobody has tuned on yet (their first runs are recorded in RESULTS.md as aggregates
 * only). `--errors` refuses them, since reading a set's errors ends its blindness; move a set out
 * of this list when a tuning round starts on it.
 */
export const STILL_BLIND: readonly CorpusFile[] = ['blind-17.jsonl'];

/** Exits with a note when `--errors` is asked of a set still blind; otherwise returns. */
export function refuseErrorsOfBlind(files: readonly CorpusFile[]): void {
  const blind = files.filter((f) => STILL_BLIND.includes(f));
  if (!process.argv.includes('--errors') || !blind.length) return;
  console.error(`--errors refused: ${blind.join(', ')} still blind (STILL_BLIND in bench/contact/evaluate.ts)`);
  process.exit(2);
}

/** The sets written before `file`, for its overlap check. */
export const setsBefore = (file: CorpusFile): CorpusFile[] => CONTACT_SETS.slice(0, CONTACT_SETS.indexOf(file));

/**
 * `corpus.jsonl` is the tuned-on corpus; `heldout.jsonl` was written before the detector saw
 * it; `blind-2.jsonl` (BLIND-2.md) was written by another session for issue 12, 22 languages;
 * `blind-3.jsonl` (BLIND-3.md) 25 languages, with the obfuscation or look-alike `kind` of each message;
 * `blind-4.jsonl` (BLIND-4.md) 27 languages in 13 scripts, same shape; `blind-5.jsonl` (BLIND-5.md)
 * 29 languages in 15 scripts, same shape; `blind-6.jsonl` (BLIND-6.md) 29 languages in 14 scripts;
 * `blind-7.jsonl` (BLIND-7.md) 38 languages in 19 scripts; `blind-8.jsonl` (BLIND-8.md) 30 languages in 15 scripts;
 * `blind-9.jsonl` (BLIND-9.md) 28 languages in 12 scripts; `blind-10.jsonl` (BLIND-10.md) 25 languages in 11 scripts;
 * `blind-11.jsonl` (BLIND-11.md) 26 languages in 11 scripts; `blind-12.jsonl` (BLIND-12.md) 26 languages in 11 scripts;
 * `blind-13.jsonl` (BLIND-13.md) 28 languages in 13 scripts; `blind-14.jsonl` (BLIND-14.md) 27 languages in 12 scripts;
 * `blind-15.jsonl` (BLIND-15.md) 27 languages in 12 scripts; `blind-16.jsonl` (BLIND-16.md) 33 languages in 13 scripts;
 * `blind-17.jsonl` (BLIND-17.md) 38 languages in 17 scripts.
 */
export function loadCorpus(file: CorpusFile = 'corpus.jsonl'): CorpusLine[] {
  return readFileSync(join(here, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as CorpusLine);
}

/** Families a system predicts for one message. */
type System = (line: CorpusLine) => Promise<Set<string>> | Set<string>;

const REGION: Record<string, CountryCode> = {
  en: 'US',
  es: 'ES',
  pt: 'BR',
  fr: 'FR',
  de: 'DE',
  it: 'IT',
  ru: 'RU',
  pl: 'PL',
  uk: 'UA',
  tr: 'TR',
  nl: 'NL',
  hi: 'IN',
  ar: 'EG',
  ja: 'JP',
  zh: 'CN',
  ko: 'KR',
  id: 'ID',
  tl: 'PH',
  vi: 'VN',
  th: 'TH',
  sw: 'KE',
  bn: 'BD',
  ur: 'PK',
  fa: 'IR',
  he: 'IL',
  el: 'GR',
  ta: 'IN',
  te: 'IN',
  am: 'ET',
  kk: 'KZ',
  uz: 'UZ',
  az: 'AZ',
  sk: 'SK',
  hr: 'HR',
  lt: 'LT',
};

/** The script each corpus language is written in, for per-script figures. */
export const SCRIPT: Record<string, string> = {
  en: 'Latin',
  es: 'Latin',
  pt: 'Latin',
  fr: 'Latin',
  de: 'Latin',
  it: 'Latin',
  pl: 'Latin',
  tr: 'Latin',
  nl: 'Latin',
  id: 'Latin',
  tl: 'Latin',
  vi: 'Latin',
  sw: 'Latin',
  ms: 'Latin',
  ro: 'Latin',
  cs: 'Latin',
  hu: 'Latin',
  sv: 'Latin',
  uz: 'Latin',
  az: 'Latin',
  sk: 'Latin',
  hr: 'Latin',
  lt: 'Latin',
  yo: 'Latin',
  ha: 'Latin',
  ru: 'Cyrillic',
  uk: 'Cyrillic',
  bg: 'Cyrillic',
  sr: 'Cyrillic',
  kk: 'Cyrillic',
  ar: 'Arabic',
  ur: 'Arabic',
  fa: 'Arabic',
  he: 'Hebrew',
  el: 'Greek',
  ta: 'Tamil',
  hi: 'Devanagari',
  mr: 'Devanagari',
  ne: 'Devanagari',
  bn: 'Bengali',
  ja: 'Japanese',
  zh: 'Han',
  ko: 'Hangul',
  th: 'Thai',
  te: 'Telugu',
  am: 'Ethiopic',
  ka: 'Georgian',
  hy: 'Armenian',
  km: 'Khmer',
  my: 'Myanmar',
  si: 'Sinhala',
  pa: 'Gurmukhi',
  gu: 'Gujarati',
};

export const warden: System = (line) => new Set(detectContact({ text: line.text, locale: localeHint(line.lang) }).map((s) => s.type));

const libphonenumber: System = (line) => new Set(findPhoneNumbersInText(line.text, { defaultCountry: REGION[line.lang] }).length ? ['contact.phone'] : []);

const SOCIAL = /linkedin\.com|instagram\.com|facebook\.com|fb\.com|twitter\.com|(?:^|\/\/|\s)x\.com|tiktok\.com/i;
const linkifySystem: System = (line) => {
  const out = new Set<string>();
  for (const l of linkify.find(line.text)) {
    if (l.type === 'email') out.add('contact.email');
    // linkify only says "url": credit it with the link family when the URL is a social profile.
    else if (l.type === 'url' && SOCIAL.test(l.value)) out.add('contact.link');
  }
  return out;
};

const redactor = new SyncRedactor();
const redactPii: System = (line) => {
  const red = redactor.redact(line.text);
  const out = new Set<string>();
  if (red.includes('EMAIL_ADDRESS')) out.add('contact.email');
  if (red.includes('PHONE_NUMBER')) out.add('contact.phone');
  return out;
};

const openRedaction = new OpenRedaction();
const openRedactionSystem: System = async (line) => {
  const res = (await openRedaction.detect(line.text)) as { detections?: { type: string }[] };
  const out = new Set<string>();
  for (const d of res.detections ?? []) {
    if (/EMAIL/.test(d.type)) out.add('contact.email');
    else if (/PHONE|MOBILE|TELEPHONE/.test(d.type)) out.add('contact.phone');
    else if (/IBAN|BITCOIN|ETHEREUM|CRYPTO|WALLET|PAYPAL/.test(d.type)) out.add('contact.payment_handle');
    else if (/TWITTER|INSTAGRAM|LINKEDIN|FACEBOOK|SOCIAL/.test(d.type)) out.add('contact.link');
  }
  return out;
};

/** Families each system claims to cover; "overall" uses only these for a fair comparison. */
export const SYSTEMS: { name: string; run: System; covers: readonly string[] }[] = [
  { name: 'Warden', run: warden, covers: CONTACT_FAMILIES },
  { name: 'libphonenumber-js findNumbers', run: libphonenumber, covers: ['contact.phone'] },
  { name: 'linkifyjs', run: linkifySystem, covers: ['contact.email', 'contact.link'] },
  { name: 'redact-pii', run: redactPii, covers: ['contact.email', 'contact.phone'] },
  { name: '@openredaction/openredaction', run: openRedactionSystem, covers: ['contact.email', 'contact.phone', 'contact.link', 'contact.payment_handle'] },
];

/** Warden as it was before issue 12 (see before.ts), scored like the current one. */
export function wardenBefore(detect: (input: { text: string; locale?: string }) => { type: string }[]): System {
  return (line) => new Set(detect({ text: line.text, locale: localeHint(line.lang) }).map((s) => s.type));
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
export const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
/** Counts one message into `s`: a true positive, a false positive, a false negative, or nothing (a true negative). */
export function tally(s: Score, gold: boolean, got: boolean): void {
  if (gold && got) s.tp++;
  else if (got) s.fp++;
  else if (gold) s.fn++;
}

/** Scores per family plus "overall" (a message is positive when any covered family is). */
export async function evaluate(system: System, covers: readonly string[], corpus: CorpusLine[]) {
  const perFamily = new Map<string, Score>(covers.map((f) => [f, { tp: 0, fp: 0, fn: 0 }]));
  const overall: Score = { tp: 0, fp: 0, fn: 0 };
  const errors: { line: CorpusLine; predicted: string[] }[] = [];
  for (const line of corpus) {
    const predicted = await system(line);
    let wrong = false;
    for (const f of covers) {
      const s = perFamily.get(f) as Score;
      const gold = line.labels.includes(f);
      const got = predicted.has(f);
      if (gold && got) s.tp++;
      else if (got) {
        s.fp++;
        wrong = true;
      } else if (gold) {
        s.fn++;
        wrong = true;
      }
    }
    const gold = line.labels.some((l) => covers.includes(l));
    const got = [...predicted].some((p) => covers.includes(p));
    tally(overall, gold, got);
    if (wrong) errors.push({ line, predicted: [...predicted] });
  }
  return { perFamily, overall, errors };
}

const fmt = (x: number) => x.toFixed(3);

/** Overall message-level scores per script and per language (any contact family counts). */
export async function breakdown(
  system: System,
  corpus: CorpusLine[],
): Promise<{ scripts: Map<string, Score>; langs: Map<string, Score>; kinds: Map<string, Score> }> {
  const scripts = new Map<string, Score>();
  const langs = new Map<string, Score>();
  const kinds = new Map<string, Score>();
  for (const line of corpus) {
    const predicted = await system(line);
    const gold = line.labels.some((l) => (CONTACT_FAMILIES as readonly string[]).includes(l));
    const got = [...predicted].some((p) => (CONTACT_FAMILIES as readonly string[]).includes(p));
    for (const [map, key] of [
      [scripts, SCRIPT[line.lang] ?? 'other'],
      [langs, line.lang],
      [kinds, line.kind ?? 'unknown'],
    ] as const) {
      const s = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
      tally(s, gold, got);
      map.set(key, s);
    }
  }
  return { scripts, langs, kinds };
}

/** A markdown table of per-key P / R for several systems (columns). */
export function breakdownTable(
  title: string,
  columns: { name: string; scores: Map<string, Score> }[],
  corpus: CorpusLine[],
  keyOf: (l: CorpusLine) => string,
): string {
  const keys = [...new Set(corpus.map(keyOf))];
  const count = (k: string) => corpus.filter((l) => keyOf(l) === k);
  const rows = [`| ${title} | messages (positive) | ${columns.map((c) => `${c.name} P / R`).join(' | ')} |`, `|---|---:|${columns.map(() => '---|').join('')}`];
  for (const k of keys) {
    const lines = count(k);
    const pos = lines.filter((l) => l.labels.length > 0).length;
    rows.push(
      `| ${k} | ${lines.length} (${pos}) | ${columns
        .map((c) => {
          const s = c.scores.get(k) ?? { tp: 0, fp: 0, fn: 0 };
          return `${fmt(precision(s))} / ${fmt(recall(s))}${s.fp || s.fn ? ` (fp ${s.fp}, fn ${s.fn})` : ''}`;
        })
        .join(' | ')} |`,
    );
  }
  return rows.join('\n');
}

export async function table(corpus: CorpusLine[], systems = SYSTEMS) {
  const results = [];
  for (const s of systems) results.push({ ...s, ...(await evaluate(s.run, s.covers, corpus)) });
  const rows = ['| Family | ' + results.map((r) => `${r.name} P / R`).join(' | ') + ' |', '|---|' + results.map(() => '---|').join('')];
  for (const family of [...CONTACT_FAMILIES, 'overall']) {
    const cells = results.map((r) => {
      const s = family === 'overall' ? r.overall : r.perFamily.get(family);
      return s ? `${fmt(precision(s))} / ${fmt(recall(s))}` : '—';
    });
    rows.push(`| ${family} | ${cells.join(' | ')} |`);
  }
  const langs = new Set(corpus.map((l) => l.lang));
  const negatives = corpus.filter((l) => l.labels.length === 0).length;
  const summary = `${corpus.length} messages (${negatives} negative), ${langs.size} languages (${[...langs].join(', ')})`;
  return { summary, table: rows.join('\n'), errors: results[0].errors };
}

const TITLE: Record<CorpusFile, string> = {
  'corpus.jsonl': 'Tuned-on corpus',
  'heldout.jsonl': 'Held-out corpus',
  'blind-2.jsonl': 'Blind set 2',
  'blind-3.jsonl': 'Blind set 3',
  'blind-4.jsonl': 'Blind set 4',
  'blind-5.jsonl': 'Blind set 5',
  'blind-6.jsonl': 'Blind set 6',
  'blind-7.jsonl': 'Blind set 7',
  'blind-8.jsonl': 'Blind set 8',
  'blind-9.jsonl': 'Blind set 9',
  'blind-10.jsonl': 'Blind set 10',
  'blind-11.jsonl': 'Blind set 11',
  'blind-12.jsonl': 'Blind set 12',
  'blind-13.jsonl': 'Blind set 13',
  'blind-14.jsonl': 'Blind set 14',
  'blind-15.jsonl': 'Blind set 15',
  'blind-16.jsonl': 'Blind set 16',
  'blind-17.jsonl': 'Blind set 17',
};

/**
 * Prints the corpora; `--file F` only that one (`blind-2.jsonl` adds per-script and
 * per-language tables), `--errors` lists Warden's mistakes, `--heldout-only` skips the
 * tuned-on corpus.
 */
export async function run(): Promise<void> {
  const fileArg = process.argv.indexOf('--file');
  const files: CorpusFile[] =
    fileArg > 0
      ? [process.argv[fileArg + 1] as CorpusFile]
      : process.argv.includes('--heldout-only')
        ? ['heldout.jsonl']
        : ['corpus.jsonl', 'heldout.jsonl', 'blind-2.jsonl', 'blind-3.jsonl', 'blind-4.jsonl', 'blind-5.jsonl', 'blind-6.jsonl', 'blind-7.jsonl'];
  refuseErrorsOfBlind(files);
  for (const file of files) {
    const corpus = loadCorpus(file);
    const { summary, table: t, errors } = await table(corpus);
    console.log(`\n## ${TITLE[file]} (${file}): ${summary}\n\n${t}`);
    if (file.startsWith('blind-')) {
      const b = await breakdown(warden, corpus);
      console.log(`\n${breakdownTable('script', [{ name: 'Warden', scores: b.scripts }], corpus, (l) => SCRIPT[l.lang] ?? 'other')}`);
      console.log(`\n${breakdownTable('language', [{ name: 'Warden', scores: b.langs }], corpus, (l) => l.lang)}`);
      if (corpus.some((l) => l.kind)) console.log(`\n${breakdownTable('kind', [{ name: 'Warden', scores: b.kinds }], corpus, (l) => l.kind ?? 'unknown')}`);
    }
    if (process.argv.includes('--errors')) {
      for (const e of errors) console.log(JSON.stringify({ id: e.line.id, text: e.line.text, gold: e.line.labels, got: e.predicted }));
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
