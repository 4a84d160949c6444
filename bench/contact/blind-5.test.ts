// Shape checks only for the fifth blind contact set (BLIND-5.md): never detector results, so
// the set stays a blind measure.
import { describe, expect, it } from 'vitest';
import { expectSpread, expectWellFormed, readBlind, sharedWith } from './blind-shape.ts';
import { SCRIPT, setsBefore } from './evaluate.ts';

// [messages, positives] per language, as in BLIND-5.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [44, 26],
  es: [12, 6],
  pt: [12, 6],
  fr: [10, 5],
  de: [10, 5],
  it: [10, 5],
  pl: [10, 5],
  ru: [12, 6],
  uk: [10, 5],
  tr: [10, 5],
  nl: [10, 5],
  ar: [12, 6],
  fa: [10, 5],
  ur: [10, 5],
  hi: [12, 6],
  bn: [10, 5],
  ta: [10, 5],
  te: [10, 5],
  ja: [14, 7],
  zh: [12, 6],
  ko: [12, 6],
  th: [10, 5],
  he: [10, 5],
  el: [10, 5],
  am: [10, 5],
  vi: [10, 5],
  id: [10, 5],
  tl: [10, 5],
  sw: [10, 5],
};

describe('contact blind set 5', () => {
  const lines = readBlind('blind-5.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expectWellFormed(lines, { kinds: true });
  });

  it('has at least 300 messages in at least 25 languages and 14 scripts, about half positive', () => {
    expectSpread(lines, PER_LANG, SCRIPT, { messages: 300, languages: 25, scripts: 14 });
  });

  it('covers every kind of issue 12 with at least one positive, and each hard-negative kind', () => {
    const kinds = new Set(lines.map((l) => l.kind));
    for (const k of [
      'at-dot-words',
      'messenger-nickname',
      'phone-separators',
      'phone-split-lines',
      'phone-number-words',
      'phone-digit-scripts',
      'phone-partial',
      'handle-split',
      'reversed',
      'lookalike-leet',
      'qr-code',
      'portfolio-pdf',
      'other-marketplace',
      'workspace-invite',
      'social-search',
      'payment-handle',
      'interview-outside',
    ])
      expect(kinds, k).toContain(k);
    for (const k of ['neg-date-time', 'neg-order-code', 'neg-price', 'neg-zip', 'neg-bytes', 'neg-code', 'neg-platform-call', 'neg-support-email', 'neg-rule'])
      expect(kinds, k).toContain(k);
  });

  it('shares no text with the older contact sets', () => {
    expect(sharedWith(lines, setsBefore('blind-5.jsonl'))).toEqual([]);
  });
});
