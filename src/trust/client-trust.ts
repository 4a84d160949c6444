// Client trust: what a freelancer should know about a client before accepting an invitation
// or sending a proposal. The level is a small rule set rather than a learned score so every
// level can be explained by the facts listed beside it, in words a freelancer can read.
// Facts never mention detectors or thresholds (ARCHITECTURE.md "Notice").

import { DEFAULT_TRUST_CONFIG, type TrustConfig } from './config.ts';
import { formatDuration, formatRating, formatUsd, plural } from './format.ts';
import { daysBetween, subMonths } from './time.ts';
import type { ClientPlan, Criterion, RatingSummary, TrustFact, TrustLevel } from './types.ts';

export interface ClientTrustInput {
  asOf: Date;
  accountCreatedAt: Date;
  paymentMethodVerified: boolean;
  plan: ClientPlan;
  jobsPosted: number;
  /** Jobs posted that led to at least one hire. */
  jobsWithHire: number;
  completedContracts: number;
  totalSpentCents: number;
  /** Ratings freelancers gave this client. */
  ratingReceived: RatingSummary;
  /** Ratings this client gave freelancers. */
  ratingGiven: RatingSummary;
  disputes: Date[];
  chargebacks: Date[];
  activeStrikes: number;
  suspended?: boolean;
}

export interface ClientTrust {
  level: TrustLevel;
  /** Whether the client meets the trusted-client rule (screening and interview exemptions). */
  trustedClient: boolean;
  facts: TrustFact[];
}

export type TrustedClientInput = Pick<ClientTrustInput, 'ratingReceived' | 'completedContracts' | 'activeStrikes'>;

/** The criteria of the trusted-client rule (default: ≥ 4.0 average over ≥ 5 completed contracts). */
export function trustedClientCriteria(input: TrustedClientInput, config: TrustConfig = DEFAULT_TRUST_CONFIG): Criterion[] {
  const t = config.clientTrust.trustedClient;
  const avg = input.ratingReceived.count > 0 ? input.ratingReceived.average : null;
  const criteria: Criterion[] = [
    {
      criterion: 'completed_contracts',
      met: input.completedContracts >= t.minCompletedContracts,
      value: input.completedContracts,
      required: t.minCompletedContracts,
    },
    { criterion: 'average_rating', met: avg !== null && avg >= t.minAverageRating, value: avg, required: t.minAverageRating },
  ];
  // An open strike means the account is under a cloud; exemptions would be the wrong signal.
  if (t.requireNoActiveStrikes) criteria.push({ criterion: 'no_active_strikes', met: input.activeStrikes === 0, value: input.activeStrikes, required: 0 });
  return criteria;
}

export function isTrustedClient(input: TrustedClientInput, config: TrustConfig = DEFAULT_TRUST_CONFIG): boolean {
  return trustedClientCriteria(input, config).every((c) => c.met);
}

const recent = (dates: Date[], since: Date, asOf: Date) => dates.filter((d) => d.getTime() > since.getTime() && d.getTime() <= asOf.getTime()).length;

