// Shape checks only for the second blind contact set (BLIND-2.md): never detector results, so
// the set stays a blind measure.
import { describe, expect, it } from 'vitest';
import { expectCounts, expectWellFormed, readBlind, sharedWith } from './blind-shape.ts';
import { setsBefore } from './evaluate.ts';

// [messages, positives] per language, as in BLIND-2.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [44, 19],
  es: [18, 8],
  pt: [18, 9],
  fr: [16, 8],
  de: [17, 8],
  it: [14, 7],
  pl: [13, 6],
  ru: [16, 9],
  uk: [13, 7],
  tr: [15, 7],
  ar: [15, 8],
  hi: [15, 8],
  bn: [10, 5],
  ur: [9, 5],
  id: [14, 7],
  vi: [12, 6],
  tl: [13, 7],
  ja: [15, 8],
  zh: [15, 7],
  ko: [14, 7],
  th: [11, 5],
  sw: [11, 6],
};

describe('contact blind set 2', () => {
  const lines = readBlind('blind-2.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expectWellFormed(lines, { kinds: false });
  });

  it('has at least 320 messages in at least 16 languages, about half positive, counts as documented', () => {
    expect(lines.length).toBeGreaterThanOrEqual(320);
    expectCounts(lines, PER_LANG);
  });

  it('shares no text with the tuned-on or the first held-out corpus', () => {
    expect(sharedWith(lines, setsBefore('blind-2.jsonl'))).toEqual([]);
  });
});
