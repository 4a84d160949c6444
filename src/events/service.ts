// Ingestion: validate → store idempotently → project → run hooks (screening, detection)
// in one transaction, and remember the reply so a repeated event gets the same answer.
//
// Events that arrive together are committed together (mode `grouped`, the default): a batch,
// a NATS pull, a bulk file, and single-event requests that arrive while earlier ones are being
// committed, run as one set in one transaction — in arrival order, through the same code as one
// event alone, so each event is decided exactly as it would be one by one (its own reply, its
// own rejection, idempotency and repeat counters unchanged) — after taking the advisory locks
// of every account the set touches in key order (locks.ts), so concurrent sets never deadlock.
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { WardenError } from '../app/errors.ts';
import { type Db, type Tx, withTransaction } from '../store/db.ts';
import { deferWrite } from '../store/write-behind.ts';
import { payloadHash } from './canonical.ts';
import { accountsNamed, lockAccounts } from './locks.ts';
import { storeAndProject } from './projections.ts';
import type { WardenEvent } from './schemas.ts';
import { parseEvent } from './validate.ts';

/** Work that runs with the event, in its transaction; what it returns is merged into the reply. */
export type EventHook = (tx: Tx, event: WardenEvent) => Promise<Record<string, unknown> | undefined>;

export interface IngestResult {
  id: string;
  type: string;
  status: 'accepted';
  [k: string]: unknown;
}

export interface IngestReply {
  duplicate: boolean;
  result: IngestResult;
}

export type BatchItem =
  | { index: number; id?: string; status: 'accepted' | 'duplicate'; result: IngestResult }
  | { index: number; id?: string; status: 'rejected'; error: { status: number; code: string; detail?: string; pointer?: string } };

export interface IngestStats {
  accepted: number;
  duplicate: number;
  rejected: number;
}

export interface EventServiceOptions {
  /** `grouped` (default): events arriving together share a transaction; `one-per-tx`: the path before grouping (benchmarks compare them). */
  mode?: 'grouped' | 'one-per-tx';
  /** Most events in one group of single requests (a batch is one set whatever its size). */
  maxGroupSize?: number;
  /** Groups of single requests committed at once (PGlite has one connection: 1 there). */
  maxConcurrentGroups?: number;
  log?: Logger;
  /**
   * Runs before a set of events is stored and processed, in its transaction, and returns the
   * events to store and process, in order (one call per set: one read for all of them): data
   * rights pseudonymise a late event of an erased account here. The idempotency hash is taken
   * of the event as received, so a re-sent original stays a duplicate.
   */
  beforeStore?: (tx: Tx, events: readonly WardenEvent[]) => Promise<WardenEvent[]>;
  /**
   * Runs last in every transaction that stores events (a set, or one event alone), after the
   * last event's hooks, before the commit: what the hooks gathered for the transaction is
   * written here in one statement (the behaviour queue's rows: patterns/service.ts flush).
   */
  beforeCommit?: (tx: Tx) => Promise<void>;
  /**
   * Runs before a new event's row is stored, in its transaction: registers reads to be sent
   * right behind the event's insert, in its round trip (store/write-behind.ts readAfterCarrier;
   * screening's prefetch), which the hooks then take.
   */
  readAhead?: (tx: Tx, event: WardenEvent) => Promise<void>;
}

/**
 * The replies of the events a set stored, by id, written to `events.result` in one statement
 * when the set ends (before it commits); a repeat of the id later in the same set is answered
 * from here, as it would be from the row one event per transaction.
 */
type SetResults = Map<string, { hash: string; result: IngestResult }>;

interface Waiting {
  event: WardenEvent;
  resolve(reply: IngestReply): void;
  reject(err: unknown): void;
}

/** One event of a set: its reply, or the error that rejects it alone. */
type SetOutcome = { ok: true; reply: IngestReply } | { ok: false; error: unknown };

