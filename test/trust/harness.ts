// A test Warden with the trust routes and hooks, whether or not the lead has wired them yet,
// plus seeds for state owned by other capabilities (enforcement rows) and date helpers.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { buildServer } from '../../src/app/server.ts';
import { registerTrustHooks } from '../../src/trust/hooks.ts';
import { trustRoutes } from '../../src/trust/routes.ts';
import { type Backend, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const DAY = 86_400_000;
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();
export const daysFromNow = (n: number) => new Date(Date.now() + n * DAY).toISOString();

export async function startTrustWarden(backend: Backend): Promise<TestWarden> {
  const w = await startTestWarden(backend);
  await w.app.ready();
  if (w.app.hasRoute({ method: 'GET', url: '/v1/accounts/:id/trust' })) return w;
  registerTrustHooks(w.ctx);
  const app = await buildServer(w.ctx, [trustRoutes]);
  return {
    ...w,
    app,
    async call(method, url, body, k) {
      const token = k === undefined ? w.adminKey : k;
      const res = await app.inject({
        method: method as 'GET',
        url,
        headers: token ? { authorization: `Bearer ${token}` } : {},
        ...(body === undefined ? {} : { payload: body as object }),
      });
      let parsed: unknown = res.body;
      try {
        parsed = res.body ? JSON.parse(res.body) : undefined;
      } catch {}
      return { status: res.statusCode, body: parsed, headers: res.headers };
    },
    async close() {
      await app.close();
      await w.close();
    },
  };
}

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
}

/** An active suspension, as enforcement would write it. */
export async function suspend(w: TestWarden, accountId: string, at = daysAgo(1)): Promise<void> {
  await sql`insert into enforcement_actions (id, account_id, type, status, policy, reason, evidence, automatic, starts_at, created_at)
    values (${randomUUID()}, ${accountId}, 'suspension', 'active', 'abuse', 'abusive conduct', '{}'::jsonb, false, ${at}, ${at})`.execute(w.ctx.db);
}
