// The horizon (horizon.ts) is never late: over generated histories on an embedded database —
// contracts started, paid, ended, rated and disputed, clients suspended, strikes, holds and
// suspensions of the freelancer, circumvention findings, many of them on the last days of a
// month — what recomputation stores is the same at every instant before the horizon as at the
// instant it was computed for. Instants tried: just after, just before the horizon, midnights,
// the time of day of every dated input on the days between, and random ones.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventService } from '../events/service.ts';
import { type DatabaseHandle, openDatabase } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';
import { assessFreelancer, type FreelancerAssessment, trustMultiplier } from './assessment.ts';
import { DEFAULT_TRUST_CONFIG } from './config.ts';
import { monthWindowExits } from './horizon.ts';
import { recomputeAccountTrust } from './recompute.ts';
import { loadAccount } from './store.ts';
import { DAY_MS, inWindow, subMonths } from './time.ts';

const cfg = DEFAULT_TRUST_CONFIG;
const T0 = Date.UTC(2025, 5, 1);
const iso = (t: number) => new Date(t).toISOString();

/** What recomputeAccountTrust stores from an assessment (snapshot fields compared, badges, search columns). */
const stored = (a: FreelancerAssessment) => ({
  score: a.jss.score,
  window: a.jss.window,
  windows: a.jss.windows,
  awarded: a.awarded,
  weeksWithEarnings: a.ranking.weeksWithEarnings,
  activeStrikes: a.enforcement.activeStrikes,
  circumvention: a.ranking.circumventionConfirmed,
  suspended: a.enforcement.suspended,
  multiplier: trustMultiplier(a.ranking, cfg),
});

/** An instant: a day from T0 (−400 … +60), on a month's last days half the time, at a random time of day. */
const arbInstant = fc.oneof(
  fc.record({ day: fc.integer({ min: -400, max: 60 }), ms: fc.integer({ min: 0, max: DAY_MS - 1 }) }).map(({ day, ms }) => T0 + day * DAY_MS + ms),
  fc
    .record({ month: fc.integer({ min: -14, max: 2 }), back: fc.integer({ min: 0, max: 3 }), ms: fc.integer({ min: 0, max: DAY_MS - 1 }) })
    .map(({ month, back, ms }) => Date.UTC(2025, 5 + month + 1, 1) - (back + 1) * DAY_MS + ms),
);

// Contracts start relative to asOf (days before it, a few after), so windows, weeks and badges
// move around it; half the histories are of a good freelancer (five stars, completed, paid
// well) so Top Rated and its 13 weeks at the bar are reached.
const arbContract = fc.record({
  client: fc.integer({ min: 0, max: 2 }),
  daysBefore: fc.oneof(fc.integer({ min: -10, max: 400 }), fc.integer({ min: 85, max: 125 })),
  ms: fc.integer({ min: 0, max: DAY_MS - 1 }),
  lengthDays: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
  paid: fc.array(fc.record({ afterDays: fc.integer({ min: 0, max: 120 }), cents: fc.integer({ min: 1, max: 400_000 }) }), { maxLength: 3 }),
  stars: fc.option(fc.constantFrom(1, 3, 4, 5), { nil: undefined }),
  reason: fc.constantFrom('completed', 'completed', 'dispute', 'no_work'),
  dispute: fc.option(fc.record({ outcome: fc.constantFrom('release', 'refund', 'split'), afterDays: fc.integer({ min: 0, max: 30 }) }), { nil: undefined }),
});

const arbGood = fc.record({
  client: fc.integer({ min: 0, max: 2 }),
  daysBefore: fc.integer({ min: 80, max: 130 }),
  ms: fc.integer({ min: 0, max: DAY_MS - 1 }),
  lengthDays: fc.integer({ min: 0, max: 20 }),
  paid: fc.constant([{ afterDays: 1, cents: 200_000 }]),
  stars: fc.constant(5),
  reason: fc.constant('completed'),
  dispute: fc.constant(undefined),
});

const arbHistory = fc.record({
  contracts: fc.oneof(fc.array(arbContract, { minLength: 0, maxLength: 5 }), fc.array(arbGood, { minLength: 2, maxLength: 4 })),
  complete: fc.boolean(),
  identity: fc.boolean(),
  strikes: fc.array(fc.record({ at: arbInstant, days: fc.integer({ min: 1, max: 200 }) }), { maxLength: 2 }),
  actions: fc.array(
    fc.record({
      who: fc.constantFrom('f', 'c0', 'c1'),
      type: fc.constantFrom('suspension', 'payment_hold'),
      status: fc.constantFrom('active', 'expired', 'lifted'),
      at: arbInstant,
      days: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
    }),
    { maxLength: 2 },
  ),
  findings: fc.array(fc.record({ kind: fc.constantFrom('payment_outside', 'contact_sharing'), at: arbInstant }), { maxLength: 3 }),
  asOf: arbInstant,
  probes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
});

