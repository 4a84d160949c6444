// On PostgreSQL a transaction's `begin` goes with its first statement (store/db.ts
// beginWithFirstStatement): one round trip fewer per ingestion transaction (issue #16). These
// tests pin that the statements still run as one transaction whichever way the first one is sent,
// that what is sent is one `begin;…` query for a parameterless first statement, and that the
// ingestion locks, whose account ids are written into the statement's text, take any id.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, dropSchema, openDatabase, withTransaction } from '../../src/store/db.ts';
import { recordSentStatements } from '../helpers/sent-statements.ts';
import { POSTGRES_URL, postgresAvailable } from '../helpers/warden.ts';

describe.runIf(await postgresAvailable())('begin sent with the first statement on PostgreSQL', () => {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  let h: DatabaseHandle;
  const { sent, start, stop } = recordSentStatements();
  beforeAll(async () => {
    start();
    h = await openDatabase({ url: POSTGRES_URL, schema, poolSize: 1 });
    await sql`create table t (id int primary key)`.execute(h.db);
  });
  afterAll(async () => {
    stop();
    await h?.close();
    await dropSchema(POSTGRES_URL, schema);
  });

  /** Runs `fn` in a transaction and returns the statements it sent. */
  async function statementsOf(fn: Parameters<typeof withTransaction>[1]) {
    sent.length = 0;
    await withTransaction(h.db, fn).catch(() => {});
    return sent.map((s) => s.replace(/\s+/g, ' ').trim());
  }

  it('a parameterless first statement goes as one query with the begin, and runs in the transaction', async () => {
    const texts = await statementsOf(async (tx) => {
      const a = await sql<{ t: string }>`select now()::text as t`.execute(tx);
      await sql`select pg_sleep(0.02)`.execute(tx);
      const b = await sql<{ t: string }>`select now()::text as t where ${1} = 1`.execute(tx);
      // now() is the transaction's start time: the same in both only inside one transaction.
      expect(b.rows[0].t).toBe(a.rows[0].t);
      await sql`insert into t values (${1})`.execute(tx);
      throw new Error('undo');
    });
    expect(texts[0]).toBe('begin; select now()::text as t');
    expect(texts.at(-1)).toBe('rollback');
    expect((await sql`select * from t`.execute(h.db)).rows).toEqual([]);
  });

  it('a first statement with parameters runs after a begin sent ahead of it', async () => {
    const texts = await statementsOf(async (tx) => {
      await sql`insert into t values (${2})`.execute(tx);
      await sql`select pg_sleep(0.02)`.execute(tx);
      const n = await sql<{ n: number }>`select count(*)::int as n from t where id = ${2}`.execute(tx);
      expect(n.rows[0].n).toBe(1);
      throw new Error('undo');
    });
    expect(texts.slice(0, 2)).toEqual(['begin', 'insert into t values ($1)']);
    expect((await sql`select * from t`.execute(h.db)).rows).toEqual([]);
    await withTransaction(h.db, async (tx) => {
      await sql`insert into t values (${3})`.execute(tx);
    });
    expect((await sql`select id from t`.execute(h.db)).rows).toEqual([{ id: 3 }]);
  });

  it('a failing first statement fails the transaction, and the connection serves the next one', async () => {
    await expect(withTransaction(h.db, (tx) => sql`select no_such_column from t`.execute(tx))).rejects.toThrow(/no_such_column/);
    const r = await withTransaction(h.db, (tx) => sql<{ n: number }>`select count(*)::int as n from t`.execute(tx));
    expect(r.rows[0].n).toBe(1);
  });

  it('a transaction that sends nothing sends neither begin nor commit', async () => {
    expect(await statementsOf(async () => {})).toEqual([]);
  });
});