export function clientTrust(input: ClientTrustInput, config: TrustConfig = DEFAULT_TRUST_CONFIG): ClientTrust {
  const cfg = config.clientTrust;
  const { asOf } = input;
  const ageDays = daysBetween(input.accountCreatedAt, asOf);
  const since = subMonths(asOf, cfg.recentMonths);
  const recentDisputes = recent(input.disputes, since, asOf);
  const recentChargebacks = recent(input.chargebacks, since, asOf);
  const hireRate = input.jobsPosted > 0 ? input.jobsWithHire / input.jobsPosted : null;
  const rr = input.ratingReceived;
  const rg = input.ratingGiven;
  const disputeRate = recentDisputes / Math.max(1, input.completedContracts);
  const harshRater = rg.count >= cfg.harshRaterMinCount && rg.average < cfg.harshRaterBelow;
  const hasHistory = input.totalSpentCents > 0 || input.completedContracts > 0 || rr.count > 0;
  const period = `in the last ${plural(cfg.recentMonths, 'month')}`;

  const facts: TrustFact[] = [];
  const fact = (code: string, tone: TrustFact['tone'], text: string) => facts.push({ code, tone, text });

  if (input.suspended) fact('suspended', 'negative', 'This account is suspended.');
  fact(
    'payment_method',
    input.paymentMethodVerified ? 'positive' : 'negative',
    input.paymentMethodVerified ? 'Payment method verified.' : 'Payment method not verified.',
  );
  if (input.plan === 'enterprise') fact('plan', 'positive', 'Enterprise client.');
  fact(
    'account_age',
    ageDays < cfg.newAccountDays ? 'negative' : 'neutral',
    ageDays < cfg.newAccountDays ? `New account: joined ${formatDuration(ageDays)} ago.` : `Member for ${formatDuration(ageDays)}.`,
  );
  fact(
    'total_spent',
    input.totalSpentCents > 0 ? 'positive' : 'neutral',
    input.totalSpentCents > 0 ? `${formatUsd(input.totalSpentCents)} spent on the platform.` : 'Has not spent on the platform yet.',
  );
  fact(
    'hire_rate',
    'neutral',
    hireRate === null ? 'No jobs posted yet.' : `Hired on ${input.jobsWithHire} of ${plural(input.jobsPosted, 'job')} posted (${Math.round(hireRate * 100)}%).`,
  );
  fact(
    'rating_received',
    rr.count === 0
      ? 'neutral'
      : rr.average >= cfg.high.minRatingReceived
        ? 'positive'
        : rr.average < config.clientTrust.trustedClient.minAverageRating
          ? 'negative'
          : 'neutral',
    rr.count === 0 ? 'No ratings from freelancers yet.' : `Rated ${formatRating(rr.average)} by freelancers over ${plural(rr.count, 'contract')}.`,
  );
  if (rg.count > 0)
    fact('rating_given', harshRater ? 'negative' : 'neutral', `Gives freelancers ${formatRating(rg.average)} on average over ${plural(rg.count, 'contract')}.`);
  if (recentDisputes > 0) fact('disputes', 'negative', `${plural(recentDisputes, 'payment dispute')} ${period}.`);
  if (recentChargebacks > 0) fact('chargebacks', 'negative', `${plural(recentChargebacks, 'chargeback')} ${period}.`);
  if (hasHistory && recentDisputes === 0 && recentChargebacks === 0) fact('no_disputes', 'positive', `No payment disputes or chargebacks ${period}.`);
  if (input.activeStrikes > 0) fact('strikes', 'negative', 'This account has an open policy warning.');

  const low =
    input.suspended ||
    input.activeStrikes > 0 ||
    recentChargebacks > 0 ||
    (recentDisputes >= 2 && disputeRate > cfg.maxDisputeRate) ||
    (!input.paymentMethodVerified && input.totalSpentCents === 0);
  const clean = recentDisputes === 0 && recentChargebacks === 0 && !harshRater;
  const earnedHigh =
    input.paymentMethodVerified &&
    clean &&
    ageDays >= cfg.high.minAccountDays &&
    input.totalSpentCents >= cfg.high.minSpentCents &&
    (hireRate === null || hireRate >= cfg.high.minHireRate) &&
    rr.count >= cfg.high.minRatingsReceived &&
    rr.average >= cfg.high.minRatingReceived;
  // Enterprise clients are contracted and vetted by the marketplace itself.
  const enterpriseHigh = input.plan === 'enterprise' && input.paymentMethodVerified && clean;

  let level: TrustLevel;
  if (low) level = 'low';
  else if (earnedHigh || enterpriseHigh) level = 'high';
  else if (!hasHistory) level = 'unknown';
  else level = 'medium';

  return { level, trustedClient: isTrustedClient(input, config), facts };
}
