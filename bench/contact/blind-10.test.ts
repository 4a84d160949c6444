// Shape checks only for the tenth blind contact set (BLIND-10.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describe, expect, it } from 'vitest';
import { expectSpread, expectWellFormed, FAMILIES, readBlind, sharedWith } from './blind-shape.ts';
import { SCRIPT, setsBefore } from './evaluate.ts';

// [messages, positives] per language, as in BLIND-10.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [50, 25],
  es: [20, 10],
  pt: [20, 10],
  fr: [18, 9],
  de: [18, 9],
  it: [14, 7],
  pl: [14, 7],
  nl: [12, 6],
  tr: [16, 8],
  id: [14, 7],
  vi: [14, 7],
  sw: [8, 4],
  tl: [8, 4],
  ru: [20, 10],
  uk: [14, 7],
  ar: [18, 9],
  fa: [10, 5],
  hi: [18, 9],
  bn: [10, 5],
  zh: [18, 9],
  ja: [18, 9],
  ko: [18, 9],
  th: [10, 5],
  el: [10, 5],
  he: [10, 5],
};

describe('contact blind set 10', () => {
  const lines = readBlind('blind-10.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expectWellFormed(lines, { kinds: true });
  });

  it('has at least 320 messages in at least 18 languages and 10 scripts, about half positive', () => {
    expectSpread(lines, PER_LANG, SCRIPT, { messages: 320, languages: 18, scripts: 10 });
  });

  it('no language holds more than an eighth of the set', () => {
    for (const [lang, [n]] of Object.entries(PER_LANG)) expect(n * 8, lang).toBeLessThanOrEqual(lines.length);
  });

  it('uses every contact family', () => {
    const used = new Set(lines.flatMap((l) => l.labels));
    for (const f of FAMILIES) expect(used, f).toContain(f);
  });

  it('covers each obfuscation, pointer and payment kind with a positive, and each hard-negative kind', () => {
    const positive = new Set(lines.filter((l) => l.labels.length).map((l) => l.kind));
    for (const k of [
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
    ])
      expect(positive, k).toContain(k);
    const negative = new Set(lines.filter((l) => !l.labels.length).map((l) => l.kind));
    for (const k of [
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
    ])
      expect(negative, k).toContain(k);
  });

  it('shares no text with the older contact sets', () => {
    expect(sharedWith(lines, setsBefore('blind-10.jsonl'))).toEqual([]);
  });
});
