import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trustConfig } from './config.ts';
import { jobSuccessScore, jssSnapshotDate } from './job-success-score.ts';
import { DAY_MS } from './time.ts';
import type { ContractRecord } from './types.ts';

const asOf = new Date('2024-06-30T00:00:00Z');
const daysAgo = (d: number) => new Date(asOf.getTime() - d * DAY_MS);

let seq = 0;
/** A finished $500 fixed contract of 30 days, ended `endedDaysAgo` days before asOf. */
function contract(over: Partial<ContractRecord> & { endedDaysAgo?: number } = {}): ContractRecord {
  const { endedDaysAgo = 10, ...rest } = over;
  seq += 1;
  return {
    id: `c${seq}`,
    clientId: `client-${seq}`,
    freelancerId: 'f1',
    startedAt: daysAgo(endedDaysAgo + 30),
    endedAt: daysAgo(endedDaysAgo),
    kind: 'fixed',
    totalPaidCents: 50_000,
    endReason: 'completed',
    ...rest,
  };
}
const good = (o: Partial<ContractRecord> & { endedDaysAgo?: number } = {}) => contract({ publicStars: 5, privateScore: 10, ...o });
const bad = (o: Partial<ContractRecord> & { endedDaysAgo?: number } = {}) => contract({ publicStars: 2, privateScore: 3, ...o });

describe('jobSuccessScore eligibility', () => {
  it('has no JSS with exactly 2 contracts from 1 client', () => {
    const r = jobSuccessScore([good({ clientId: 'a' }), good({ clientId: 'a', endedDaysAgo: 60 })], asOf);
    expect(r.score).toBeNull();
    expect(r.nullReason).toBe('not_enough_clients');
    expect(r.eligibility).toMatchObject({ contracts: 2, distinctClients: 1 });
  });

  it('has no JSS with a single contract', () => {
    const r = jobSuccessScore([good()], asOf);
    expect(r.score).toBeNull();
    expect(r.nullReason).toBe('not_enough_contracts');
  });

  it('shows a JSS with 2 contracts from 2 clients', () => {
    const r = jobSuccessScore([good(), good()], asOf);
    expect(r.score).toBe(100);
    expect(r.nullReason).toBeUndefined();
  });

  it('does not count contracts older than 24 months towards eligibility', () => {
    const r = jobSuccessScore([good(), good({ endedDaysAgo: 800 })], asOf);
    expect(r.score).toBeNull();
    expect(r.eligibility.contracts).toBe(1);
  });

  it('is null with a reason when every eligible contract is neutral', () => {
    const r = jobSuccessScore([contract(), contract()], asOf);
    expect(r.score).toBeNull();
    expect(r.nullReason).toBe('no_rated_outcomes');
  });

  it('ignores contracts that start after asOf and treats later endings as active', () => {
    const future = good({ startedAt: new Date(asOf.getTime() + DAY_MS), endedAt: new Date(asOf.getTime() + 5 * DAY_MS) });
    const endsLater = bad({ endedAt: new Date(asOf.getTime() + DAY_MS) });
    const r = jobSuccessScore([good(), good(), future, endsLater], asOf);
    expect(r.contributions.map((c) => c.contractId)).not.toContain(future.id);
    expect(r.contributions.find((c) => c.contractId === endsLater.id)).toMatchObject({ outcome: 'neutral', reason: 'active' });
    expect(r.score).toBe(100);
  });
});

