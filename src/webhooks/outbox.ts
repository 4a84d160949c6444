// The transactional outbox: a change and the notification about it commit together.
// Delivery (subscriptions, signing, retries) claims new rows from here and marks them fanned
// out; see enforce/webhooks. Fanned-out rows are pruned after the retention period.
import { sql } from 'kysely';
import type { DbOrTx } from '../store/db.ts';

export const WEBHOOK_TOPICS = [
  'decision.made',
  'action.applied',
  'action.lifted',
  'case.resolved',
  'appeal.decided',
  'verification.requested',
  // A dispute's money outcome: what goes to the freelancer and what back to the client (src/disputes).
  'dispute.decided',
  // Content a suspension or restriction held, released because an appeal overturned it (src/enforce/held.ts).
  'content.released',
] as const;
export type WebhookTopic = (typeof WEBHOOK_TOPICS)[number];

/** Enqueues a notification in the caller's transaction; `dedupeKey` makes a retry of the same change a no-op. */
export async function enqueueOutbox(tx: DbOrTx, topic: WebhookTopic, dedupeKey: string, payload: Record<string, unknown>): Promise<void> {
  await outboxInsert(topic, dedupeKey, payload).execute(tx);
}

/** enqueueOutbox's statement, for a caller that holds it back (store/write-behind.ts deferWrite). */
export function outboxInsert(topic: WebhookTopic, dedupeKey: string, payload: Record<string, unknown>) {
  return sql`insert into outbox (topic, dedupe_key, payload) values (${topic}, ${dedupeKey}, ${JSON.stringify(payload)})
    on conflict (dedupe_key) do nothing`;
}

export interface NewOutboxRow {
  id: string;
  topic: string;
  dedupe_key: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

/**
 * Up to `batch` rows not yet fanned out, oldest first, locked for the caller's transaction
 * (SKIP LOCKED: several workers share the outbox). It reads the partial index
 * `outbox_unfanned_idx`, so a pass costs the same whatever number of fanned rows the table
 * keeps (a `not exists` over a marker table read them all: 665 ms a pass at 500,000, issue 15).
 */
export function claimNewOutboxRows(batch: number) {
  return sql<NewOutboxRow>`select id, topic, dedupe_key, payload, created_at from outbox
    where fanned_at is null order by id limit ${batch} for update skip locked`;
}

/** Marks claimed rows fanned out at `now` (they leave the partial index). */
export async function markFannedOut(tx: DbOrTx, ids: string[], now: Date): Promise<void> {
  if (ids.length) await tx.updateTable('outbox').set({ fanned_at: now }).where('id', 'in', ids).execute();
}

/**
 * Deletes rows fanned out before `before`, `batch` at a time (one short statement each, so the
 * sweep never holds a long lock), and returns how many. A row never fanned out is never
 * deleted: it is the only copy of its notification. Deliveries carry their own payload, so a
 * pending or dead delivery needs no outbox row to be sent or replayed.
 */
export async function pruneFannedOutbox(db: DbOrTx, before: Date, batch: number): Promise<number> {
  let total = 0;
  for (;;) {
    const res = await sql`delete from outbox where id in (
        select id from outbox where fanned_at < ${before} order by fanned_at limit ${batch})`.execute(db);
    const n = Number(res.numAffectedRows ?? 0);
    total += n;
    if (n < batch) return total;
  }
}
