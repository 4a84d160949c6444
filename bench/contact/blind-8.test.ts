// Shape checks only for the eighth blind contact set (BLIND-8.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describe, expect, it } from 'vitest';
import { expectSpread, expectWellFormed, readBlind, sharedWith } from './blind-shape.ts';
import { SCRIPT, setsBefore } from './evaluate.ts';

// [messages, positives] per language, as in BLIND-8.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [48, 24],
  es: [22, 11],
  pt: [19, 10],
  fr: [19, 10],
  de: [19, 10],
  it: [14, 7],
  pl: [16, 8],
  tr: [16, 8],
  id: [16, 8],
  vi: [16, 8],
  nl: [12, 6],
  sw: [12, 6],
  ro: [12, 6],
  ru: [21, 12],
  uk: [16, 8],
  ar: [17, 9],
  fa: [12, 6],
  ur: [12, 6],
  hi: [16, 8],
  zh: [18, 9],
  ja: [19, 10],
  ko: [16, 8],
  th: [15, 8],
  el: [14, 7],
  he: [14, 7],
  bn: [14, 7],
  ta: [14, 7],
  ka: [12, 6],
  hy: [12, 6],
  am: [12, 6],
};

describe('contact blind set 8', () => {
  const lines = readBlind('blind-8.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expectWellFormed(lines, { kinds: true });
  });

  it('has at least 400 messages in at least 20 languages and 10 scripts, about half positive', () => {
    expectSpread(lines, PER_LANG, SCRIPT, { messages: 400, languages: 20, scripts: 10 });
  });

  it('no language holds more than an eighth of the set', () => {
    for (const [lang, [n]] of Object.entries(PER_LANG)) expect(n * 8, lang).toBeLessThanOrEqual(lines.length);
  });

  it('covers each obfuscation and pointer kind with a positive, and each hard-negative kind', () => {
    const positive = new Set(lines.filter((l) => l.labels.length).map((l) => l.kind));
    for (const k of [
      'ask-contact',
      'at-dot-words',
      'card-number',
      'email-spaced',
      'fullwidth',
      'handle-named',
      'handle-split',
      'iban',
      'interview-outside',
      'lookalike-leet',
      'messenger-slang',
      'next-message',
      'other-marketplace',
      'payment-handle',
      'payment-intent',
      'phone-digit-scripts',
      'phone-emoji-sep',
      'phone-keycaps',
      'phone-mixed-digits',
      'phone-number-words',
      'phone-separators',
      'phone-split-lines',
      'pix',
      'qr-code',
      'reversed',
      'same-username',
      'screenshot',
      'site-contact-page',
      'social-link',
      'social-search',
      'upi',
      'wallet',
      'workspace-invite',
      'zero-width',
    ])
      expect(positive, k).toContain(k);
    const negative = new Set(lines.filter((l) => !l.labels.length).map((l) => l.kind));
    for (const k of [
      'neg-app-work',
      'neg-bytes',
      'neg-code',
      'neg-coordinates',
      'neg-date-time',
      'neg-experience',
      'neg-ip',
      'neg-isbn',
      'neg-measure',
      'neg-misc-digits',
      'neg-order-code',
      'neg-phone-feature',
      'neg-placeholder',
      'neg-platform-call',
      'neg-price',
      'neg-qr',
      'neg-refusal',
      'neg-report',
      'neg-rule',
      'neg-screenshot',
      'neg-tax-id',
      'neg-tracking',
      'neg-version',
      'neg-work-sample',
      'neg-zip',
    ])
      expect(negative, k).toContain(k);
  });

  it('shares no text with the older contact sets', () => {
    expect(sharedWith(lines, setsBefore('blind-8.jsonl'))).toEqual([]);
  });
});
