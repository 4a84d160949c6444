// Shape checks only for the fourth blind contact set (BLIND-4.md): never detector results, so
// the set stays a blind measure.
import { describe, expect, it } from 'vitest';
import { expectCounts, expectWellFormed, readBlind, sharedWith } from './blind-shape.ts';
import { SCRIPT, setsBefore } from './evaluate.ts';

// [messages, positives] per language, as in BLIND-4.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [44, 25],
  es: [15, 8],
  pt: [15, 8],
  fr: [12, 6],
  de: [13, 7],
  it: [10, 5],
  pl: [10, 5],
  ru: [12, 7],
  uk: [10, 5],
  tr: [10, 5],
  nl: [8, 4],
  ar: [12, 6],
  fa: [8, 4],
  ur: [8, 4],
  hi: [12, 6],
  bn: [10, 5],
  ta: [8, 4],
  ja: [14, 7],
  zh: [12, 6],
  ko: [12, 6],
  th: [10, 5],
  he: [8, 4],
  el: [8, 4],
  vi: [10, 5],
  id: [10, 5],
  tl: [10, 5],
  sw: [8, 4],
};

describe('contact blind set 4', () => {
  const lines = readBlind('blind-4.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expectWellFormed(lines, { kinds: true });
  });

  it('has at least 300 messages in at least 20 languages and 10 scripts, about half positive', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(new Set(Object.keys(PER_LANG).map((l) => SCRIPT[l])).size).toBeGreaterThanOrEqual(10);
    expect(Object.keys(PER_LANG).every((l) => SCRIPT[l])).toBe(true);
    expectCounts(lines, PER_LANG);
  });

  it('shares no text with the older contact sets', () => {
    expect(sharedWith(lines, setsBefore('blind-4.jsonl'))).toEqual([]);
  });
});
