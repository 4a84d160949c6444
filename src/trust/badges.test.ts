import { describe, expect, it } from 'vitest';
import { type BadgeInput, badgeDecisions, circumventionBanUntil, largeContractThresholdCents, type WeeklyJssSnapshot, weeklyJssHistory } from './badges.ts';
import { trustConfig } from './config.ts';
import { addMonths, DAY_MS } from './time.ts';
import type { ConfirmedCircumvention } from './types.ts';

const asOf = new Date('2024-06-30T00:00:00Z');
const daysBefore = (at: Date, days: number) => new Date(at.getTime() - days * DAY_MS);

/** Weekly snapshots, newest first: `values[0]` is the current week. */
function weeks(at: Date, values: Array<number | null | 'rt'>): WeeklyJssSnapshot[] {
  return values.map((v, i) => ({
    weekStart: daysBefore(at, 6 + 7 * i),
    jss: v === 'rt' ? null : v,
    risingTalent: v === 'rt',
  }));
}

/** A freelancer who meets every Top Rated Plus criterion at `at`. */
function strong(at: Date = asOf, over: Partial<BadgeInput> = {}): BadgeInput {
  return {
    asOf: at,
    jss: 96,
    weeklyHistory: weeks(at, Array(16).fill(95)),
    contracts: [
      {
        id: 'big',
        clientId: 'c1',
        freelancerId: 'f',
        startedAt: daysBefore(at, 200),
        endedAt: daysBefore(at, 20),
        kind: 'fixed',
        totalPaidCents: 600_000,
        category: 'writing',
      },
    ],
    earnings: Array.from({ length: 12 }, (_, i) => ({ paidAt: daysBefore(at, 10 + 28 * i), amountCents: 100_000 })),
    profile: { complete: true, identityVerified: true },
    holds: [],
    activeStrikes: 0,
    circumventions: [],
    expertVetted: false,
    ...over,
  };
}
const failing = (d: { reasons: Array<{ criterion: string; met: boolean }> }) => d.reasons.filter((r) => !r.met).map((r) => r.criterion);

