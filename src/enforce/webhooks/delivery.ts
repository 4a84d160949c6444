// Webhook subscriptions and delivery: outbox rows fan out to one delivery per matching
// subscription; deliveries are claimed with FOR UPDATE SKIP LOCKED under a lease, POSTed
// signed, retried with exponential backoff and full jitter, dead-lettered after the last
// try, and replayable. At-least-once: receivers dedupe on Warden-Event-Id.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { notFoundError, validationError } from '../../app/errors.ts';
import type { Db, DbOrTx } from '../../store/db.ts';
import { claimNewOutboxRows, markFannedOut, pruneFannedOutbox, WEBHOOK_TOPICS } from '../../webhooks/outbox.ts';
import type { EnforceConfig } from '../config.ts';
import { openDocument, sealDocument } from '../document-crypto.ts';
import '../tables.ts';
import { EVENT_ID_HEADER, newWebhookSecret, SIGNATURE_HEADER, signPayload } from './signing.ts';
import { refuseTarget, type WebhookSender, webhookSender } from './targets.ts';

export interface SubscriptionView {
  id: string;
  url: string;
  topics: string[];
  createdAt: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();

const SEALED = 'sealed:v1:';
const aad = (subscriptionId: string) => `webhook-secret:${subscriptionId}`;

/** A signing secret as stored: AES-256-GCM under the deployment key, bound to its subscription. */
export function sealWebhookSecret(secret: string, subscriptionId: string, key: Buffer): string {
  const s = sealDocument(Buffer.from(secret, 'utf8'), key, aad(subscriptionId));
  return `${SEALED}${s.keyId}:${[s.iv, s.tag, s.ciphertext].map((b) => b.toString('base64url')).join('.')}`;
}

/** The signing secret of a stored row (rows written before secrets were sealed are plaintext). */
export function openWebhookSecret(stored: string, subscriptionId: string, key: Buffer): string {
  if (!stored.startsWith(SEALED)) return stored;
  const [iv, tag, ciphertext] = stored
    .slice(stored.indexOf(':', SEALED.length) + 1)
    .split('.')
    .map((p) => Buffer.from(p, 'base64url'));
  return openDocument({ iv, tag, ciphertext }, key, aad(subscriptionId)).toString('utf8');
}

/** Seals the plaintext secrets an older version stored; returns how many. Run at start. */
export async function sealPlaintextWebhookSecrets(db: DbOrTx, key: Buffer): Promise<number> {
  const rows = await db.selectFrom('webhook_subscriptions').select(['id', 'secret']).where('secret', 'not like', `${SEALED}%`).execute();
  for (const r of rows)
    await db
      .updateTable('webhook_subscriptions')
      .set({ secret: sealWebhookSecret(r.secret, r.id, key) })
      .where('id', '=', r.id)
      .execute();
  return rows.length;
}

/**
 * Subscribes a URL; the secret is returned here once and stored sealed with `key`. The URL
 * must reach a public address unless `allowPrivate` (ValidationFailed on /url otherwise).
 */
export async function createSubscription(
  db: DbOrTx,
  input: { url: string; topics: string[]; secret?: string },
  key: Buffer,
  opts: { allowPrivate: boolean; now?: Date },
): Promise<SubscriptionView & { secret: string }> {
  const now = opts.now ?? new Date();
  const refused = await refuseTarget(input.url, opts.allowPrivate);
  if (refused) throw validationError('/url', refused);
  const url = new URL(input.url);
  if (!input.topics?.length) throw validationError('/topics', 'must name at least one topic');
  for (const [i, t] of input.topics.entries())
    if (!(WEBHOOK_TOPICS as readonly string[]).includes(t)) throw validationError(`/topics/${i}`, `must be one of ${WEBHOOK_TOPICS.join(', ')}`);
  if (input.secret !== undefined && input.secret.length < 16) throw validationError('/secret', 'must be at least 16 characters');
  const secret = input.secret ?? newWebhookSecret();
  const id = `whs_${randomUUID()}`;
  const topics = [...new Set(input.topics)];
  await db
    .insertInto('webhook_subscriptions')
    .values({ id, url: url.toString(), topics: JSON.stringify(topics), secret: sealWebhookSecret(secret, id, key), created_at: now })
    .execute();
  return { id, url: url.toString(), topics, createdAt: now.toISOString(), secret };
}

export async function listSubscriptions(db: DbOrTx): Promise<SubscriptionView[]> {
  const rows = await db.selectFrom('webhook_subscriptions').selectAll().where('deleted_at', 'is', null).orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, url: r.url, topics: r.topics, createdAt: iso(r.created_at) }));
}

export async function deleteSubscription(db: DbOrTx, id: string, now = new Date()): Promise<void> {
  const res = await db.updateTable('webhook_subscriptions').set({ deleted_at: now }).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw notFoundError('webhook subscription', id);
  // Nothing more goes out for it; what was pending is dead-lettered (replayable if re-created).
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'dead', last_error: 'subscription deleted' })
    .where('subscription_id', '=', id)
    .where('status', '=', 'pending')
    .execute();
}

