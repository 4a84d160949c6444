// Shape checks only for the tenth blind contact set (BLIND-10.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describe, expect, it } from 'vitest';
import { expectKindsCovered, expectSpread, expectWellFormed, FAMILIES, KINDS_FROM_10, readBlind, sharedWith } from './blind-shape.ts';
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
    expectKindsCovered(lines, KINDS_FROM_10);
  });

  it('shares no text with the older contact sets', () => {
    expect(sharedWith(lines, setsBefore('blind-10.jsonl'))).toEqual([]);
  });
});
