// Enforcement actions: inserting one (with its action.applied webhook), a reviewer applying,
// approving or lifting one, what lifting restores, and the expiry sweep. Every change writes
// its notice and its webhook outbox row in the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { conflictError, forbiddenError, notFoundError, validationError } from '../app/errors.ts';
import { type DbOrTx, type Tx, withTransaction } from '../store/db.ts';
import { enqueueOutbox } from '../webhooks/outbox.ts';
import { ACTION_TYPES, type ActionType, type EnforceConfig, type Feature, RESTRICTABLE_FEATURES } from './config.ts';
import { requirePermanentConfirmation } from './confirm.ts';
import { type EnforceSettings, settingsOf } from './deps.ts';
import type { Notice } from './notices/render.ts';
import { createNotice } from './notices/store.ts';
import type { EnforcementActionsTable, EvidenceJson } from './tables.ts';
import './tables.ts';
import { SEVERITIES, type Severity } from '../policy/schema.ts';
import { type ReleasedContent, releaseHeldContent } from './held.ts';
import { insertStrike, removeStrike, strikeStanding } from './strikes.ts';
import { type ActionView, appealDeadline, DAY, iso, noticeAction, toActionView } from './views.ts';

export interface NewAction {
  accountId: string;
  type: ActionType;
  feature?: string | null;
  status: 'active' | 'proposed';
  policy: string;
  policyVersion?: number | null;
  reason: string;
  evidence: EvidenceJson;
  strikeId?: string | null;
  caseId?: string | null;
  decisionId?: string | null;
  automatic: boolean;
  appliedBy?: string | null;
  durationDays?: number;
  endsAt?: Date | null;
}

