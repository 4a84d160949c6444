// Regression floor: Warden's message-level precision/recall on the labelled corpus.
import { describe, expect, it } from 'vitest';
import { CONTACT_FAMILIES } from '../../src/detect/contact/index.ts';
import { evaluate, loadCorpus, warden } from './evaluate.ts';

describe('contact corpus', () => {
  it('keeps overall precision and recall at or above 0.97 / 0.95', async () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(600);
    expect(corpus.filter((l) => l.labels.length === 0).length * 2).toBeGreaterThanOrEqual(corpus.length);
    const { overall, perFamily } = await evaluate(warden, CONTACT_FAMILIES, corpus);
    expect(overall.tp / (overall.tp + overall.fp)).toBeGreaterThanOrEqual(0.97);
    expect(overall.tp / (overall.tp + overall.fn)).toBeGreaterThanOrEqual(0.95);
    for (const [family, s] of perFamily) {
      expect(s.tp / Math.max(1, s.tp + s.fn), family).toBeGreaterThanOrEqual(0.9);
      // This corpus predates issue 12 and labels "write to me at <address>" with the address's
      // family only, while the detector now also reads the imperative as an ask to move
      // (offplatform.solicitation). So that family's precision is checked on the lines that
      // carry no contact at all: an ask found in an honest message is a real false positive.
      if (family === 'offplatform.solicitation') continue;
      expect(s.tp / Math.max(1, s.tp + s.fp), family).toBeGreaterThanOrEqual(0.9);
    }
    const honest = corpus.filter((l) => l.labels.length === 0);
    let askedInHonest = 0;
    for (const l of honest) if ((await warden(l)).has('offplatform.solicitation')) askedInHonest++;
    expect(askedInHonest / honest.length).toBeLessThanOrEqual(0.01);
  });

  // The held-out corpus was used once blind (RESULTS.md, first run) and then to find general
  // errors; from now on it is a second regression floor, a little under today's figures.
  it('keeps held-out overall precision ≥ 0.97 and recall ≥ 0.95', async () => {
    const heldout = loadCorpus('heldout.jsonl');
    expect(heldout.length).toBeGreaterThanOrEqual(300);
    expect(new Set(heldout.map((l) => l.lang)).size).toBeGreaterThanOrEqual(8);
    expect(heldout.filter((l) => l.labels.length === 0).length / heldout.length).toBeGreaterThanOrEqual(0.4);
    const { overall } = await evaluate(warden, CONTACT_FAMILIES, heldout);
    expect(overall.tp / (overall.tp + overall.fp)).toBeGreaterThanOrEqual(0.97);
    expect(overall.tp / (overall.tp + overall.fn)).toBeGreaterThanOrEqual(0.95);
  });
});