describe('trust horizon', () => {
  let h: DatabaseHandle;
  let events: EventService;
  beforeAll(async () => {
    h = await openDatabase({});
    await migrate(h);
    events = new EventService(h.db, []);
  }, 60_000);
  afterAll(async () => h?.close());

  it('monthWindowExits lists every instant a date enters or leaves a month window, month ends included', () => {
    fc.assert(
      fc.property(arbInstant, fc.constantFrom(1, 3, 6, 12), fc.integer({ min: 0, max: 200 * 24 }), (at, months, hours) => {
        // Membership is constant between consecutive listed instants (checked hourly and at each one's neighbours).
        const exits = monthWindowExits(new Date(at), months).map((d) => d.getTime());
        const member = (t: number) => inWindow(new Date(at), subMonths(new Date(t), months), new Date(t));
        const t = at + hours * 3_600_000;
        const next = Math.min(...exits.filter((e) => e > t), Number.POSITIVE_INFINITY);
        for (const u of [t + 1, t + 3_600_000, next - 1, t + (next - t) / 2])
          if (u > t && u < next && Number.isFinite(u)) expect(member(u), `${iso(at)} ${months}m at ${iso(t)} vs ${iso(u)}`).toBe(member(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('is no later than the Monday on which a freelancer completes 13 weeks at the JSS bar and becomes Top Rated', async () => {
    const f = 'hz-monday-f';
    let n = 0;
    const ev = (type: string, actor: string, data: Record<string, unknown>, at: number) =>
      events.ingest({ id: `hz-monday-e${n++}`, type, occurredAt: iso(at), actor: { id: actor }, data } as never);
    // Two five-star contracts from two clients, ended on a Wednesday: JSS 100 from the next Monday on.
    const ended = Date.UTC(2025, 2, 5, 12);
    await ev('user.registered', f, { role: 'freelancer' }, ended - 200 * DAY_MS);
    await ev('profile.updated', f, { title: 'Designer', complete: true }, ended - 199 * DAY_MS);
    for (const c of ['a', 'b']) {
      const contractId = `hz-monday-${c}`;
      await ev('user.registered', `hz-monday-${c}`, { role: 'client' }, ended - 100 * DAY_MS);
      await ev(
        'contract.started',
        `hz-monday-${c}`,
        { contractId, jobId: contractId, clientId: `hz-monday-${c}`, freelancerId: f, kind: 'fixed' },
        ended - 30 * DAY_MS,
      );
      await ev('milestone.released', `hz-monday-${c}`, { contractId, amountCents: 200_000 }, ended - 29 * DAY_MS);
      await ev('contract.ended', `hz-monday-${c}`, { contractId, reason: 'completed' }, ended);
      await ev('feedback.left', `hz-monday-${c}`, { contractId, toId: f, stars: 5 }, ended + 1000);
    }
    // The 13th Monday after the end: the week that completes 13 of the last 16 at the bar.
    const firstMonday = Date.UTC(2025, 2, 10);
    const monday13 = firstMonday + 12 * 7 * DAY_MS;
    const account = await loadAccount(h.db, f);
    if (!account) throw new Error('no account');
    const before = await assessFreelancer(h.db, account, { config: cfg, asOf: new Date(monday13 - 3_600_000) });
    const after = await assessFreelancer(h.db, account, { config: cfg, asOf: new Date(monday13 + 60_000) });
    expect([before.awarded.topRated, after.awarded.topRated]).toEqual([false, true]);
    expect(before.changesAt?.getTime()).toBeLessThanOrEqual(monday13);
  });

  it('what recomputation stores does not change before the horizon', async () => {
    let run = 0;
    let withHorizon = 0;
    await fc.assert(
      fc.asyncProperty(arbHistory, async (hist) => {
        const id = `hz-${run++}`;
        const f = `${id}-f`;
        const client = (i: number) => `${id}-c${i}`;
        let n = 0;
        const ev = (type: string, actor: string, data: Record<string, unknown>, at: number) =>
          events.ingest({ id: `${id}-e${n++}`, type, occurredAt: iso(at), actor: { id: actor }, data } as never);
        const first = T0 - 500 * DAY_MS;
        await ev('user.registered', f, { role: 'freelancer' }, first);
        for (let i = 0; i < 3; i++) await ev('user.registered', client(i), { role: 'client' }, first);
        await ev('profile.updated', f, { title: 'Designer', complete: hist.complete }, first + 1000);
        if (hist.identity) await ev('verification.completed', f, { kind: 'identity', result: 'approved' }, first + 2000);
        const dates: number[] = [hist.asOf];
        for (const [k, c] of hist.contracts.entries()) {
          const contractId = `${id}-k${k}`;
          const start = hist.asOf - c.daysBefore * DAY_MS + c.ms - (hist.asOf % DAY_MS);
          await ev(
            'contract.started',
            client(c.client),
            { contractId, jobId: `${id}-j${k}`, clientId: client(c.client), freelancerId: f, kind: 'fixed' },
            start,
          );
          dates.push(start);
          for (const p of c.paid) {
            await ev('milestone.released', client(c.client), { contractId, amountCents: p.cents }, start + p.afterDays * DAY_MS);
            dates.push(start + p.afterDays * DAY_MS);
          }
          if (c.lengthDays !== undefined) {
            const end = start + c.lengthDays * DAY_MS + 1000;
            await ev('contract.ended', client(c.client), { contractId, reason: c.reason }, end);
            if (c.stars !== undefined) await ev('feedback.left', client(c.client), { contractId, toId: f, stars: c.stars }, end + 1000);
            dates.push(end);
          }
          if (c.dispute) {
            const at = start + c.dispute.afterDays * DAY_MS + 5000;
            await sql`insert into trust_dispute_outcomes (dispute_id, contract_id, client_id, freelancer_id, opened_by, outcome, decided_at)
              values (${`${contractId}-d`}, ${contractId}, ${client(c.client)}, ${f}, 'client', ${c.dispute.outcome}, ${iso(at)})`.execute(h.db);
            dates.push(at);
          }
        }
        for (const s of hist.strikes) {
          await sql`insert into enforcement_strikes (id, account_id, policy, severity, points, evidence, created_at, expires_at)
            values (${randomUUID()}, ${f}, 'p', 'low', 1, '{}'::jsonb, ${iso(s.at)}, ${iso(s.at + s.days * DAY_MS)})`.execute(h.db);
          dates.push(s.at, s.at + s.days * DAY_MS);
        }
        for (const a of hist.actions) {
          const who = a.who === 'f' ? f : client(a.who === 'c0' ? 0 : 1);
          const end = a.days === null ? null : iso(a.at + a.days * DAY_MS);
          await sql`insert into enforcement_actions (id, account_id, type, status, policy, reason, evidence, automatic, starts_at, ends_at, created_at, lifted_at)
            values (${randomUUID()}, ${who}, ${a.type}, ${a.status}, 'p', 'r', '{}'::jsonb, false, ${iso(a.at)}, ${end}, ${iso(a.at)},
              ${a.status === 'lifted' ? iso(a.at + DAY_MS) : null})`.execute(h.db);
          dates.push(a.at);
        }
        for (const x of hist.findings) {
          await sql`insert into circumvention_findings (account_id, kind, confirmed_at) values (${f}, ${x.kind}, ${iso(x.at)})`.execute(h.db);
          dates.push(x.at);
        }

        const asOf = new Date(hist.asOf);
        // As the sweep does: recompute (stores badges and their history), then judge later instants.
        await recomputeAccountTrust(h.db, f, 'test', { config: cfg, asOf });
        const account = await loadAccount(h.db, f);
        if (!account) throw new Error('no account');
        const at = async (t: number) => stored(await assessFreelancer(h.db, account, { config: cfg, asOf: new Date(t) }));
        const a = await assessFreelancer(h.db, account, { config: cfg, asOf });
        const base = stored(a);
        const horizon = a.changesAt?.getTime() ?? hist.asOf + 800 * DAY_MS;
        if (a.changesAt) withHorizon++;
        const span = horizon - hist.asOf;
        expect(span).toBeGreaterThan(0);
        const probes = [hist.asOf + 1, horizon - 1, ...hist.probes.map((p) => hist.asOf + Math.max(1, Math.floor(p * span)))];
        // Midnights and each input's time of day on the days between (at most 40 of them).
        const day0 = Math.floor(hist.asOf / DAY_MS);
        for (let d = day0 + 1; d * DAY_MS < horizon && d <= day0 + 40; d++) {
          probes.push(d * DAY_MS);
          for (const x of dates) {
            const u = d * DAY_MS + (((x % DAY_MS) + DAY_MS) % DAY_MS);
            if (u > hist.asOf && u < horizon && (u === horizon - 1 || probes.length < 30)) probes.push(u);
          }
        }
        for (const u of probes)
          if (u > hist.asOf && u < horizon) expect(await at(u), `asOf ${iso(hist.asOf)} horizon ${iso(horizon)} at ${iso(u)}`).toEqual(base);
      }),
      { numRuns: 25 },
    );
    // The horizon is not "always now": most histories have one, and it is after asOf (checked above).
    expect(withHorizon).toBeGreaterThan(0);
  }, 600_000);
});
