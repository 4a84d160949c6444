// Shape checks only for the fourth blind contact set (BLIND-4.md): never detector results, so
// the set stays a blind measure.
import { describe, expect, it } from 'vitest';
import { type CorpusFile, loadCorpus, SCRIPT } from './evaluate.ts';

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

const read = (file: CorpusFile) => loadCorpus(file) as Line[];

describe('contact blind set 4', () => {
  const lines = read('blind-4.jsonl');

  it('has unique ids, non-empty texts and only known labels', () => {
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    for (const l of lines) {
      expect(l.text.trim().length, l.id).toBeGreaterThan(0);
      expect(new Set(l.labels).size, l.id).toBe(l.labels.length);
      for (const label of l.labels) expect(FAMILIES, l.id).toContain(label);
      expect(l.kind.startsWith('neg-'), l.id).toBe(l.labels.length === 0);
    }
  });

  it('has at least 300 messages in at least 20 languages and 10 scripts, about half positive', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(new Set(Object.keys(PER_LANG).map((l) => SCRIPT[l])).size).toBeGreaterThanOrEqual(10);
    expect(Object.keys(PER_LANG).every((l) => SCRIPT[l])).toBe(true);
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

  it('shares no text with the older contact sets', () => {
    const old = new Set([...read('corpus.jsonl'), ...read('heldout.jsonl'), ...read('blind-2.jsonl'), ...read('blind-3.jsonl')].map((l) => l.text));
    expect(lines.filter((l) => old.has(l.text)).map((l) => l.id)).toEqual([]);
  });
});
