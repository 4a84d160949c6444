// Shape checks only for the ninth blind scam set (BLIND-9.md): never detector results, so the
// set stays a blind measure until its first run is recorded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeBlindSet, SCHEMES } from './blind-shape.ts';

describeBlindSet('blind-9.jsonl', {
  // [examples, scams] per language, as in BLIND-9.md.
  perLang: {
    en: [36, 18],
    ...Object.fromEntries(['es', 'pt', 'fr', 'de', 'ru', 'ar', 'zh', 'hi', 'ja', 'tr', 'id', 'ko'].map((l) => [l, [16, 8]])),
  },
  minExamples: 220,
  minLanguages: 12,
  earlier: [
    'corpus.jsonl',
    'heldout.jsonl',
    'blind-2.jsonl',
    'blind-3.jsonl',
    'blind-4.jsonl',
    'blind-5.jsonl',
    'blind-6.jsonl',
    'blind-7.jsonl',
    'blind-8.jsonl',
  ],
});

describe('scam blind set blind-9.jsonl look-alikes', () => {
  const examples = readFileSync(new URL('./blind-9.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; label: string; like?: string; kind: string });

  it('names, on each honest text and only there, the scam kind it resembles; every kind has one', () => {
    for (const e of examples) {
      if (e.label === 'honest') expect(SCHEMES, e.id).toContain(e.like);
      else expect(e.like, e.id).toBeUndefined();
    }
    expect(new Set(examples.map((e) => e.like).filter(Boolean))).toEqual(new Set(SCHEMES));
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