export async function insertAction(tx: Tx, a: NewAction, cfg: EnforceConfig, now: Date): Promise<Selectable<EnforcementActionsTable>> {
  const endsAt = a.endsAt !== undefined ? a.endsAt : a.durationDays ? new Date(now.getTime() + a.durationDays * DAY) : null;
  const row = await tx
    .insertInto('enforcement_actions')
    .values({
      id: `act_${randomUUID()}`,
      account_id: a.accountId,
      type: a.type,
      feature: a.feature ?? null,
      status: a.status,
      policy: a.policy,
      policy_version: a.policyVersion ?? null,
      reason: a.reason,
      evidence: JSON.stringify(a.evidence),
      strike_id: a.strikeId ?? null,
      case_id: a.caseId ?? null,
      decision_id: a.decisionId ?? null,
      automatic: a.automatic,
      applied_by: a.appliedBy ?? null,
      starts_at: now,
      ends_at: endsAt,
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (a.status === 'active') await announceApplied(tx, row, cfg);
  return row;
}

async function announceApplied(tx: Tx, row: Selectable<EnforcementActionsTable>, cfg: EnforceConfig) {
  const v = toActionView(row, cfg);
  await enqueueOutbox(tx, 'action.applied', `action.applied:${row.id}`, {
    actionId: v.id,
    accountId: v.accountId,
    type: v.type,
    feature: v.feature,
    policy: v.policy,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    automatic: v.automatic,
    strikeId: v.strikeId,
    caseId: v.caseId,
    decisionId: v.decisionId,
    appealDeadline: v.appealDeadline,
  });
}

export interface ApplyActionInput {
  accountId: string;
  type: ActionType;
  policy: string;
  policyVersion?: number;
  reason: string;
  evidence?: EvidenceJson;
  feature?: Feature;
  durationDays?: number;
  caseId?: string;
  reviewerId?: string;
  /** Also record a strike of this severity (a warning always records one, `low` by default). */
  severity?: Severity;
  subject?: { type: string; id: string };
}

/** `base` prefixes the action's own fields' pointers: '/action' when it comes inside a case resolution. */
function validateApply(a: ApplyActionInput, base = '') {
  if (!a.accountId) throw validationError('/accountId', 'is required');
  if (!ACTION_TYPES.includes(a.type)) throw validationError(`${base}/type`, `must be one of ${ACTION_TYPES.join(', ')}`);
  if (!a.policy) throw validationError(`${base}/policy`, 'is required');
  if (!a.reason?.trim()) throw validationError('/reason', 'must say why');
  if (a.type === 'restriction' && a.feature && !RESTRICTABLE_FEATURES.includes(a.feature))
    throw validationError(`${base}/feature`, `must be one of ${RESTRICTABLE_FEATURES.join(', ')}`);
  if (a.durationDays !== undefined && (!Number.isInteger(a.durationDays) || a.durationDays < 1 || a.durationDays > MAX_DURATION_DAYS))
    throw validationError(`${base}/durationDays`, `must be a whole number of days, from 1 to ${MAX_DURATION_DAYS}`);
  if (a.severity && !SEVERITIES.includes(a.severity)) throw validationError(`${base}/severity`, `must be one of ${SEVERITIES.join(', ')}`);
}

/** The longest timed action, in days (ten years; the routes' schemas say the same). */
export const MAX_DURATION_DAYS = 3650;

/** A reviewer applies an action directly: the reviewer is the guardrail, so it takes effect now. */
export async function applyAction(
  db: DbOrTx,
  a: ApplyActionInput,
  deps: EnforceSettings,
  opts: { pointerBase?: string } = {},
): Promise<{ action: ActionView; strikeId: string | null; notice: Notice }> {
  validateApply(a, opts.pointerBase);
  const { cfg, now } = settingsOf(deps);
  return withTransaction(db, async (tx) => {
    const evidence = a.evidence ?? {};
    const severity = a.severity ?? (a.type === 'warning' ? 'low' : undefined);
    const strike = severity
      ? await insertStrike(
          tx,
          {
            accountId: a.accountId,
            policy: a.policy,
            policyVersion: a.policyVersion,
            severity,
            subject: a.subject,
            evidence,
            signalTypes: [],
            caseId: a.caseId,
            // A reviewer's warning is worth a warning on the ladder, so the notice's "next step" reads right.
            minPoints: cfg.ladder.find((step) => step.action === a.type)?.minPoints,
          },
          cfg,
          now,
        )
      : null;
    const row = await insertAction(
      tx,
      {
        accountId: a.accountId,
        type: a.type,
        feature: a.type === 'restriction' ? (a.feature ?? 'new_conversations') : null,
        status: 'active',
        policy: a.policy,
        policyVersion: a.policyVersion,
        reason: a.reason.trim(),
        evidence,
        strikeId: strike?.id,
        caseId: a.caseId,
        automatic: false,
        appliedBy: a.reviewerId,
        durationDays: a.type === 'permanent_suspension' ? undefined : a.durationDays,
        endsAt: a.type === 'warning' && strike ? new Date(strike.expires_at) : undefined,
      },
      cfg,
      now,
    );
    const notice = await actionNotice(tx, row, cfg, now);
    return { action: toActionView(row, cfg, now), strikeId: strike?.id ?? null, notice };
  });
}

export async function actionNotice(tx: Tx, row: Selectable<EnforcementActionsTable>, cfg: EnforceConfig, now: Date): Promise<Notice> {
  const strike = row.strike_id ? await tx.selectFrom('enforcement_strikes').selectAll().where('id', '=', row.strike_id).executeTakeFirst() : undefined;
  return createNotice(
    tx,
    {
      kind: 'action',
      accountId: row.account_id,
      policy: { name: row.policy, version: row.policy_version },
      action: noticeAction(row),
      strike: strike ? { id: strike.id, expiresAt: iso(strike.expires_at) } : undefined,
      quote: row.evidence?.quote,
      standing: await strikeStanding(tx, row.account_id, cfg, now),
      appealDeadline: appealDeadline(row.created_at, cfg),
    },
    { actionId: row.id, strikeId: row.strike_id ?? undefined },
    cfg,
    now,
  );
}

/**
 * A reviewer accepts an action a guardrail or policy proposed: it starts now. A proposed
 * permanent suspension needs `confirm.value` = the account id, as applying one directly does
 * (409 ConfirmationRequired naming `confirm.pointer` otherwise, nothing changed).
 */
export async function activateProposedAction(
  db: DbOrTx,
  actionId: string,
  reviewer: { id: string },
  deps: EnforceSettings,
  confirm: { value: unknown; pointer: string },
) {
  const { cfg, now } = settingsOf(deps);
  return withTransaction(db, async (tx) => {
    const row = await tx.selectFrom('enforcement_actions').selectAll().where('id', '=', actionId).forUpdate().executeTakeFirst();
    if (!row) throw notFoundError('action', actionId);
    if (row.status !== 'proposed') throw conflictError(`action ${actionId} is ${row.status}, not proposed`, 'ActionNotProposed');
    // A reviewer's own proposal (applied_by holds the proposer until it is approved) needs a second person.
    if (row.applied_by && row.applied_by === reviewer.id)
      throw forbiddenError(`action ${actionId} was proposed by you: another reviewer or an admin approves it`);
    requirePermanentConfirmation(row.type, row.account_id, confirm.value, confirm.pointer);
    const duration = row.ends_at ? new Date(row.ends_at).getTime() - new Date(row.starts_at).getTime() : null;
    const updated = await tx
      .updateTable('enforcement_actions')
      .set({ status: 'active', applied_by: reviewer.id, starts_at: now, ends_at: duration ? new Date(now.getTime() + duration) : null, created_at: now })
      .where('id', '=', actionId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await announceApplied(tx, updated, cfg);
    const notice = await actionNotice(tx, updated, cfg, now);
    return { action: toActionView(updated, cfg, now), notice };
  });
}

export async function getAction(db: DbOrTx, id: string, deps: EnforceSettings): Promise<ActionView> {
  const { cfg, now } = settingsOf(deps);
  const row = await db.selectFrom('enforcement_actions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFoundError('action', id);
  return toActionView(row, cfg, now);
}

/** What lifting an action gives back, for the notice, the webhook and the record. */
export function restorationFor(type: string, feature: string | null, strikeRemoved: boolean): { items: string[]; detail: Record<string, unknown> } {
  const items: string[] = [];
  const detail: Record<string, unknown> = {};
  if (strikeRemoved) items.push('strike');
  if (type === 'restriction') {
    items.push('features');
    detail.features = [feature ?? 'new_conversations'];
  }
  if (type === 'payment_hold' || type === 'suspension' || type === 'permanent_suspension') {
    items.push('payments');
    detail.payments = 'release_held';
  }
  if (type === 'suspension' || type === 'permanent_suspension') {
    items.push('account_access');
    detail.accountAccess = true;
  }
  if (type !== 'warning') {
    // Badges the marketplace removed because of this action (e.g. Top Rated after a hold).
    items.push('badges');
    detail.badges = 'restore_removed_by_action';
  }
  return { items, detail };
}

const TAKES_ACCESS = new Set(['suspension', 'permanent_suspension']);

const TAKES_PAYMENTS = new Set(['payment_hold', 'suspension', 'permanent_suspension']);

/**
 * What lifting this action really gives back, given the account's other active actions: a
 * notice never promises access while another suspension still stands. `remaining` lists
 * what stays in force.
 */
async function truthfulRestoration(tx: Tx, row: Selectable<EnforcementActionsTable>, strikeRemoved: boolean, now: Date) {
  const others = (
    await tx
      .selectFrom('enforcement_actions')
      .selectAll()
      .where('account_id', '=', row.account_id)
      .where('status', '=', 'active')
      .where('id', '<>', row.id)
      .execute()
  ).filter((a) => !a.ends_at || new Date(a.ends_at) > now);
  const full = restorationFor(row.type, row.feature, strikeRemoved);
  const stillRestricted = (feature: string) => others.some((a) => TAKES_ACCESS.has(a.type) || (a.type === 'restriction' && a.feature === feature));
  // Payments are given back only to an account that has payments (as payee or payer) to hold.
  const paid =
    full.items.includes('payments') &&
    !!(await tx
      .selectFrom('payments')
      .select('event_id')
      .where((eb) => eb.or([eb('freelancer_id', '=', row.account_id), eb('client_id', '=', row.account_id)]))
      .limit(1)
      .executeTakeFirst());
  const keep = (item: string) => {
    if (item === 'account_access') return !others.some((a) => TAKES_ACCESS.has(a.type));
    if (item === 'payments') return paid && !others.some((a) => TAKES_PAYMENTS.has(a.type));
    if (item === 'features') return !stillRestricted(row.feature ?? 'new_conversations');
    if (item === 'badges') return !others.some((a) => a.type !== 'warning');
    return true;
  };
  const items = full.items.filter(keep);
  const detail: Record<string, unknown> = {};
  if (items.includes('features')) detail.features = full.detail.features;
  if (items.includes('payments')) detail.payments = full.detail.payments;
  if (items.includes('account_access')) detail.accountAccess = true;
  if (items.includes('badges')) detail.badges = full.detail.badges;
  return { items, detail, remaining: [...new Set(others.map((a) => a.type))] };
}

export interface LiftOptions {
  reason: string;
  by: string;
  /** Set by an appeal overturn: also remove the strike and notify as an overturn. */
  overturn?: { appealId: string };
}

export type LiftResult =
  | { lifted: true; action: ActionView; notice?: Notice; restored: string[]; remaining?: string[]; released?: ReleasedContent[] }
  | { lifted: false; action: ActionView; verificationId: string };

/**
 * Lifts an active (or declines a proposed) action. A reviewer's lift of a payment hold goes
 * through verification's liftActionAfterVerification, which may ask for identity first; an
 * overturn and an approved verification come here directly.
 */
export async function liftAction(db: DbOrTx, actionId: string, o: LiftOptions, deps: EnforceSettings): Promise<LiftResult> {
  if (!o.reason?.trim()) throw validationError('/reason', 'must say why');
  const { cfg, now } = settingsOf(deps);
  return withTransaction(db, async (tx) => {
    const row = await tx.selectFrom('enforcement_actions').selectAll().where('id', '=', actionId).forUpdate().executeTakeFirst();
    if (!row) throw notFoundError('action', actionId);
    if (row.status === 'proposed') {
      const declined = await tx
        .updateTable('enforcement_actions')
        .set({ status: 'declined', lifted_at: now, lifted_by: o.by, lift_reason: o.reason.trim() })
        .where('id', '=', actionId)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (o.overturn && row.strike_id) await removeStrike(tx, row.strike_id, o.reason, now);
      return { lifted: true, action: toActionView(declined, cfg, now), restored: o.overturn && row.strike_id ? ['strike'] : [] };
    }
    if (row.status !== 'active' && !(o.overturn && row.status === 'expired'))
      throw conflictError(`action ${actionId} is ${row.status}; only an active action can be lifted`, 'ActionNotActive');
    const strikeRemoved = !!(o.overturn && row.strike_id);
    if (strikeRemoved) await removeStrike(tx, row.strike_id as string, o.reason, now);
    const restoration = await truthfulRestoration(tx, row, strikeRemoved, now);
    // An overturn says the action was wrong: what it held goes out (unless a suspension still stands).
    const released = o.overturn ? await releaseHeldContent(tx, actionId, 'appeal_overturned', now) : [];
    if (released.length) {
      restoration.items.push('held_content');
      restoration.detail.heldContent = released;
    }
    const wasActive = row.status === 'active' && !(row.ends_at && new Date(row.ends_at) <= now);
    await tx
      .updateTable('enforcement_actions')
      .set({ status: 'lifted', lifted_at: now, lifted_by: o.by, lift_reason: o.reason.trim() })
      .where('id', '=', actionId)
      .execute();
    // Badges come back only when trust, recomputed without this action, awards them again:
    // never a badge the account did not hold (without trust's answer, none is promised).
    if (restoration.items.includes('badges')) {
      const change = await deps.accountChanged?.(tx, row.account_id, 'enforcement:lift', now);
      const badges = change?.badgesAwarded ?? [];
      if (badges.length) restoration.detail.badges = badges;
      else {
        restoration.items.splice(restoration.items.indexOf('badges'), 1);
        delete restoration.detail.badges;
      }
    }
    const updated = await tx
      .updateTable('enforcement_actions')
      .set({ restored: JSON.stringify({ items: restoration.items, ...restoration.detail }) })
      .where('id', '=', actionId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await enqueueOutbox(tx, 'action.lifted', `action.lifted:${actionId}`, {
      actionId,
      accountId: row.account_id,
      type: row.type,
      feature: row.feature,
      policy: { name: row.policy, version: row.policy_version },
      reason: o.overturn ? 'appeal_overturned' : 'lifted',
      appealId: o.overturn?.appealId ?? null,
      wasActive,
      restore: restoration.detail,
      strikeRemoved: strikeRemoved ? row.strike_id : null,
      liftedAt: now.toISOString(),
    });
    let notice: Notice | undefined;
    // An overturn sends its own notice (appeals.ts); a plain lift sends this one.
    if (!o.overturn) {
      notice = await createNotice(
        tx,
        {
          kind: 'action_lifted',
          accountId: row.account_id,
          policy: { name: row.policy, version: row.policy_version },
          action: noticeAction(row, 'lifted'),
          reason: o.reason.trim(),
          restored: restoration.items,
          remaining: restoration.remaining,
          standing: await strikeStanding(tx, row.account_id, cfg, now),
        },
        { actionId },
        cfg,
        now,
      );
    }
    return { lifted: true, action: toActionView(updated, cfg, now), notice, restored: restoration.items, remaining: restoration.remaining, released };
  });
}

/**
 * Sweep: marks timed actions whose end has passed as expired and tells the marketplace
 * (`action.lifted` with reason `expired`) and the user. Schedule it every few minutes.
 */
export async function expireActions(db: DbOrTx, now: Date, deps: EnforceSettings): Promise<{ expired: number; accountIds: string[] }> {
  const cfg = deps.config;
  return withTransaction(db, async (tx) => {
    const due = await tx
      .selectFrom('enforcement_actions')
      .selectAll()
      .where('status', '=', 'active')
      .where('ends_at', '<=', now)
      .orderBy('ends_at')
      .limit(500)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const row of due) {
      await tx.updateTable('enforcement_actions').set({ status: 'expired' }).where('id', '=', row.id).execute();
      if (row.type === 'warning') continue; // a warning "ends" when its strike stops counting: nothing to restore
      const restoration = restorationFor(row.type, row.feature, false);
      await enqueueOutbox(tx, 'action.lifted', `action.lifted:${row.id}`, {
        actionId: row.id,
        accountId: row.account_id,
        type: row.type,
        feature: row.feature,
        policy: { name: row.policy, version: row.policy_version },
        reason: 'expired',
        restore: restoration.detail,
        liftedAt: new Date(row.ends_at as Date).toISOString(),
      });
      await createNotice(
        tx,
        {
          kind: 'action_expired',
          accountId: row.account_id,
          policy: { name: row.policy, version: row.policy_version },
          action: noticeAction(row, 'expired'),
        },
        { actionId: row.id },
        cfg,
        now,
      );
    }
    return { expired: due.length, accountIds: [...new Set(due.map((r) => r.account_id))] };
  });
}
