// Content from a suspended or restricted account is held, per the action's scope: a suspension
// holds everything the account sends; a restriction holds what it names (messages, new
// conversations, proposals, job posts). Held content is kept against the action that held it,
// so an overturn of that action on appeal releases it (the webhook says which).
import { randomUUID } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import type { DbOrTx, Tx } from '../store/db.ts';
import { enqueueOutbox } from '../webhooks/outbox.ts';
import type { EnforceConfig, LadderAction } from './config.ts';
import { renderHeldNotice } from './notices/render.ts';
import { accountLocale } from './notices/store.ts';
import './tables.ts';

export type HeldKind = 'message' | 'proposal' | 'job' | 'profile';

export interface ContentHoldQuery {
  accountId: string;
  kind: HeldKind;
  recipientId?: string;
  /** A contract exists between the two. */
  hasContract: boolean;
  /** Messages between the two so far, this one included (the projection already counted it). */
  messagesBetween: number;
  at: Date;
  /**
   * The account's actions in force at `at` that can hold content, when the caller already read
   * them with `holdingActionsSql` (screening's prefetch); read here when absent.
   */
  actions?: HoldingAction[] | null;
}

/** An action in force that can hold content, as `enforcement_actions` keeps it (times as Date or ISO text). */
export interface HoldingAction {
  id: string;
  type: string;
  feature: string | null;
  policy: string;
  ends_at: Date | string | null;
  starts_at: Date | string;
}

/** The action types that hold content. */
const HOLDING_TYPES = ['suspension', 'permanent_suspension', 'restriction'];

/**
 * The account's actions in force at `at` that can hold content, oldest first, as one JSON array
 * (null when none): the read `contentHold` makes, for a caller that folds it into a statement of
 * its own (screening's prefetch) and passes the result as `ContentHoldQuery.actions`.
 */
export function holdingActionsSql(accountId: string, at: Date): RawBuilder<HoldingAction[] | null> {
  return sql<HoldingAction[] | null>`(select json_agg(a order by a.starts_at) from (
      select id, type, feature, policy, ends_at, starts_at from enforcement_actions
      where account_id = ${accountId} and status = 'active' and type in (${sql.join(HOLDING_TYPES)})
        and starts_at <= ${at} and (ends_at is null or ends_at > ${at})) a)`;
}

/** The action that holds a piece of content, and the inline notice the sender reads. */
export interface ContentHold {
  actionId: string;
  type: 'suspension' | 'permanent_suspension' | 'restriction';
  feature: string | null;
  policy: string;
  endsAt: string | null;
  notice: { policy: string; title: string; url: string; text: string; locale: string };
}

/** Which restriction features hold which content (`new_conversations` only a message opening one). */
function restrictionHolds(feature: string | null, q: ContentHoldQuery, newConversation: boolean): boolean {
  if (feature === 'messaging') return q.kind === 'message';
  if (feature === 'new_conversations' || feature === null) return q.kind === 'message' && newConversation;
  if (feature === 'proposals') return q.kind === 'proposal';
  if (feature === 'job_posts') return q.kind === 'job';
  return false;
}

/** Messages between the two that were delivered before this one (held ones never reached the other). */
async function delivered(db: DbOrTx, q: ContentHoldQuery): Promise<number> {
  const before = q.messagesBetween - 1;
  if (before <= 0 || !q.recipientId) return 0;
  const held = await db
    .selectFrom('enforcement_held_content')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', q.accountId)
    .where('recipient_id', '=', q.recipientId)
    .where('subject_type', '=', 'message')
    .where('released_at', 'is', null)
    .executeTakeFirst();
  return before - Number(held?.n ?? 0);
}

/**
 * The active action (at `q.at`) that holds this content, or null. Suspensions win over
 * restrictions; profiles are never held (the user must be able to fix one).
 */
