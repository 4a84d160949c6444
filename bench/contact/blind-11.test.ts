// Shape checks only for the eleventh blind contact set (BLIND-11.md): never detector results, so
// the set stays a blind measure until its first run is recorded.
import { describe, expect, it } from 'vitest';
import { expectKindsCovered, expectSpread, expectWellFormed, FAMILIES, KINDS_FROM_10, readBlind, sharedWith } from './blind-shape.ts';
import { SCRIPT, setsBefore } from './evaluate.ts';

// [messages, positives] per language, as in BLIND-11.md.
const PER_LANG: Record<string, [number, number]> = {
  en: [52, 26],
  es: [26, 13],
  pt: [24, 12],
  fr: [22, 11],
  de: [24, 12],
  it: [16, 8],
  pl: [16, 8],
  nl: [14, 7],
  tr: [18, 9],
  id: [16, 8],
  vi: [16, 8],
  sw: [10, 5],
  tl: [8, 4],
  ru: [24, 12],
  uk: [18, 9],
  ar: [22, 11],
  fa: [10, 5],
  ur: [8, 4],
  hi: [22, 11],
  bn: [10, 5],
  zh: [22, 11],
  ja: [22, 11],
  ko: [22, 11],
  th: [12, 6],
  el: [10, 5],
  he: [10, 5],
};

describe('contact blind set 11', () => {
  const lines = readBlind('blind-11.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expectWellFormed(lines, { kinds: true });
  });

  it('has at least 400 messages in at least 25 languages and 11 scripts, about half positive', () => {
    expectSpread(lines, PER_LANG, SCRIPT, { messages: 400, languages: 25, scripts: 11 });
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
    expect(sharedWith(lines, setsBefore('blind-11.jsonl'))).toEqual([]);
  });
});
