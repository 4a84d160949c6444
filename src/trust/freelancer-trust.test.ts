import { describe, expect, it } from 'vitest';
import { type FreelancerTrustInput, freelancerTrust, weeksWithEarnings } from './freelancer-trust.ts';
import { DAY_MS } from './time.ts';

const asOf = new Date('2024-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(asOf.getTime() - d * DAY_MS);
const noBadges = { risingTalent: false, topRated: false, topRatedPlus: false, expertVetted: false };

/** Paid once in each of the first `n` rolling weeks before asOf. */
const weekly = (n: number) => Array.from({ length: n }, (_, i) => ({ paidAt: daysAgo(7 * i + 1), amountCents: 20_000 }));

function regular(over: Partial<FreelancerTrustInput> = {}): FreelancerTrustInput {
  return {
    asOf,
    accountCreatedAt: daysAgo(400),
    identityVerified: true,
    earnings: weekly(20),
    jss: 95,
    badges: { ...noBadges, topRated: true },
    activeStrikes: 0,
    ...over,
  };
}

describe('weeksWithEarnings', () => {
  it('counts distinct rolling weeks with a positive payment', () => {
    const earnings = [
      { paidAt: daysAgo(0), amountCents: 100 },
      { paidAt: daysAgo(6.9), amountCents: 100 }, // same week as above
      { paidAt: daysAgo(7), amountCents: 100 },
      { paidAt: daysAgo(30), amountCents: 0 }, // nothing paid
      { paidAt: daysAgo(182), amountCents: 100 }, // week index 26: outside
      { paidAt: new Date(asOf.getTime() + DAY_MS), amountCents: 100 }, // after asOf
    ];
    expect(weeksWithEarnings(earnings, asOf, 26)).toBe(2);
    expect(weeksWithEarnings([{ paidAt: daysAgo(182), amountCents: 1 }], asOf, 27)).toBe(1);
  });
});

describe('freelancerTrust', () => {
  it('rates a verified, regular, top rated freelancer high with readable facts', () => {
    const t = freelancerTrust(regular());
    expect(t.level).toBe('high');
    expect(t.weeksWithEarnings).toBe(20);
    expect(t.facts.map((f) => f.text)).toEqual([
      'Identity verified.',
      'Member for 13 months.',
      'Earned on the platform in 20 of the last 26 weeks.',
      'Job Success Score 95%.',
      'Top Rated.',
    ]);
  });

  it('is medium when earnings are irregular or identity is unverified', () => {
    expect(freelancerTrust(regular({ earnings: weekly(12) })).level).toBe('medium');
    expect(freelancerTrust(regular({ identityVerified: false })).level).toBe('medium');
  });

  it('accepts a badge in place of a high JSS', () => {
    expect(freelancerTrust(regular({ jss: 85, badges: noBadges })).level).toBe('medium');
    expect(freelancerTrust(regular({ jss: 85 })).level).toBe('high');
  });

  it('is low with strikes, while badges are removed, or when suspended', () => {
    expect(freelancerTrust(regular({ activeStrikes: 1 })).level).toBe('low');
    const banned = freelancerTrust(regular({ circumventionBanUntil: new Date(asOf.getTime() + 30 * DAY_MS) }));
    expect(banned.level).toBe('low');
    expect(banned.facts.map((f) => f.code)).toContain('badges_removed');
    expect(freelancerTrust(regular({ circumventionBanUntil: daysAgo(1) })).level).toBe('high');
    expect(freelancerTrust(regular({ suspended: true })).level).toBe('low');
  });

  it('is unknown for a newcomer who has not earned yet', () => {
    const t = freelancerTrust(regular({ accountCreatedAt: daysAgo(5), earnings: [], jss: null, badges: noBadges }));
    expect(t.level).toBe('unknown');
    expect(t.facts.map((f) => f.text)).toContain('New to the platform: joined 5 days ago.');
  });
});
