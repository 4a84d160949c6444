// Interview policy for a `job.posted` (seed 000: "For some jobs, we'll require interviews to
// take place through [the platform's] Messages"). Risk factors add points; at the threshold the
// interview must stay on the platform, below it it is recommended. Enterprise and trusted
// clients are exempt (seed 004 asks for exactly that) — unless the post itself carries scam or
// off-platform signals, because a reputable account can be taken over.

import { plural } from '../app/plural.ts';
import { DEFAULT_TRUST_CONFIG, type TrustConfig } from './config.ts';
import { formatUsd } from './format.ts';
import { daysBetween } from './time.ts';
import type { ClientPlan } from './types.ts';

export type InterviewPolicy = 'on_platform_required' | 'recommended' | 'exempt';

export interface InterviewPolicyInput {
  asOf: Date;
  client: {
    accountCreatedAt: Date;
    paymentMethodVerified: boolean;
    plan: ClientPlan;
    /** From `isTrustedClient(...)`. */
    trusted: boolean;
  };
  job: {
    kind: 'hourly' | 'fixed';
    budgetCents?: number;
    hourlyRateMaxCents?: number;
    estimatedHours?: number;
  };
  /** Signal types found on the job post by the detectors (e.g. `scam.advance_fee`). */
  signalTypes: string[];
}

export interface InterviewReason {
  code: 'new_client' | 'payment_method_unverified' | 'high_budget' | 'scam_signals' | 'enterprise_plan' | 'trusted_client' | 'no_risk_factors';
  text: string;
  points: number;
}

export interface InterviewPolicyDecision {
  policy: InterviewPolicy;
  riskPoints: number;
  requiredAtPoints: number;
  reasons: InterviewReason[];
}

/** Expected value of a job: the fixed budget, or the top hourly rate times the estimated hours. */
export function jobValueCents(job: InterviewPolicyInput['job']): number {
  if (job.kind === 'fixed') return job.budgetCents ?? 0;
  return (job.hourlyRateMaxCents ?? 0) * (job.estimatedHours ?? 0);
}

export function interviewPolicy(input: InterviewPolicyInput, config: TrustConfig = DEFAULT_TRUST_CONFIG): InterviewPolicyDecision {
  const cfg = config.interview;
  const { client } = input;
  const scam = input.signalTypes.filter((t) => cfg.scamSignalPrefixes.some((p) => t.startsWith(p)));
  const value = jobValueCents(input.job);

  const risks: InterviewReason[] = [];
  if (daysBetween(client.accountCreatedAt, input.asOf) < cfg.newClientDays)
    risks.push({ code: 'new_client', text: `The client joined less than ${plural(cfg.newClientDays, 'day')} ago.`, points: cfg.points.newClient });
  if (!client.paymentMethodVerified)
    risks.push({ code: 'payment_method_unverified', text: 'The client has not verified a payment method.', points: cfg.points.unverifiedPayment });
  if (value >= cfg.highBudgetCents) risks.push({ code: 'high_budget', text: `The job is worth ${formatUsd(value)} or more.`, points: cfg.points.highBudget });
  if (scam.length > 0)
    risks.push({
      code: 'scam_signals',
      text: 'The job post contains signs of a scam or of moving the conversation off the platform.',
      points: cfg.points.scamSignals,
    });
  const riskPoints = risks.reduce((s, r) => s + r.points, 0);
  const base = { riskPoints, requiredAtPoints: cfg.requiredAtPoints };

  if (scam.length === 0) {
    const exemptions: InterviewReason[] = [];
    if (cfg.exemptPlans.includes(client.plan)) exemptions.push({ code: 'enterprise_plan', text: `The client is on the ${client.plan} plan.`, points: 0 });
    if (client.trusted) exemptions.push({ code: 'trusted_client', text: 'The client has a long record of well-rated contracts.', points: 0 });
    if (exemptions.length > 0) return { policy: 'exempt', ...base, reasons: [...exemptions, ...risks] };
  }

  if (riskPoints >= cfg.requiredAtPoints) return { policy: 'on_platform_required', ...base, reasons: risks };
  const reasons =
    risks.length > 0
      ? risks
      : [{ code: 'no_risk_factors' as const, text: 'No risk factors; interviewing on the platform keeps both sides protected.', points: 0 }];
  return { policy: 'recommended', ...base, reasons };
}
