// The behaviour queue: behaviour across events (linked-accounts sightings, patterns, payment
// risk, and the account decisions they lead to) runs beside ingestion, not inside it. Ingestion
// queues the new events of each transaction in one statement written just before it commits
// (`enqueue`: one row per event, `behaviour_queue`, unique on the event id), so in the events'
// own transaction; the behaviour worker takes queued events oldest first and processes each in its
// own transaction, deleting the row in the transaction that processed it. So an event committed and
// not yet processed when the process stops (a crash, a deploy) is processed after the restart, and
// no event is processed twice: the work and the row's removal commit together or not at all.
//
// Catch-up: work that must answer in the event's reply (a payout's hold, a deal's self-dealing
// hold) first processes, in its own transaction, the queued events whose facts it reads — those
// of its accounts marked `feedsReply` — so it never judges on facts still waiting: the rows
// committed by earlier transactions (`catchUp` here), then the events of its own transaction not
// yet written to the queue (patterns/service.ts), which then never are.
//
// Concurrency (PostgreSQL, several processes): a worker takes the ingestion advisory locks of every
// account its batch touches (events/locks.ts, key order) before it locks the batch's rows; a
// catch-up runs in an ingestion transaction that already holds its accounts' locks. A queued
// row is therefore only ever locked by a transaction holding its accounts' locks, and a catch-up
// never waits for a worker on its own accounts (nor misses a row a worker is half-way through).
import { sql } from 'kysely';
import { lockAccounts } from '../events/locks.ts';
import type { WardenEvent } from '../events/schemas.ts';
import { parseEvent } from '../events/validate.ts';
import type { Db, DbOrTx, Tx } from '../store/db.ts';
import { deferWrite } from '../store/write-behind.ts';

/** One queued event as the worker reads it: its position, and the event as stored (null when retention deleted it meanwhile). */
interface Queued {
  seq: string;
  eventId: string;
  event: WardenEvent | null;
}

/**
 * The advisory lock one draining transaction holds: one drain at a time, so events are processed
 * in their order (another waits for it, then takes what is left). Advisory locks are per
 * database, so the key names the schema: Wardens in other schemas of one database drain apart.
 */
const DRAIN_LOCK = sql`hashtextextended('warden:behaviour-queue:' || current_schema(), 0)`;

/** An event of an ingestion transaction to queue: whether its facts feed replies (catchUp processes it first then). */
export interface ToQueue {
  event: WardenEvent;
  feedsReply: boolean;
}

/** The contract a payment event names, whose freelancer it credits (their earnings are facts their payouts read), or null. */
export function contractOf(e: WardenEvent): string | null {
  const contractId = (e.data as { contractId?: unknown }).contractId;
  return typeof contractId === 'string' ? contractId : null;
}

/**
 * Queues `events` for the behaviour worker in `tx` (their ingestion transaction, just before it
 * commits), in their order, in one statement. `credited_id`, kept only for a row feeding
 * replies, is the contract's freelancer in the contracts projection as it stands after the
 * transaction's events (no event that feeds replies writes a contract's freelancer, so this is the
 * freelancer it had when the event was stored, or the one a later contract.started of the same
 * transaction named). An event already queued is left as it is.
 */
export async function enqueue(tx: Tx, events: readonly ToQueue[]): Promise<void> {
  if (!events.length) return;
  const col = <T>(f: (q: ToQueue) => T) => events.map(f);
  // unnest yields the rows in the arrays' order, so `seq` follows the events' order.
  // Held back (store/write-behind.ts): sent with the transaction's other last writes before it commits.
  await deferWrite(
    tx,
    sql`insert into behaviour_queue (event_id, actor_id, credited_id, occurred_at, feeds_reply)
      select v.event_id, v.actor_id, case when v.feeds_reply then (select freelancer_id from contracts where id = v.contract_id) end,
        v.occurred_at, v.feeds_reply
      from unnest(${col((q) => q.event.id)}::text[], ${col((q) => q.event.actor.id)}::text[], ${col((q) => contractOf(q.event))}::text[],
        ${col((q) => q.event.occurredAt)}::timestamptz[], ${col((q) => q.feedsReply)}::boolean[]) as v(event_id, actor_id, contract_id, occurred_at, feeds_reply)
      on conflict (event_id) do nothing`,
  );
}

