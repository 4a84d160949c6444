// A message writes only the counter rows whose values change (issue #16, hot row locks): the
// sender's account row (messages_sent) and the pair's row (messages, last message), never the
// recipient's account row unless the message is older than the recipient's first sighting. The
// row versions (xmin) show whether a row was rewritten; on PostgreSQL a message also goes
// through while another transaction holds the recipient's row locked.
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev } from '../helpers/events.ts';
import { backends, POSTGRES_URL, postAccepted, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const TEXT = 'Could you share the brand guidelines before I start on the landing page?';
const HOUR = 3_600_000;

describe.each(await backends())('counter rows a message writes on %s', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden(backend);
  }, 120_000);
  afterAll(async () => {
    await w?.close();
  });

  /** The row version and the counters of an account row. */
  async function account(id: string) {
    const r = await sql<{ v: string; messages_sent: number; first_seen_at: Date }>`
      select xmin::text as v, messages_sent, first_seen_at from accounts where id = ${id}`.execute(w.ctx.db);
    return r.rows[0];
  }
  async function pair(a: string, b: string) {
    const r = await sql<{
      v: string;
      messages: number;
    }>`select xmin::text as v, messages from relationships where account_a = ${a} and account_b = ${b}`.execute(w.ctx.db);
    return r.rows[0];
  }

  it('rewrites the sender and the pair, leaves the recipient row as it was', async () => {
    const [s, r] = [`cr-${backend}-a`, `cr-${backend}-b`];
    const t0 = Date.now() - 10 * HOUR;
    await postAccepted(w, ev.message(s, r, TEXT, new Date(t0).toISOString()));
    const [sender, recipient, relation] = [await account(s), await account(r), await pair(s, r)];
    expect([sender.messages_sent, recipient.messages_sent, relation.messages]).toEqual([1, 0, 1]);

    await postAccepted(w, ev.message(s, r, TEXT, new Date(t0 + HOUR).toISOString()));
    const [sender2, recipient2, relation2] = [await account(s), await account(r), await pair(s, r)];
    expect(recipient2).toEqual(recipient);
    expect(sender2.v).not.toBe(sender.v);
    expect(sender2.messages_sent).toBe(2);
    expect(relation2.v).not.toBe(relation.v);
    expect(relation2.messages).toBe(2);
  }, 60_000);

  it('rewrites the recipient row when the message is older than its first sighting', async () => {
    const [s, r] = [`cr-${backend}-c`, `cr-${backend}-d`];
    const t0 = Date.now() - 10 * HOUR;
    await postAccepted(w, ev.message(s, r, TEXT, new Date(t0).toISOString()));
    const before = await account(r);
    await postAccepted(w, ev.message(s, r, TEXT, new Date(t0 - 2 * HOUR).toISOString()));
    const after = await account(r);
    expect(after.v).not.toBe(before.v);
    expect(new Date(after.first_seen_at).getTime()).toBe(t0 - 2 * HOUR);
    expect(after.messages_sent).toBe(0);
  }, 60_000);

  it.runIf(backend === 'postgres')(
    'a message goes through while another transaction holds the recipient row locked',
    async () => {
      const [s, r] = [`cr-${backend}-e`, `cr-${backend}-f`];
      await postAccepted(w, ev.message(s, r, TEXT, new Date(Date.now() - HOUR).toISOString()));
      const holder = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${w.schema}` });
      await holder.connect();
      try {
        await holder.query('begin');
        await holder.query('select 1 from accounts where id = $1 for update', [r]);
        const sent = postAccepted(w, ev.message(s, r, TEXT)).then(() => 'done');
        const waited = new Promise((resolve) => setTimeout(() => resolve('still waiting after 15 s'), 15_000));
        expect(await Promise.race([sent, waited])).toBe('done');
      } finally {
        await holder.query('rollback').catch(() => {});
        await holder.end();
      }
      expect((await account(s)).messages_sent).toBe(2);
    },
    60_000,
  );
});
