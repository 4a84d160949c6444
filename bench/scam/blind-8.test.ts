// Shape checks only for the eighth scam set (BLIND-8.md): never detector results. Blind until its
// second run (bench/scam/RESULTS.md); tuned on since 2026-11-30 18:00 (branch scam11).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeBlindSet, FAMILIES, SCHEMES } from './blind-shape.ts';

// The fifteen issue-11 kinds plus investment fraud paid in crypto.
const SCHEMES_8 = [...SCHEMES, 'crypto_investment'];

describeBlindSet('blind-8.jsonl', {
  // [examples, scams] per language, as in BLIND-8.md.
  perLang: {
    en: [40, 20],
    ...Object.fromEntries(['es', 'de', 'ru', 'ar', 'zh'].map((l) => [l, [16, 8]])),
    ...Object.fromEntries(['pt', 'fr', 'it', 'pl', 'tr', 'hi', 'ja', 'ko', 'id'].map((l) => [l, [14, 7]])),
  },
  minExamples: 220,
  minLanguages: 12,
  earlier: ['corpus.jsonl', 'heldout.jsonl', 'blind-2.jsonl', 'blind-3.jsonl', 'blind-4.jsonl', 'blind-5.jsonl', 'blind-6.jsonl', 'blind-7.jsonl'],
  schemes: SCHEMES_8,
  // Every family of LABELLING.md and the issue-11 families none of them covers.
  families: FAMILIES,
});

describe('scam blind set blind-8.jsonl look-alikes', () => {
  const examples = readFileSync(new URL('./blind-8.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; label: string; like?: string; kind: string });

  it('names, on each honest text and only there, the scam kind it resembles; every kind has one', () => {
    for (const e of examples) {
      if (e.label === 'honest') expect(SCHEMES_8, e.id).toContain(e.like);
      else expect(e.like, e.id).toBeUndefined();
    }
    expect(new Set(examples.map((e) => e.like).filter(Boolean))).toEqual(new Set(SCHEMES_8));
  });

  it('holds job posts, messages and proposals on both sides', () => {
    for (const label of ['scam', 'honest'])
      for (const kind of ['job', 'message', 'proposal'])
        expect(
          examples.some((e) => e.label === label && e.kind === kind),
          `${label} ${kind}`,
        ).toBe(true);
  });
});