describe('Top Rated', () => {
  it('is awarded when every criterion is met, and lists them', () => {
    const d = badgeDecisions(strong());
    expect(d.topRated.awarded).toBe(true);
    expect(d.topRated.reasons.map((r) => r.criterion)).toEqual([
      'jss',
      'days_since_first_contract',
      'weeks_at_jss_bar',
      'earned_12_months_cents',
      'profile_complete',
      'no_recent_holds',
      'account_not_suspended',
      'no_circumvention_removal',
    ]);
  });

  it('needs 13 of the last 16 weekly snapshots at JSS ≥ 90', () => {
    const thirteen = weeks(asOf, [...Array(13).fill(92), 80, 85, null]);
    const twelve = weeks(asOf, [...Array(12).fill(92), 89, 80, 85, null]);
    expect(badgeDecisions(strong(asOf, { weeklyHistory: thirteen })).topRated.awarded).toBe(true);
    const d = badgeDecisions(strong(asOf, { weeklyHistory: twelve }));
    expect(d.topRated.awarded).toBe(false);
    expect(d.topRated.reasons.find((r) => r.criterion === 'weeks_at_jss_bar')).toMatchObject({ met: false, value: 12, required: 13 });
  });

  it('ignores snapshots older than 16 weeks and counts each week once', () => {
    const old = weeks(asOf, [...Array(12).fill(95), 50, 50, 50, 50, 95, 95]); // weeks 17 and 18 too old
    const dup = [...weeks(asOf, [...Array(12).fill(95), 50, 50, 50, 50]), ...weeks(asOf, [95])];
    expect(badgeDecisions(strong(asOf, { weeklyHistory: old })).topRated.awarded).toBe(false);
    expect(badgeDecisions(strong(asOf, { weeklyHistory: dup })).topRated.awarded).toBe(false);
  });

  it('counts weeks held as Rising Talent towards the 13', () => {
    const h = weeks(asOf, [...Array(8).fill(91), ...Array(5).fill('rt'), null, null, null]);
    expect(badgeDecisions(strong(asOf, { weeklyHistory: h })).topRated.awarded).toBe(true);
  });

  it('needs the current JSS at 90 or more', () => {
    expect(failing(badgeDecisions(strong(asOf, { jss: 89 })).topRated)).toEqual(['jss']);
    expect(failing(badgeDecisions(strong(asOf, { jss: null })).topRated)).toEqual(['jss']);
  });

  it('needs the first contract over 90 days ago', () => {
    const at = (days: number) => strong(asOf, { contracts: [{ ...strong().contracts[0], startedAt: daysBefore(asOf, days) }] });
    expect(failing(badgeDecisions(at(90)).topRated)).toEqual(['days_since_first_contract']);
    expect(badgeDecisions(at(91)).topRated.awarded).toBe(true);
  });

  it('needs $1,000 earned in the last 12 months', () => {
    const e = (cents: number, daysAgo = 30) => strong(asOf, { earnings: [{ paidAt: daysBefore(asOf, daysAgo), amountCents: cents }] });
    expect(badgeDecisions(e(100_000)).topRated.awarded).toBe(true);
    expect(failing(badgeDecisions(e(99_999)).topRated)).toEqual(['earned_12_months_cents']);
    expect(failing(badgeDecisions(e(500_000, 400)).topRated)).toEqual(['earned_12_months_cents']);
  });

  it('needs a complete profile and no recent hold', () => {
    expect(failing(badgeDecisions(strong(asOf, { profile: { complete: false, identityVerified: true } })).topRated)).toEqual(['profile_complete']);
    const recent = strong(asOf, { holds: [{ startedAt: daysBefore(asOf, 120), endedAt: daysBefore(asOf, 60) }] });
    const old = strong(asOf, { holds: [{ startedAt: daysBefore(asOf, 200), endedAt: daysBefore(asOf, 100) }] });
    const open = strong(asOf, { holds: [{ startedAt: daysBefore(asOf, 2) }] });
    expect(failing(badgeDecisions(recent).topRated)).toEqual(['no_recent_holds']);
    expect(failing(badgeDecisions(open).topRated)).toEqual(['no_recent_holds']);
    expect(badgeDecisions(old).topRated.awarded).toBe(true);
  });

  it('is removed for 6 months after confirmed off-platform payment, then comes back', () => {
    const confirmedAt = daysBefore(asOf, 10);
    const circumventions: ConfirmedCircumvention[] = [{ kind: 'payment_outside', confirmedAt }];
    const during = badgeDecisions(strong(asOf, { circumventions }));
    expect(during.topRated.awarded).toBe(false);
    expect(failing(during.topRated)).toEqual(['no_circumvention_removal']);
    expect(during.topRatedPlus.awarded).toBe(false);
    expect(during.circumventionBanUntil?.toISOString()).toBe(addMonths(confirmedAt, 6).toISOString());

    const lastDay = new Date(addMonths(confirmedAt, 6).getTime() - 1);
    expect(badgeDecisions(strong(lastDay, { circumventions })).topRated.awarded).toBe(false);
    const after = badgeDecisions(strong(addMonths(confirmedAt, 6), { circumventions }));
    expect(after.topRated.awarded).toBe(true);
    expect(after.circumventionBanUntil).toBeNull();
  });
});

describe('weeklyJssHistory', () => {
  it('replays the JSS at each Monday, newest first', () => {
    const contract = (id: string, clientId: string, endedDaysAgo: number, privateScore: number) => ({
      id,
      clientId,
      freelancerId: 'f',
      startedAt: daysBefore(asOf, endedDaysAgo + 20),
      endedAt: daysBefore(asOf, endedDaysAgo),
      kind: 'fixed' as const,
      totalPaidCents: 50_000,
      privateScore,
    });
    const history = weeklyJssHistory([contract('a', 'x', 60, 10), contract('b', 'y', 40, 10), contract('c', 'z', 10, 2)], asOf);
    expect(history).toHaveLength(16);
    expect(history.every((h) => h.weekStart.getUTCDay() === 1)).toBe(true);
    expect(history[0].weekStart.toISOString()).toBe('2024-06-24T00:00:00.000Z');
    // Newest: the bad contract has ended (2 good, 1 bad → 33). Before it ended: 100. Once the second
    // client's contract had not started yet (9 weeks back), only one client → no JSS.
    expect(history.map((h) => h.jss)).toEqual([33, 100, 100, 100, 100, 100, 100, 100, ...Array(8).fill(null)]);
  });
});

