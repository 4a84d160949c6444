// Payment protection rules, pure: the facts of one contract in, whether it is protected out,
// rule by rule in words a client or freelancer can read. The rules follow the marketplace's
// published programme (../shared/reference/marketplace-facts.md "Payment protection"):
//   hourly — a verified client billing method, an identity-verified freelancer, time recorded
//            by the marketplace's tracker, and no more than the weekly limit;
//   fixed  — each milestone funded into escrow before work on it starts, and the work
//            submitted through the platform.
// Confirmed circumvention between the two parties (payment outside, or moving the work off
// the platform) breaks protection for the whole contract: money that left the platform, or a
// relationship that did, is not something the platform can stand behind.

export type RuleScope = 'contract' | 'week' | 'milestone';

export interface ProtectionRule {
  rule: string;
  /** contract: decides eligibility; week / milestone: decides what is covered inside it. */
  scope: RuleScope;
  met: boolean;
  text: string;
}

export interface ProtectionBreak {
  code: 'off_platform_payment' | 'circumvention';
  text: string;
  /** When a reviewer confirmed it. */
  at: Date;
}

export interface WeekFacts {
  /** Monday (UTC) of the billing week, YYYY-MM-DD. */
  weekStart: string;
  tracked: number;
  manual: number;
  /** Hours sent without saying how they were logged. */
  unreported: number;
  amountCents: number;
}

export interface MilestoneFacts {
  milestoneId: string;
  fundedAt: Date | null;
  fundedCents: number;
  workStartedAt: Date | null;
  submittedAt: Date | null;
  submittedVia: 'platform' | 'outside' | null;
  releasedAt: Date | null;
  releasedCents: number;
}

export interface ProtectionInput {
  asOf: Date;
  kind: 'hourly' | 'fixed';
  clientPaymentVerified: boolean;
  freelancerIdentityVerified: boolean;
  weeklyLimitHours: number | null;
  manualTimeAllowed: boolean | null;
  weeks: WeekFacts[];
  milestones: MilestoneFacts[];
  /** Escrow funded without a milestone id: it funds the contract as a whole. */
  contractFundedAt: Date | null;
  /** Confirmed (not overturned) circumvention findings between these two parties. */
  circumventions: Array<{ kind: 'payment_outside' | 'contact_sharing'; confirmedAt: Date }>;
}

export interface WeekCoverage {
  weekStart: string;
  hours: { tracked: number; manual: number; unreported: number; total: number };
  amountCents: number;
  limitHours: number | null;
  protectedHours: number;
  unprotectedHours: number;
  coverage: 'full' | 'partial' | 'none';
  rules: ProtectionRule[];
}

export interface MilestoneCoverage {
  milestoneId: string;
  fundedCents: number;
  coverage: 'protected' | 'pending' | 'none';
  rules: ProtectionRule[];
}

