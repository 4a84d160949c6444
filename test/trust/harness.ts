// A test Warden for the trust suites, plus seeds for state owned by other capabilities (enforcement rows) and date helpers.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { type Backend, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const DAY = 86_400_000;
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
export const daysFromNow = (n: number) => new Date(Date.now() + n * DAY).toISOString();

/** The app wires trust's routes and hooks; kept as a name the trust suites read well with. */
export const startTrustWarden = (backend: Backend): Promise<TestWarden> => startTestWarden(backend);

/** Sends events through the batch endpoint and fails loudly on any rejected item. */
export async function send(w: TestWarden, events: unknown[]): Promise<any[]> {
  const res = await w.call('POST', '/v1/events/batch', { events });
  if (res.status !== 200) throw new Error(`batch failed: ${res.status} ${JSON.stringify(res.body)}`);
  const bad = res.body.results.filter((r: { status: string }) => r.status === 'rejected');
  if (bad.length > 0) throw new Error(`rejected events: ${JSON.stringify(bad)}`);
  return res.body.results;
}

export async function hasTable(w: TestWarden, name: string): Promise<boolean> {
  const r = await sql<{ t: string | null }>`select to_regclass(${name})::text as t`.execute(w.ctx.db);
  return r.rows[0]?.t != null;
}

/** An active strike, as enforcement would write it. */
export async function addStrike(w: TestWarden, accountId: string): Promise<void> {
  await sql`insert into enforcement_strikes (id, account_id, policy, severity, points, evidence, created_at, expires_at)
    values (${randomUUID()}, ${accountId}, 'off-platform', 'medium', 1, '{}'::jsonb, ${daysAgo(5)}, ${daysFromNow(85)})`.execute(w.ctx.db);
  await changedBehindTrustsBack(w, accountId);
}

/**
 * Rows written behind trust's back (enforcement itself recomputes the account, and makes the
 * freelancers it hired due): the next sweep picks the account and its freelancers up.
 */
async function changedBehindTrustsBack(w: TestWarden, accountId: string): Promise<void> {
  await sql`delete from trust_recompute_due where account_id = ${accountId}
    or account_id in (select freelancer_id from contracts where client_id = ${accountId})`.execute(w.ctx.db);
}

/** An active suspension, as enforcement would write it. */
export async function suspend(w: TestWarden, accountId: string, at = daysAgo(1)): Promise<void> {
  await sql`insert into enforcement_actions (id, account_id, type, status, policy, reason, evidence, automatic, starts_at, created_at)
    values (${randomUUID()}, ${accountId}, 'suspension', 'active', 'abuse', 'abusive conduct', '{}'::jsonb, false, ${at}, ${at})`.execute(w.ctx.db);
  await changedBehindTrustsBack(w, accountId);
}