describe('circumventionBanUntil', () => {
  const c = (kind: ConfirmedCircumvention['kind'], daysAgo: number): ConfirmedCircumvention => ({ kind, confirmedAt: daysBefore(asOf, daysAgo) });

  it('does not remove badges for a single contact-sharing finding', () => {
    expect(circumventionBanUntil([c('contact_sharing', 5)], asOf)).toBeNull();
  });

  it('removes them when contact sharing is repeated within 12 months, from the repeat', () => {
    const until = circumventionBanUntil([c('contact_sharing', 100), c('contact_sharing', 20)], asOf);
    expect(until?.toISOString()).toBe(addMonths(daysBefore(asOf, 20), 6).toISOString());
  });

  it('does not join findings more than 12 months apart', () => {
    expect(circumventionBanUntil([c('contact_sharing', 500), c('contact_sharing', 20)], asOf)).toBeNull();
  });

  it('ignores findings confirmed after asOf and follows the configured length', () => {
    const future = { kind: 'payment_outside' as const, confirmedAt: new Date(asOf.getTime() + DAY_MS) };
    expect(circumventionBanUntil([future], asOf)).toBeNull();
    const cfg = trustConfig({ badges: { circumvention: { banMonths: 12 } } });
    expect(circumventionBanUntil([c('payment_outside', 250)], asOf, cfg)).not.toBeNull();
    expect(circumventionBanUntil([c('payment_outside', 250)], asOf)).toBeNull();
  });
});

describe('Top Rated Plus', () => {
  it('is awarded with Top Rated, $10,000 in 12 months and one large contract', () => {
    expect(badgeDecisions(strong()).topRatedPlus.awarded).toBe(true);
  });

  it('uses the large-contract threshold of the category', () => {
    const dev = strong(asOf, { contracts: [{ ...strong().contracts[0], category: 'web-mobile-software-dev', totalPaidCents: 2_000_000 }] });
    const d = badgeDecisions(dev);
    expect(d.topRated.awarded).toBe(true);
    expect(failing(d.topRatedPlus)).toEqual(['large_contracts']);
    expect(largeContractThresholdCents('web-mobile-software-dev')).toBe(3_000_000);
    expect(largeContractThresholdCents('unknown-category')).toBe(1_000_000);
  });

  it('needs $10,000 earned in 12 months', () => {
    const d = badgeDecisions(strong(asOf, { earnings: [{ paidAt: daysBefore(asOf, 3), amountCents: 999_999 }] }));
    expect(failing(d.topRatedPlus)).toEqual(['earned_12_months_cents']);
  });

  it('needs Top Rated', () => {
    expect(failing(badgeDecisions(strong(asOf, { jss: 80 })).topRatedPlus)).toEqual(['top_rated']);
  });
});

describe('Rising Talent', () => {
  const newcomer = (over: Partial<BadgeInput> = {}) =>
    strong(asOf, { jss: null, weeklyHistory: [], profile: { complete: true, identityVerified: true }, ...over });

  it('is awarded to a compliant newcomer without a JSS', () => {
    const d = badgeDecisions(newcomer());
    expect(d.risingTalent.awarded).toBe(true);
    expect(d.topRated.awarded).toBe(false);
  });

  it('is not awarded once a JSS exists', () => {
    expect(failing(badgeDecisions(newcomer({ jss: 97 })).risingTalent)).toEqual(['no_jss_yet']);
  });

  it('needs experience, identity verification and compliance', () => {
    const noExp = newcomer({ contracts: [], profile: { complete: true, identityVerified: true, yearsOfExperience: 0 } });
    expect(failing(badgeDecisions(noExp).risingTalent)).toEqual(['experience']);
    const declared = newcomer({ contracts: [], profile: { complete: true, identityVerified: true, yearsOfExperience: 3 } });
    expect(badgeDecisions(declared).risingTalent.awarded).toBe(true);
    expect(failing(badgeDecisions(newcomer({ profile: { complete: true, identityVerified: false } })).risingTalent)).toEqual(['identity_verified']);
    expect(failing(badgeDecisions(newcomer({ activeStrikes: 1 })).risingTalent)).toEqual(['no_active_strikes']);
  });
});

describe('Expert-Vetted', () => {
  it('follows the reviewer flag and is removed by circumvention or suspension', () => {
    expect(badgeDecisions(strong(asOf, { expertVetted: true })).expertVetted.awarded).toBe(true);
    expect(badgeDecisions(strong()).expertVetted.awarded).toBe(false);
    const banned = strong(asOf, { expertVetted: true, circumventions: [{ kind: 'payment_outside', confirmedAt: daysBefore(asOf, 1) }] });
    expect(badgeDecisions(banned).expertVetted.awarded).toBe(false);
    expect(badgeDecisions(strong(asOf, { expertVetted: true, suspended: true })).expertVetted.awarded).toBe(false);
  });
});
