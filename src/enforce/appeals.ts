// Appeals: one per action or strike, within the window, read by a person in the appeals
// queue. An overturn lifts the action, removes the strike, restores what it took, tells the
// user and the marketplace, and counts as a false positive of the policy and signal types.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { conflictError, notFoundError, validationError, WardenError } from '../app/errors.ts';
import { type DbOrTx, type Tx, withTransaction } from '../store/db.ts';
import { enqueueOutbox } from '../webhooks/outbox.ts';
import { liftAction, restorationFor } from './actions.ts';
import { depsOf, type EnforceDeps } from './deps.ts';
import type { ReleasedContent } from './held.ts';
import type { Notice } from './notices/render.ts';
import { createNotice } from './notices/store.ts';
import { removeStrike, strikeStanding } from './strikes.ts';
import type { AppealsTable } from './tables.ts';
import { appealDeadline, noticeAction } from './views.ts';
import './tables.ts';
import { plural } from '../app/plural.ts';

export interface AppealInput {
  accountId: string;
  actionId?: string;
  strikeId?: string;
  text: string;
  attachments?: { name: string; url?: string; contentType?: string; sizeBytes?: number }[];
}

export interface AppealView {
  id: string;
  accountId: string;
  actionId: string | null;
  strikeId: string | null;
  text: string;
  attachments: unknown[];
  status: 'open' | 'upheld' | 'overturned';
  caseId: string | null;
  decision: { by: string | null; at: string; reason: string | null } | null;
  restored: Record<string, unknown> | null;
  createdAt: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();

export function toAppealView(r: Selectable<AppealsTable>): AppealView {
  return {
    id: r.id,
    accountId: r.account_id,
    actionId: r.action_id,
    strikeId: r.strike_id,
    text: r.text,
    attachments: r.attachments,
    status: r.status as AppealView['status'],
    caseId: r.case_id,
    decision: r.decided_at ? { by: r.decided_by, at: iso(r.decided_at), reason: r.decision_reason } : null,
    restored: r.restored,
    createdAt: iso(r.created_at),
  };
}

export async function createAppeal(db: DbOrTx, input: AppealInput, deps: EnforceDeps): Promise<AppealView> {
  const { cfg, now, cases } = depsOf(deps);
  if (!input.accountId) throw validationError('/accountId', 'is required');
  if (!!input.actionId === !!input.strikeId) throw validationError(input.actionId ? '/strikeId' : '/actionId', 'give exactly one of actionId or strikeId');
  const text = input.text?.trim() ?? '';
  if (!text) throw validationError('/text', 'must say why the decision is wrong');
  if ([...text].length > cfg.appealMaxChars) throw validationError('/text', `must be at most ${cfg.appealMaxChars} characters`);
  return withTransaction(db, async (tx) => {
    let actionId = input.actionId ?? null;
    let strikeId = input.strikeId ?? null;
    let createdAt: Date;
    let policy: string;
    let quote: string | undefined;
    let subject: { type: string; id: string } | null = null;
    if (actionId) {
      const a = await tx.selectFrom('enforcement_actions').selectAll().where('id', '=', actionId).executeTakeFirst();
      if (!a || a.account_id !== input.accountId) throw notFoundError('action', actionId);
      if (a.status === 'proposed' || a.status === 'declined')
        throw conflictError(`action ${actionId} was never applied; there is nothing to appeal`, 'NothingToAppeal');
      if (a.status === 'lifted') throw conflictError(`action ${actionId} was already lifted`, 'NothingToAppeal');
      strikeId = a.strike_id;
      createdAt = new Date(a.created_at);
      policy = a.policy;
      quote = a.evidence?.quote;
    } else {
      const s = await tx
        .selectFrom('enforcement_strikes')
        .selectAll()
        .where('id', '=', strikeId as string)
        .executeTakeFirst();
      if (!s || s.account_id !== input.accountId) throw notFoundError('strike', strikeId as string);
      if (s.status === 'removed') throw conflictError(`strike ${strikeId} was already removed`, 'NothingToAppeal');
      // Appealing a strike appeals the action that came with it: one decision for both.
      const a = await tx
        .selectFrom('enforcement_actions')
        .select(['id', 'status'])
        .where('strike_id', '=', s.id)
        .where('status', 'in', ['active', 'expired'])
        .executeTakeFirst();
      actionId = a?.id ?? null;
      createdAt = new Date(s.created_at);
      policy = s.policy;
      quote = s.evidence?.quote;
      subject = s.subject_type && s.subject_id ? { type: s.subject_type, id: s.subject_id } : null;
    }
    const deadline = appealDeadline(createdAt, cfg);
    if (now.getTime() > new Date(deadline).getTime())
      throw new WardenError('AppealWindowClosed', `the appeal window closed on ${deadline} (${plural(cfg.appealWindowDays, 'day')} after the decision)`, {
        extra: { reason: 'appeal_window_closed', deadline },
      });
    const existing = await tx
      .selectFrom('appeals')
      .select(['id'])
      .where((eb) => eb.or([...(actionId ? [eb('action_id', '=', actionId)] : []), ...(strikeId ? [eb('strike_id', '=', strikeId)] : [])]))
      .executeTakeFirst();
    if (existing)
      throw new WardenError('AlreadyAppealed', `this decision was already appealed (appeal ${existing.id}); there is one appeal per action or strike`, {
        extra: { reason: 'already_appealed', appealId: existing.id },
      });
    const id = `apl_${randomUUID()}`;
    const caseId = await cases.openCase(tx, {
      subject: { type: 'account', id: `appeal:${id}`, accountId: input.accountId, text: quote },
      source: 'appeal',
      queue: 'appeals',
      reason: `Appeal of ${actionId ? `action ${actionId}` : `strike ${strikeId}`}${subject ? ` on ${subject.type} ${subject.id}` : ''}: ${text.slice(0, 300)}`,
      policy,
      appealId: id,
      severity: 'high',
      priorityBoost: cfg.appealPriorityBoost,
    });
    const row = await tx
      .insertInto('appeals')
      .values({
        id,
        account_id: input.accountId,
        action_id: actionId,
        strike_id: strikeId,
        text,
        attachments: JSON.stringify(input.attachments ?? []),
        status: 'open',
        case_id: caseId,
        created_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAppealView(row);
  });
}

export async function getAppeal(db: DbOrTx, id: string): Promise<AppealView> {
  const r = await db.selectFrom('appeals').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFoundError('appeal', id);
  return toAppealView(r);
}

export interface AppealDecision {
  outcome: 'upheld' | 'overturned';
  reason: string;
  by: { id: string; name: string };
}

export interface DecideResult {
  appeal: AppealView;
  notice: Notice;
  /** The policy behind the appealed decision (metrics label). */
  policy: string;
}

/**
 * Decides an appeal. `fromCase` is set when the appeal's case is being resolved (cases calls
 * the ActionApplier): the case is then closed by its caller, not here.
 */
export async function decideAppeal(db: DbOrTx, id: string, d: AppealDecision, deps: EnforceDeps, opts: { fromCase?: boolean } = {}): Promise<DecideResult> {
  const { cfg, now, cases } = depsOf(deps);
  if (d.outcome !== 'upheld' && d.outcome !== 'overturned') throw validationError('/outcome', 'must be upheld or overturned');
  if (!d.reason?.trim()) throw validationError('/reason', 'must say why');
  const reason = d.reason.trim();
  return withTransaction(db, async (tx) => {
    const appeal = await tx.selectFrom('appeals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!appeal) throw notFoundError('appeal', id);
    if (appeal.status !== 'open') throw conflictError(`appeal ${id} was already decided (${appeal.status})`, 'AppealDecided');
    const action = appeal.action_id ? await tx.selectFrom('enforcement_actions').selectAll().where('id', '=', appeal.action_id).executeTakeFirst() : undefined;
    const strike = appeal.strike_id ? await tx.selectFrom('enforcement_strikes').selectAll().where('id', '=', appeal.strike_id).executeTakeFirst() : undefined;
    const policy = action?.policy ?? strike?.policy ?? 'unknown';
    const actionFacts = action ? noticeAction(action) : undefined;
    let restored: string[] = [];
    let remaining: string[] | undefined;
    // What the overturn really gave back, for the record and the appeal.decided webhook.
    const what = {
      strikesRemoved: [] as string[],
      actionsLifted: [] as string[],
      heldContentReleased: [] as ReleasedContent[],
      restore: {} as Record<string, unknown>,
    };
    if (d.outcome === 'overturned') {
      if (action && (action.status === 'active' || action.status === 'expired' || action.status === 'proposed')) {
        const lifted = await liftAction(tx, action.id, { reason, by: d.by.id, overturn: { appealId: id } }, { ...deps, now });
        if (lifted.lifted) {
          restored = lifted.restored;
          remaining = lifted.remaining;
          what.actionsLifted.push(action.id);
          what.heldContentReleased = lifted.released ?? [];
          what.restore = (await tx.selectFrom('enforcement_actions').select('restored').where('id', '=', action.id).executeTakeFirst())?.restored ?? {};
          if (action.strike_id && restored.includes('strike')) what.strikesRemoved.push(action.strike_id);
        }
      } else if (strike) {
        await removeStrike(tx, strike.id, reason, now);
        restored = restorationFor('warning', null, true).items;
        what.strikesRemoved.push(strike.id);
      }
      if (strike && !restored.includes('strike')) {
        await removeStrike(tx, strike.id, reason, now);
        restored = ['strike', ...restored];
      }
      if (strike && !what.strikesRemoved.includes(strike.id)) what.strikesRemoved.push(strike.id);
      await countFalsePositive(tx, appeal, policy, strike?.signal_types ?? [], now);
    }
    const updated = await tx
      .updateTable('appeals')
      .set({
        status: d.outcome,
        decided_by: d.by.id,
        decided_at: now,
        decision_reason: reason,
        restored:
          d.outcome === 'overturned'
            ? JSON.stringify({
                items: restored,
                strikesRemoved: what.strikesRemoved,
                actionsLifted: what.actionsLifted,
                heldContentReleased: what.heldContentReleased.length,
              })
            : null,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await cases.recordAppealOutcome(tx, {
      appealId: id,
      originalCaseId: strike?.case_id ?? action?.case_id ?? undefined,
      policy,
      overturned: d.outcome === 'overturned',
    });
    await enqueueOutbox(tx, 'appeal.decided', `appeal.decided:${id}`, {
      appealId: id,
      accountId: appeal.account_id,
      actionId: appeal.action_id,
      strikeId: appeal.strike_id,
      outcome: d.outcome,
      policy,
      // What the overturn really restored (never what another action still takes away).
      restore: d.outcome === 'overturned' ? what.restore : {},
      restored: {
        items: d.outcome === 'overturned' ? restored : [],
        strikesRemoved: what.strikesRemoved,
        actionsLifted: what.actionsLifted,
        heldContentReleased: what.heldContentReleased,
        remaining: remaining ?? [],
      },
      decidedAt: now.toISOString(),
    });
    const notice = await createNotice(
      tx,
      {
        kind: d.outcome === 'overturned' ? 'appeal_overturned' : 'appeal_upheld',
        accountId: appeal.account_id,
        policy: { name: policy, version: action?.policy_version ?? strike?.policy_version ?? null },
        action: actionFacts ?? { id: strike?.id ?? id, type: 'notification', status: 'active', startsAt: iso(appeal.created_at), endsAt: null },
        strike: strike ? { id: strike.id, expiresAt: iso(strike.expires_at) } : undefined,
        reason,
        restored: d.outcome === 'overturned' ? restored : undefined,
        remaining: d.outcome === 'overturned' && remaining?.length ? remaining : undefined,
        standing: await strikeStanding(tx, appeal.account_id, cfg, now),
      },
      { appealId: id, actionId: appeal.action_id ?? undefined, strikeId: appeal.strike_id ?? undefined },
      cfg,
      now,
    );
    if (!opts.fromCase && appeal.case_id) await cases.resolveAppealCase(tx, appeal.case_id, d.by, d.outcome, id, reason);
    return { appeal: toAppealView(updated), notice, policy };
  });
}

async function countFalsePositive(tx: Tx, appeal: Selectable<AppealsTable>, policy: string, signalTypes: string[], now: Date): Promise<void> {
  const rows = [null, ...new Set(signalTypes)].map((t) => ({ appeal_id: appeal.id, account_id: appeal.account_id, policy, signal_type: t, created_at: now }));
  await tx.insertInto('enforcement_false_positives').values(rows).execute();
}

export interface FalsePositiveReport {
  byPolicy: { policy: string; strikes: number; appealsDecided: number; overturned: number; overturnRate: number | null; falsePositiveRate: number | null }[];
  bySignalType: { signalType: string; strikes: number; overturned: number; falsePositiveRate: number | null }[];
}

/** Overturn and false-positive rates per policy and per signal type (reviewer/operator view). */
export async function falsePositiveReport(db: DbOrTx, since?: Date): Promise<FalsePositiveReport> {
  const from = since ?? new Date(0);
  const strikes = await db.selectFrom('enforcement_strikes').select(['policy', 'signal_types']).where('created_at', '>=', from).execute();
  const decided = await db
    .selectFrom('appeals')
    .leftJoin('enforcement_strikes', 'enforcement_strikes.id', 'appeals.strike_id')
    .leftJoin('enforcement_actions', 'enforcement_actions.id', 'appeals.action_id')
    .select(['appeals.status', 'enforcement_strikes.policy as spolicy', 'enforcement_actions.policy as apolicy'])
    .where('appeals.status', '!=', 'open')
    .where('appeals.created_at', '>=', from)
    .execute();
  const fps = await db.selectFrom('enforcement_false_positives').select(['policy', 'signal_type']).where('created_at', '>=', from).execute();
  const pol = new Map<string, { strikes: number; decided: number; overturned: number }>();
  const get = (p: string) => pol.get(p) ?? pol.set(p, { strikes: 0, decided: 0, overturned: 0 }).get(p)!;
  const sig = new Map<string, { strikes: number; overturned: number }>();
  for (const s of strikes) {
    get(s.policy).strikes++;
    for (const t of s.signal_types) (sig.get(t) ?? sig.set(t, { strikes: 0, overturned: 0 }).get(t)!).strikes++;
  }
  for (const a of decided) get(a.spolicy ?? a.apolicy ?? 'unknown').decided++;
  for (const f of fps) {
    if (f.signal_type === null) get(f.policy).overturned++;
    else (sig.get(f.signal_type) ?? sig.set(f.signal_type, { strikes: 0, overturned: 0 }).get(f.signal_type)!).overturned++;
  }
  const rate = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);
  return {
    byPolicy: [...pol].map(([policy, v]) => ({
      policy,
      strikes: v.strikes,
      appealsDecided: v.decided,
      overturned: v.overturned,
      overturnRate: rate(v.overturned, v.decided),
      falsePositiveRate: rate(v.overturned, v.strikes),
    })),
    bySignalType: [...sig].map(([signalType, v]) => ({
      signalType,
      strikes: v.strikes,
      overturned: v.overturned,
      falsePositiveRate: rate(v.overturned, v.strikes),
    })),
  };
}

// ── The appeal conversation ───────────────────────────────────────────────────────────────

export const USER_MESSAGE_KINDS = ['statement', 'evidence', 'answer'] as const;
export const REVIEWER_MESSAGE_KINDS = ['question', 'reply'] as const;

export interface AppealMessageView {
  id: string;
  author: 'user' | 'reviewer';
  kind: string;
  text: string;
  attachments: unknown[];
  createdAt: string;
}

export interface AppealConversation {
  appeal: AppealView;
  messages: AppealMessageView[];
  /** The last word is a reviewer's question: the user's answer is awaited. */
  awaitingUser: boolean;
}

export interface AppealMessageInput {
  author: 'user' | 'reviewer';
  kind: (typeof USER_MESSAGE_KINDS)[number] | (typeof REVIEWER_MESSAGE_KINDS)[number];
  text: string;
  attachments?: { name: string; url?: string; contentType?: string; sizeBytes?: number }[];
  /** Reviewer id (reviewer messages); the account itself for user messages. */
  by?: string;
  /** The account the caller speaks for (user messages): the appeal must be theirs. */
  accountId?: string;
}

/** The appeal with its conversation, oldest turn first. */
export async function appealConversation(db: DbOrTx, id: string): Promise<AppealConversation> {
  const appeal = await getAppeal(db, id);
  const rows = await db.selectFrom('appeal_messages').selectAll().where('appeal_id', '=', id).orderBy('created_at').orderBy('id').execute();
  const messages = rows.map((r) => ({
    id: r.id,
    author: r.author as AppealMessageView['author'],
    kind: r.kind,
    text: r.text,
    attachments: r.attachments,
    createdAt: iso(r.created_at),
  }));
  const last = messages.at(-1);
  return { appeal, messages, awaitingUser: appeal.status === 'open' && last?.author === 'reviewer' && last.kind === 'question' };
}

/**
 * Adds a turn to an open appeal: the user's statement, evidence or answer, or a reviewer's
 * question or reply. A reviewer's turn is a notice to the user (in their language, quoting the
 * reviewer's words); a user's turn goes to the appeal's case for the reviewer to read.
 */
export async function addAppealMessage(db: DbOrTx, id: string, m: AppealMessageInput, deps: EnforceDeps): Promise<AppealConversation> {
  const { cfg, now, cases } = depsOf(deps);
  const kinds: readonly string[] = m.author === 'user' ? USER_MESSAGE_KINDS : REVIEWER_MESSAGE_KINDS;
  if (!kinds.includes(m.kind)) throw validationError('/kind', `a ${m.author} may add ${kinds.join(', ')}`);
  const text = m.text?.trim() ?? '';
  if (!text) throw validationError('/text', 'must not be empty');
  if ([...text].length > cfg.appealMaxChars) throw validationError('/text', `must be at most ${cfg.appealMaxChars} characters`);
  await withTransaction(db, async (tx) => {
    const appeal = await tx.selectFrom('appeals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!appeal || (m.accountId && appeal.account_id !== m.accountId)) throw notFoundError('appeal', id);
    if (appeal.status !== 'open') throw conflictError(`appeal ${id} was already decided (${appeal.status}); the conversation is closed`, 'AppealDecided');
    await tx
      .insertInto('appeal_messages')
      .values({
        id: `apm_${randomUUID()}`,
        appeal_id: id,
        author: m.author,
        kind: m.kind,
        text,
        attachments: JSON.stringify(m.attachments ?? []),
        by_id: m.author === 'reviewer' ? (m.by ?? null) : appeal.account_id,
        created_at: now,
      })
      .execute();
    if (m.author === 'reviewer') {
      const action = appeal.action_id
        ? await tx.selectFrom('enforcement_actions').selectAll().where('id', '=', appeal.action_id).executeTakeFirst()
        : undefined;
      const strike = appeal.strike_id
        ? await tx.selectFrom('enforcement_strikes').selectAll().where('id', '=', appeal.strike_id).executeTakeFirst()
        : undefined;
      await createNotice(
        tx,
        {
          kind: m.kind === 'question' ? 'appeal_question' : 'appeal_reply',
          accountId: appeal.account_id,
          policy: { name: action?.policy ?? strike?.policy ?? 'unknown', version: action?.policy_version ?? strike?.policy_version ?? null },
          action: action ? noticeAction(action) : undefined,
          reason: text,
        },
        { appealId: id },
        cfg,
        now,
      );
    } else if (appeal.case_id) {
      // The reviewer reads the user's words on the appeal's case (one case per appeal, never a new one).
      await cases.openCase(tx, {
        subject: { type: 'account', id: `appeal:${id}`, accountId: appeal.account_id, text },
        source: 'appeal',
        queue: 'appeals',
        reason: `Appeal ${id}: the user added ${m.kind === 'answer' ? 'an answer' : m.kind === 'evidence' ? 'evidence' : 'a statement'}: ${text.slice(0, 300)}`,
        appealId: id,
        severity: 'high',
      });
    }
  });
  return appealConversation(db, id);
}