export async function contentHold(db: DbOrTx, q: ContentHoldQuery, cfg: EnforceConfig): Promise<ContentHold | null> {
  if (q.kind === 'profile') return null;
  const rows: HoldingAction[] =
    q.actions !== undefined
      ? (q.actions ?? [])
      : await db
          .selectFrom('enforcement_actions')
          .select(['id', 'type', 'feature', 'policy', 'ends_at', 'starts_at'])
          .where('account_id', '=', q.accountId)
          .where('status', '=', 'active')
          .where('type', 'in', HOLDING_TYPES)
          .where('starts_at', '<=', q.at)
          .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', q.at)]))
          .orderBy('starts_at')
          .execute();
  // Nearly every sender has no action in force: then nothing more is read.
  if (!rows.length) return null;
  const suspension = rows.find((r) => r.type !== 'restriction');
  const newConversation = !suspension && q.kind === 'message' && !!q.recipientId && !q.hasContract && (await delivered(db, q)) === 0;
  const chosen = suspension ?? rows.find((r) => restrictionHolds(r.feature, q, newConversation));
  if (!chosen) return null;
  const endsAt = chosen.type === 'permanent_suspension' || !chosen.ends_at ? null : new Date(chosen.ends_at).toISOString();
  const rendered = renderHeldNotice(
    { kind: q.kind, accountId: q.accountId, action: { type: chosen.type as LadderAction, feature: chosen.feature, endsAt, policy: chosen.policy } },
    await accountLocale(db, q.accountId, cfg),
    cfg,
  );
  return {
    actionId: chosen.id,
    type: chosen.type as ContentHold['type'],
    feature: chosen.feature,
    policy: chosen.policy,
    endsAt,
    notice: { policy: chosen.policy, title: rendered.title, url: rendered.url, text: rendered.text, locale: rendered.locale },
  };
}

/** Keeps a held piece of content against its action. */
export async function recordHeldContent(
  tx: Tx,
  h: { accountId: string; actionId: string; decisionId: string; subject: { type: string; id: string }; recipientId?: string; at: Date },
): Promise<string> {
  const id = `hld_${randomUUID()}`;
  await tx
    .insertInto('enforcement_held_content')
    .values({
      id,
      account_id: h.accountId,
      action_id: h.actionId,
      decision_id: h.decisionId,
      subject_type: h.subject.type,
      subject_id: h.subject.id,
      recipient_id: h.recipientId ?? null,
      held_at: h.at,
    })
    .execute();
  return id;
}

export interface ReleasedContent {
  decisionId: string;
  subject: { type: string; id: string };
  recipientId: string | null;
}

/**
 * Releases what an overturned action held, unless another action still in force would hold it
 * too (the marketplace delivers what `content.released` lists). Returns what was released.
 */
export async function releaseHeldContent(tx: Tx, actionId: string, reason: string, now: Date): Promise<ReleasedContent[]> {
  const held = await tx.selectFrom('enforcement_held_content').selectAll().where('action_id', '=', actionId).where('released_at', 'is', null).execute();
  if (!held.length) return [];
  const accountId = held[0].account_id;
  const still = await tx
    .selectFrom('enforcement_actions')
    .select('id')
    .where('account_id', '=', accountId)
    .where('id', '<>', actionId)
    .where('status', '=', 'active')
    .where('type', 'in', ['suspension', 'permanent_suspension'])
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', now)]))
    .executeTakeFirst();
  // A suspension still in force keeps everything held; it may be appealed on its own.
  if (still) return [];
  await tx
    .updateTable('enforcement_held_content')
    .set({ released_at: now, release_reason: reason })
    .where(
      'id',
      'in',
      held.map((h) => h.id),
    )
    .execute();
  const released = held.map((h) => ({ decisionId: h.decision_id, subject: { type: h.subject_type, id: h.subject_id }, recipientId: h.recipient_id }));
  await enqueueOutbox(tx, 'content.released', `content.released:${actionId}`, { accountId, actionId, reason, released, releasedAt: now.toISOString() });
  return released;
}
