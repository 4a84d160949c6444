import { describe, expect, it } from 'vitest';
import { trustConfig } from './config.ts';
import { type InterviewPolicyInput, interviewPolicy, jobValueCents } from './interview-policy.ts';
import { DAY_MS } from './time.ts';

const asOf = new Date('2024-06-30T00:00:00Z');
const daysAgo = (d: number) => new Date(asOf.getTime() - d * DAY_MS);

function post(
  over: { client?: Partial<InterviewPolicyInput['client']>; job?: Partial<InterviewPolicyInput['job']>; signalTypes?: string[] } = {},
): InterviewPolicyInput {
  return {
    asOf,
    client: { accountCreatedAt: daysAgo(400), paymentMethodVerified: true, plan: 'basic', trusted: false, ...over.client },
    job: { kind: 'fixed', budgetCents: 50_000, ...over.job },
    signalTypes: over.signalTypes ?? [],
  };
}
const codes = (d: ReturnType<typeof interviewPolicy>) => d.reasons.map((r) => r.code);

describe('interviewPolicy', () => {
  it('recommends on-platform interviews when there is no risk, and says so', () => {
    const d = interviewPolicy(post());
    expect(d.policy).toBe('recommended');
    expect(codes(d)).toEqual(['no_risk_factors']);
  });

  it('requires them for a client with an unverified payment method', () => {
    const d = interviewPolicy(post({ client: { paymentMethodVerified: false } }));
    expect(d.policy).toBe('on_platform_required');
    expect(codes(d)).toEqual(['payment_method_unverified']);
  });

  it('requires them when the post carries scam or off-platform signals', () => {
    expect(interviewPolicy(post({ signalTypes: ['scam.advance_fee'] })).policy).toBe('on_platform_required');
    expect(interviewPolicy(post({ signalTypes: ['offplatform.interview_outside'] })).policy).toBe('on_platform_required');
    expect(interviewPolicy(post({ signalTypes: ['spam.repeated_text'] })).policy).toBe('recommended');
  });

  it('only recommends for a new client or a high budget alone, requires for both', () => {
    const newClient = post({ client: { accountCreatedAt: daysAgo(5) } });
    const highBudget = post({ job: { budgetCents: 600_000 } });
    expect(interviewPolicy(newClient)).toMatchObject({ policy: 'recommended', riskPoints: 1 });
    expect(interviewPolicy(highBudget)).toMatchObject({ policy: 'recommended', riskPoints: 1 });
    const both = interviewPolicy(post({ client: { accountCreatedAt: daysAgo(5) }, job: { budgetCents: 600_000 } }));
    expect(both).toMatchObject({ policy: 'on_platform_required', riskPoints: 2 });
    expect(codes(both)).toEqual(['new_client', 'high_budget']);
  });

  it('values hourly jobs at the top rate times the estimated hours', () => {
    expect(jobValueCents({ kind: 'hourly', hourlyRateMaxCents: 10_000, estimatedHours: 60 })).toBe(600_000);
    expect(interviewPolicy(post({ job: { kind: 'hourly', hourlyRateMaxCents: 10_000, estimatedHours: 60 } })).riskPoints).toBe(1);
  });

  it('exempts enterprise and trusted clients, listing remaining risks', () => {
    const ent = interviewPolicy(post({ client: { plan: 'enterprise', accountCreatedAt: daysAgo(5) }, job: { budgetCents: 900_000 } }));
    expect(ent.policy).toBe('exempt');
    expect(codes(ent)).toEqual(['enterprise_plan', 'new_client', 'high_budget']);
    expect(interviewPolicy(post({ client: { trusted: true } })).policy).toBe('exempt');
  });

  it('does not exempt anyone when the post carries scam signals', () => {
    const d = interviewPolicy(post({ client: { plan: 'enterprise', trusted: true }, signalTypes: ['scam.fake_check'] }));
    expect(d.policy).toBe('on_platform_required');
  });

  it('follows configured points, threshold and plans', () => {
    const cfg = trustConfig({ interview: { requiredAtPoints: 1, exemptPlans: ['enterprise', 'business'] } });
    expect(interviewPolicy(post({ client: { accountCreatedAt: daysAgo(5) } }), cfg).policy).toBe('on_platform_required');
    expect(interviewPolicy(post({ client: { plan: 'business' } }), cfg).policy).toBe('exempt');
    expect(interviewPolicy(post({ client: { plan: 'business' } })).policy).toBe('recommended');
  });
});
