// The daily trust sweep recomputes only the freelancers whose inputs changed or whose horizon
// came (src/trust/recompute.ts, horizon.ts). Over a simulated marketplace on a simulated clock
// (contracts, payments, feedback, reports, strikes, suspensions, appeals, reviews; 16 days
// so Mondays, expiries and weekly windows pass), after every day's sweeps the full recompute
// of every freelancer — run in a transaction that is rolled back — changes nothing: no JSS
// snapshot, no badge, no search column (their update time aside). And the sweep did skip.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/app/clock.ts';
import { injectClient } from '../../src/simulate/client.ts';
import { generate } from '../../src/simulate/generate.ts';
import { playSimulation } from '../../src/simulate/run.ts';
import type { Tx } from '../../src/store/db.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

const sim = generate({ seed: 29, accounts: 36, days: 16, realDataDir: null });

class Rollback extends Error {
  constructor(readonly value: unknown) {
    super('rollback');
  }
}

const searchColumns = (tx: Tx) =>
  sql<Record<string, unknown>>`select account_id, weeks_with_earnings, jss, badges, identity_verified, active_strikes, circumvention, suspended,
      trust_multiplier, display_name, title, overview, skills, country from search_profiles order by account_id`.execute(tx);

describe('the incremental trust sweep', () => {
  const clock = new SimulatedClock(sim.truth.startAt);
  let w: TestWarden;
  const days: Array<{
    day: string;
    swept: number;
    freelancers: number;
    full: { accounts: number; jssChanged: number; badgeChanges: number; failed: string[] };
  }> = [];
  const differences: string[] = [];

  /** The full recompute at `now`, rolled back: what it would have changed. */
  async function fullRecompute(day: string) {
    const now = clock.now();
    try {
      await w.ctx.db.transaction().execute(async (tx) => {
        const before = (await searchColumns(tx)).rows;
        const full = await w.ctx.trust.recomputeTrust(tx, now, { all: true });
        const after = (await searchColumns(tx)).rows;
        throw new Rollback({ before, after, full });
      });
    } catch (err) {
      if (!(err instanceof Rollback)) throw err;
      const { before, after, full } = err.value as { before: unknown[]; after: unknown[]; full: (typeof days)[number]['full'] };
      const b = new Map(before.map((r) => [(r as { account_id: string }).account_id, JSON.stringify(r)]));
      for (const r of after) {
        const id = (r as { account_id: string }).account_id;
        if (b.get(id) !== JSON.stringify(r)) differences.push(`${day} ${id}: ${b.get(id)} -> ${JSON.stringify(r)}`);
      }
      return full;
    }
    throw new Error('unreachable');
  }

  beforeAll(async () => {
    w = await startTestWarden('pglite', {}, { clock });
    await playSimulation(injectClient(w.app, w.adminKey), sim, {
      mode: 'batch',
      batchSize: 200,
      clock,
      afterEvents: () => w.drainBehaviour(),
      onSimulatedDay: async (day) => {
        const r = (await w.sweepNow()) as { trust: { accounts: number } };
        const full = await fullRecompute(day);
        days.push({ day, swept: r.trust.accounts, freelancers: full.accounts, full });
      },
    });
  }, 900_000);
  afterAll(async () => {
    await w?.close();
  });

  it('leaves every freelancer as the full recompute would, every simulated day', () => {
    expect(days.length).toBeGreaterThanOrEqual(15);
    for (const d of days) {
      expect(d.full.failed, d.day).toEqual([]);
      expect({ day: d.day, jssChanged: d.full.jssChanged, badgeChanges: d.full.badgeChanges }).toEqual({ day: d.day, jssChanged: 0, badgeChanges: 0 });
    }
    expect(differences).toEqual([]);
  });

  it('recomputes fewer freelancers than the full sweep', () => {
    const swept = days.reduce((s, d) => s + d.swept, 0);
    const full = days.reduce((s, d) => s + d.freelancers, 0);
    expect(full).toBeGreaterThan(100);
    expect(swept).toBeLessThan(full * 0.8);
  });
});
