// A PostgreSQL restart or fail-over drops every connection Warden holds. Warden must survive
// it: no crash (an unhandled 'error' on the pool or a checked-out client ends the process),
// 503 while it cannot persist, reconnect, and no acknowledged event lost.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev } from '../helpers/events.ts';
import { POSTGRES_URL, postgresAvailable, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const available = await postgresAvailable();

describe.skipIf(!available)('PostgreSQL connections dropped under load', () => {
  let w: TestWarden;
  let admin: pg.Client;
  const crashes: unknown[] = [];
  const onCrash = (err: unknown) => crashes.push(err);

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    w = await startTestWarden('postgres');
    admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
  });
  afterAll(async () => {
    process.off('uncaughtException', onCrash);
    await admin?.end();
    await w?.close();
  });

  /** Terminates this Warden's own backends only (its application_name names its schema). */
  const terminateWardensBackends = async () => {
    const r = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()', [
      `warden ${w.schema}`,
    ]);
    return r.rowCount ?? 0;
  };

  it('answers 503 (never 500, never a crash) while backends are terminated, then recovers with every acknowledged event stored', async () => {
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let unavailable: { body: any; headers: Record<string, unknown> } | undefined;
    let terminated = 0;
    let stop = false;
    const killer = (async () => {
      while (!stop) {
        terminated += await terminateWardensBackends();
        // Bursts with quiet time between, as a restart does: requests both fail and succeed.
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    // Bounded load: 4 senders × 60 messages, some idle time between, through the whole stack.
    const sender = async (n: number) => {
      for (let i = 0; i < 60; i++) {
        const e = ev.message(`fl-${n}`, `cl-${n}`, `hello number ${i}, my email is person${i}@example.com`);
        const res = await w.call('POST', '/v1/events', e);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 201 || res.status === 200) acknowledged.push(e.id);
        if (res.status === 503) unavailable = res;
        if (i % 10 === 0) await new Promise((r) => setTimeout(r, 15));
      }
    };
    await Promise.all([0, 1, 2, 3].map(sender));
    stop = true;
    await killer;

    console.info(`terminated ${terminated} backends; replies ${JSON.stringify(Object.fromEntries(statuses))}; acknowledged ${acknowledged.length}`);
    expect(terminated).toBeGreaterThan(0);
    expect(crashes).toEqual([]);
    const unexpected = [...statuses.keys()].filter((s) => s !== 200 && s !== 201 && s !== 503);
    expect(unexpected, JSON.stringify(Object.fromEntries(statuses))).toEqual([]);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(unavailable?.body.code).toBe('Unavailable');
    expect(unavailable?.headers['retry-after']).toBeDefined();

    // Reconnects: the next request succeeds without a restart.
    const after = await w.call('POST', '/v1/events', ev.message('fl-x', 'cl-x', 'back again'));
    expect(after.status).toBe(201);
    expect((await w.call('GET', '/readyz')).status).toBe(200);

    const stored = await w.ctx.db.selectFrom('events').select('id').where('id', 'in', acknowledged).execute();
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(stored.length).toBe(acknowledged.length);
  }, 90_000);
});
