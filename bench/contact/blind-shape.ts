// Shape checks shared by the blind contact sets' tests (blind-N.test.ts): the line format, the
// label families, counts per language and overlap with older sets — never detector results,
// so each set stays a blind measure. Each test keeps its own documented counts (BLIND-N.md).
import { describe, expect, it } from 'vitest';
import { CONTACT_FAMILIES } from '../../src/detect/contact/index.ts';
import { type CorpusFile, loadCorpus, SCRIPT, setsBefore } from './evaluate.ts';

/** One line of a blind contact set; `kind` names an obfuscation, or a look-alike as `neg-…` (sets 3 on). */
export interface BlindLine {
  id: string;
  lang: string;
  text: string;
  kind?: string;
  labels: string[];
}

/** The labels a line may carry: the contact and off-platform families the detector reports. */
export const FAMILIES: readonly string[] = CONTACT_FAMILIES;

/** The evaluation's corpus reader, typed with the blind sets' fields. */
export const readBlind = (file: CorpusFile) => loadCorpus(file) as BlindLine[];

/**
 * Unique ids, non-empty texts, known labels without repeats; with `kinds`, a negative kind
 * (`neg-…`, a look-alike) exactly on the lines without labels.
 */
export function expectWellFormed(lines: BlindLine[], opts: { kinds: boolean }): void {
  expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
  for (const l of lines) {
    expect(l.text.trim().length, l.id).toBeGreaterThan(0);
    expect(new Set(l.labels).size, l.id).toBe(l.labels.length);
    for (const label of l.labels) expect(FAMILIES, l.id).toContain(label);
    if (opts.kinds) expect((l.kind ?? '').startsWith('neg-'), l.id).toBe(l.labels.length === 0);
  }
}

/** Counts per language equal the documented [messages, positives], and 40–60 % of lines are positive. */
export function expectCounts(lines: BlindLine[], perLang: Record<string, [number, number]>): void {
  const counts: Record<string, [number, number]> = {};
  for (const l of lines) {
    counts[l.lang] ??= [0, 0];
    const c = counts[l.lang];
    c[0]++;
    if (l.labels.length) c[1]++;
  }
  expect(counts).toEqual(perLang);
  const positives = lines.filter((l) => l.labels.length).length / lines.length;
  expect(positives).toBeGreaterThan(0.4);
  expect(positives).toBeLessThan(0.6);
}

/**
 * A set's size and spread: at least `min.messages` lines, `min.languages` languages whose scripts
 * the evaluation knows, `min.scripts` scripts, and exactly the documented counts per language.
 */
export function expectSpread(
  lines: BlindLine[],
  perLang: Record<string, [number, number]>,
  script: Record<string, string>,
  min: { messages: number; languages: number; scripts: number },
): void {
  expect(lines.length).toBeGreaterThanOrEqual(min.messages);
  expect(Object.keys(perLang).length).toBeGreaterThanOrEqual(min.languages);
  expect(Object.keys(perLang).every((l) => script[l])).toBe(true);
  expect(new Set(Object.keys(perLang).map((l) => script[l])).size).toBeGreaterThanOrEqual(min.scripts);
  expectCounts(lines, perLang);
}

/** Ids of `lines` whose text also stands in one of the `older` sets (expected: none). */
export function sharedWith(lines: BlindLine[], older: CorpusFile[]): string[] {
  const old = new Set(older.flatMap((f) => readBlind(f)).map((l) => l.text));
  return lines.filter((l) => old.has(l.text)).map((l) => l.id);
}

/**
 * The kinds blind sets 10 on cover: each obfuscation, pointer and payment kind with a positive
 * message, and each hard-negative (`neg-…`) kind with a negative one.
 */
export const KINDS_FROM_10: { positive: readonly string[]; negative: readonly string[] } = {
  positive: [
    'ask-indirect',
    'at-dot-words',
    'calendly',
    'card-number',
    'crypto-usdt',
    'discord-invite',
    'fullwidth',
    'gcash',
    'handle-named',
    'iban',
    'instagram',
    'interview-outside',
    'interview-whatsapp',
    'lookalike-leet',
    'meeting-link',
    'messenger-slang',
    'mpesa',
    'next-message',
    'other-marketplace',
    'pay-direct',
    'paypal-me',
    'phone-digit-scripts',
    'phone-emoji-sep',
    'phone-mixed-digits',
    'phone-number-words',
    'phone-separators',
    'phone-split-lines',
    'pix',
    'portfolio-pointer',
    'profile-pointer',
    'qr-code',
    'reversed',
    'revolut',
    'same-username',
    'screenshot',
    'search-name',
    'site-contact-page',
    'skype-live',
    'social-link',
    'telegram-handle',
    'tme-link',
    'upi',
    'wa-link',
    'wallet',
    'workspace-invite',
    'wpp-slang',
    'zero-width',
  ],
  negative: [
    'neg-app-work',
    'neg-bytes',
    'neg-code',
    'neg-coordinates',
    'neg-date-time',
    'neg-decorator',
    'neg-email-work',
    'neg-hashtag',
    'neg-iban-like',
    'neg-ip',
    'neg-isbn',
    'neg-measure',
    'neg-order-code',
    'neg-paypal-work',
    'neg-placeholder',
    'neg-platform-call',
    'neg-post-contract',
    'neg-price',
    'neg-refusal',
    'neg-report',
    'neg-rule',
    'neg-screenshot',
    'neg-social-work',
    'neg-tax-id',
    'neg-tracking',
    'neg-version',
    'neg-zip',
  ],
};

/** Every kind of `kinds.positive` stands on a positive line and every `kinds.negative` one on a negative line. */
export function expectKindsCovered(lines: BlindLine[], kinds: { positive: readonly string[]; negative: readonly string[] }): void {
  const positive = new Set(lines.filter((l) => l.labels.length).map((l) => l.kind));
  for (const k of kinds.positive) expect(positive, k).toContain(k);
  const negative = new Set(lines.filter((l) => !l.labels.length).map((l) => l.kind));
  for (const k of kinds.negative) expect(negative, k).toContain(k);
}

/**
 * The shape tests of a blind set from set 10 on, under `title`: well-formed lines with kinds, the
 * documented counts per language (`perLang`, [messages, positives]) and minimums, no language over
 * an eighth of the set, every family used, every kind of KINDS_FROM_10 covered, no text shared
 * with the sets before it.
 */
export function describeBlindContactSet(
  title: string,
  file: CorpusFile,
  perLang: Record<string, [number, number]>,
  min: { messages: number; languages: number; scripts: number },
): void {
  describe(title, () => {
    const lines = readBlind(file);

    it('has unique ids, non-empty texts and only known labels', () => {
      expectWellFormed(lines, { kinds: true });
    });

    it(`has at least ${min.messages} messages in at least ${min.languages} languages and ${min.scripts} scripts, about half positive`, () => {
      expectSpread(lines, perLang, SCRIPT, min);
    });

    it('no language holds more than an eighth of the set', () => {
      for (const [lang, [n]] of Object.entries(perLang)) expect(n * 8, lang).toBeLessThanOrEqual(lines.length);
    });

    it('uses every contact family', () => {
      const used = new Set(lines.flatMap((l) => l.labels));
      for (const f of FAMILIES) expect(used, f).toContain(f);
    });

    it('covers each obfuscation, pointer and payment kind with a positive, and each hard-negative kind', () => {
      expectKindsCovered(lines, KINDS_FROM_10);
    });

    it('shares no text with the older contact sets', () => {
      expect(sharedWith(lines, setsBefore(file))).toEqual([]);
    });
  });
}
