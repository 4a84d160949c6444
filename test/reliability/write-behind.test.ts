// Writes held back on a transaction's connection (store/write-behind.ts, issue #16): a held write
// is sent with the next carrier statement as a CTE of it, or alone before any other statement or
// the commit, so every read sees it; a rollback drops it; its error fails the transaction; outside
// a transaction nothing is held. A read registered ahead is sent right behind the next carrier (in
// its round trip on PostgreSQL: pipelined) and sees its writes; taken before any carrier went, or
// marked stale, it is not used. On both databases; on PostgreSQL the statements sent are checked.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, dropSchema, openDatabase, withTransaction } from '../../src/store/db.ts';
import { carrying, deferWrite, readAfterCarrier, staleReadsAhead, takeReadAhead } from '../../src/store/write-behind.ts';
import { recordSentStatements } from '../helpers/sent-statements.ts';
import { backends, POSTGRES_URL } from '../helpers/warden.ts';

describe.each(await backends())('writes held back in a transaction on %s', (backend) => {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  let h: DatabaseHandle;
  const { sent, start, stop } = recordSentStatements();
  /** Told of each statement a pg client writes to the wire (pg's Query.submit) and of each answer's end (handleReadyForQuery), as they happen. */
  let onWire: ((what: 'sent' | 'answered', text: string) => void) | undefined;
  const { submit, handleReadyForQuery } = pg.Query.prototype as any;
  beforeAll(async () => {
    start();
    Object.assign(pg.Query.prototype, {
      submit(this: { text?: string }, ...args: unknown[]) {
        onWire?.('sent', this.text ?? '');
        return submit.apply(this, args);
      },
      handleReadyForQuery(this: { text?: string }, ...args: unknown[]) {
        onWire?.('answered', this.text ?? '');
        return handleReadyForQuery.apply(this, args);
      },
    });
    h = backend === 'postgres' ? await openDatabase({ url: POSTGRES_URL, schema, poolSize: 1 }) : await openDatabase({});
    await sql`create table t (id int primary key, note text)`.execute(h.db);
    await sql`create table u (id int primary key)`.execute(h.db);
  });
  afterAll(async () => {
    Object.assign(pg.Query.prototype, { submit, handleReadyForQuery });
    stop();
    await h?.close();
    if (backend === 'postgres') await dropSchema(POSTGRES_URL, schema);
  });
  const ids = async (table: 't' | 'u') => (await sql<{ id: number }>`select id from ${sql.table(table)} order by id`.execute(h.db)).rows.map((r) => r.id);

  it('a held write is seen by the next read in the transaction and is committed', async () => {
    sent.length = 0;
    await withTransaction(h.db, async (tx) => {
      await sql`select 1`.execute(tx);
      await deferWrite(tx, sql`insert into "t" (id, note) values (${1}, ${'a'})`);
      await deferWrite(tx, sql`insert into t (id, note) values (${2}, ${'$b'})`);
      const seen = await sql<{ n: number }>`select count(*)::int as n from t where id <= ${2}`.execute(tx);
      expect(seen.rows[0].n).toBe(2);
    });
    expect(await ids('t')).toEqual([1, 2]);
    if (backend === 'postgres') {
      // The two held inserts went as one statement, sent before the read.
      const flush = sent.findIndex((s) => s.startsWith('with warden_held_0 as (insert into "t"'));
      expect(flush).toBeGreaterThan(-1);
      expect(sent[flush]).toContain('warden_held_1 as (insert into t (id, note) values ($3, $4))');
      expect(sent[flush + 1]).toBe('select count(*)::int as n from t where id <= $1');
    }
  });

  it('a carrier statement takes the held writes as CTEs of its own (one statement), renumbering their parameters', async () => {
    sent.length = 0;
    const r = await withTransaction(h.db, async (tx) => {
      await sql`select 1`.execute(tx);
      await deferWrite(tx, sql`insert into t (id, note) values (${3}, ${'c'})`);
      const own = await carrying(sql<{ id: number }>`with x as (insert into u (id) values (${30}) returning id) select id from x`).execute(tx);
      await deferWrite(tx, sql`insert into t (id, note) values (${4}, ${'d'})`);
      const plain = await carrying(sql<{ id: number }>`insert into u (id) values (${40}) returning id`).execute(tx);
      return [...own.rows, ...plain.rows];
    });
    expect(r).toEqual([{ id: 30 }, { id: 40 }]);
    expect(await ids('t')).toEqual([1, 2, 3, 4]);
    expect(await ids('u')).toEqual([30, 40]);
    if (backend === 'postgres') {
      expect(sent).toContain(
        'with warden_held_0 as (insert into t (id, note) values ($2, $3)), x as (insert into u (id) values ($1) returning id) select id from x',
      );
      expect(sent).toContain('with warden_held_0 as (insert into t (id, note) values ($2, $3)) insert into u (id) values ($1) returning id');
      expect(sent.filter((s) => s.includes('insert into t'))).toHaveLength(2);
    }
  });

  it('what is held at the commit is sent before it; a rollback drops it', async () => {
    await withTransaction(h.db, async (tx) => {
      await deferWrite(tx, sql`insert into t (id, note) values (${5}, ${'e'})`);
    });
    expect(await ids('t')).toContain(5);
    await expect(
      withTransaction(h.db, async (tx) => {
        await sql`select 1`.execute(tx);
        await deferWrite(tx, sql`insert into t (id, note) values (${6}, ${'f'})`);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await ids('t')).not.toContain(6);
    // The connection is clean for the next transaction.
    await withTransaction(h.db, async (tx) => {
      await sql`insert into u (id) values (${60})`.execute(tx);
    });
    expect(await ids('t')).not.toContain(6);
    expect(await ids('u')).toContain(60);
  });

  it('a held write that fails fails the statement that sends it and the transaction, and nothing of it is kept', async () => {
    await expect(
      withTransaction(h.db, async (tx) => {
        await deferWrite(tx, sql`insert into u (id) values (${70})`);
        await deferWrite(tx, sql`insert into t (id, note) values (${1}, ${'duplicate key'})`);
        await sql`select 1`.execute(tx);
      }),
    ).rejects.toThrow(/duplicate key|unique/);
    expect(await ids('u')).not.toContain(70);
    await expect(
      withTransaction(h.db, async (tx) => {
        await sql`select 1`.execute(tx);
        await deferWrite(tx, sql`insert into t (id, note) values (${1}, ${'duplicate key at commit'})`);
      }),
    ).rejects.toThrow(/duplicate key|unique/);
    const n = await sql<{ n: number }>`select count(*)::int as n from t`.execute(h.db);
    expect(n.rows[0].n).toBe(5);
  });

  it('a read ahead goes right behind the next carrier, sees its writes and the held ones, in the same round trip', async () => {
    sent.length = 0;
    // PostgreSQL: whether the read went on the wire while the carrier was still unanswered (pipelined).
    let sentBeforeAnswer: boolean | undefined;
    let carrierAnswered = false;
    const rows = await withTransaction(h.db, async (tx) => {
      await sql`select 1`.execute(tx);
      await deferWrite(tx, sql`insert into t (id, note) values (${9}, ${'i'})`);
      const ahead = await readAfterCarrier<{ t: number; u: number }>(
        tx,
        sql`select (select count(*)::int from t where id = ${9}) as t, (select count(*)::int from u where id = ${90}) as u`,
      );
      // Not a carrier: the read ahead waits (the held write goes before this one).
      await sql`select 2`.execute(tx);
      onWire = (what, text) => {
        if (what === 'answered' && text.startsWith('insert into u')) carrierAnswered = true;
        if (what === 'sent' && text.startsWith('select (select count(*)::int from t')) sentBeforeAnswer = !carrierAnswered;
      };
      try {
        await carrying(sql`insert into u (id) values (${90})`).execute(tx);
      } finally {
        onWire = undefined;
      }
      return takeReadAhead(ahead);
    });
    expect(rows).toEqual([{ t: 1, u: 1 }]);
    if (backend === 'postgres') {
      expect(sentBeforeAnswer).toBe(true);
      const carrier = sent.indexOf('insert into u (id) values ($1)');
      expect(carrier).toBeGreaterThan(-1);
      expect(sent[carrier + 1]).toBe('select (select count(*)::int from t where id = $1) as t, (select count(*)::int from u where id = $2) as u');
    }
  });

  it('a read ahead taken before any carrier went, or marked stale, is not used; a rollback drops it', async () => {
    sent.length = 0;
    await withTransaction(h.db, async (tx) => {
      await sql`select 1`.execute(tx);
      const early = await readAfterCarrier(tx, sql`select ${'never sent'}::text as x`);
      expect(await takeReadAhead(early)).toBeNull();
      // A later carrier does not send it.
      await carrying(sql`insert into u (id) values (${91})`).execute(tx);
      const stale = await readAfterCarrier(tx, sql`select count(*)::int as n from u where id = ${92}`);
      await carrying(sql`insert into u (id) values (${92})`).execute(tx);
      await sql`delete from u where id = ${92}`.execute(tx);
      staleReadsAhead(tx);
      expect(await takeReadAhead(stale)).toBeNull();
    });
    await expect(
      withTransaction(h.db, async (tx) => {
        await sql`select 1`.execute(tx);
        await readAfterCarrier(tx, sql`select ${'dropped'}::text as x`);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    // The next transaction's carrier does not send the dropped read.
    await withTransaction(h.db, async (tx) => {
      await carrying(sql`insert into u (id) values (${93})`).execute(tx);
    });
    expect(await ids('u')).toEqual(expect.arrayContaining([91, 93]));
    expect(await ids('u')).not.toContain(92);
    if (backend === 'postgres') expect(sent).not.toContain('select $1::text as x');
    // Outside a transaction there is nothing to ride with.
    expect(await readAfterCarrier(h.db, sql`select 1`)).toBeNull();
  });

  it('outside a transaction a write is not held', async () => {
    await deferWrite(h.db, sql`insert into t (id, note) values (${8}, ${'h'})`);
    expect(await ids('t')).toContain(8);
  });
});
