// Shape checks only for the seventh blind contact set (BLIND-7.md): never detector results, so
// the set stays a blind measure.
import { describe, expect, it } from 'vitest';
import { expectSpread, expectWellFormed, readBlind, sharedWith } from './blind-shape.ts';
import { SCRIPT, setsBefore } from './evaluate.ts';

// [messages, positives] per language, as in BLIND-7.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [36, 18],
  es: [15, 8],
  pt: [14, 7],
  fr: [13, 7],
  de: [12, 6],
  it: [11, 6],
  pl: [10, 5],
  tr: [10, 5],
  id: [10, 5],
  vi: [10, 5],
  sw: [10, 5],
  ms: [12, 6],
  ro: [12, 6],
  cs: [12, 6],
  hu: [12, 6],
  sv: [12, 6],
  ru: [14, 7],
  uk: [10, 5],
  ar: [14, 7],
  fa: [10, 5],
  he: [10, 5],
  el: [10, 5],
  hi: [13, 7],
  mr: [11, 5],
  ne: [10, 5],
  bn: [8, 4],
  ta: [8, 4],
  ja: [14, 7],
  zh: [14, 7],
  ko: [12, 6],
  th: [10, 5],
  ka: [12, 6],
  hy: [12, 6],
  km: [10, 5],
  my: [10, 5],
  si: [10, 5],
  pa: [12, 6],
  gu: [12, 6],
};

describe('contact blind set 7', () => {
  const lines = readBlind('blind-7.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expectWellFormed(lines, { kinds: true });
  });

  it('has at least 340 messages in at least 22 languages and 12 scripts, about half positive', () => {
    expectSpread(lines, PER_LANG, SCRIPT, { messages: 340, languages: 22, scripts: 12 });
  });

  it('no language holds more than an eighth of the set', () => {
    for (const [lang, [n]] of Object.entries(PER_LANG)) expect(n * 8, lang).toBeLessThanOrEqual(lines.length);
  });

  it('covers each obfuscation and pointer kind with a positive, and each hard-negative kind', () => {
    const positive = new Set(lines.filter((l) => l.labels.length).map((l) => l.kind));
    for (const k of [
      'at-dot-words',
      'interview-outside',
      'payment-handle',
      'phone-number-words',
      'phone-separators',
      'messenger-nickname',
      'phone-digit-scripts',
      'messenger-slang',
      'iban',
      'payment-intent',
      'social-search',
      'other-marketplace',
      'social-link',
      'ask-contact',
      'next-message',
      'workspace-invite',
      'phone-split-lines',
      'upi',
      'handle-named',
      'site-contact-page',
      'phone-mixed-digits',
      'wallet',
      'email-spaced',
      'reversed',
      'phone-keycaps',
      'qr-code',
      'lookalike-leet',
      'zero-width',
      'handle-split',
      'lookalike-letters',
      'pix',
      'fullwidth',
    ])
      expect(positive, k).toContain(k);
    const negative = new Set(lines.filter((l) => !l.labels.length).map((l) => l.kind));
    for (const k of [
      'neg-price',
      'neg-date-time',
      'neg-zip',
      'neg-rule',
      'neg-refusal',
      'neg-platform-call',
      'neg-order-code',
      'neg-version',
      'neg-app-work',
      'neg-bytes',
      'neg-after-contract',
      'neg-code',
      'neg-support-email',
      'neg-coordinates',
      'neg-measure',
      'neg-ip',
      'neg-placeholder',
      'neg-work-sample',
      'neg-misc-digits',
      'neg-contract-address',
    ])
      expect(negative, k).toContain(k);
  });

  it('shares no text with the older contact sets', () => {
    expect(sharedWith(lines, setsBefore('blind-7.jsonl'))).toEqual([]);
  });
});
