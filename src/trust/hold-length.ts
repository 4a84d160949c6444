// Payment security period for a payment on a contract. The default is the marketplace's 5
// days. Long-standing trusted pairs get a shorter one (seed 000: "Why can't we freelancers with
// long-term clients get our payments earlier?"); risky payments a longer one. Risk wins over
// trust: a chargeback or an open strike cancels the shortcut however long the relationship.
//
// Bonuses (seed 000: "the security period for bonuses does not change" under the marketplace's
// trial) follow the same tiers, so a trusted pair's gift clears as fast as its invoices, with
// one risk of their own: a bonus cannot be disputed (marketplace-facts.md), so a bonus from a
// client who has never paid this freelancer for work — the shape of a stolen card cashed out
// through a "gift" — gets the long period. Every bonus answer says it is a bonus and why.

import { DEFAULT_TRUST_CONFIG, type TrustConfig } from './config.ts';
import { formatUsd, plural } from './format.ts';
import { DAY_MS, daysBetween, subMonths } from './time.ts';
import type { ContractRecord } from './types.ts';

export interface PairHistory {
  /** Start of the first contract between the two. */
  relationshipStartedAt: Date;
  paidBetweenCents: number;
  disputes: number;
  chargebacks: number;
}

export interface HoldInput {
  asOf: Date;
  pair: PairHistory;
  client: {
    accountCreatedAt: Date;
    paymentMethodVerified: boolean;
    /** All chargebacks by this client, with anyone. */
    chargebacks: Date[];
    activeStrikes: number;
  };
  freelancer: { activeStrikes: number };
  /** When the payment was released; gives `availableAt`. */
  paymentAt?: Date;
  /** What is paid (default: work — a milestone or hourly invoice). */
  paymentKind?: PaymentKind;
  /** Bonuses: what the client paid this freelancer for work (milestones, hours), bonuses left out. */
  workPaidBetweenCents?: number;
}

export type PaymentKind = 'milestone' | 'hourly' | 'bonus';

export type HoldTier = 'trusted_pair' | 'default' | 'risky';

export interface HoldReason {
  code:
    | 'new_client'
    | 'payment_method_unverified'
    | 'recent_chargeback'
    | 'client_strikes'
    | 'freelancer_strikes'
    | 'long_relationship'
    | 'paid_between'
    | 'no_disputes'
    | 'bonus_without_work'
    | 'bonus'
    | 'default';
  text: string;
}

export interface HoldDecision {
  days: number;
  tier: HoldTier;
  reasons: HoldReason[];
  availableAt?: Date;
}

/** The pair history from the contracts between one client and one freelancer, as of `asOf`. */
export function pairHistory(contracts: ContractRecord[], clientId: string, freelancerId: string, asOf: Date, chargebacksBetween = 0): PairHistory | null {
  const between = contracts.filter((c) => c.clientId === clientId && c.freelancerId === freelancerId && c.startedAt.getTime() <= asOf.getTime());
  if (between.length === 0) return null;
  return {
    relationshipStartedAt: new Date(Math.min(...between.map((c) => c.startedAt.getTime()))),
    paidBetweenCents: between.reduce((s, c) => s + c.totalPaidCents, 0),
    disputes: between.filter((c) => c.disputed || c.endReason === 'dispute').length,
    chargebacks: chargebacksBetween,
  };
}

export function holdLength(input: HoldInput, config: TrustConfig = DEFAULT_TRUST_CONFIG): HoldDecision {
  const cfg = config.hold;
  const { asOf, pair, client } = input;
  const withAvailability = (d: Omit<HoldDecision, 'availableAt'>): HoldDecision =>
    input.paymentAt ? { ...d, availableAt: new Date(input.paymentAt.getTime() + d.days * DAY_MS) } : d;

  const risks: HoldReason[] = [];
  const clientAge = daysBetween(client.accountCreatedAt, asOf);
  if (clientAge < cfg.risky.newClientDays)
    risks.push({ code: 'new_client', text: `The client account is less than ${plural(cfg.risky.newClientDays, 'day')} old.` });
  if (!client.paymentMethodVerified) risks.push({ code: 'payment_method_unverified', text: "The client's payment method is not verified." });
  const recentCb = client.chargebacks.filter((d) => d.getTime() <= asOf.getTime() && daysBetween(d, asOf) < cfg.risky.recentChargebackDays).length;
  if (recentCb > 0)
    risks.push({ code: 'recent_chargeback', text: `The client had a chargeback in the last ${plural(cfg.risky.recentChargebackDays, 'day')}.` });
  if (client.activeStrikes > 0) risks.push({ code: 'client_strikes', text: 'The client account has an open policy warning.' });
  if (input.freelancer.activeStrikes > 0) risks.push({ code: 'freelancer_strikes', text: 'The freelancer account has an open policy warning.' });
  const bonus = input.paymentKind === 'bonus';
  if (bonus && cfg.bonusWithoutWorkIsRisky && (input.workPaidBetweenCents ?? 0) <= 0)
    risks.push({ code: 'bonus_without_work', text: 'A bonus from a client who has not yet paid for work on the platform; bonuses cannot be disputed.' });
  if (risks.length > 0) return withAvailability({ days: cfg.riskyDays, tier: 'risky', reasons: risks });
  const bonusReason = (tier: HoldTier): HoldReason[] =>
    bonus
      ? [
          {
            code: 'bonus',
            text:
              tier === 'trusted_pair'
                ? 'This bonus clears as fast as your other payments from this client.'
                : 'Bonuses cannot be disputed, so they clear after the same security period as other payments.',
          },
        ]
      : [];

  const tp = cfg.trustedPair;
  const longEnough = pair.relationshipStartedAt.getTime() <= subMonths(asOf, tp.minRelationshipMonths).getTime();
  const paidEnough = pair.paidBetweenCents >= tp.minPaidCents;
  const clean = pair.disputes === 0 && pair.chargebacks === 0;
  if (longEnough && paidEnough && clean)
    return withAvailability({
      days: cfg.trustedPairDays,
      tier: 'trusted_pair',
      reasons: [
        { code: 'long_relationship', text: `You have worked together for ${plural(tp.minRelationshipMonths, 'month')} or more.` },
        { code: 'paid_between', text: `${formatUsd(pair.paidBetweenCents)} paid between you on the platform.` },
        { code: 'no_disputes', text: 'No disputes or chargebacks between you.' },
        ...bonusReason('trusted_pair'),
      ],
    });

  const missing: string[] = [];
  if (!longEnough) missing.push(`${plural(tp.minRelationshipMonths, 'month')} working together`);
  if (!paidEnough) missing.push(`${formatUsd(tp.minPaidCents)} paid between you`);
  if (!clean) missing.push('no disputes or chargebacks between you');
  return withAvailability({
    days: cfg.defaultDays,
    tier: 'default',
    reasons: [
      {
        code: 'default',
        text: `Standard security period. A shorter one applies after ${missing.join(', ')}.`,
      },
      ...bonusReason('default'),
    ],
  });
}