describe('jobSuccessScore outcomes', () => {
  it('computes (good − bad) / counted, weighting equal contracts equally', () => {
    // 3 good, 1 bad of equal size: (3 − 1) / 4 = 50 %.
    const r = jobSuccessScore([good(), good(), good(), bad()], asOf);
    expect(r.windows['24m']).toBe(50);
  });

  it('reads a low private score as bad even with five public stars', () => {
    const c = contract({ publicStars: 5, privateScore: 4 });
    const r = jobSuccessScore([c, good()], asOf);
    expect(r.contributions.find((x) => x.contractId === c.id)).toMatchObject({ outcome: 'bad', reason: 'private_feedback_low' });
  });

  it('keeps contracts without feedback or without work neutral and uncounted', () => {
    const noFeedback = contract();
    const noWork = contract({ totalPaidCents: 0, endReason: 'no_work', publicStars: 1, privateScore: 0 });
    const r = jobSuccessScore([good(), good(), bad(), noFeedback, noWork], asOf);
    const baseline = jobSuccessScore([good(), good(), bad()], asOf);
    expect(r.score).toBe(baseline.score);
    for (const id of [noFeedback.id, noWork.id]) {
      expect(r.contributions.find((x) => x.contractId === id)).toMatchObject({ outcome: 'neutral', counted: false, weight: 0, effect: 0 });
    }
  });

  it('counts middling feedback in the denominator only', () => {
    const r = jobSuccessScore([good(), contract({ publicStars: 4, privateScore: 8 })], asOf);
    expect(r.score).toBe(50);
  });

  it('makes a dispute bad whatever the feedback', () => {
    const c = good({ endReason: 'dispute' });
    const r = jobSuccessScore([c, good()], asOf);
    expect(r.contributions.find((x) => x.contractId === c.id)?.outcome).toBe('bad');
  });

  it('excludes feedback from clients later suspended for abuse', () => {
    const abusive = bad({ clientSuspendedForAbuse: true });
    const flagged = bad({ clientFlaggedPoorCollaboration: true });
    const r = jobSuccessScore([good(), good(), abusive, flagged], asOf);
    expect(r.score).toBe(100);
    expect(r.contributions.find((x) => x.contractId === abusive.id)).toMatchObject({ outcome: 'excluded', effect: 0 });
    // Nor do they help a freelancer become eligible.
    expect(jobSuccessScore([good(), good({ clientSuspendedForAbuse: true })], asOf).score).toBeNull();
  });

  it('weighs larger contracts more, but sub-linearly', () => {
    const big = bad({ totalPaidCents: 10_000_00 });
    const small = good({ totalPaidCents: 100_00 });
    const r = jobSuccessScore([big, small], asOf);
    const wBig = r.contributions.find((x) => x.contractId === big.id)?.weight ?? 0;
    const wSmall = r.contributions.find((x) => x.contractId === small.id)?.weight ?? 0;
    expect(wBig).toBeGreaterThan(wSmall);
    expect(wBig / wSmall).toBeLessThan(10); // 100× the money, far less than 100× the weight
    expect(r.score).toBe(0);
  });

  it('counts a long-term contract without feedback as good, with a bonus', () => {
    const lt = contract({ startedAt: daysAgo(200), totalPaidCents: 800_000 });
    const plain = good({ totalPaidCents: 800_000 });
    const r = jobSuccessScore([lt, plain, bad()], asOf);
    const c = r.contributions.find((x) => x.contractId === lt.id);
    expect(c).toMatchObject({ outcome: 'good', reason: 'long_term_no_feedback', longTerm: true });
    expect(c?.weight).toBeCloseTo((r.contributions.find((x) => x.contractId === plain.id)?.weight ?? 0) * 1.5);
  });

  it('counts an active long-term contract as good at asOf', () => {
    const active = contract({ startedAt: daysAgo(120), endedAt: undefined, endReason: undefined, totalPaidCents: 300_000 });
    const r = jobSuccessScore([active, bad()], asOf);
    expect(r.contributions.find((x) => x.contractId === active.id)).toMatchObject({ outcome: 'good', reason: 'active_long_term' });
  });

  it('derives rehires from history and counts them in favour', () => {
    const first = good({ clientId: 'x', endedDaysAgo: 100 });
    const again = contract({ clientId: 'x' }); // no feedback
    const r = jobSuccessScore([first, again, bad()], asOf);
    expect(r.contributions.find((x) => x.contractId === again.id)).toMatchObject({ outcome: 'good', reason: 'rehire_no_feedback', rehire: true });
    expect(r.contributions.find((x) => x.contractId === first.id)?.rehire).toBe(false);
  });

  it('never gives the relationship bonus to a bad outcome', () => {
    const first = good({ clientId: 'x', endedDaysAgo: 100 });
    const badRehire = bad({ clientId: 'x' });
    const r = jobSuccessScore([first, badRehire, good()], asOf);
    const c = r.contributions.find((x) => x.contractId === badRehire.id);
    expect(c).toMatchObject({ outcome: 'bad', rehire: true });
    expect(c?.weight).toBeCloseTo(1 + Math.log1p(5));
  });
});

