import { describe, expect, it } from 'vitest';
import { evaluate, loadScamCorpus } from './corpus.ts';

// Floors a little under what the detector achieves today (RESULTS.md), so a lexicon change
// that costs real precision or recall fails here.
describe('scam corpus floors', () => {
  const examples = loadScamCorpus();
  const result = evaluate(examples);

  it('has at least 300 labelled examples in six languages, scam and honest', () => {
    expect(examples.length).toBeGreaterThanOrEqual(300);
    expect(new Set(examples.map((e) => e.lang))).toEqual(new Set(['en', 'es', 'pt', 'fr', 'de', 'ru']));
    expect(examples.filter((e) => e.label === 'honest').length).toBeGreaterThanOrEqual(100);
  });

  it('keeps overall precision ≥ 0.97 and recall ≥ 0.97', () => {
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.97);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('keeps every scam type at precision ≥ 0.9 and recall ≥ 0.9', () => {
    for (const [type, s] of Object.entries(result.byType)) {
      expect(s.precision, type).toBeGreaterThanOrEqual(0.9);
      expect(s.recall, type).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('label families and signal types', () => {
  it('scores a set labelled account_trade against scam.account_trading, the signal warden screen outputs', () => {
    const example = { id: 'x-1', lang: 'en', kind: 'message' as const, label: 'scam' as const, types: ['account_trade'], text: 'rent me your profile' };
    const result = evaluate([example], () => [{ type: 'scam.account_trading', strength: 'medium', score: 0.9 }]);
    expect(result.byType).toEqual({ account_trading: expect.objectContaining({ tp: 1, fp: 0, fn: 0 }) });
    expect(result.errors).toEqual([]);
  });
});
