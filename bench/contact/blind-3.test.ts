// Shape checks only for the third blind contact set (BLIND-3.md): never detector results, so
// the set stays a blind measure.
import { describe, expect, it } from 'vitest';
import { type CorpusFile, loadCorpus } from './evaluate.ts';

interface Line {
  id: string;
  lang: string;
  text: string;
  kind: string;
  labels: string[];
}

const FAMILIES = [
  'contact.email',
  'contact.phone',
  'contact.handle',
  'contact.link',
  'contact.payment_handle',
  'offplatform.solicitation',
  'offplatform.payment_outside',
  'offplatform.interview_outside',
];

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

// The corpus reader of the evaluation, with this set's `kind` per line.
const read = (file: CorpusFile) => loadCorpus(file) as Line[];

describe('contact blind set 3', () => {
  const lines = read('blind-3.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    for (const l of lines) {
      expect(l.text.trim().length, l.id).toBeGreaterThan(0);
      expect(new Set(l.labels).size, l.id).toBe(l.labels.length);
      for (const label of l.labels) expect(FAMILIES, l.id).toContain(label);
      // A negative kind names a look-alike, a positive kind an obfuscation.
      expect(l.kind.startsWith('neg-'), l.id).toBe(l.labels.length === 0);
    }
  });

  it('has at least 300 messages in at least 20 languages, about half positive, counts as documented', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(Object.keys(PER_LANG).length).toBeGreaterThanOrEqual(20);
    const counts: Record<string, [number, number]> = {};
    for (const l of lines) {
      counts[l.lang] ??= [0, 0];
      const c = counts[l.lang];
      c[0]++;
      if (l.labels.length) c[1]++;
    }
    expect(counts).toEqual(PER_LANG);
    const positives = lines.filter((l) => l.labels.length).length / lines.length;
    expect(positives).toBeGreaterThan(0.4);
    expect(positives).toBeLessThan(0.6);
  });

  it('shares no text with the tuned-on corpus, the held-out corpus or blind set 2', () => {
    const old = new Set([...read('corpus.jsonl'), ...read('heldout.jsonl'), ...read('blind-2.jsonl')].map((l) => l.text));
    expect(lines.filter((l) => old.has(l.text)).map((l) => l.id)).toEqual([]);
  });
});
