import { describe, expect, it } from 'vitest';
import { type ProtectionInput, protectionEligibility } from './rules.ts';

const asOf = new Date('2026-11-30T00:00:00Z');
const d = (s: string) => new Date(`${s}T12:00:00Z`);
const base: ProtectionInput = {
  asOf,
  kind: 'hourly',
  clientPaymentVerified: true,
  freelancerIdentityVerified: true,
  weeklyLimitHours: 40,
  manualTimeAllowed: true,
  weeks: [{ weekStart: '2026-11-02', tracked: 38.5, manual: 0, unreported: 0, amountCents: 192_500 }],
  milestones: [],
  contractFundedAt: null,
  circumventions: [],
};

describe('protectionEligibility', () => {
  it('covers tracked hours within the limit to the quarter hour', () => {
    const p = protectionEligibility(base);
    expect(p).toMatchObject({ eligible: true, breaks: [] });
    expect(p.weeks?.[0]).toMatchObject({ protectedHours: 38.5, unprotectedHours: 0, coverage: 'full' });
  });

  it('counts manual and unreported hours apart, and never as hours over the limit', () => {
    const week = (tracked: number, manual: number, unreported: number, limit = 30) =>
      protectionEligibility({ ...base, weeklyLimitHours: limit, weeks: [{ weekStart: '2026-11-02', tracked, manual, unreported, amountCents: 0 }] }).weeks![0];
    const text = (w: ReturnType<typeof week>, rule: string) => w.rules.find((r) => r.rule === rule)!;
    // 25 tracked + 10 manual over a 30 h limit: the limit takes nothing away; the manual 10 h are the tracker rule's.
    const manual = week(25, 10, 0);
    expect(manual).toMatchObject({ protectedHours: 25, unprotectedHours: 10 });
    expect(text(manual, 'within_weekly_limit')).toMatchObject({
      met: true,
      text: '25 h tracked within the weekly limit of 30 h (the 10 h not tracked are not covered: see tracked time).',
    });
    expect(text(manual, 'tracked_time').text).toBe('10 h were added manually and are not covered.');
    // Manual and unreported hours are named with their own counts, not all as manual.
    const both = week(20, 4, 6);
    expect(text(both, 'tracked_time').text).toBe('4 h were added manually and 6 h were not reported as tracked; neither is covered.');
    // Tracked time over the limit: only the tracked excess is "over the limit".
    const over = week(33, 4, 0);
    expect(over).toMatchObject({ protectedHours: 30, unprotectedHours: 7 });
    expect(text(over, 'within_weekly_limit')).toMatchObject({ met: false, text: '3 h tracked beyond the weekly limit of 30 h are not covered.' });
  });

  it('covers nothing without a weekly limit, and says so', () => {
    const p = protectionEligibility({ ...base, weeklyLimitHours: null });
    expect(p.eligible).toBe(false);
    expect(p.weeks?.[0]).toMatchObject({ protectedHours: 0, coverage: 'none' });
    expect(p.summary).toBe('Not protected: the contract has no weekly limit, so no hours can be covered.');
  });

  it('ignores findings confirmed after asOf', () => {
    const later = protectionEligibility({ ...base, circumventions: [{ kind: 'payment_outside', confirmedAt: new Date('2026-12-01T00:00:00Z') }] });
    expect(later.eligible).toBe(true);
    const before = protectionEligibility({ ...base, circumventions: [{ kind: 'contact_sharing', confirmedAt: d('2026-11-10') }] });
    expect(before.eligible).toBe(false);
    expect(before.breaks.map((b) => b.code)).toEqual(['circumvention']);
  });

  it('lets funding without a milestone id fund every milestone submitted after it', () => {
    const p = protectionEligibility({
      ...base,
      kind: 'fixed',
      contractFundedAt: d('2026-11-01'),
      milestones: [
        {
          milestoneId: '',
          fundedAt: d('2026-11-01'),
          fundedCents: 10_000,
          workStartedAt: null,
          submittedAt: null,
          submittedVia: null,
          releasedAt: null,
          releasedCents: 0,
        },
        {
          milestoneId: 'a',
          fundedAt: null,
          fundedCents: 0,
          workStartedAt: null,
          submittedAt: d('2026-11-05'),
          submittedVia: 'platform',
          releasedAt: null,
          releasedCents: 0,
        },
        {
          milestoneId: 'b',
          fundedAt: null,
          fundedCents: 0,
          workStartedAt: d('2026-10-20'),
          submittedAt: d('2026-11-05'),
          submittedVia: 'platform',
          releasedAt: null,
          releasedCents: 0,
        },
      ],
    });
    expect(p.eligible).toBe(true);
    expect(p.milestones?.map((m) => [m.milestoneId, m.coverage])).toEqual([
      ['a', 'protected'],
      ['b', 'none'],
    ]);
  });
});