export interface DeliveryView {
  id: string;
  subscriptionId: string;
  eventId: string;
  topic: string;
  status: 'pending' | 'delivered' | 'dead';
  attempts: number;
  nextAttemptAt: string;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export async function listDeliveries(db: DbOrTx, f: { status?: string; subscriptionId?: string; limit?: number } = {}): Promise<DeliveryView[]> {
  let q = db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(Math.min(f.limit ?? 100, 500));
  if (f.status) q = q.where('status', '=', f.status);
  if (f.subscriptionId) q = q.where('subscription_id', '=', f.subscriptionId);
  return (await q.execute()).map((r) => ({
    id: r.id,
    subscriptionId: r.subscription_id,
    eventId: r.event_id,
    topic: r.topic,
    status: r.status as DeliveryView['status'],
    attempts: r.attempts,
    nextAttemptAt: iso(r.next_attempt_at),
    lastStatus: r.last_status,
    lastError: r.last_error,
    deliveredAt: r.delivered_at ? iso(r.delivered_at) : null,
    createdAt: iso(r.created_at),
  }));
}

/** Sends a delivery again with the same event id (a replay never mints a new event). */
export async function replayDelivery(db: DbOrTx, id: string, now = new Date()): Promise<void> {
  const res = await db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, last_error: null })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw notFoundError('webhook delivery', id);
}

export async function replayDeadLetters(db: DbOrTx, f: { subscriptionId?: string } = {}, now = new Date()): Promise<{ replayed: number }> {
  let q = db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, last_error: null })
    .where('status', '=', 'dead')
    .where('subscription_id', 'in', (eb) => eb.selectFrom('webhook_subscriptions').select('id').where('deleted_at', 'is', null));
  if (f.subscriptionId) q = q.where('subscription_id', '=', f.subscriptionId);
  return { replayed: Number((await q.executeTakeFirst()).numUpdatedRows) };
}

/** Turns new outbox rows into deliveries, one per live subscription to the topic. */
export async function fanOut(db: Db, now: Date, batch = 500): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const rows = await claimNewOutboxRows(batch).execute(tx);
    if (!rows.rows.length) return 0;
    const subs = await tx.selectFrom('webhook_subscriptions').select(['id', 'topics']).where('deleted_at', 'is', null).execute();
    for (const o of rows.rows) {
      const payload = typeof o.payload === 'string' ? JSON.parse(o.payload) : o.payload;
      const eventId = `evt_${o.id}`;
      const body = { id: eventId, topic: o.topic, createdAt: iso(o.created_at), data: payload };
      for (const s of subs.filter((s) => s.topics.includes(o.topic))) {
        await tx
          .insertInto('webhook_deliveries')
          .values({
            id: `whd_${randomUUID()}`,
            subscription_id: s.id,
            outbox_id: o.id,
            event_id: eventId,
            topic: o.topic,
            payload: JSON.stringify(body),
            status: 'pending',
            next_attempt_at: now,
            created_at: now,
          })
          .onConflict((oc) => oc.columns(['subscription_id', 'outbox_id']).doNothing())
          .execute();
      }
    }
    await markFannedOut(
      tx,
      rows.rows.map((o) => o.id),
      now,
    );
    return rows.rows.length;
  });
}

/**
 * Retention of what was delivered: deliveries delivered more than `retentionDays` days before
 * `now`, and outbox rows fanned out before then, deleted `batch` rows a statement. Pending and
 * dead deliveries (still to deliver, or to replay) and outbox rows not yet fanned out are
 * never deleted. `retentionDays` 0 keeps everything. Returns the rows deleted per table.
 */
export async function pruneWebhookHistory(db: Db, now: Date, o: { retentionDays: number; batch: number }): Promise<{ deliveries: number; outbox: number }> {
  if (o.retentionDays <= 0) return { deliveries: 0, outbox: 0 };
  const before = new Date(now.getTime() - o.retentionDays * 86_400_000);
  let deliveries = 0;
  for (;;) {
    const res = await sql`delete from webhook_deliveries where id in (
        select id from webhook_deliveries where status = 'delivered' and delivered_at < ${before} order by delivered_at limit ${o.batch})`.execute(db);
    const n = Number(res.numAffectedRows ?? 0);
    deliveries += n;
    if (n < o.batch) break;
  }
  return { deliveries, outbox: await pruneFannedOutbox(db, before, o.batch) };
}

