import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trustConfig } from './config.ts';
import { ndcg, type RankingTrust, rankScore } from './ranking.ts';

const noBadges = { risingTalent: false, topRated: false, topRatedPlus: false, expertVetted: false };
const plain: RankingTrust = {
  suspended: false,
  weeksWithEarnings: 0,
  jss: null,
  badges: noBadges,
  identityVerified: false,
  activeStrikes: 0,
  circumventionConfirmed: false,
};
const score = (relevance: number, trust: Partial<RankingTrust> = {}) => rankScore({ relevance, trust: { ...plain, ...trust } }).score ?? -1;

describe('rankScore', () => {
  it('ranks regular on-platform earners above equally relevant occasional ones', () => {
    expect(score(0.5, { weeksWithEarnings: 20 })).toBeGreaterThan(score(0.5, { weeksWithEarnings: 2 }));
  });

  it('ranks higher JSS and badges up', () => {
    expect(score(0.5, { jss: 98 })).toBeGreaterThan(score(0.5, { jss: 70 }));
    expect(score(0.5, { badges: { ...noBadges, topRatedPlus: true } })).toBeGreaterThan(score(0.5, { badges: { ...noBadges, topRated: true } }));
    expect(score(0.5, { badges: { ...noBadges, topRated: true } })).toBeGreaterThan(score(0.5));
  });

  it('ranks active strikes and confirmed circumvention down', () => {
    expect(score(0.5, { activeStrikes: 1 })).toBeLessThan(score(0.5));
    expect(score(0.5, { activeStrikes: 5 })).toBe(score(0.5, { activeStrikes: 3 }));
    const circumventing = score(0.5, { circumventionConfirmed: true, badges: { ...noBadges, topRatedPlus: true } });
    expect(circumventing).toBeLessThan(score(0.5));
  });

  it('excludes suspended accounts', () => {
    expect(rankScore({ relevance: 0.9, trust: { ...plain, suspended: true, jss: 100 } })).toEqual({ score: null, excluded: true, factors: [] });
  });

  it('does not let trust lift a non-matching profile', () => {
    const best: Partial<RankingTrust> = { weeksWithEarnings: 26, jss: 100, badges: { ...noBadges, topRatedPlus: true }, identityVerified: true };
    expect(score(0, best)).toBe(0);
    expect(score(0.2, best)).toBeLessThan(score(0.5));
  });

  it('explains itself: factor contributions add up to the score', () => {
    const r = rankScore({ relevance: 0.4, trust: { ...plain, weeksWithEarnings: 13, jss: 90, activeStrikes: 1, identityVerified: true } });
    expect(r.factors.map((f) => f.name)).toEqual(['relevance', 'earnings_regularity', 'jss', 'badges', 'identity_verified', 'active_strikes', 'circumvention']);
    expect(r.factors.find((f) => f.name === 'earnings_regularity')).toMatchObject({ value: 0.5, weight: 0.3 });
    expect(r.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(r.score ?? Number.NaN);
  });

  it('keeps a floor so relevance still orders heavily penalised profiles', () => {
    const cfg = trustConfig({ ranking: { weights: { activeStrikes: -2 } } });
    const r = rankScore({ relevance: 0.5, trust: { ...plain, activeStrikes: 3 } }, cfg);
    expect(r.score).toBeCloseTo(0.05);
    expect(r.factors.at(-1)?.name).toBe('floor');
    expect(r.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(0.05);
  });

  it('never lowers the score for more earning weeks, and contributions always add up', () => {
    const trust = fc.record({
      suspended: fc.constant(false),
      weeksWithEarnings: fc.integer({ min: 0, max: 25 }),
      jss: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      badges: fc.record({ risingTalent: fc.boolean(), topRated: fc.boolean(), topRatedPlus: fc.boolean(), expertVetted: fc.boolean() }),
      identityVerified: fc.boolean(),
      activeStrikes: fc.integer({ min: 0, max: 6 }),
      circumventionConfirmed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), trust, (relevance, t) => {
        const a = rankScore({ relevance, trust: t });
        const b = rankScore({ relevance, trust: { ...t, weeksWithEarnings: t.weeksWithEarnings + 1 } });
        expect(b.score ?? 0).toBeGreaterThanOrEqual(a.score ?? 0);
        expect(a.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(a.score ?? 0, 9);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ndcg', () => {
  it('is 1 for the ideal order and lower otherwise', () => {
    expect(ndcg([3, 2, 1, 0], 4)).toBe(1);
    expect(ndcg([0, 1, 2, 3], 4)).toBeLessThan(1);
  });

  it('matches a hand computation', () => {
    // DCG = 0 + (2^1 − 1) / log2(3); IDCG = 1 / log2(2) = 1.
    expect(ndcg([0, 1], 2)).toBeCloseTo(1 / Math.log2(3), 12);
    // Cut at k = 1: only the first position counts.
    expect(ndcg([0, 1], 1)).toBe(0);
    // Against a wider judged set, a short list that misses the best item is not perfect.
    expect(ndcg([1], 1, [2, 1])).toBeCloseTo(1 / 3, 12);
  });

  it('is 0 when nothing is relevant', () => {
    expect(ndcg([0, 0, 0], 3)).toBe(0);
  });
});