/** The freelancers of `contractIds` in the contracts projection (a contract not known yet, or without one, is absent). */
export async function freelancersOf(tx: Tx, contractIds: readonly string[]): Promise<Map<string, string>> {
  if (!contractIds.length) return new Map();
  const rows = await sql<{ id: string; freelancer_id: string | null }>`select id, freelancer_id from contracts
      where id in (${sql.join([...new Set(contractIds)])})`.execute(tx);
  return new Map(rows.rows.flatMap((r) => (r.freelancer_id ? [[r.id, r.freelancer_id] as const] : [])));
}

/** Reads the stored events of queued rows (`events.payload`: the event as stored and processed, pseudonymised for an erased account). */
async function withEvents(rows: { seq: string; event_id: string; payload: unknown }[]): Promise<Queued[]> {
  return rows.map((r) => ({ seq: String(r.seq), eventId: r.event_id, event: r.payload ? parseEvent(r.payload) : null }));
}

/**
 * Processes the queued events of `accounts` (as actor, or credited by a payment) marked
 * `feedsReply`, oldest first,
 * in `tx` — an ingestion transaction that holds these accounts' advisory locks — and removes
 * their rows. Returns how many it processed. An event whose processing has failed before is left
 * to the worker (it would fail this transaction too).
 */
export async function catchUp(tx: Tx, accounts: readonly string[], process: (tx: Tx, e: WardenEvent) => Promise<unknown>): Promise<number> {
  if (!accounts.length) return 0;
  const ids = sql.join([...new Set(accounts)]);
  const rows = await sql<{ seq: string; event_id: string; payload: unknown }>`select q.seq, q.event_id, e.payload
      from behaviour_queue q left join events e on e.id = q.event_id
      where q.feeds_reply and (q.actor_id in (${ids}) or q.credited_id in (${ids})) and q.attempts = 0
      order by q.seq
      for update of q`.execute(tx);
  return (await processRows(tx, await withEvents(rows.rows), process)).length;
}

/** The queued events of `accounts` (as actor, or credited) marked `feedsReply`, oldest first, read without locking them. */
export async function queuedFor(tx: Tx, accounts: readonly string[]): Promise<WardenEvent[]> {
  const ids = sql.join([...new Set(accounts)]);
  const rows = await sql<{ seq: string; event_id: string; payload: unknown }>`select q.seq, q.event_id, e.payload
      from behaviour_queue q join events e on e.id = q.event_id
      where q.feeds_reply and (q.actor_id in (${ids}) or q.credited_id in (${ids})) and q.attempts = 0
      order by q.seq`.execute(tx);
  return (await withEvents(rows.rows)).flatMap((q) => (q.event ? [q.event] : []));
}

async function processRows<R>(tx: Tx, rows: Queued[], process: (tx: Tx, e: WardenEvent) => Promise<R>): Promise<R[]> {
  if (!rows.length) return [];
  const out: R[] = [];
  for (const r of rows) if (r.event) out.push(await process(tx, r.event));
  await sql`delete from behaviour_queue where seq in (${sql.join(rows.map((r) => r.seq))})`.execute(tx);
  return out;
}

/** A queued event whose processing failed alone this many times is skipped (kept, and counted as failed in the lag). */
export const MAX_ATTEMPTS = 3;

