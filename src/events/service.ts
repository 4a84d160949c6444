// Ingestion: validate → store idempotently → project → run hooks (screening, detection)
// in one transaction, and remember the reply so a repeated event gets the same answer.
import { sql } from 'kysely';
import { WardenError } from '../app/errors.ts';
import { type Db, type Tx, withTransaction } from '../store/db.ts';
import { payloadHash } from './canonical.ts';
import { project } from './projections.ts';
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

export class EventService {
  /**
   * `hooks`: the work that runs with every new event (screening, trust, security,
   * attachments), in this order, in the event's transaction; the composition root lists them.
   */
  constructor(
    private readonly db: Db,
    private readonly hooks: readonly EventHook[],
  ) {}

  async ingest(raw: unknown): Promise<IngestReply> {
    const event = parseEvent(raw);
    return withTransaction(this.db, (tx) => this.store(tx, event));
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
    try {
      await withTransaction(this.db, async (tx) => {
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
    } catch {
      // Something failed inside the shared transaction (nothing of it was kept): redo the
      // items one by one so that the good ones are accepted and the bad one is named.
      for (const [k, { index, event }] of valid.entries()) {
        try {
          results[index] = await withTransaction(this.db, (tx) => this.storeItem(tx, index, event));
        } catch (err) {
          results[index] = rejected(index, event, err);
        }
        opts.onProgress?.(invalid + k + 1);
      }
    }
    const stats: IngestStats = { accepted: 0, duplicate: 0, rejected: 0 };
    for (const r of results) stats[r.status]++;
    return { results, stats };
  }

  private async storeItem(tx: Tx, index: number, event: WardenEvent): Promise<BatchItem> {
    const { duplicate, result } = await this.store(tx, event);
    return { index, id: event.id, status: duplicate ? 'duplicate' : 'accepted', result };
  }

  private async store(tx: Tx, event: WardenEvent): Promise<IngestReply> {
    const hash = payloadHash(event);
    const inserted = await sql<{ id: string }>`
      insert into events (id, type, occurred_at, actor_id, payload, payload_hash, result)
      values (${event.id}, ${event.type}, ${event.occurredAt}, ${event.actor.id}, ${JSON.stringify(event)}, ${hash}, '{}')
      on conflict (id) do nothing returning id`.execute(tx);
    if (inserted.rows.length === 0) {
      const prior = await tx.selectFrom('events').select(['payload_hash', 'result']).where('id', '=', event.id).executeTakeFirstOrThrow();
      if (prior.payload_hash !== hash) {
        throw new WardenError('IdempotencyConflict', `event ${event.id} was already received with a different payload`, {
          invalidParams: [{ pointer: '/id', reason: 'already used with a different payload' }],
        });
      }
      return { duplicate: true, result: prior.result as IngestResult };
    }
    await project(tx, event);
    let result: IngestResult = { id: event.id, type: event.type, status: 'accepted' };
    for (const hook of this.hooks) {
      const extra = await hook(tx, event);
      if (extra) result = { ...result, ...extra };
    }
    await tx
      .updateTable('events')
      .set({ result: JSON.stringify(result) })
      .where('id', '=', event.id)
      .execute();
    return { duplicate: false, result };
  }
}

function rejected(index: number, raw: unknown, err: unknown): BatchItem {
  const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
  if (err instanceof WardenError) {
    return { index, id, status: 'rejected', error: { status: err.status, code: err.code, detail: err.detail, pointer: err.invalidParams?.[0]?.pointer } };
  }
  return { index, id, status: 'rejected', error: { status: 500, code: 'Internal', detail: 'the event could not be stored' } };
}
