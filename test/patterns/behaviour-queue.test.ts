// The behaviour worker over the stored event log (src/patterns/queue.ts), on both databases:
// events committed and not yet processed when Warden stops are processed after a restart, once;
// a worker transaction that fails leaves its events queued, and they are processed once when it
// succeeds; a payout and a deal judge on their accounts' queued events (catch-up) when the worker
// has not run; the lag shows in the metrics.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/access/keys.ts';
import { loadConfig } from '../../src/app/config.ts';
import { openWarden, type Warden } from '../../src/app/start.ts';
import { dropSchema } from '../../src/store/db.ts';
import { ev, event } from '../helpers/events.ts';
import { type Backend, backends, POSTGRES_URL } from '../helpers/warden.ts';
import { at } from './behaviour.ts';

/** A Warden on a database that outlives it (a PGlite folder, or a PostgreSQL schema), so a second one can open it after the first stops. */
function durableDatabase(backend: Backend) {
  const dir = backend === 'pglite' ? mkdtempSync(join(tmpdir(), 'warden-bq-')) : undefined;
  const schema = backend === 'postgres' ? `t_${randomBytes(6).toString('hex')}` : undefined;
  const config = loadConfig({}, { logLevel: 'silent', ...(dir ? { dataDir: dir } : { databaseUrl: POSTGRES_URL }) });
  return {
    open: () => openWarden(config, { schema }),
    async remove() {
      if (dir) rmSync(dir, { recursive: true, force: true });
      if (schema) await dropSchema(POSTGRES_URL, schema);
    },
  };
}