/**
 * One transaction of the worker: up to `limit` queued events, in the order they happened
 * (`occurred_at`, then queue order: concurrent ingestions commit in any order, and a pattern across
 * accounts must not depend on that race — migration 20261203130000), processed and
 * removed together. Returns how many queued rows it took off (0 when the queue is empty of rows
 * not in `failed`; a row a catch-up processed meanwhile counts, as gone) and what `process`
 * returned for each event, from committed transactions only. When the transaction fails, its
 * events are retried one per transaction; one that fails alone has its attempt and error noted
 * (and is skipped after MAX_ATTEMPTS) and is added to `failed`, so one bad event never stops the others.
 */
export async function drainBatch<R>(
  db: Db,
  limit: number,
  process: (tx: Tx, e: WardenEvent) => Promise<R>,
  /** Rows that failed alone earlier in this drain: left for the next one. */
  failed: Set<string> = new Set(),
): Promise<{ handled: number; results: R[] }> {
  let seqs: string[] = [];
  try {
    return await db.transaction().execute(async (tx) => {
      await sql`select pg_advisory_xact_lock(${DRAIN_LOCK})`.execute(tx);
      const candidates = await sql<{ seq: string; event_id: string; payload: unknown }>`select q.seq, q.event_id, e.payload
          from behaviour_queue q left join events e on e.id = q.event_id
          where q.attempts < ${MAX_ATTEMPTS} ${failed.size ? sql`and q.seq not in (${sql.join([...failed])})` : sql``}
          order by q.occurred_at, q.seq limit ${limit}`.execute(tx);
      seqs = candidates.rows.map((r) => String(r.seq));
      if (!seqs.length) return { handled: 0, results: [] };
      const queued = await withEvents(candidates.rows);
      // The accounts' ingestion locks first (key order, as ingestion takes them), then the rows:
      // a row a catch-up processed while we waited is gone, and is skipped.
      await lockAccounts(
        tx,
        queued.flatMap((q) => (q.event ? [q.event] : [])),
      );
      const still = new Set(
        (await sql<{ seq: string }>`select seq from behaviour_queue where seq in (${sql.join(seqs)}) for update skip locked`.execute(tx)).rows.map((r) =>
          String(r.seq),
        ),
      );
      const results = await processRows(
        tx,
        queued.filter((q) => still.has(q.seq)),
        process,
      );
      return { handled: seqs.length, results };
    });
  } catch (err) {
    if (!seqs.length) throw err;
    if (seqs.length > 1) {
      const out = { handled: 0, results: [] as R[] };
      for (let i = 0; i < seqs.length; i++) {
        const one = await drainBatch(db, 1, process, failed);
        out.handled += one.handled;
        out.results.push(...one.results);
      }
      return out;
    }
    failed.add(seqs[0]);
    await sql`update behaviour_queue set attempts = attempts + 1, last_error = ${String((err as Error)?.message ?? err).slice(0, 500)}
        where seq = ${seqs[0]}`.execute(db);
    return { handled: 1, results: [] };
  }
}

/** How far behind the worker is: queued events (those failed MAX_ATTEMPTS times among them), and the age (s, wall clock) of the oldest still tried. */
export async function queueLag(db: DbOrTx): Promise<{ backlog: number; failed: number; oldestSeconds: number }> {
  const r = await sql<{ n: number; failed: number; age: number | null }>`select count(*)::int as n,
      count(*) filter (where attempts >= ${MAX_ATTEMPTS})::int as failed,
      extract(epoch from (now() - min(queued_at) filter (where attempts < ${MAX_ATTEMPTS})))::float8 as age
      from behaviour_queue`.execute(db);
  const row = r.rows[0];
  return { backlog: Number(row?.n ?? 0), failed: Number(row?.failed ?? 0), oldestSeconds: Math.max(0, Number(row?.age ?? 0)) };
}

/** The occurrence time of the oldest queued event, if any: the sweep never moves past facts not yet written. */
export async function oldestQueuedAt(db: DbOrTx): Promise<Date | null> {
  const r = await sql<{ at: Date | null }>`select min(occurred_at) as at from behaviour_queue where attempts < ${MAX_ATTEMPTS}`.execute(db);
  return r.rows[0]?.at ? new Date(r.rows[0].at) : null;
}
