// The loaders on an embedded database fed through the ingestion service (projections only):
// what each calculator input is made of, including events that arrive out of order.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enforcementFacts } from '../enforce/facts.ts';
import { EventService } from '../events/service.ts';
import { type DatabaseHandle, openDatabase } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';
import { loadAccount, loadClientTrustInput, loadEarnings, loadFreelancerContracts } from './store.ts';

const DAY = 86_400_000;
const NOW = new Date();
const ago = (d: number) => new Date(NOW.getTime() - d * DAY).toISOString();
let n = 0;
const ev = (type: string, actor: string, data: Record<string, unknown>, at: string) => ({ id: `st-${n++}`, type, occurredAt: at, actor: { id: actor }, data });

describe('trust loaders', () => {
  let h: DatabaseHandle;
  let events: EventService;
  beforeAll(async () => {
    h = await openDatabase({});
    await migrate(h);
    events = new EventService(h.db, []);
    const all = [
      ev('user.registered', 'c1', { role: 'client' }, ago(400)),
      ev('job.posted', 'c1', { jobId: 'j1', title: 'Logo', description: 'A logo' }, ago(300)),
      ev('job.posted', 'c1', { jobId: 'j2', title: 'Site', description: 'A site' }, ago(290)),
      ev('contract.started', 'c1', { contractId: 'k1', jobId: 'j1', clientId: 'c1', freelancerId: 'f1', kind: 'fixed' }, ago(200)),
      ev('escrow.funded', 'c1', { contractId: 'k1', amountCents: 90_000 }, ago(199)),
      ev('milestone.released', 'c1', { contractId: 'k1', amountCents: 90_000 }, ago(150)),
      ev('contract.ended', 'c1', { contractId: 'k1', reason: 'completed' }, ago(149)),
      // The private end reason is more precise than the contract's, and wins.
      ev('feedback.left', 'c1', { contractId: 'k1', toId: 'f1', stars: 4, privateScore: 8, endReason: 'freelancer_unresponsive' }, ago(148)),
      // The freelancer's feedback about the client is not the client's about the freelancer.
      ev('feedback.left', 'f1', { contractId: 'k1', toId: 'c1', stars: 2 }, ago(148)),
      // A payment before its contract.started (out of order) ...
      ev('milestone.released', 'c1', { contractId: 'k2', amountCents: 30_000 }, ago(50)),
      ev('contract.started', 'c1', { contractId: 'k2', jobId: 'j1', clientId: 'c1', freelancerId: 'f1', kind: 'hourly' }, ago(60)),
      ev('contract.ended', 'c1', { contractId: 'k2', reason: 'dispute' }, ago(40)),
      // ... and a payment on a contract whose start never arrived.
      ev('milestone.released', 'c9', { contractId: 'k-orphan', amountCents: 10_000 }, ago(30)),
      ev('chargeback.received', 'c1', { contractId: 'k2', amountCents: 5_000 }, ago(20)),
    ];
    for (const e of all) await events.ingest(e);
  }, 30_000);
  afterAll(async () => h?.close());

  it('builds contract records with the client’s feedback and the precise end reason, and skips contracts without a start', async () => {
    const { contracts, enforcement } = await loadFreelancerContracts(h.db, 'f1', NOW);
    expect(contracts.map((c) => c.id)).toEqual(['k1', 'k2']);
    const [k1, k2] = contracts;
    expect(k1).toMatchObject({ clientId: 'c1', kind: 'fixed', totalPaidCents: 90_000, publicStars: 4, privateScore: 8, endReason: 'freelancer_unresponsive' });
    expect(k1?.endedAt?.toISOString()).toBe(ago(149));
    expect(k2).toMatchObject({ kind: 'hourly', totalPaidCents: 30_000, endReason: 'dispute', disputed: true });
    expect(k2?.publicStars).toBeUndefined();
    expect(enforcement).toEqual({ activeStrikes: 0, suspended: false, suspendedForAbuse: false, holds: [], changesAt: null });
  });

  it('counts released money as earnings, not escrow', async () => {
    const earnings = await loadEarnings(h.db, 'f1');
    expect(earnings.map((e) => e.amountCents)).toEqual([90_000, 30_000]);
  });

  it('gathers the client facts: hires, completed contracts, ratings both ways, dated disputes and chargebacks', async () => {
    const account = await loadAccount(h.db, 'c1');
    if (!account) throw new Error('c1 missing');
    const input = await loadClientTrustInput(h.db, account, NOW);
    expect(input).toMatchObject({ jobsPosted: 2, jobsWithHire: 1, completedContracts: 1, totalSpentCents: 120_000, paymentMethodVerified: false });
    expect(input.ratingReceived).toEqual({ average: 2, count: 1 });
    expect(input.ratingGiven).toEqual({ average: 4, count: 1 });
    expect(input.disputes.map((d) => d.toISOString())).toEqual([ago(40)]);
    expect(input.chargebacks.map((d) => d.toISOString())).toEqual([ago(20)]);
    expect(input.accountCreatedAt.toISOString()).toBe(ago(400));
  });

  it('reads strikes, suspensions and holds from enforcement; a lifted suspension is not held against anyone', async () => {
    const action = (account: string, type: string, status: string, start: number, end: number | null) =>
      sql`insert into enforcement_actions (id, account_id, type, status, policy, reason, evidence, automatic, starts_at, ends_at, created_at)
        values (${randomUUID()}, ${account}, ${type}, ${status}, 'p', 'r', '{}'::jsonb, false, ${ago(start)}, ${end === null ? null : ago(end)}, ${ago(start)})`.execute(
        h.db,
      );
    await action('a-lifted', 'suspension', 'lifted', 30, null);
    await action('a-served', 'suspension', 'expired', 60, 30);
    await action('a-now', 'suspension', 'active', 5, null);
    await action('a-hold', 'payment_hold', 'active', 10, -5);
    await sql`insert into enforcement_strikes (id, account_id, policy, severity, points, evidence, created_at, expires_at)
      values ('s1', 'a-now', 'p', 'low', 1, '{}'::jsonb, ${ago(3)}, ${ago(-30)}), ('s2', 'a-now', 'p', 'low', 1, '{}'::jsonb, ${ago(100)}, ${ago(10)})`.execute(
      h.db,
    );
    const f = await enforcementFacts(h.db, ['a-lifted', 'a-served', 'a-now', 'a-hold'], NOW);
    expect(f.get('a-lifted')).toMatchObject({ suspended: false, suspendedForAbuse: false });
    expect(f.get('a-served')).toMatchObject({ suspended: false, suspendedForAbuse: true });
    // Only the strike that has not expired is active.
    expect(f.get('a-now')).toMatchObject({ suspended: true, suspendedForAbuse: true, activeStrikes: 1 });
    expect(f.get('a-hold')?.holds).toHaveLength(1);
    expect(f.get('a-hold')?.suspended).toBe(false);
  });
});
