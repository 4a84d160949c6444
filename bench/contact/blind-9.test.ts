// Shape checks only for the ninth blind contact set (BLIND-9.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describe, expect, it } from 'vitest';
import { expectSpread, expectWellFormed, readBlind, sharedWith } from './blind-shape.ts';
import { SCRIPT, setsBefore } from './evaluate.ts';

// [messages, positives] per language, as in BLIND-9.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [56, 28],
  es: [20, 10],
  pt: [18, 9],
  fr: [18, 9],
  de: [20, 10],
  it: [14, 7],
  pl: [16, 8],
  tr: [16, 8],
  id: [14, 7],
  vi: [12, 6],
  nl: [12, 6],
  ro: [10, 5],
  sw: [10, 5],
  tl: [10, 5],
  ru: [22, 11],
  uk: [14, 7],
  ar: [20, 10],
  fa: [12, 6],
  ur: [8, 4],
  hi: [18, 9],
  zh: [20, 10],
  ja: [20, 10],
  ko: [18, 9],
  th: [14, 7],
  el: [12, 6],
  he: [12, 6],
  bn: [12, 6],
  ka: [8, 4],
};

describe('contact blind set 9', () => {
  const lines = readBlind('blind-9.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expectWellFormed(lines, { kinds: true });
  });

  it('has at least 320 messages in at least 20 languages and 10 scripts, about half positive', () => {
    expectSpread(lines, PER_LANG, SCRIPT, { messages: 320, languages: 20, scripts: 10 });
  });

  it('no language holds more than an eighth of the set', () => {
    for (const [lang, [n]] of Object.entries(PER_LANG)) expect(n * 8, lang).toBeLessThanOrEqual(lines.length);
  });

  it('covers each obfuscation and pointer kind with a positive, and each hard-negative kind', () => {
    const positive = new Set(lines.filter((l) => l.labels.length).map((l) => l.kind));
    for (const k of [
      'ask-contact',
      'ask-indirect',
      'at-dot-words',
      'card-number',
      'email-spaced',
      'fullwidth',
      'handle-named',
      'handle-split',
      'iban',
      'interview-outside',
      'lookalike-leet',
      'meeting-link',
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
      'profile-pointer',
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
      'neg-business-address',
      'neg-code',
      'neg-coordinates',
      'neg-date-time',
      'neg-decorator',
      'neg-email-work',
      'neg-experience',
      'neg-hashtag',
      'neg-iban-like',
      'neg-ip',
      'neg-isbn',
      'neg-measure',
      'neg-misc-digits',
      'neg-order-code',
      'neg-phone-feature',
      'neg-placeholder',
      'neg-platform-call',
      'neg-platform-messaging',
      'neg-price',
      'neg-qr',
      'neg-refusal',
      'neg-report',
      'neg-rule',
      'neg-screenshot',
      'neg-social-work',
      'neg-tax-id',
      'neg-tracking',
      'neg-version',
      'neg-work-sample',
      'neg-zip',
    ])
      expect(negative, k).toContain(k);
  });

  it('shares no text with the older contact sets', () => {
    expect(sharedWith(lines, setsBefore('blind-9.jsonl'))).toEqual([]);
  });
});
