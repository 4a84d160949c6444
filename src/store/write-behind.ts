// Write-behind inside a transaction: a write nobody reads back at once (a decision row, its rule
// matches, the set's replies, the behaviour queue's rows) is held back on the transaction's
// connection and sent with a later statement, as data-modifying CTEs of it, instead of costing its
// own round trip. A set of events then pays one statement per event fewer (the decision insert
// rides with the next event's insert, the set's end writes go in one statement).
//
// Correctness does not depend on callers: the connection sends what it holds before ANY other
// statement (in one statement, then that one), so every read — a later hook, another service, the
// next event's prefetch — sees the held writes as if they had been sent at once. Only a statement
// marked as a carrier (`carrying`) takes them as CTEs of its own; a carrier must read nothing the
// held writes change, and the held writes must read nothing the carrier writes (CTEs of one
// statement share its snapshot and see none of each other's changes). `commit` sends them first;
// `rollback` drops them. Outside a transaction nothing is held.
import { CompiledQuery, type RawBuilder, sql } from 'kysely';
import type { DbOrTx } from './db.ts';

/** Marks a statement text to hold back (deferWrite) or to carry what is held (carrying). */
const DEFER = '/*warden:defer*/';
const CARRY = '/*warden:carry*/';

/** A statement held back: its text (parameters $1…$n) and values. */
interface Held {
  text: string;
  values: unknown[];
}

/**
 * Holds back the write `q` (an insert, update or delete without `returning`) in `tx`: it is sent
 * with the transaction's next statement, or alone before it, or before the commit. Outside a
 * transaction, or when its text has a `$` that is not a parameter (it could not be renumbered),
 * it runs at once. Its errors then come from the statement that sends it.
 */
export async function deferWrite(tx: DbOrTx, q: { compile(executorProvider: DbOrTx): CompiledQuery }): Promise<void> {
  const c = q.compile(tx);
  if (!tx.isTransaction || /\$(?!\d)/.test(c.sql)) {
    await tx.executeQuery(c);
    return;
  }
  await tx.executeQuery(CompiledQuery.raw(DEFER + c.sql, [...c.parameters]));
}

/**
 * `statement` marked to carry the writes held on its transaction as CTEs of its own (see the
 * module's note for what it must not read). Its text must start with a plain `with` or with the
 * statement itself.
 */
export function carrying<T>(statement: RawBuilder<T>): RawBuilder<T> {
  return sql<T>`${sql.raw(CARRY)}${statement}`;
}

/** `held` joined as data-modifying CTEs in front of `text` (values appended, parameters renumbered). */
function merge(text: string, values: readonly unknown[], held: readonly Held[]): Held {
  const all = [...values];
  const ctes = held.map((h, i) => {
    const offset = all.length;
    all.push(...h.values);
    return `warden_held_${i} as (${h.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)})`;
  });
  const body = text.trimStart();
  const withMatch = /^with\s+(?!recursive\b)/i.exec(body);
  return withMatch
    ? { text: `with ${ctes.join(', ')}, ${body.slice(withMatch[0].length)}`, values: all }
    : { text: `with ${ctes.join(', ')} ${body}`, values: all };
}

/** The held writes as one statement (alone when there is one). */
function flushStatement(held: readonly Held[]): Held {
  return held.length === 1 ? held[0] : merge('select 1', [], held);
}

// pg's and PGlite's query have many overloads; this wrapper passes their arguments through.
type Query = (...args: any[]) => any;

/**
 * Makes a connection's `query` hold back writes marked by deferWrite and send them as described
 * in the module's note. `client` is a pg client (one connection) or a PGlite instance (its one
 * connection; `exec` is wrapped too). `empty` is what a held statement returns to its caller.
 */
export function holdWrites(client: { query: Query; exec?: Query }, empty: () => unknown): void {
  const query: Query = client.query.bind(client);
  let held: Held[] = [];
  const send = (): Promise<unknown> | undefined => {
    if (!held.length) return undefined;
    const s = flushStatement(held);
    held = [];
    return Promise.resolve(query(s.text, s.values));
  };
  client.query = (text: unknown, values?: unknown, ...rest: unknown[]) => {
    if (typeof text === 'string') {
      if (text.startsWith(DEFER)) {
        held.push({ text: text.slice(DEFER.length), values: Array.isArray(values) ? values : [] });
        return Promise.resolve(empty());
      }
      if (text.startsWith(CARRY)) {
        const own = text.slice(CARRY.length);
        if (!held.length) return query(own, values, ...rest);
        const m = merge(own, Array.isArray(values) ? values : [], held);
        held = [];
        return query(m.text, m.values, ...rest);
      }
      const word = text.trim().toLowerCase();
      if (word === 'rollback' || word === 'begin') held = [];
    }
    const before = send();
    return before ? before.then(() => query(text, values, ...rest)) : query(text, values, ...rest);
  };
  if (client.exec) {
    const exec: Query = client.exec.bind(client);
    client.exec = (text: unknown, ...rest: unknown[]) => {
      const before = send();
      return before ? before.then(() => exec(text, ...rest)) : exec(text, ...rest);
    };
  }
}