export interface ProtectionDecision {
  kind: 'hourly' | 'fixed';
  eligible: boolean;
  summary: string;
  rules: ProtectionRule[];
  breaks: ProtectionBreak[];
  weeks?: WeekCoverage[];
  milestones?: MilestoneCoverage[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const h = (n: number) => `${round2(n)} h`;
const day = (d: Date) => d.toISOString().slice(0, 10);

function breaksOf(input: ProtectionInput): ProtectionBreak[] {
  return input.circumventions
    .filter((c) => c.confirmedAt.getTime() <= input.asOf.getTime())
    .map((c) =>
      c.kind === 'payment_outside'
        ? {
            code: 'off_platform_payment' as const,
            at: c.confirmedAt,
            text: `A payment outside the platform between you was confirmed on ${day(c.confirmedAt)}.`,
          }
        : {
            code: 'circumvention' as const,
            at: c.confirmedAt,
            text: `Taking the work or the conversation off the platform between you was confirmed on ${day(c.confirmedAt)}.`,
          },
    );
}

function weekCoverage(w: WeekFacts, limit: number | null, manualAllowed: boolean | null, broken: boolean): WeekCoverage {
  const total = w.tracked + w.manual + w.unreported;
  const rules: ProtectionRule[] = [];
  const untracked = w.manual + w.unreported;
  // Each kind of untracked hours with its own count: manual hours are only the manual ones.
  const untrackedParts = [
    ...(w.manual > 0 ? [`${h(w.manual)} ${w.manual === 1 ? 'was' : 'were'} added manually`] : []),
    ...(w.unreported > 0 ? [`${h(w.unreported)} ${w.unreported === 1 ? 'was' : 'were'} not reported as tracked`] : []),
  ];
  rules.push({
    rule: 'tracked_time',
    scope: 'week',
    met: untracked === 0,
    text:
      untracked === 0
        ? 'All hours were recorded by the time tracker.'
        : `${untrackedParts.join(' and ')}${untrackedParts.length > 1 ? '; neither is covered' : ` and ${untracked === 1 ? 'is' : 'are'} not covered`}${
            manualAllowed === false && w.manual > 0 ? ' (the contract does not allow manual time)' : ''
          }.`,
  });
  if (limit !== null) {
    // The limit caps tracked hours (the only ones that can be covered); untracked hours are
    // already outside cover under tracked_time, so they never count as hours over the limit.
    const over = Math.max(0, w.tracked - limit);
    rules.push({
      rule: 'within_weekly_limit',
      scope: 'week',
      met: over === 0,
      text:
        over > 0
          ? `${h(over)} tracked beyond the weekly limit of ${h(limit)} ${over === 1 ? 'is' : 'are'} not covered.`
          : untracked > 0
            ? `${h(w.tracked)} tracked within the weekly limit of ${h(limit)} (the ${h(untracked)} not tracked are not covered: see tracked time).`
            : `${h(total)} within the weekly limit of ${h(limit)}.`,
    });
  }
  const protectedHours = broken || limit === null ? 0 : Math.min(w.tracked, limit);
  const unprotected = round2(total - protectedHours);
  return {
    weekStart: w.weekStart,
    hours: { tracked: round2(w.tracked), manual: round2(w.manual), unreported: round2(w.unreported), total: round2(total) },
    amountCents: w.amountCents,
    limitHours: limit,
    protectedHours: round2(protectedHours),
    unprotectedHours: unprotected,
    coverage: protectedHours <= 0 ? 'none' : unprotected > 0 ? 'partial' : 'full',
    rules,
  };
}

function milestoneCoverage(m: MilestoneFacts, contractFundedAt: Date | null, broken: boolean): MilestoneCoverage {
  const funded = [m.fundedAt, contractFundedAt].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  const rules: ProtectionRule[] = [];
  // Work start as reported with the submission; without it, the submission is the latest
  // moment work can have started, so funding must at least come before it.
  const workBy = m.workStartedAt ?? m.submittedAt;
  let fundedFirst: boolean;
  let text: string;
  if (!funded) {
    fundedFirst = false;
    text = 'The milestone was not funded into escrow.';
  } else if (!workBy) {
    fundedFirst = true;
    text = `Funded into escrow on ${day(funded)}, before any work was submitted.`;
  } else if (funded.getTime() <= workBy.getTime()) {
    fundedFirst = true;
    text = m.workStartedAt
      ? `Funded into escrow on ${day(funded)}, before work started on ${day(m.workStartedAt)}.`
      : `Funded into escrow on ${day(funded)}, before the work was submitted (no work start was reported).`;
  } else {
    fundedFirst = false;
    text = m.workStartedAt
      ? `Work started on ${day(m.workStartedAt)}, before the milestone was funded on ${day(funded)}.`
      : `The work was submitted on ${day(workBy)}, before the milestone was funded on ${day(funded)}.`;
  }
  rules.push({ rule: 'funded_before_work', scope: 'milestone', met: fundedFirst, text });
  const submitted = m.submittedAt !== null;
  const viaPlatform = submitted && m.submittedVia !== 'outside';
  rules.push({
    rule: 'submitted_through_platform',
    scope: 'milestone',
    met: viaPlatform,
    text: !submitted
      ? 'The work has not been submitted yet: it is covered once it is submitted through the platform.'
      : viaPlatform
        ? `The work was submitted through the platform on ${day(m.submittedAt as Date)}.`
        : 'The work was delivered outside the platform.',
  });
  const coverage: MilestoneCoverage['coverage'] = broken || !fundedFirst || (submitted && !viaPlatform) ? 'none' : submitted ? 'protected' : 'pending';
  return { milestoneId: m.milestoneId, fundedCents: m.fundedCents, coverage, rules };
}

/**
 * Whether a contract is protected, and why. `eligible` says the contract itself qualifies (its
 * contract rules are met and nothing broke it); what each week or milestone covers is in
 * `weeks` / `milestones`, with the rules of that scope. Pure: no clock, no database.
 */
export function protectionEligibility(input: ProtectionInput): ProtectionDecision {
  const breaks = breaksOf(input);
  const broken = breaks.length > 0;
  if (input.kind === 'hourly') {
    const limit = input.weeklyLimitHours;
    const rules: ProtectionRule[] = [
      {
        rule: 'client_payment_verified',
        scope: 'contract',
        met: input.clientPaymentVerified,
        text: input.clientPaymentVerified ? "The client's billing method is verified." : "The client's billing method is not verified.",
      },
      {
        rule: 'freelancer_identity_verified',
        scope: 'contract',
        met: input.freelancerIdentityVerified,
        text: input.freelancerIdentityVerified ? "The freelancer's identity is verified." : "The freelancer's identity is not verified.",
      },
      {
        rule: 'weekly_limit_set',
        scope: 'contract',
        met: limit !== null,
        text: limit !== null ? `The contract has a weekly limit of ${h(limit)}.` : 'The contract has no weekly limit, so no hours can be covered.',
      },
    ];
    const eligible = !broken && rules.every((r) => r.met);
    const weeks = input.weeks
      .slice()
      .sort((a, b) => a.weekStart.localeCompare(b.weekStart))
      .map((w) => weekCoverage(w, limit, input.manualTimeAllowed, !eligible));
    const covered = round2(weeks.reduce((s, w) => s + w.protectedHours, 0));
    const all = round2(weeks.reduce((s, w) => s + w.hours.total, 0));
    const summary = broken
      ? 'Not protected: confirmed activity outside the platform between you ends payment protection for this contract.'
      : !eligible
        ? `Not protected: ${rules
            .filter((r) => !r.met)
            .map((r) => r.text.replace(/\.$/, '').replace(/^The /, 'the '))
            .join('; ')}.`
        : weeks.length === 0
          ? 'Protected: hours recorded by the time tracker within the weekly limit will be covered.'
          : `Protected: ${h(covered)} of ${h(all)} logged are covered (tracked time within the weekly limit).`;
    return { kind: 'hourly', eligible, summary, rules, breaks, weeks };
  }

  const milestones = input.milestones
    .filter((m) => m.milestoneId !== '')
    .sort((a, b) => a.milestoneId.localeCompare(b.milestoneId))
    .map((m) => milestoneCoverage(m, input.contractFundedAt, broken));
  const anyFunding = input.contractFundedAt !== null || input.milestones.some((m) => m.fundedAt !== null);
  const rules: ProtectionRule[] = [
    {
      rule: 'escrow_funded',
      scope: 'contract',
      met: anyFunding,
      text: anyFunding ? 'Money for the work is funded into escrow.' : 'Nothing has been funded into escrow yet.',
    },
  ];
  const eligible = !broken && anyFunding;
  const protectedN = milestones.filter((m) => m.coverage === 'protected').length;
  const pendingN = milestones.filter((m) => m.coverage === 'pending').length;
  const summary = broken
    ? 'Not protected: confirmed activity outside the platform between you ends payment protection for this contract.'
    : !eligible
      ? 'Not protected yet: a milestone is protected once it is funded into escrow before work starts.'
      : `Protected: ${protectedN} of ${milestones.length} milestone${milestones.length === 1 ? '' : 's'} covered${pendingN ? `, ${pendingN} covered once submitted through the platform` : ''}.`;
  return { kind: 'fixed', eligible, summary, rules, breaks, milestones };
}