async function post(w: Warden, key: string, e: unknown) {
  const r = await w.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${key}` }, payload: e as object });
  expect(r.statusCode, r.body).toBeLessThan(300);
  return JSON.parse(r.body);
}

/** The reply of one event of a batch (undefined when it was rejected). */
const replyOf = (item: { status: string }) => ('result' in item ? item.result : undefined);
const count = async (w: Warden, q: ReturnType<typeof sql<{ n: number }>>) => Number((await q.execute(w.ctx.db)).rows[0].n);
const queued = (w: Warden) => count(w, sql<{ n: number }>`select count(*)::int as n from behaviour_queue`);
/** Account decisions on `id` carrying a signal of `type`. */
const linkDecisions = (w: Warden, id: string, type: string) =>
  count(
    w,
    sql<{ n: number }>`select count(*)::int as n from decisions where subject_type = 'account' and account_id = ${id} and signals::text like ${`%${type}%`}`,
  );
/** Sightings of `id`'s identifiers of one kind (a sighting counted twice would show here). */
const sightings = (w: Warden, id: string, kind: string) =>
  count(w, sql<{ n: number }>`select coalesce(sum(sightings), 0)::int as n from account_identifiers where account_id = ${id} and kind = ${kind}`);
/** Account decisions made twice for one event, account and signals: an event processed twice would show here. */
const doubled = (w: Warden) =>
  count(
    w,
    sql<{ n: number }>`select count(*)::int as n from (select event_id, account_id from decisions where subject_type = 'account' and event_id is not null
      group by event_id, account_id, signals::text having count(*) > 1) d`,
  );

describe.each(await backends())('the behaviour worker over the event log (%s)', { timeout: 240_000 }, (backend) => {
  const dbs: { remove(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const d of dbs) await d.remove();
  });

  it('events committed before a stop are processed after the restart, once; draining again changes nothing', async () => {
    const d = durableDatabase(backend);
    dbs.push(d);
    const a = await d.open();
    const { key } = await createApiKey(a.ctx.db, 'test', ['admin']);
    await post(a, key, event('payout.method_changed', 'bq-1', { methodId: 'bq-pm1', destination: 'DE89370400440532013099' }, { at: at(1) }));
    const second = event('payout.method_changed', 'bq-2', { methodId: 'bq-pm2', destination: 'DE89370400440532013099' }, { at: at(2) });
    await post(a, key, second);
    // Stopped between the events' commit and the worker: nothing of behaviour ran yet.
    expect(await queued(a)).toBe(2);
    expect(await linkDecisions(a, 'bq-2', 'linked.payout_destination')).toBe(0);
    await a.stop();

    const b = await d.open();
    try {
      expect(await queued(b)).toBe(2);
      const first = await b.drainBehaviour();
      expect(first.processed).toBe(2);
      expect(first.verdicts.flatMap((v) => v.behaviour.map((x) => [x.accountId, x.signals]))).toEqual([['bq-2', ['linked.payout_destination']]]);
      expect(await queued(b)).toBe(0);
      const again = await b.drainBehaviour();
      expect(again).toEqual({ processed: 0, verdicts: [] });
      expect(await linkDecisions(b, 'bq-2', 'linked.payout_destination')).toBe(1);
      expect(await sightings(b, 'bq-2', 'payout_destination')).toBe(1);
      // One fraud case (linked money accounts), opened once.
      expect(await count(b, sql<{ n: number }>`select count(*)::int as n from cases where account_id = 'bq-2' and queue = 'fraud'`)).toBe(1);
      // The same event sent again is a duplicate: not queued again.
      const { key: k2 } = await createApiKey(b.ctx.db, 'test 2', ['admin']);
      const again2 = await b.app.inject({ method: 'POST', url: '/v1/events', headers: { authorization: `Bearer ${k2}` }, payload: second });
      expect(again2.statusCode).toBe(200);
      expect(await queued(b)).toBe(0);
    } finally {
      await b.stop();
    }
  });

  it('a worker transaction that fails leaves its events queued; once it succeeds each is processed once', async () => {
    const d = durableDatabase(backend);
    dbs.push(d);
    const w = await d.open();
    try {
      const { key } = await createApiKey(w.ctx.db, 'test', ['admin']);
      // A real failure inside the worker's transaction: the account decision's insert raises.
      await sql`create function bq_fail() returns trigger language plpgsql as $$
        begin if new.account_id = 'bq-4' and new.subject_type = 'account' then raise exception 'bq: decisions unavailable'; end if; return new; end $$`.execute(
        w.ctx.db,
      );
      await sql`create trigger bq_fail before insert on decisions for each row execute function bq_fail()`.execute(w.ctx.db);
      await post(w, key, event('profile.updated', 'bq-3', { title: 'Designer', phone: '+44 7911 777000' }, { at: at(3) }));
      await post(w, key, event('profile.updated', 'bq-4', { title: 'Developer', phone: '+44 7911 777000' }, { at: at(4) }));
      await post(w, key, ev.registered('bq-5', 'client', {}, at(5)));
      const failed = await w.drainBehaviour();
      // The batch failed together, then went one event at a time: bq-3 and bq-5 processed, bq-4 kept.
      expect(failed.processed).toBe(2);
      expect(await queued(w)).toBe(1);
      const row = (await sql<{ attempts: number; last_error: string }>`select attempts, last_error from behaviour_queue`.execute(w.ctx.db)).rows[0];
      expect(row.attempts).toBe(1);
      expect(row.last_error).toContain('bq: decisions unavailable');
      expect(await sightings(w, 'bq-4', 'phone')).toBe(0);
      // The lag is visible while it waits.
      const metrics = await w.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${key}` } });
      expect(metrics.body).toMatch(/warden_behaviour_queue_events\{state="pending"\} 1/);
      expect(metrics.body).toMatch(/warden_behaviour_lag_seconds \d/);

      await sql`drop trigger bq_fail on decisions`.execute(w.ctx.db);
      const ok = await w.drainBehaviour();
      expect(ok.processed).toBe(1);
      expect(await queued(w)).toBe(0);
      expect(await linkDecisions(w, 'bq-4', 'linked.phone')).toBe(1);
      expect(await sightings(w, 'bq-4', 'phone')).toBe(1);
      expect(await doubled(w)).toBe(0);
      expect((await w.drainBehaviour()).processed).toBe(0);
    } finally {
      await w.stop();
    }
  });

  it('each event is queued in its transaction: a message with a phone in its text feeds replies, a plain one does not; a payment names the freelancer it credits', async () => {
    const d = durableDatabase(backend);
    dbs.push(d);
    const w = await d.open();
    try {
      const { key } = await createApiKey(w.ctx.db, 'test', ['admin']);
      const plain = ev.message('bq-m1', 'bq-m2', 'Thanks, the draft looks good.', at(1));
      // The phone is found by screening, after the row was stored: the queue row, written when the transaction ends, says so.
      const phone = ev.message('bq-m1', 'bq-m2', 'call me on +44 7911 123456 tomorrow', at(1.1));
      const started = ev.contractStarted('bq-c', 'bq-m2', 'bq-m1', at(1.2));
      const paid = ev.released('bq-c', 'bq-m2', 50_000, at(1.3));
      for (const e of [plain, phone, started, paid]) await post(w, key, e);
      const row = async (id: string) =>
        (
          await sql<{ feeds_reply: boolean; credited_id: string | null }>`select feeds_reply, credited_id from behaviour_queue where event_id = ${id}`.execute(
            w.ctx.db,
          )
        ).rows;
      expect(await row(plain.id)).toEqual([{ feeds_reply: false, credited_id: null }]);
      expect(await row(phone.id)).toEqual([{ feeds_reply: true, credited_id: null }]);
      expect(await row(started.id)).toEqual([{ feeds_reply: false, credited_id: null }]);
      expect(await row(paid.id)).toEqual([{ feeds_reply: true, credited_id: 'bq-m1' }]);
    } finally {
      await w.stop();
    }
  });

  it('in one batch, a payout judges on its account’s login, method change and earnings of the same batch, and a deal on its parties’ identifiers; what they processed is never queued, the rest is, in order', async () => {
    const d = durableDatabase(backend);
    dbs.push(d);
    const w = await d.open();
    try {
      const MIN = 1 / 1440;
      // Earlier, committed apart: five sign-ins at home (queued rows, caught up from the table).
      const home = [-20, -14, -9, -5, -2].map((day) =>
        event('user.login', 'bq-bt', { deviceId: 'bq-bt/laptop', country: 'DE', ip: '192.0.2.10' }, { at: at(day) }),
      );
      await w.ctx.events.ingestBatch(home);
      // One set: a takeover's sign-ins and method change, a payment crediting the account, then its payout.
      const other = ev.message('bq-o1', 'bq-o2', 'Thanks, the draft looks good.', at(1 * MIN));
      const failed = [0, 1, 2, 3, 4, 5].map((i) =>
        event('user.login', 'bq-bt', { deviceId: 'bq-bt/atk', country: 'ID', ip: '203.0.113.9', success: false }, { at: at(i * 0.5 * MIN) }),
      );
      const attacker = event('user.login', 'bq-bt', { deviceId: 'bq-bt/atk', country: 'ID', ip: '203.0.113.9' }, { at: at(4 * MIN) });
      const started = ev.contractStarted('bq-bc', 'bq-bcl', 'bq-bt', at(5 * MIN));
      const paid = ev.released('bq-bc', 'bq-bcl', 40_000, at(6 * MIN));
      const method = event('payout.method_changed', 'bq-bt', { methodType: 'crypto', change: 'added' }, { at: at(15 * MIN) });
      const later = ev.message('bq-o2', 'bq-o1', 'Great, sending the next part.', at(16 * MIN));
      const payout = event('payout.requested', 'bq-bt', { amountCents: 51_000, method: 'crypto' }, { at: at(20 * MIN) });
      const set = [other, ...failed, attacker, started, paid, method, later, payout];
      const r = await w.ctx.events.ingestBatch(set);
      expect(r.stats.accepted).toBe(set.length);
      const reply = replyOf(r.results[set.length - 1]) as { behaviour?: { accountId: string; outcome: string; signals: string[] }[] };
      const v = reply.behaviour?.find((x) => x.accountId === 'bq-bt');
      expect(v?.outcome).toBe('hold');
      expect(v?.signals).toContain('payment.takeover_payout');
      const rows = (await sql<{ event_id: string; feeds_reply: boolean }>`select event_id, feeds_reply from behaviour_queue order by seq`.execute(w.ctx.db))
        .rows;
      // The account's events (its sign-ins, its method change, the payment crediting it) were processed by the payout's catch-up.
      expect(rows.map((q) => q.event_id)).toEqual([other.id, started.id, later.id]);
      expect(rows.every((q) => !q.feeds_reply)).toBe(true);
      // Earnings of the payment were recorded for the account it credits, before the payout was judged.
      expect(await count(w, sql<{ n: number }>`select count(*)::int as n from pattern_facts where event_id = ${paid.id}`)).toBeGreaterThan(0);

      // One set: two accounts on one device register, then a proposal between them: held.
      const from = (e: ReturnType<typeof event>) => ({ ...e, actor: { ...e.actor, deviceId: 'bq-bdev', ip: '203.0.113.78' } });
      const deal = [
        from(ev.registered('bq-bfl', 'freelancer', {}, at(1))),
        from(ev.registered('bq-bcl2', 'client', {}, at(1.1))),
        from(event('proposal.submitted', 'bq-bfl', { proposalId: 'bq-bp', jobId: 'bq-bj', clientId: 'bq-bcl2', text: 'I can start today.' }, { at: at(1.2) })),
      ];
      const dr = await w.ctx.events.ingestBatch(deal);
      expect((replyOf(dr.results[2]) as { deal?: unknown }).deal).toMatchObject({ outcome: 'hold', signals: ['linked.self_dealing'] });
      expect(await count(w, sql<{ n: number }>`select count(*)::int as n from behaviour_queue where actor_id in ('bq-bfl', 'bq-bcl2')`)).toBe(1);

      await w.drainBehaviour();
      expect(await queued(w)).toBe(0);
      // Devices seen at the six successful sign-ins (five at home, the attacker's one), each once.
      expect(await sightings(w, 'bq-bt', 'device')).toBe(6);
      expect(await doubled(w)).toBe(0);
    } finally {
      await w.stop();
    }
  });

  it('without the worker, a payout judges on its account’s queued login and method change, and a deal on its parties’ queued identifiers', async () => {
    const d = durableDatabase(backend);
    dbs.push(d);
    const w = await d.open();
    try {
      const { key } = await createApiKey(w.ctx.db, 'test', ['admin']);
      const MIN = 1 / 1440;
      const login = (day: number, success = true) =>
        event('user.login', 'bq-tk', { deviceId: 'bq-tk/atk', country: 'ID', ip: '203.0.113.9', success }, { at: at(day) });
      for (const d of [-20, -14, -9, -5, -2])
        await post(w, key, event('user.login', 'bq-tk', { deviceId: 'bq-tk/laptop', country: 'DE', ip: '192.0.2.10' }, { at: at(d) }));
      for (let i = 0; i < 6; i++) await post(w, key, login(i * 0.5 * MIN, false));
      await post(w, key, login(4 * MIN));
      await post(w, key, event('payout.method_changed', 'bq-tk', { methodType: 'crypto', change: 'added' }, { at: at(15 * MIN) }));
      expect(await queued(w)).toBeGreaterThan(0);
      const payout = await post(w, key, event('payout.requested', 'bq-tk', { amountCents: 51_000, method: 'crypto' }, { at: at(20 * MIN) }));
      const v = payout.behaviour.find((x: { accountId: string }) => x.accountId === 'bq-tk');
      expect(v.outcome).toBe('hold');
      expect(v.signals).toContain('payment.takeover_payout');

      // Two accounts on their own devices, then a proposal: nothing would link them, so their
      // queued events are left to the worker and the proposal goes ahead.
      const on = (e: ReturnType<typeof event>, deviceId: string) => ({ ...e, actor: { ...e.actor, deviceId, ip: '198.51.100.7' } });
      await post(w, key, on(ev.registered('bq-x', 'freelancer', {}, at(1)), 'bq-dev-x'));
      await post(w, key, on(ev.registered('bq-y', 'client', {}, at(1.1)), 'bq-dev-y'));
      const apart = await post(
        w,
        key,
        on(
          event('proposal.submitted', 'bq-x', { proposalId: 'bq-px', jobId: 'bq-jy', clientId: 'bq-y', text: 'I can start today.' }, { at: at(1.2) }),
          'bq-dev-x',
        ),
      );
      expect(apart.deal).toBeUndefined();
      expect(await count(w, sql<{ n: number }>`select count(*)::int as n from behaviour_queue where actor_id in ('bq-x', 'bq-y')`)).toBe(3);
      // Two accounts on one device, then a proposal between them: held, with nothing drained.
      const from = (e: ReturnType<typeof event>) => ({ ...e, actor: { ...e.actor, deviceId: 'bq-dev', ip: '203.0.113.77' } });
      await post(w, key, from(ev.registered('bq-fl', 'freelancer', {}, at(1))));
      await post(w, key, from(ev.registered('bq-cl', 'client', {}, at(1.1))));
      const p = await post(
        w,
        key,
        from(event('proposal.submitted', 'bq-fl', { proposalId: 'bq-p', jobId: 'bq-j', clientId: 'bq-cl', text: 'I can start today.' }, { at: at(1.2) })),
      );
      expect(p.deal).toMatchObject({ outcome: 'hold', signals: ['linked.self_dealing'] });
      // What the catch-ups processed is not processed again.
      const rest = await w.drainBehaviour();
      expect(await queued(w)).toBe(0);
      expect(rest.processed).toBeGreaterThan(0);
      // Devices seen at the six successful logins (five at home, the attacker's one), each once, though a catch-up processed them.
      expect(await sightings(w, 'bq-tk', 'device')).toBe(6);
      expect(await doubled(w)).toBe(0);
    } finally {
      await w.stop();
    }
  });
});