/** Exponential backoff with full jitter: uniform in [0, min(max, base·2^(attempt−1))], at least 1 s. */
export function backoffMs(attempt: number, cfg: Pick<EnforceConfig, 'webhookBackoffBaseMs' | 'webhookBackoffMaxMs'>, random = Math.random): number {
  const cap = Math.min(cfg.webhookBackoffMaxMs, cfg.webhookBackoffBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(Math.min(1000, cap), Math.round(random() * cap));
}

export interface DeliverStats {
  fannedOut: number;
  attempted: number;
  delivered: number;
  retrying: number;
  dead: number;
}

export interface DeliverOptions {
  config: EnforceConfig;
  /** The deployment key that seals the subscriptions' signing secrets. */
  key: Buffer;
  /** Replaceable in tests; by default node:http(s) through the address guard, no redirects (targets.ts). */
  send?: WebhookSender;
  onResult?: (topic: string, result: 'delivered' | 'retry' | 'dead') => void;
}

/**
 * One pass: fan out new outbox rows, then send every delivery due at `now`. Claims are a
 * short transaction (SKIP LOCKED, then a lease) so the HTTP calls hold no lock and several
 * workers can run side by side.
 */
export async function deliverDue(db: Db, now: Date, opts: DeliverOptions): Promise<DeliverStats> {
  const cfg = opts.config;
  const send = opts.send ?? webhookSender(cfg.webhookAllowPrivateTargets);
  const fannedOut = await fanOut(db, now);
  const claimed = await db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('webhook_deliveries')
      .innerJoin('webhook_subscriptions', 'webhook_subscriptions.id', 'webhook_deliveries.subscription_id')
      .select([
        'webhook_deliveries.id',
        'webhook_deliveries.event_id',
        'webhook_deliveries.topic',
        'webhook_deliveries.payload',
        'webhook_deliveries.attempts',
        'webhook_subscriptions.url',
        'webhook_subscriptions.secret',
        'webhook_subscriptions.id as subscription_id',
      ])
      .where('webhook_deliveries.status', '=', 'pending')
      .where('webhook_deliveries.next_attempt_at', '<=', now)
      .orderBy('webhook_deliveries.next_attempt_at')
      .limit(cfg.webhookBatchSize)
      .forUpdate('webhook_deliveries')
      .skipLocked()
      .execute();
    if (due.length) {
      await tx
        .updateTable('webhook_deliveries')
        .set({ attempts: sql`attempts + 1`, next_attempt_at: new Date(now.getTime() + cfg.webhookLeaseMs) })
        .where(
          'id',
          'in',
          due.map((d) => d.id),
        )
        .execute();
    }
    return due;
  });
  const stats: DeliverStats = { fannedOut, attempted: claimed.length, delivered: 0, retrying: 0, dead: 0 };
  await Promise.all(
    claimed.map(async (d) => {
      const attempt = d.attempts + 1;
      const body = JSON.stringify(d.payload);
      let status: number | null = null;
      let error: string | null = null;
      try {
        const res = await send(d.url, {
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Warden-Webhooks/1',
            [EVENT_ID_HEADER]: d.event_id,
            'warden-event-topic': d.topic,
            [SIGNATURE_HEADER]: signPayload(openWebhookSecret(d.secret, d.subscription_id, opts.key), body, Math.floor(now.getTime() / 1000)),
          },
          body,
          timeoutMs: cfg.webhookTimeoutMs,
        });
        status = res.status;
        if (status >= 300 && status < 400) error = `receiver answered ${status}; redirects are not followed, subscribe the final URL`;
        else if (status < 200 || status >= 300) error = `receiver answered ${status}`;
      } catch (err) {
        error = (err as Error).message.slice(0, 500);
      }
      if (!error) {
        await db
          .updateTable('webhook_deliveries')
          .set({ status: 'delivered', delivered_at: now, last_status: status, last_error: null })
          .where('id', '=', d.id)
          .execute();
        stats.delivered++;
        opts.onResult?.(d.topic, 'delivered');
      } else if (attempt >= cfg.webhookMaxAttempts) {
        await db.updateTable('webhook_deliveries').set({ status: 'dead', last_status: status, last_error: error }).where('id', '=', d.id).execute();
        stats.dead++;
        opts.onResult?.(d.topic, 'dead');
      } else {
        const next = new Date(now.getTime() + backoffMs(attempt, cfg));
        await db.updateTable('webhook_deliveries').set({ next_attempt_at: next, last_status: status, last_error: error }).where('id', '=', d.id).execute();
        stats.retrying++;
        opts.onResult?.(d.topic, 'retry');
      }
    }),
  );
  return stats;
}

/** How often the worker prunes delivered history (pruneWebhookHistory), in ms. */
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Runs deliverDue every intervalMs (never two passes at once) until stopped; every 10 minutes
 * (and at start) a pass also prunes delivered history older than `webhookRetentionDays`.
 */
export function startWebhookWorker(ctx: { db: Db; log: Logger }, o: { intervalMs?: number; config: EnforceConfig; key: Buffer }): { stop(): Promise<void> } {
  const interval = o.intervalMs ?? 1000;
  let running: Promise<unknown> | null = null;
  let stopped = false;
  let prunedAt = 0;
  const pass = async () => {
    const now = new Date();
    await deliverDue(ctx.db, now, { config: o.config, key: o.key });
    if (now.getTime() - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now.getTime();
    const pruned = await pruneWebhookHistory(ctx.db, now, { retentionDays: o.config.webhookRetentionDays, batch: o.config.webhookPruneBatch });
    if (pruned.deliveries || pruned.outbox) ctx.log.info({ pruned }, 'webhook history pruned');
  };
  const tick = () => {
    if (stopped || running) return;
    running = pass()
      .catch((err) => ctx.log.error({ err }, 'webhook delivery pass failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, interval);
  timer.unref?.();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