export class EventService {
  private readonly mode: 'grouped' | 'one-per-tx';
  private readonly maxGroupSize: number;
  private readonly maxConcurrentGroups: number;
  private readonly log?: Logger;
  private readonly beforeStore?: (tx: Tx, events: readonly WardenEvent[]) => Promise<WardenEvent[]>;
  private readonly beforeCommit?: (tx: Tx) => Promise<void>;
  private readonly readAhead?: (tx: Tx, event: WardenEvent) => Promise<void>;
  private readonly waiting: Waiting[] = [];
  private running = 0;
  private readonly busyAccounts = new Set<Set<string>>();
  /** Sets committed, and sets undone by a failure and redone one event per transaction (a deadlock would show here). */
  readonly stats = { sets: 0, setsRedone: 0 };

  /**
   * `hooks`: the work that runs with every new event (screening, trust, security,
   * attachments), in this order, in the event's transaction; the composition root lists them.
   */
  constructor(
    private readonly db: Db,
    private readonly hooks: readonly EventHook[],
    opts: EventServiceOptions = {},
  ) {
    this.mode = opts.mode ?? 'grouped';
    this.maxGroupSize = opts.maxGroupSize ?? 200;
    this.maxConcurrentGroups = opts.maxConcurrentGroups ?? 4;
    this.log = opts.log;
    this.beforeStore = opts.beforeStore;
    this.beforeCommit = opts.beforeCommit;
    this.readAhead = opts.readAhead;
  }

  /**
   * One event. Grouped: it joins the events waiting for a free transaction slot (none wait when
   * the database is idle, so a lone event is not delayed) and is committed with them.
   */
  async ingest(raw: unknown): Promise<IngestReply> {
    const event = parseEvent(raw);
    if (this.mode === 'one-per-tx') return this.transaction((tx) => this.storeAlone(tx, event));
    return new Promise<IngestReply>((resolve, reject) => {
      this.waiting.push({ event, resolve, reject });
      this.pump();
    });
  }

  /**
   * Starts groups while slots are free. A group takes the waiting events in arrival order,
   * except those naming an account that a running group (or an earlier waiting event left
   * behind) names: per account, events are committed in the order they arrived, while events
   * of other accounts go ahead in parallel.
   */
  private pump(): void {
    while (this.running < this.maxConcurrentGroups && this.waiting.length > 0) {
      const busy = new Set<string>();
      for (const accounts of this.busyAccounts) for (const a of accounts) busy.add(a);
      const group: Waiting[] = [];
      const left: Waiting[] = [];
      for (const w of this.waiting) {
        const named = accountsNamed(w.event).accounts;
        if (group.length >= this.maxGroupSize || named.some((a) => busy.has(a))) {
          for (const a of named) busy.add(a);
          left.push(w);
        } else group.push(w);
      }
      if (group.length === 0) return;
      this.waiting.splice(0, this.waiting.length, ...left);
      const accounts = new Set(group.flatMap((w) => accountsNamed(w.event).accounts));
      this.busyAccounts.add(accounts);
      this.running++;
      this.stats.sets++;
      this.storeSet(group.map((w) => w.event))
        .then(
          (outcomes) =>
            outcomes.forEach((o, i) => {
              if (o.ok) group[i].resolve(o.reply);
              else group[i].reject(o.error);
            }),
          (err) => {
            for (const w of group) w.reject(err);
          },
        )
        .finally(() => {
          this.busyAccounts.delete(accounts);
          this.running--;
          this.pump();
        });
    }
  }

