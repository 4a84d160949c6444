import { describe, expect, it } from 'vitest';
import { trustConfig } from './config.ts';
import { type HoldInput, holdLength, pairHistory } from './hold-length.ts';
import { DAY_MS } from './time.ts';
import type { ContractRecord } from './types.ts';

const asOf = new Date('2024-06-30T00:00:00Z');
const daysAgo = (d: number) => new Date(asOf.getTime() - d * DAY_MS);

function trustedPair(over: Partial<HoldInput> = {}): HoldInput {
  return {
    asOf,
    pair: { relationshipStartedAt: daysAgo(400), paidBetweenCents: 1_200_000, disputes: 0, chargebacks: 0 },
    client: { accountCreatedAt: daysAgo(900), paymentMethodVerified: true, chargebacks: [], activeStrikes: 0 },
    freelancer: { activeStrikes: 0 },
    ...over,
  };
}
const newRiskyClient: HoldInput = {
  asOf,
  pair: { relationshipStartedAt: daysAgo(3), paidBetweenCents: 20_000, disputes: 0, chargebacks: 0 },
  client: { accountCreatedAt: daysAgo(10), paymentMethodVerified: false, chargebacks: [], activeStrikes: 0 },
  freelancer: { activeStrikes: 0 },
};

describe('holdLength', () => {
  it('shortens the hold for a long-standing trusted pair', () => {
    const d = holdLength(trustedPair({ paymentAt: asOf }));
    expect(d).toMatchObject({ days: 2, tier: 'trusted_pair' });
    expect(d.reasons.map((r) => r.text)).toEqual([
      'You have worked together for 6 months or more.',
      '$12,000 paid between you on the platform.',
      'No disputes or chargebacks between you.',
    ]);
    expect(d.availableAt?.toISOString()).toBe('2024-07-02T00:00:00.000Z');
  });

  it('lengthens it for a new client with an unverified payment method', () => {
    const d = holdLength(newRiskyClient);
    expect(d).toMatchObject({ days: 10, tier: 'risky' });
    expect(d.reasons.map((r) => r.code)).toEqual(['new_client', 'payment_method_unverified']);
  });

  it('uses the 5-day default otherwise and says what is missing', () => {
    const d = holdLength(trustedPair({ pair: { relationshipStartedAt: daysAgo(100), paidBetweenCents: 400_000, disputes: 0, chargebacks: 0 } }));
    expect(d).toMatchObject({ days: 5, tier: 'default' });
    expect(d.reasons[0].text).toBe('Standard security period. A shorter one applies after 6 months working together, $5,000 paid between you.');
  });

  it('needs each trusted-pair condition at its boundary', () => {
    const six = new Date(Date.UTC(2023, 11, 30));
    const at = (startedAt: Date, paid: number, disputes = 0) =>
      holdLength(trustedPair({ pair: { relationshipStartedAt: startedAt, paidBetweenCents: paid, disputes, chargebacks: 0 } })).days;
    expect(at(six, 500_000)).toBe(2);
    expect(at(new Date(six.getTime() + 1), 500_000)).toBe(5);
    expect(at(six, 499_999)).toBe(5);
    expect(at(six, 500_000, 1)).toBe(5);
  });

  it('lets risk win over a long relationship', () => {
    const cb = holdLength(
      trustedPair({ client: { accountCreatedAt: daysAgo(900), paymentMethodVerified: true, chargebacks: [daysAgo(30)], activeStrikes: 0 } }),
    );
    expect(cb).toMatchObject({ days: 10, tier: 'risky' });
    expect(cb.reasons.map((r) => r.code)).toEqual(['recent_chargeback']);
    const oldCb = holdLength(
      trustedPair({ client: { accountCreatedAt: daysAgo(900), paymentMethodVerified: true, chargebacks: [daysAgo(200)], activeStrikes: 0 } }),
    );
    expect(oldCb.days).toBe(2);
    expect(holdLength(trustedPair({ freelancer: { activeStrikes: 1 } })).reasons.map((r) => r.code)).toEqual(['freelancer_strikes']);
  });

  it('follows configured days', () => {
    const cfg = trustConfig({ hold: { trustedPairDays: 0, riskyDays: 14 } });
    expect(holdLength(trustedPair(), cfg).days).toBe(0);
    expect(holdLength(newRiskyClient, cfg).days).toBe(14);
  });
});

describe('pairHistory', () => {
  const c = (id: string, clientId: string, startedDaysAgo: number, paid: number, extra: Partial<ContractRecord> = {}): ContractRecord => ({
    id,
    clientId,
    freelancerId: 'f',
    startedAt: daysAgo(startedDaysAgo),
    kind: 'hourly',
    totalPaidCents: paid,
    ...extra,
  });

  it('sums the contracts between one client and one freelancer', () => {
    const contracts = [c('a', 'k', 300, 100_000), c('b', 'k', 50, 300_000, { disputed: true }), c('x', 'other', 900, 5), c('future', 'k', -5, 7)];
    expect(pairHistory(contracts, 'k', 'f', asOf)).toEqual({ relationshipStartedAt: daysAgo(300), paidBetweenCents: 400_000, disputes: 1, chargebacks: 0 });
    expect(pairHistory(contracts, 'nobody', 'f', asOf)).toBeNull();
  });
});
