// Write-behind inside a transaction: a write nobody reads back at once (a decision row, its rule
// matches, the set's replies, the behaviour queue's rows) is held back on the transaction's
// connection and sent with a later statement, as data-modifying CTEs of it, instead of costing its
// own round trip. A set of events then pays one statement per event fewer (the decision insert
// rides with the next event's insert, the set's end writes go in one statement).
//
// Correctness does not depend on callers: the connection sends what it holds before ANY other
// statement (in one statement, then that one, right behind it in the same round trip: pg's
// pipeline mode), so every read — a later hook, another service, the
// next event's prefetch — sees the held writes as if they had been sent at once. Only a statement
// marked as a carrier (`carrying`) takes them as CTEs of its own; a carrier must read nothing the
// held writes change, and the held writes must read nothing the carrier writes (CTEs of one
// statement share its snapshot and see none of each other's changes). `commit` sends them first;
// `rollback` drops them. Outside a transaction nothing is held.
//
// Reads ahead (`readAfterCarrier`), the other direction: a read registered before the carrier is
// sent goes right behind it on the wire, in the same round trip (pg's pipeline mode; PGlite runs
// them one after the other), and sees everything the carrier wrote (it is a later statement of the
// same transaction). Screening registers its prefetch this way before the message's insert, so a
// message costs one round trip for its row, projection and prefetch instead of two. A read ahead is
// only sent behind a carrier: when the consumer takes it before any carrier went (`takeReadAhead`
// returns null), or a write of the same event lands after the carrier (`staleReadsAhead`), the
// consumer reads for itself.
import { CompiledQuery, type RawBuilder, sql } from 'kysely';
import type { DbOrTx } from './db.ts';

/** Marks a statement text to hold back (deferWrite) or to carry what is held (carrying). */
const DEFER = '/*warden:defer*/';
const CARRY = '/*warden:carry*/';
const AFTER = '/*warden:after:';

/** A read registered to follow the next carrier: its token (in its text's marker), whether it went, and its outcome. */
interface Ahead {
  sent: boolean;
  stale: boolean;
  rows: Promise<unknown[]>;
  resolve(rows: unknown[]): void;
  reject(err: unknown): void;
}

/** Reads ahead by token (module-wide: the connection wrapper finds them by the token in the text). */
const aheads = new Map<number, Ahead>();
/** Reads ahead registered in each transaction (to mark them stale). */
const aheadsOf = new WeakMap<object, Ahead[]>();
let lastToken = 0;

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

/** A read ahead `readAfterCarrier` registered, to take with `takeReadAhead`. */
export interface ReadAhead<R> {
  readonly ahead: Ahead;
  /** Phantom: the row type. */
  readonly _rows?: R;
}

/**
 * Registers the read `q` (a select, no writes) to be sent right behind the next statement marked
 * `carrying` in `tx`, in the same round trip. Returns null outside a transaction (nothing to ride
 * with). Take its rows with `takeReadAhead`.
 */
export async function readAfterCarrier<R>(tx: DbOrTx, q: { compile(executorProvider: DbOrTx): CompiledQuery }): Promise<ReadAhead<R> | null> {
  if (!tx.isTransaction) return null;
  const c = q.compile(tx);
  if (/\$(?!\d)/.test(c.sql)) return null;
  const token = ++lastToken;
  let resolve!: (rows: unknown[]) => void;
  let reject!: (err: unknown) => void;
  const rows = new Promise<unknown[]>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Nobody may take it (a duplicate event): its failure must not be an unhandled rejection.
  rows.catch(() => {});
  const ahead: Ahead = { sent: false, stale: false, rows, resolve, reject };
  aheads.set(token, ahead);
  const list = aheadsOf.get(tx) ?? [];
  list.push(ahead);
  aheadsOf.set(tx, list);
  await tx.executeQuery(CompiledQuery.raw(`${AFTER}${token}*/${c.sql}`, [...c.parameters]));
  return { ahead };
}

/**
 * The rows of a read ahead, or null when it was not sent behind a carrier (then it never will be)
 * or was marked stale: the caller reads for itself.
 */
export async function takeReadAhead<R>(r: ReadAhead<R> | null): Promise<R[] | null> {
  if (!r) return null;
  const a = r.ahead;
  if (!a.sent) {
    a.stale = true;
    return null;
  }
  const rows = await a.rows;
  return a.stale ? null : (rows as R[]);
}

/** Marks the reads ahead registered in `tx` stale: a write after their carrier changed what they read. */
export function staleReadsAhead(tx: DbOrTx): void {
  for (const a of aheadsOf.get(tx) ?? []) a.stale = true;
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

/**
 * A statement sent right behind the held writes, without waiting for their answer (pipelined on
 * PostgreSQL, queued in order on PGlite): its result, or the held writes' error when they fail
 * (the transaction is then aborted, and the statement fails or, a commit, rolls back).
 */
function behind(held: Promise<unknown>, own: unknown): Promise<unknown> {
  return Promise.all([held, Promise.resolve(own)]).then(([, r]) => r);
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
  /** Reads ahead waiting for a carrier: their token, text and values. */
  let riders: { token: number; text: string; values: unknown[] }[] = [];
  const dropRiders = () => {
    for (const r of riders) aheads.get(r.token)?.reject(new Error('read ahead not sent'));
    for (const r of riders) aheads.delete(r.token);
    riders = [];
  };
  /** Sends the riders right behind a carrier (already queued on the connection), in order. */
  const sendRiders = () => {
    for (const r of riders) {
      const a = aheads.get(r.token);
      aheads.delete(r.token);
      // Taken before its carrier went (the consumer read for itself): not sent.
      if (!a || a.stale) continue;
      a.sent = true;
      Promise.resolve(query(r.text, r.values)).then(
        (res: { rows?: unknown[] }) => a.resolve(res?.rows ?? []),
        (err: unknown) => a.reject(err),
      );
    }
    riders = [];
  };
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
      if (text.startsWith(AFTER)) {
        const end = text.indexOf('*/');
        riders.push({ token: Number(text.slice(AFTER.length, end)), text: text.slice(end + 2), values: Array.isArray(values) ? values : [] });
        return Promise.resolve(empty());
      }
      if (text.startsWith(CARRY)) {
        const own = text.slice(CARRY.length);
        const m = held.length ? merge(own, Array.isArray(values) ? values : [], held) : { text: own, values };
        held = [];
        const carried = query(m.text, m.values, ...rest);
        sendRiders();
        return carried;
      }
      const word = text.trim().toLowerCase();
      if (word === 'rollback' || word === 'begin') held = [];
      if (word === 'rollback' || word === 'begin' || word === 'commit') dropRiders();
    }
    const before = send();
    if (!before) return query(text, values, ...rest);
    if (rest.some((r) => typeof r === 'function')) return before.then(() => query(text, values, ...rest));
    return behind(before, query(text, values, ...rest));
  };
  if (client.exec) {
    const exec: Query = client.exec.bind(client);
    client.exec = (text: unknown, ...rest: unknown[]) => {
      const before = send();
      return before ? behind(before, exec(text, ...rest)) : exec(text, ...rest);
    };
  }
}