  /**
   * Stores events as one set: one transaction, account locks first (sorted), then each event in
   * order as it would be alone. An event reusing an id with another payload is rejected alone;
   * any other failure undoes the set, which is then redone one event per transaction so the
   * good events are kept and the failing one is named. `onProgress(done)` counts events handled.
   */
  private async storeSet(events: readonly WardenEvent[], onProgress?: (done: number) => void): Promise<SetOutcome[]> {
    const outcomes: SetOutcome[] = new Array(events.length);
    try {
      await this.transaction(async (tx) => {
        await lockAccounts(tx, events);
        const prepared = this.beforeStore ? await this.beforeStore(tx, events) : events;
        const results: SetResults = new Map();
        for (const [k, event] of events.entries()) {
          outcomes[k] = await this.storeRejectingConflict(tx, event, prepared[k], results);
          onProgress?.(k + 1);
        }
        await writeResults(tx, results);
      });
    } catch (err) {
      this.stats.setsRedone++;
      this.log?.warn({ err, events: events.length }, 'a set of events failed together: redoing it one event per transaction');
      for (const [k, event] of events.entries()) {
        try {
          const reply = await this.transaction(async (tx) => {
            await lockAccounts(tx, [event]);
            return this.storeAlone(tx, event);
          });
          outcomes[k] = { ok: true, reply };
        } catch (error) {
          outcomes[k] = { ok: false, error };
        }
        onProgress?.(k + 1);
      }
    }
    return outcomes;
  }

  private async storeRejectingConflict(tx: Tx, event: WardenEvent, prepared: WardenEvent, results: SetResults): Promise<SetOutcome> {
    try {
      return { ok: true, reply: await this.store(tx, event, prepared, results) };
    } catch (error) {
      // A reused id is found before anything is written: reject that event, keep the rest.
      if (error instanceof WardenError && error.code === 'IdempotencyConflict') return { ok: false, error };
      throw error;
    }
  }

  /**
   * Per-item results; one bad item never rejects the others. `onProgress(done)` says how many
   * items of this batch have been handled so far (a bulk loader's progress bar); the count
   * starts again from the invalid ones if the shared transaction has to be redone item by item.
   */
  async ingestBatch(raws: unknown[], opts: { onProgress?: (done: number) => void } = {}): Promise<{ results: BatchItem[]; stats: IngestStats }> {
    const results: BatchItem[] = new Array(raws.length);
    const valid: { index: number; event: WardenEvent }[] = [];
    raws.forEach((raw, index) => {
      try {
        valid.push({ index, event: parseEvent(raw, `/events/${index}`) });
      } catch (err) {
        results[index] = rejected(index, raw, err);
      }
    });
    const invalid = raws.length - valid.length;
    if (this.mode === 'grouped') {
      const outcomes = await this.storeSet(
        valid.map((v) => v.event),
        opts.onProgress && ((done) => opts.onProgress?.(invalid + done)),
      );
      outcomes.forEach((o, k) => {
        const { index, event } = valid[k];
        results[index] = o.ok
          ? { index, id: event.id, status: o.reply.duplicate ? 'duplicate' : 'accepted', result: o.reply.result }
          : rejected(index, event, o.error);
      });
      return { results, stats: tally(results) };
    }
    try {
      await this.transaction(async (tx) => {
        for (const [k, { index, event }] of valid.entries()) {
          try {
            results[index] = await this.storeItem(tx, index, event);
          } catch (err) {
            // A reused id is found before anything is written: reject that item, keep the rest.
            if (!(err instanceof WardenError && err.code === 'IdempotencyConflict')) throw err;
            results[index] = rejected(index, event, err);
          }
          opts.onProgress?.(invalid + k + 1);
        }
      });
    } catch (err) {
      this.stats.setsRedone++;
      this.log?.warn({ err, events: valid.length }, 'a batch failed together: redoing it one event per transaction');
      // Something failed inside the shared transaction (nothing of it was kept): redo the
      // items one by one so that the good ones are accepted and the bad one is named.
      for (const [k, { index, event }] of valid.entries()) {
        try {
          results[index] = await this.transaction((tx) => this.storeItem(tx, index, event));
        } catch (err) {
          results[index] = rejected(index, event, err);
        }
        opts.onProgress?.(invalid + k + 1);
      }
    }
    return { results, stats: tally(results) };
  }

