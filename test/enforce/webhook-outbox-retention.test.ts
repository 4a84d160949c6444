// The webhook outbox at volume (issue 15, operations): a fan-out pass reads only the rows not
// yet fanned out, however many delivered rows the table keeps, and retention prunes what was
// delivered long ago in batches, never a row that is still to be delivered.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fanOut, pruneWebhookHistory } from '../../src/enforce/webhooks/delivery.ts';
import type { Db } from '../../src/store/db.ts';
import { claimNewOutboxRows } from '../../src/webhooks/outbox.ts';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

/** Rows a query's scans of `table` produced or filtered out, from EXPLAIN ANALYZE: the rows it read. */
async function rowsRead(db: Db, query: { sql: string; parameters: readonly unknown[] }, table: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const res = await tx.executeQuery<{ 'QUERY PLAN': unknown }>({
      sql: `explain (analyze, format json) ${query.sql}`,
      parameters: query.parameters,
      query: { kind: 'RawNode' } as never,
      queryId: { queryId: 'explain' } as never,
    });
    const raw = res.rows[0]['QUERY PLAN'];
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
    let read = 0;
    const walk = (n: PlanNode) => {
      if (n['Relation Name'] === table) read += (n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 1) + (n['Rows Removed by Filter'] ?? 0);
      for (const c of n.Plans ?? []) walk(c);
    };
    walk(plan[0].Plan);
    return read;
  });
}

async function addOutboxRows(db: Db, n: number, prefix: string): Promise<void> {
  await sql`insert into outbox (topic, dedupe_key, payload, created_at)
    select 'decision.made', ${prefix} || g, '{}'::jsonb, now() from generate_series(1, ${n}) g`.execute(db);
}

describe.each(await backends())('webhook outbox at volume (%s)', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startEnforceWarden(backend);
  });
  afterAll(async () => {
    await w?.close();
  });

  it('a fan-out pass reads the new rows only, not the delivered ones the table keeps', async () => {
    const db = w.ctx.db;
    await addOutboxRows(db, 5000, 'old-');
    while ((await fanOut(db, new Date(), 5000)) > 0);
    await addOutboxRows(db, 3, 'new-');
    await sql`analyze`.execute(db);
    const read = await rowsRead(db, claimNewOutboxRows(500).compile(db), 'outbox');
    // Three new rows; a scan over the 5,000 fanned ones (the old anti-join) reads them all.
    expect(read).toBeLessThan(50);
    expect(await fanOut(db, new Date())).toBe(3);
  });

  it('retention deletes delivered rows older than the setting, in batches, and keeps everything still to deliver', async () => {
    const db = w.ctx.db;
    const day = 86_400_000;
    const now = new Date('2026-12-01T00:00:00Z');
    const old = new Date(now.getTime() - 10 * day);
    const recent = new Date(now.getTime() - day);
    await sql`delete from webhook_deliveries`.execute(db);
    await sql`delete from outbox`.execute(db);
    await sql`insert into webhook_subscriptions (id, url, topics, secret, created_at)
      values ('whs_r', 'https://receiver.example/hooks', '["decision.made"]', 'x', ${old})`.execute(db);
    // Outbox rows: four fanned out long ago, one fanned out yesterday, one never fanned out.
    await addOutboxRows(db, 6, 'ret-');
    const ids = (await sql<{ id: string }>`select id from outbox order by id`.execute(db)).rows.map((r) => String(r.id));
    await fanOut(db, old, 4);
    await fanOut(db, recent, 1);
    const deliveries = (await sql<{ id: string; outbox_id: string }>`select id, outbox_id from webhook_deliveries order by outbox_id`.execute(db)).rows;
    expect(deliveries).toHaveLength(5);
    const [d1, d2, d3, d4, d5] = deliveries.map((d) => d.id);
    // d1, d2 delivered long ago; d3 pending since then (retrying); d4 dead (replayable); d5 delivered yesterday.
    await sql`update webhook_deliveries set status = 'delivered', delivered_at = ${old} where id in (${d1}, ${d2})`.execute(db);
    await sql`update webhook_deliveries set status = 'dead', last_error = 'receiver answered 500' where id = ${d4}`.execute(db);
    await sql`update webhook_deliveries set status = 'delivered', delivered_at = ${recent} where id = ${d5}`.execute(db);

    const pruned = await pruneWebhookHistory(db, now, { retentionDays: 7, batch: 1 });
    expect(pruned).toEqual({ deliveries: 2, outbox: 4 });

    const left = (await sql<{ id: string; status: string }>`select id, status from webhook_deliveries order by id`.execute(db)).rows;
    expect(left.map((d) => d.id).sort()).toEqual([d3, d4, d5].sort());
    // The outbox keeps the row fanned out yesterday and the one never fanned out; each pending
    // or dead delivery carries its own payload, so replaying it needs no outbox row.
    const outbox = (await sql<{ id: string }>`select id from outbox order by id`.execute(db)).rows.map((r) => String(r.id));
    expect(outbox).toEqual([ids[4], ids[5]]);
    expect(await pruneWebhookHistory(db, now, { retentionDays: 7, batch: 1 })).toEqual({ deliveries: 0, outbox: 0 });
    // 0 keeps everything.
    expect(await pruneWebhookHistory(db, new Date(now.getTime() + 100 * day), { retentionDays: 0, batch: 10 })).toEqual({ deliveries: 0, outbox: 0 });
  });
});