describe('jobSuccessScore windows', () => {
  it('shows the trending score when recent work is better than the 24-month record', () => {
    const old = [bad({ endedDaysAgo: 400 }), bad({ endedDaysAgo: 500 }), good({ endedDaysAgo: 600 })];
    const recent = [good({ endedDaysAgo: 20 }), good({ endedDaysAgo: 40 }), bad({ endedDaysAgo: 150 })];
    const r = jobSuccessScore([...old, ...recent], asOf);
    expect(r.windows['24m']).toBe(0);
    expect(r.windows['6m']).toBe(33);
    expect(r.windows.trending).toBe(67); // (33 + 100) / 2
    expect(r.window).toBe('trending');
    expect(r.score).toBe(r.windows.trending);
    expect(r.score).toBeGreaterThan(r.windows['24m'] ?? 0);
  });

  it('prefers the longest window on a tie', () => {
    const r = jobSuccessScore([good(), good()], asOf);
    expect(r.window).toBe('24m');
  });

  it('follows configured windows', () => {
    const cfg = trustConfig({ jss: { windowsMonths: { long: 18, medium: 9, short: 4 } } });
    const r = jobSuccessScore([good(), good()], asOf, cfg);
    expect(Object.keys(r.windows)).toEqual(['18m', '9m', '4m', 'trending']);
  });

  it('explains which contracts moved the shown score', () => {
    const cs = [good(), good(), bad(), contract({ publicStars: 4 })];
    const r = jobSuccessScore(cs, asOf);
    const sum = r.contributions.reduce((s, c) => s + c.effect, 0);
    expect(sum).toBeCloseTo(25); // (2 − 1) / 4, unclamped
    const bads = r.contributions.filter((c) => c.effect < 0);
    expect(bads.map((c) => c.contractId)).toEqual([cs[2].id]);
  });

  it('is deterministic for the same asOf, whatever the input order', () => {
    const cs = [good(), bad({ endedDaysAgo: 50 }), good({ endedDaysAgo: 300 })];
    expect(jobSuccessScore(cs, asOf)).toEqual(jobSuccessScore([...cs].reverse(), asOf));
  });
});

describe('jssSnapshotDate', () => {
  it('floors to a fortnightly boundary aligned on Monday', () => {
    const s = jssSnapshotDate(asOf);
    expect(s.getUTCDay()).toBe(1);
    expect(asOf.getTime() - s.getTime()).toBeLessThan(14 * DAY_MS);
    expect(jssSnapshotDate(new Date(s.getTime() + 13 * DAY_MS)).getTime()).toBe(s.getTime());
  });
});

describe('jobSuccessScore properties', () => {
  const arbContract = fc.record({
    client: fc.integer({ min: 0, max: 4 }),
    startDaysAgo: fc.integer({ min: 1, max: 900 }),
    lengthDays: fc.integer({ min: 0, max: 400 }),
    active: fc.boolean(),
    paid: fc.integer({ min: 0, max: 5_000_000 }),
    stars: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    priv: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    reason: fc.constantFrom('completed', 'cancelled', 'no_work', 'dispute', 'freelancer_unresponsive', 'client_unresponsive') as fc.Arbitrary<
      ContractRecord['endReason']
    >,
    suspended: fc.boolean(),
  });
  type Generated = typeof arbContract extends fc.Arbitrary<infer T> ? T : never;
  const toContracts = (xs: Generated[]) =>
    xs.map((x, i): ContractRecord => {
      const startedAt = daysAgo(x.startDaysAgo);
      const end = Math.max(0, x.startDaysAgo - x.lengthDays);
      return {
        id: `p${i}`,
        clientId: `k${x.client}`,
        freelancerId: 'f',
        startedAt,
        endedAt: x.active ? undefined : daysAgo(end),
        kind: 'hourly',
        totalPaidCents: x.paid,
        endReason: x.reason,
        publicStars: x.stars,
        privateScore: x.priv,
        clientSuspendedForAbuse: x.suspended && x.client === 4,
      };
    });

  it('is always null or within [0, 100]', () => {
    fc.assert(
      fc.property(fc.array(arbContract, { maxLength: 12 }), (xs) => {
        const r = jobSuccessScore(toContracts(xs), asOf);
        if (r.score !== null) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
        }
        for (const v of Object.values(r.windows)) if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers when a good outcome is added', () => {
    const arbGood = fc.record({
      client: fc.integer({ min: 0, max: 6 }),
      endDaysAgo: fc.integer({ min: 0, max: 800 }),
      paid: fc.integer({ min: 1, max: 5_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(arbContract, { maxLength: 10 }), arbGood, (xs, g) => {
        const before = toContracts(xs);
        const added: ContractRecord = {
          id: 'added',
          clientId: `k${g.client}`,
          freelancerId: 'f',
          startedAt: daysAgo(g.endDaysAgo + 7),
          endedAt: daysAgo(g.endDaysAgo),
          kind: 'fixed',
          totalPaidCents: g.paid,
          endReason: 'completed',
          publicStars: 5,
          privateScore: 10,
        };
        const after = jobSuccessScore([...before, added], asOf);
        expect(after.contributions.find((c) => c.contractId === 'added')?.outcome ?? 'good').toBe('good');
        const s0 = jobSuccessScore(before, asOf).score ?? -1;
        expect(after.score ?? -1).toBeGreaterThanOrEqual(s0);
      }),
      { numRuns: 1000 },
    );
  });
});
