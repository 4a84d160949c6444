// Shape checks only for the second blind contact set (BLIND-2.md): never detector results, so
// the set stays a blind measure.
import { describe, expect, it } from 'vitest';
import { type CorpusFile, loadCorpus } from './evaluate.ts';

interface Line {
  id: string;
  lang: string;
  text: string;
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

// The corpus reader of the evaluation, with this set's `kind` per line.
const read = (file: CorpusFile) => loadCorpus(file) as Line[];

describe('contact blind set 2', () => {
  const lines = read('blind-2.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    for (const l of lines) {
      expect(l.text.trim().length, l.id).toBeGreaterThan(0);
      expect(new Set(l.labels).size, l.id).toBe(l.labels.length);
      for (const label of l.labels) expect(FAMILIES, l.id).toContain(label);
    }
  });

  it('has at least 320 messages in at least 16 languages, about half positive, counts as documented', () => {
    expect(lines.length).toBeGreaterThanOrEqual(320);
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

  it('shares no text with the tuned-on or the first held-out corpus', () => {
    const old = new Set([...read('corpus.jsonl'), ...read('heldout.jsonl')].map((l) => l.text));
    expect(lines.filter((l) => old.has(l.text)).map((l) => l.id)).toEqual([]);
  });
});