  private async storeItem(tx: Tx, index: number, event: WardenEvent): Promise<BatchItem> {
    const { duplicate, result } = await this.storeAlone(tx, event);
    return { index, id: event.id, status: duplicate ? 'duplicate' : 'accepted', result };
  }

  /** A transaction storing events: `fn`, then beforeCommit, then the commit. */
  private transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return withTransaction(this.db, async (tx) => {
      const out = await fn(tx);
      await this.beforeCommit?.(tx);
      return out;
    });
  }

  /** One event in its own statements: the path one event per transaction takes (mode `one-per-tx`, redos). */
  private async storeAlone(tx: Tx, received: WardenEvent): Promise<IngestReply> {
    const [prepared] = this.beforeStore ? await this.beforeStore(tx, [received]) : [received];
    return this.store(tx, received, prepared);
  }

  /**
   * Stores and processes one event (`prepared`: as beforeStore returned it). With `results`
   * (a set), the reply is kept there and written when the set ends; without, it is written now.
   */
  private async store(tx: Tx, received: WardenEvent, event: WardenEvent, results?: SetResults): Promise<IngestReply> {
    const hash = payloadHash(received);
    const earlier = results?.get(event.id);
    if (earlier) {
      if (earlier.hash !== hash) throw conflict(event.id);
      return { duplicate: true, result: earlier.result };
    }
    await this.readAhead?.(tx, event);
    // The row and the projection in one statement where the event type allows (a message), and
    // what readAhead registered behind it in the same round trip.
    const stored = await storeAndProject(
      tx,
      event,
      sql`insert into events (id, type, occurred_at, actor_id, payload, payload_hash, result)
        values (${event.id}, ${event.type}, ${event.occurredAt}, ${event.actor.id}, ${JSON.stringify(event)}, ${hash}, '{}')
        on conflict (id) do nothing returning id`,
    );
    if (!stored) {
      const prior = await tx.selectFrom('events').select(['payload_hash', 'result']).where('id', '=', event.id).executeTakeFirstOrThrow();
      if (prior.payload_hash !== hash) throw conflict(event.id);
      return { duplicate: true, result: prior.result as IngestResult };
    }
    let result: IngestResult = { id: event.id, type: event.type, status: 'accepted' };
    for (const hook of this.hooks) {
      const extra = await hook(tx, event);
      if (extra) result = { ...result, ...extra };
    }
    if (results) results.set(event.id, { hash, result });
    else
      await tx
        .updateTable('events')
        .set({ result: JSON.stringify(result) })
        .where('id', '=', event.id)
        .execute();
    return { duplicate: false, result };
  }
}

function conflict(id: string): WardenError {
  return new WardenError('IdempotencyConflict', `event ${id} was already received with a different payload`, {
    invalidParams: [{ pointer: '/id', reason: 'already used with a different payload' }],
  });
}

/**
 * Writes the replies of a set's new events to their rows, in one statement, held back
 * (store/write-behind.ts) to go with the set's last writes before the commit.
 */
async function writeResults(tx: Tx, results: SetResults): Promise<void> {
  if (results.size === 0) return;
  const ids = [...results.keys()];
  const replies = [...results.values()].map((r) => JSON.stringify(r.result));
  await deferWrite(
    tx,
    sql`update events set result = v.result::jsonb
    from (select unnest(${ids}::text[]) as id, unnest(${replies}::text[]) as result) v
    where events.id = v.id`,
  );
}

function tally(results: BatchItem[]): IngestStats {
  const stats: IngestStats = { accepted: 0, duplicate: 0, rejected: 0 };
  for (const r of results) stats[r.status]++;
  return stats;
}

function rejected(index: number, raw: unknown, err: unknown): BatchItem {
  const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
  if (err instanceof WardenError) {
    return { index, id, status: 'rejected', error: { status: err.status, code: err.code, detail: err.detail, pointer: err.invalidParams?.[0]?.pointer } };
  }
  return { index, id, status: 'rejected', error: { status: 500, code: 'Internal', detail: 'the event could not be stored' } };
}
