// The transactional outbox: a change and the notification about it commit together.
// Delivery (subscriptions, signing, retries) reads from this table; see enforce/webhooks.
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
  await sql`insert into outbox (topic, dedupe_key, payload) values (${topic}, ${dedupeKey}, ${JSON.stringify(payload)})
    on conflict (dedupe_key) do nothing`.execute(tx);
}
