// Shape checks only for the third blind contact set (BLIND-3.md): never detector results, so
// the set stays a blind measure.
import { describe, expect, it } from 'vitest';
import { expectCounts, expectWellFormed, readBlind, sharedWith } from './blind-shape.ts';
import { setsBefore } from './evaluate.ts';

// [messages, positives] per language, as in BLIND-3.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [45, 26],
  es: [16, 9],
  pt: [15, 8],
  fr: [13, 6],
  de: [14, 7],
  it: [11, 5],
  pl: [11, 5],
  ru: [16, 9],
  uk: [11, 5],
  tr: [11, 5],
  ar: [15, 8],
  hi: [15, 8],
  bn: [10, 5],
  ur: [10, 5],
  id: [13, 7],
  vi: [12, 6],
  tl: [14, 8],
  ja: [16, 8],
  zh: [15, 8],
  ko: [15, 8],
  th: [12, 6],
  sw: [9, 4],
  fa: [7, 3],
  he: [6, 3],
  el: [5, 2],
};

describe('contact blind set 3', () => {
  const lines = readBlind('blind-3.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expectWellFormed(lines, { kinds: true });
  });

  it('has at least 300 messages in at least 20 languages, about half positive, counts as documented', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(Object.keys(PER_LANG).length).toBeGreaterThanOrEqual(20);
    expectCounts(lines, PER_LANG);
  });

  it('shares no text with the tuned-on corpus, the held-out corpus or blind set 2', () => {
    expect(sharedWith(lines, setsBefore('blind-3.jsonl'))).toEqual([]);
  });
});
