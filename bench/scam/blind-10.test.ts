// Shape checks only for the tenth blind scam set (BLIND-10.md): never detector results, so the
// set stays a blind measure until its first run is recorded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeBlindSet, SCHEMES } from './blind-shape.ts';

describeBlindSet('blind-10.jsonl', {
  // [examples, scams] per language, as in BLIND-10.md.
  perLang: {
    en: [40, 20],
    ...Object.fromEntries(['es', 'pt', 'fr', 'de', 'it', 'pl', 'ru', 'ar', 'zh', 'hi', 'ja', 'ko', 'vi'].map((l) => [l, [16, 8]])),
  },
  minExamples: 240,
  minLanguages: 13,
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
    'blind-9.jsonl',
  ],
});

describe('scam blind set blind-10.jsonl look-alikes', () => {
  const examples = readFileSync(new URL('./blind-10.jsonl', import.meta.url), 'utf8')
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
