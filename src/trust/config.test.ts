import { describe, expect, it } from 'vitest';
import { DEFAULT_TRUST_CONFIG, TrustConfigError, trustConfig } from './config.ts';

describe('trustConfig', () => {
  it('carries the published marketplace numbers as defaults', () => {
    const c = trustConfig();
    expect(c.jss.windowsMonths).toEqual({ long: 24, medium: 12, short: 6 });
    expect(c.jss.trendingRecentMonths).toBe(3);
    expect([c.jss.minContracts, c.jss.minDistinctClients, c.jss.recomputeIntervalDays]).toEqual([2, 2, 14]);
    expect(c.badges.topRated).toMatchObject({
      minJss: 90,
      minDaysSinceFirstContract: 90,
      weeklyLookback: 16,
      weeklyMinMet: 13,
      minEarnedCents: 100_000,
      earnedWindowMonths: 12,
    });
    expect(c.badges.topRatedPlus.minEarnedCents).toBe(1_000_000);
    const large = Object.values(c.badges.topRatedPlus.largeContractCents.byCategory);
    expect(Math.min(...large)).toBe(500_000);
    expect(Math.max(...large)).toBe(3_000_000);
    expect(c.badges.circumvention.banMonths).toBe(6);
    expect(c.hold.defaultDays).toBe(5);
    expect(c.clientTrust.trustedClient).toMatchObject({ minAverageRating: 4, minCompletedContracts: 5 });
    expect(c.interview.exemptPlans).toEqual(['enterprise']);
  });

  it('deep-merges overrides without touching the defaults', () => {
    const c = trustConfig({ hold: { trustedPairDays: 1 }, interview: { exemptPlans: ['business'] } });
    expect(c.hold).toMatchObject({ trustedPairDays: 1, defaultDays: 5, riskyDays: 10 });
    expect(c.interview.exemptPlans).toEqual(['business']);
    expect(DEFAULT_TRUST_CONFIG.hold.trustedPairDays).toBe(2);
    expect(DEFAULT_TRUST_CONFIG.interview.exemptPlans).toEqual(['enterprise']);
  });

  it('rejects settings that contradict each other', () => {
    expect(() => trustConfig({ hold: { trustedPairDays: 9 } })).toThrow(TrustConfigError);
    expect(() => trustConfig({ badges: { topRated: { weeklyMinMet: 17 } } })).toThrow(/weeklyMinMet/);
    expect(() => trustConfig({ jss: { privateBadAtMost: 9 } })).toThrow(/privateBadAtMost/);
  });
});
