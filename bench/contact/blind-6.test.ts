// Shape checks only for the sixth blind contact set (BLIND-6.md): never detector results, so
// the set stays a blind measure.
import { describe, expect, it } from 'vitest';
import { expectSpread, expectWellFormed, readBlind, sharedWith } from './blind-shape.ts';
import { SCRIPT, setsBefore } from './evaluate.ts';

// [messages, positives] per language, as in BLIND-6.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [49, 24],
  es: [24, 12],
  pt: [19, 9],
  fr: [19, 10],
  de: [20, 10],
  it: [16, 8],
  pl: [16, 8],
  ru: [20, 10],
  uk: [14, 7],
  tr: [17, 9],
  nl: [14, 7],
  ar: [20, 10],
  fa: [16, 8],
  ur: [14, 7],
  hi: [19, 10],
  bn: [14, 7],
  ta: [14, 7],
  te: [12, 6],
  ja: [19, 9],
  zh: [19, 9],
  ko: [20, 10],
  th: [17, 8],
  he: [16, 8],
  el: [14, 7],
  am: [12, 6],
  vi: [17, 9],
  id: [17, 9],
  tl: [15, 7],
  sw: [15, 7],
};

describe('contact blind set 6', () => {
  const lines = readBlind('blind-6.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expectWellFormed(lines, { kinds: true });
  });

  it('has at least 340 messages in at least 20 languages and 12 scripts, about half positive', () => {
    expectSpread(lines, PER_LANG, SCRIPT, { messages: 340, languages: 20, scripts: 12 });
  });

  it('no language holds more than an eighth of the set', () => {
    for (const [lang, [n]] of Object.entries(PER_LANG)) expect(n * 8, lang).toBeLessThanOrEqual(lines.length);
  });

  it('covers each obfuscation and pointer kind with a positive, and each hard-negative kind', () => {
    const positive = new Set(lines.filter((l) => l.labels.length).map((l) => l.kind));
    for (const k of [
      'at-dot-words',
      'email-spaced',
      'fullwidth',
      'lookalike-letters',
      'lookalike-leet',
      'reversed',
      'zero-width',
      'phone-separators',
      'phone-split-lines',
      'phone-number-words',
      'phone-digit-scripts',
      'phone-mixed-digits',
      'phone-keycaps',
      'messenger-nickname',
      'messenger-slang',
      'handle-named',
      'handle-split',
      'social-link',
      'social-search',
      'site-contact-page',
      'qr-code',
      'next-message',
      'other-marketplace',
      'workspace-invite',
      'payment-handle',
      'iban',
      'upi',
      'pix',
      'wallet',
      'interview-outside',
    ])
      expect(positive, k).toContain(k);
    const negative = new Set(lines.filter((l) => !l.labels.length).map((l) => l.kind));
    for (const k of [
      'neg-date-time',
      'neg-price',
      'neg-order-code',
      'neg-zip',
      'neg-version',
      'neg-bytes',
      'neg-code',
      'neg-platform-call',
      'neg-rule',
      'neg-refusal',
      'neg-after-contract',
      'neg-support-email',
      'neg-app-work',
      'neg-ip',
      'neg-coordinates',
      'neg-contract-address',
      'neg-work-sample',
    ])
      expect(negative, k).toContain(k);
  });

  it('shares no text with the older contact sets', () => {
    expect(sharedWith(lines, setsBefore('blind-6.jsonl'))).toEqual([]);
  });
});
