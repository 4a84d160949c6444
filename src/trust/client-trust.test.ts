import { describe, expect, it } from 'vitest';
import { type ClientTrustInput, clientTrust, isTrustedClient, trustedClientCriteria } from './client-trust.ts';
import { trustConfig } from './config.ts';
import { DAY_MS } from './time.ts';

const asOf = new Date('2024-06-30T00:00:00Z');
const daysAgo = (d: number) => new Date(asOf.getTime() - d * DAY_MS);

function established(over: Partial<ClientTrustInput> = {}): ClientTrustInput {
  return {
    asOf,
    accountCreatedAt: daysAgo(800),
    paymentMethodVerified: true,
    plan: 'basic',
    jobsPosted: 10,
    jobsWithHire: 6,
    completedContracts: 9,
    totalSpentCents: 450_000,
    ratingReceived: { average: 4.8, count: 9 },
    ratingGiven: { average: 4.6, count: 9 },
    disputes: [],
    chargebacks: [],
    activeStrikes: 0,
    ...over,
  };
}

function brandNew(over: Partial<ClientTrustInput> = {}): ClientTrustInput {
  return established({
    accountCreatedAt: daysAgo(3),
    jobsPosted: 1,
    jobsWithHire: 0,
    completedContracts: 0,
    totalSpentCents: 0,
    ratingReceived: { average: 0, count: 0 },
    ratingGiven: { average: 0, count: 0 },
    ...over,
  });
}

const text = (t: ReturnType<typeof clientTrust>) => t.facts.map((f) => f.text);

describe('clientTrust', () => {
  it('rates an established, well-rated, verified client high and says why', () => {
    const t = clientTrust(established());
    expect(t.level).toBe('high');
    expect(text(t)).toEqual([
      'Payment method verified.',
      'Member for 2 years.',
      '$4,500 spent on the platform.',
      'Hired on 6 of 10 jobs posted (60%).',
      'Rated 4.8 by freelancers over 9 contracts.',
      'Gives freelancers 4.6 on average over 9 contracts.',
      'No payment disputes or chargebacks in the last 12 months.',
    ]);
  });

  it('rates a new client without a verified payment method low', () => {
    const t = clientTrust(brandNew({ paymentMethodVerified: false }));
    expect(t.level).toBe('low');
    expect(t.facts.filter((f) => f.tone === 'negative').map((f) => f.code)).toEqual(['payment_method', 'account_age']);
    expect(text(t)).toContain('New account: joined 3 days ago.');
  });

  it('is unknown for a verified client with no history yet', () => {
    expect(clientTrust(brandNew()).level).toBe('unknown');
  });

  it('is low after a recent chargeback or with an open strike, whatever the history', () => {
    const cb = clientTrust(established({ chargebacks: [daysAgo(40)] }));
    expect(cb.level).toBe('low');
    expect(text(cb)).toContain('1 chargeback in the last 12 months.');
    const strike = clientTrust(established({ activeStrikes: 1 }));
    expect(strike.level).toBe('low');
    expect(text(strike).join(' ')).not.toMatch(/score|detector|threshold/i);
  });

  it('forgets chargebacks older than the recent window', () => {
    expect(clientTrust(established({ chargebacks: [daysAgo(400)] })).level).toBe('high');
  });

  it('is low with repeated disputes at a high rate, medium with one', () => {
    expect(clientTrust(established({ disputes: [daysAgo(10), daysAgo(50)] })).level).toBe('low');
    expect(clientTrust(established({ disputes: [daysAgo(10)] })).level).toBe('medium');
  });

  it('is medium for a harsh rater or a thin record', () => {
    expect(clientTrust(established({ ratingGiven: { average: 2.9, count: 5 } })).level).toBe('medium');
    expect(clientTrust(established({ totalSpentCents: 20_000 })).level).toBe('medium');
    expect(clientTrust(established({ jobsWithHire: 1 })).level).toBe('medium');
  });

  it('rates a verified enterprise client high without a long record', () => {
    const t = clientTrust(brandNew({ plan: 'enterprise' }));
    expect(t.level).toBe('high');
    expect(text(t)).toContain('Enterprise client.');
  });
});

describe('isTrustedClient', () => {
  it('needs an average of 4.0 over 5 completed contracts by default', () => {
    const base = { ratingReceived: { average: 4.0, count: 5 }, completedContracts: 5, activeStrikes: 0 };
    expect(isTrustedClient(base)).toBe(true);
    expect(isTrustedClient({ ...base, completedContracts: 4 })).toBe(false);
    expect(isTrustedClient({ ...base, ratingReceived: { average: 3.99, count: 5 } })).toBe(false);
    expect(isTrustedClient({ ...base, ratingReceived: { average: 5, count: 0 } })).toBe(false);
    expect(isTrustedClient({ ...base, activeStrikes: 1 })).toBe(false);
  });

  it('is configurable', () => {
    const cfg = trustConfig({ clientTrust: { trustedClient: { minCompletedContracts: 10, requireNoActiveStrikes: false } } });
    const input = { ratingReceived: { average: 4.5, count: 8 }, completedContracts: 8, activeStrikes: 1 };
    expect(isTrustedClient(input, cfg)).toBe(false);
    expect(isTrustedClient({ ...input, completedContracts: 10 }, cfg)).toBe(true);
    expect(trustedClientCriteria(input, cfg).map((c) => c.criterion)).toEqual(['completed_contracts', 'average_rating']);
  });

  it('is reported by clientTrust', () => {
    expect(clientTrust(established()).trustedClient).toBe(true);
    expect(clientTrust(brandNew()).trustedClient).toBe(false);
  });
});
