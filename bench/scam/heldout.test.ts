import { describe, expect, it } from 'vitest';
import { loadScamCorpus } from './corpus.ts';

// Shape checks only: no score floors on the held-out set, because a floor would invite tuning
// against it and spend it as a blind measure (see RESULTS.md).
const FAMILIES = [
  'upfront_payment',
  'overpayment_cheque',
  'gift_card_or_crypto_payment',
  'offplatform_interview',
  'impersonation',
  'sensitive_data_request',
  'too_good_to_be_true',
  'reshipping',
];

describe('scam held-out set', () => {
  const heldout = loadScamCorpus('heldout.jsonl');

  it('has at least 150 examples in at least five languages, roughly half scam', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(150);
    expect(new Set(heldout.map((e) => e.lang)).size).toBeGreaterThanOrEqual(5);
    const scams = heldout.filter((e) => e.label === 'scam').length;
    expect(scams / heldout.length).toBeGreaterThan(0.4);
    expect(scams / heldout.length).toBeLessThan(0.6);
  });

  it('labels scams with known families and honest examples with none', () => {
    for (const e of heldout) {
      if (e.label === 'scam') expect(e.types.length, e.id).toBeGreaterThan(0);
      else expect(e.types, e.id).toEqual([]);
      for (const t of e.types) expect(FAMILIES, e.id).toContain(t);
    }
    expect(new Set(heldout.flatMap((e) => e.types))).toEqual(new Set(FAMILIES));
  });

  it('shares no id or text with the development corpus', () => {
    const dev = loadScamCorpus('corpus.jsonl');
    const ids = new Set(dev.map((e) => e.id));
    const texts = new Set(dev.map((e) => e.text));
    expect(new Set(heldout.map((e) => e.id)).size).toBe(heldout.length);
    expect(heldout.filter((e) => ids.has(e.id) || texts.has(e.text))).toEqual([]);
  });
});
