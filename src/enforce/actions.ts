// Strikes and enforcement actions: the ladder, the guardrails, and reviewer-applied actions.
// Every change writes its notice and its webhook outbox row in the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { conflictError, notFoundError, validationError } from '../app/errors.ts';
import { type DbOrTx, type Tx, withTransaction } from '../store/db.ts';
import { enqueueOutbox } from '../webhooks/outbox.ts';
import '../trust/tables.ts';
import {
  ACTION_TYPES,
  type ActionType,
  type EnforceConfig,
  type Feature,
  type LadderAction,
  RESTRICTABLE_FEATURES,
  SEVERITIES,
  type Severity,
} from './config.ts';
import { depsOf, type EnforceDeps, type EnforceSettings, settingsOf } from './deps.ts';
import { guardAction, type ReputationVerdict, reputationVerdict, type SignalRef } from './guardrails.ts';
import { type IncidentEvidence, joinIncident, loadIncidents, lockAccount, sameEventStrike } from './incident-store.ts';
import { ladderPosition, planViolation } from './incidents.ts';
import { strikeExpiry, strikePoints } from './ladder.ts';
import type { Notice, NoticeFacts } from './notices/render.ts';
import { createNotice } from './notices/store.ts';
import type { EnforcementActionsTable, EnforcementStrikesTable, EvidenceJson } from './tables.ts';
import './tables.ts';

export type ActionStatus = 'active' | 'proposed' | 'lifted' | 'expired' | 'declined';

export interface Violation {
  accountId: string;
  policy: string;
  policyVersion?: number;
  severity: Severity;
  decisionId?: string;
  subject: { type: string; id: string; text?: string };
  evidence: EvidenceJson;
  signals: SignalRef[];
  /** The policy says: propose actions above a warning to a reviewer instead of applying them. */
  proposeOnly?: boolean;
}

export interface ViolationResult {
  /**
   * case_only: weak evidence alone; a reviewer looks, nothing happens to the account.
   * joined: the same event, or a burst before the user could read the last notice: a reason of the existing strike.
   */
  outcome: 'case_only' | 'strike' | 'action' | 'proposed' | 'joined';
  strikeId?: string;
  action?: { id: string; type: ActionType; status: 'active' | 'proposed' };
  caseId?: string;
  /** The notice the user gets (none when only a case was opened). */
  notice?: Notice;
  /** Reviewer-facing: why an action became a proposal (`engine`: never automatic, or evidence not corroborated). */
  guardrail?: 'weak_signals' | 'reputation' | 'policy' | 'engine';
  /** Why a joined violation added no strike. */
  incident?: 'same_event' | 'burst';
  /** Why the ladder did not move although the points would reach a higher step. */
  held?: 'cooldown' | 'pending_proposal';
}

export interface ActionView {
  id: string;
  accountId: string;
  type: ActionType;
  feature: string | null;
  status: ActionStatus;
  policy: { name: string; version: number | null };
  reason: string;
  evidence: EvidenceJson;
  strikeId: string | null;
  caseId: string | null;
  decisionId: string | null;
  automatic: boolean;
  appliedBy: string | null;
  startsAt: string;
  endsAt: string | null;
  lifted: { at: string; by: string | null; reason: string | null } | null;
  restored: Record<string, unknown> | null;
  appealDeadline: string;
  createdAt: string;
}

export interface StrikeView {
  id: string;
  accountId: string;
  policy: { name: string; version: number | null };
  severity: Severity;
  points: number;
  evidence: EvidenceJson;
  status: 'active' | 'expired' | 'removed';
  createdAt: string;
  expiresAt: string;
  appealDeadline: string;
  decisionId: string | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();
const DAY = 86_400_000;

export function appealDeadline(createdAt: Date | string, cfg: EnforceConfig): string {
  return new Date(new Date(createdAt).getTime() + cfg.appealWindowDays * DAY).toISOString();
}

/** The action as a notice states it. `status` is given when the notice announces a change the row in hand predates. */
export function noticeAction(r: Selectable<EnforcementActionsTable>, status = r.status): NonNullable<NoticeFacts['action']> {
  return {
    id: r.id,
    type: r.type as LadderAction,
    feature: r.feature,
    status,
    startsAt: iso(r.starts_at),
    endsAt: r.ends_at ? iso(r.ends_at) : null,
  };
}

export function toActionView(r: Selectable<EnforcementActionsTable>, cfg: EnforceConfig, now = new Date()): ActionView {
  const expired = r.status === 'active' && r.ends_at != null && new Date(r.ends_at) <= now;
  return {
    id: r.id,
    accountId: r.account_id,
    type: r.type as ActionType,
    feature: r.feature,
    status: (expired ? 'expired' : r.status) as ActionStatus,
    policy: { name: r.policy, version: r.policy_version },
    reason: r.reason,
    evidence: r.evidence,
    strikeId: r.strike_id,
    caseId: r.case_id,
    decisionId: r.decision_id,
    automatic: r.automatic,
    appliedBy: r.applied_by,
    startsAt: iso(r.starts_at),
    endsAt: r.ends_at ? iso(r.ends_at) : null,
    lifted: r.lifted_at ? { at: iso(r.lifted_at), by: r.lifted_by, reason: r.lift_reason } : null,
    restored: r.restored,
    appealDeadline: appealDeadline(r.created_at, cfg),
    createdAt: iso(r.created_at),
  };
}

export function toStrikeView(r: Selectable<EnforcementStrikesTable>, cfg: EnforceConfig, now = new Date()): StrikeView {
  const status = r.status === 'removed' ? 'removed' : new Date(r.expires_at) <= now ? 'expired' : 'active';
  return {
    id: r.id,
    accountId: r.account_id,
    policy: { name: r.policy, version: r.policy_version },
    severity: r.severity as Severity,
    points: r.points,
    evidence: r.evidence,
    status,
    createdAt: iso(r.created_at),
    expiresAt: iso(r.expires_at),
    appealDeadline: appealDeadline(r.created_at, cfg),
    decisionId: r.decision_id,
  };
}

/** Active strikes (one per incident), their points, and the ladder's next step, as a notice shows them. */
export async function strikeStanding(db: DbOrTx, accountId: string, cfg: EnforceConfig, now: Date) {
  const { records } = await loadIncidents(db, accountId, cfg, now);
  const points = records.reduce((sum, r) => sum + r.points, 0);
  const next = cfg.ladder[ladderPosition(records).index + 1];
  return { activePoints: points, activeStrikes: records.length, next: next ? { minPoints: next.minPoints, action: next.action } : null };
}

async function reputationOf(tx: DbOrTx, accountId: string, cfg: EnforceConfig, now: Date): Promise<ReputationVerdict> {
  const a = await tx.selectFrom('accounts').select(['profile', 'total_earned_cents', 'created_at']).where('id', '=', accountId).executeTakeFirst();
  const standing = await strikeStanding(tx, accountId, cfg, now);
  // Badges as trust computed them; a badge the marketplace put on the profile counts too.
  const computed = await tx.selectFrom('account_badges').select('badge').where('account_id', '=', accountId).where('awarded', '=', true).execute();
  const rawBadges = (a?.profile as Record<string, unknown> | undefined)?.badges;
  const given = Array.isArray(rawBadges) ? rawBadges.filter((b): b is string => typeof b === 'string').map((b) => b.toLowerCase().replace(/[\s-]+/g, '_')) : [];
  const badges = [...new Set([...computed.map((b) => b.badge), ...given])];
  return reputationVerdict(
    {
      badges,
      totalEarnedCents: Number(a?.total_earned_cents ?? 0),
      createdAt: a?.created_at ? new Date(a.created_at) : null,
      activeStrikes: standing.activeStrikes,
    },
    cfg,
    now,
  );
}

interface NewAction {
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

async function insertAction(tx: Tx, a: NewAction, cfg: EnforceConfig, now: Date): Promise<Selectable<EnforcementActionsTable>> {
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

async function insertStrike(
  tx: Tx,
  s: {
    accountId: string;
    policy: string;
    policyVersion?: number | null;
    severity: Severity;
    decisionId?: string | null;
    subject?: { type: string; id: string };
    evidence: EvidenceJson;
    signalTypes: string[];
    caseId?: string | null;
    /** A strike behind an action counts at least that action's step on the ladder. */
    minPoints?: number;
  },
  cfg: EnforceConfig,
  now: Date,
) {
  return tx
    .insertInto('enforcement_strikes')
    .values({
      id: `stk_${randomUUID()}`,
      account_id: s.accountId,
      policy: s.policy,
      policy_version: s.policyVersion ?? null,
      severity: s.severity,
      points: Math.max(strikePoints(s.severity, cfg), s.minPoints ?? 0),
      decision_id: s.decisionId ?? null,
      subject_type: s.subject?.type ?? null,
      subject_id: s.subject?.id ?? null,
      evidence: JSON.stringify(s.evidence),
      signal_types: JSON.stringify([...new Set(s.signalTypes)]),
      case_id: s.caseId ?? null,
      status: 'active',
      created_at: now,
      expires_at: strikeExpiry(now, cfg),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

function quoteOf(evidence: EvidenceJson, text?: string): string | undefined {
  if (evidence.quote) return evidence.quote;
  if (text && evidence.spans?.length) return evidence.spans.map((s) => text.slice(s.start, s.end)).join(' … ');
  return text;
}

function validateViolation(v: Violation) {
  if (!v.accountId) throw validationError('/accountId', 'is required');
  if (!v.policy) throw validationError('/policy', 'is required');
  if (!SEVERITIES.includes(v.severity)) throw validationError('/severity', `must be one of ${SEVERITIES.join(', ')}`);
  if (!Array.isArray(v.signals)) throw validationError('/signals', 'must be an array');
}

/**
 * The entry the decision layer calls when a policy finds a violation. The engine applies the
 * fairness rules (incidents.ts) whatever the policy asks: one strike per event and per
 * incident (a burst joins the strike whose notice the user could not have read yet), the
 * ladder moves one step per incident and only after a cool-down, a permanent suspension is
 * never automatic, and holds and suspensions need strong (corroborated) conduct evidence —
 * otherwise they are proposed to a reviewer in a case.
 */
export async function recordViolation(db: DbOrTx, v: Violation, deps: EnforceDeps): Promise<ViolationResult> {
  validateViolation(v);
  const { cfg, now, cases } = depsOf(deps);
  return withTransaction(db, async (tx) => {
    const quote = quoteOf(v.evidence, v.subject.text);
    const caseSubject = { type: v.subject.type, id: v.subject.id, accountId: v.accountId, text: v.subject.text };
    const signals = v.signals.map((s) => ({ type: s.type, strength: s.strength }));
    await lockAccount(tx, v.accountId);
    const { records, rows } = await loadIncidents(tx, v.accountId, cfg, now);
    const same = sameEventStrike(rows, v);
    const reputation = await reputationOf(tx, v.accountId, cfg, now);
    const plan = planViolation(
      records,
      { at: now, severity: v.severity, signals: v.signals, sameEventStrikeId: same?.id },
      { aboveReputationBar: reputation.above, proposeOnly: v.proposeOnly === true },
      cfg,
    );
    if (plan.kind === 'case_only') {
      const caseId = await cases.openCase(tx, {
        subject: caseSubject,
        source: 'detection',
        reason: `${v.policy}: weak signals only; a reviewer decides (no automatic action)`,
        policy: v.policy,
        decisionId: v.decisionId,
        severity: v.severity,
        signals,
      });
      return { outcome: 'case_only', caseId, guardrail: 'weak_signals' };
    }
    if (plan.kind === 'join') {
      const strike = rows.find((r) => r.id === plan.strikeId) as (typeof rows)[number];
      await joinIncident(tx, strike, { ...v, quote }, plan.raiseTo, cfg, now);
      return { outcome: 'joined', strikeId: strike.id, incident: plan.why };
    }
    const step = plan.step;
    const strike = await insertStrike(
      tx,
      {
        ...v,
        subject: v.subject,
        evidence: { ...v.evidence, quote, ...(step ? { ladderStep: step.index } : {}) } as EvidenceJson,
        signalTypes: v.signals.map((s) => s.type),
      },
      cfg,
      now,
    );
    const factsNow = async (): Promise<NoticeFacts> => ({
      kind: 'strike',
      accountId: v.accountId,
      policy: { name: v.policy, version: v.policyVersion ?? null },
      strike: { id: strike.id, expiresAt: iso(strike.expires_at) },
      quote,
      standing: await strikeStanding(tx, v.accountId, cfg, now),
      appealDeadline: appealDeadline(now, cfg),
    });
    if (!step || step.step.action === 'notification') {
      const notice = await createNotice(tx, await factsNow(), { strikeId: strike.id }, cfg, now);
      return { outcome: 'strike', strikeId: strike.id, notice, ...(plan.held ? { held: plan.held } : {}) };
    }
    const type = step.step.action as ActionType;
    const status = step.status === 'applied' ? 'active' : 'proposed';
    let caseId: string | undefined;
    if (status === 'proposed') {
      const why =
        step.why === 'reputation'
          ? `established account (${reputation.reasons.join('; ')})`
          : step.why === 'never_automatic'
            ? 'a permanent suspension is never automatic'
            : step.why === 'uncorroborated'
              ? 'the evidence is not strong and corroborated enough to act without a person'
              : 'the policy asks a reviewer to decide';
      caseId = await cases.openCase(tx, {
        subject: caseSubject,
        source: 'detection',
        reason: `${v.policy}: proposed ${type}${step.step.feature ? ` (${step.step.feature})` : ''} awaits a reviewer: ${why}`,
        policy: v.policy,
        decisionId: v.decisionId,
        severity: v.severity,
        signals,
        priorityBoost: step.why === 'reputation' || step.why === 'never_automatic' ? cfg.guardrailPriorityBoost : undefined,
      });
      await tx.updateTable('enforcement_strikes').set({ case_id: caseId }).where('id', '=', strike.id).execute();
    }
    const action = await insertAction(
      tx,
      {
        accountId: v.accountId,
        type,
        feature: type === 'restriction' ? (step.step.feature ?? 'new_conversations') : null,
        status,
        policy: v.policy,
        policyVersion: v.policyVersion,
        reason: `${v.policy} violation: a new incident after the previous notice moved the account to the ${type} step`,
        evidence: { ...v.evidence, quote },
        strikeId: strike.id,
        caseId,
        decisionId: v.decisionId,
        automatic: true,
        durationDays: step.step.durationDays,
        endsAt: type === 'warning' ? new Date(strike.expires_at) : undefined,
      },
      cfg,
      now,
    );
    // A proposal is the reviewer's business: the user hears about the strike now and about an
    // action only if a person applies it.
    const baseFacts = await factsNow();
    const facts: NoticeFacts = status === 'active' ? { ...baseFacts, kind: 'action', action: noticeAction(action) } : baseFacts;
    const notice = await createNotice(tx, facts, { strikeId: strike.id, actionId: status === 'active' ? action.id : undefined }, cfg, now);
    const guardrail = step.why === 'reputation' ? 'reputation' : step.why === 'policy' ? 'policy' : step.why ? 'engine' : undefined;
    return {
      outcome: status === 'active' ? 'action' : 'proposed',
      strikeId: strike.id,
      action: { id: action.id, type, status },
      caseId,
      notice,
      ...(guardrail ? { guardrail } : {}),
    };
  });
}

/**
 * An action the system (not a reviewer) starts outside the ladder, e.g. a payment hold when
 * identity verification lapses. The same guardrail applies: above the reputation bar it is
 * only proposed, in a high-priority case.
 */
export async function applyAutomaticAction(
  db: DbOrTx,
  a: {
    accountId: string;
    type: ActionType;
    policy: string;
    reason: string;
    evidence?: EvidenceJson;
    durationDays?: number;
    subject: { type: string; id: string };
  },
  deps: EnforceDeps,
): Promise<{ action: ActionView; caseId?: string; notice?: Notice }> {
  const { cfg, now, cases } = depsOf(deps);
  return withTransaction(db, async (tx) => {
    const reputation = await reputationOf(tx, a.accountId, cfg, now);
    const guard = guardAction(a.type, { aboveReputationBar: reputation.above, proposeOnly: false });
    let caseId: string | undefined;
    if (guard.status === 'proposed') {
      caseId = await cases.openCase(tx, {
        subject: { ...a.subject, accountId: a.accountId },
        source: 'detection',
        reason: `${a.policy}: proposed ${a.type} awaits a reviewer: established account (${reputation.reasons.join('; ')}). ${a.reason}`,
        policy: a.policy,
        severity: 'high',
        priorityBoost: cfg.guardrailPriorityBoost,
      });
    }
    const row = await insertAction(
      tx,
      {
        accountId: a.accountId,
        type: a.type,
        status: guard.status,
        policy: a.policy,
        reason: a.reason,
        evidence: a.evidence ?? {},
        caseId,
        automatic: true,
        durationDays: a.durationDays,
      },
      cfg,
      now,
    );
    const notice = guard.status === 'active' ? await actionNotice(tx, row, cfg, now) : undefined;
    return { action: toActionView(row, cfg, now), caseId, notice };
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

function validateApply(a: ApplyActionInput) {
  if (!a.accountId) throw validationError('/accountId', 'is required');
  if (!ACTION_TYPES.includes(a.type)) throw validationError('/type', `must be one of ${ACTION_TYPES.join(', ')}`);
  if (!a.policy) throw validationError('/policy', 'is required');
  if (!a.reason?.trim()) throw validationError('/reason', 'must say why');
  if (a.type === 'restriction' && a.feature && !RESTRICTABLE_FEATURES.includes(a.feature))
    throw validationError('/feature', `must be one of ${RESTRICTABLE_FEATURES.join(', ')}`);
  if (a.durationDays !== undefined && (!Number.isInteger(a.durationDays) || a.durationDays < 1))
    throw validationError('/durationDays', 'must be a whole number of days, at least 1');
  if (a.severity && !SEVERITIES.includes(a.severity)) throw validationError('/severity', `must be one of ${SEVERITIES.join(', ')}`);
}

/** A reviewer applies an action directly: the reviewer is the guardrail, so it takes effect now. */
export async function applyAction(
  db: DbOrTx,
  a: ApplyActionInput,
  deps: EnforceSettings,
): Promise<{ action: ActionView; strikeId: string | null; notice: Notice }> {
  validateApply(a);
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

async function actionNotice(tx: Tx, row: Selectable<EnforcementActionsTable>, cfg: EnforceConfig, now: Date): Promise<Notice> {
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

/** A reviewer accepts an action a guardrail or policy proposed: it starts now. */
export async function activateProposedAction(db: DbOrTx, actionId: string, reviewer: { id: string }, deps: EnforceSettings) {
  const { cfg, now } = settingsOf(deps);
  return withTransaction(db, async (tx) => {
    const row = await tx.selectFrom('enforcement_actions').selectAll().where('id', '=', actionId).forUpdate().executeTakeFirst();
    if (!row) throw notFoundError('action', actionId);
    if (row.status !== 'proposed') throw conflictError(`action ${actionId} is ${row.status}, not proposed`, 'ActionNotProposed');
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
  const keep = (item: string) => {
    if (item === 'account_access') return !others.some((a) => TAKES_ACCESS.has(a.type));
    if (item === 'payments') return !others.some((a) => TAKES_PAYMENTS.has(a.type));
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
  /** Skip the identity check before releasing a hold (the verification itself lifts it). */
  skipVerification?: boolean;
}

export type LiftResult =
  | { lifted: true; action: ActionView; notice?: Notice; restored: string[]; remaining?: string[] }
  | { lifted: false; action: ActionView; verificationId: string };

/**
 * Lifts an active (or declines a proposed) action. A payment hold first asks for identity
 * verification when the account has none recent, and lifts when it is approved.
 */
export async function liftAction(db: DbOrTx, actionId: string, o: LiftOptions, deps: EnforceDeps): Promise<LiftResult> {
  if (!o.reason?.trim()) throw validationError('/reason', 'must say why');
  const { cfg, now } = depsOf(deps);
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
    if (row.type === 'payment_hold' && cfg.verifyBeforeLiftingHold && !o.overturn && !o.skipVerification) {
      const { needsVerificationBeforeLift, requestVerification } = await import('./verification.ts');
      if (await needsVerificationBeforeLift(tx, row.account_id, cfg, now)) {
        const v = await requestVerification(tx, { accountId: row.account_id, reason: o.reason, trigger: 'hold_lift', holdActionId: row.id }, { ...deps, now });
        return { lifted: false, action: toActionView(row, cfg, now), verificationId: v.id };
      }
    }
    const strikeRemoved = !!(o.overturn && row.strike_id);
    if (strikeRemoved) await removeStrike(tx, row.strike_id as string, o.reason, now);
    const restoration = await truthfulRestoration(tx, row, strikeRemoved, now);
    const wasActive = row.status === 'active' && !(row.ends_at && new Date(row.ends_at) <= now);
    const updated = await tx
      .updateTable('enforcement_actions')
      .set({
        status: 'lifted',
        lifted_at: now,
        lifted_by: o.by,
        lift_reason: o.reason.trim(),
        restored: JSON.stringify({ items: restoration.items, ...restoration.detail }),
      })
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
    return { lifted: true, action: toActionView(updated, cfg, now), notice, restored: restoration.items, remaining: restoration.remaining };
  });
}

export async function removeStrike(tx: Tx, strikeId: string, reason: string, now: Date): Promise<void> {
  const removed = await tx
    .updateTable('enforcement_strikes')
    .set({ status: 'removed', removed_at: now, removed_reason: reason })
    .where('id', '=', strikeId)
    .where('status', '=', 'active')
    .returning(['decision_id', 'evidence'])
    .executeTakeFirst();
  if (!removed) return;
  // An overturned decision no longer counts toward a policy's repeat counters.
  const evidence = removed.evidence as IncidentEvidence;
  const decisions = [removed.decision_id, ...(evidence?.reasons ?? []).map((r) => r.decisionId)].filter((d): d is string => !!d);
  if (decisions.length) await tx.deleteFrom('decision_rules').where('decision_id', 'in', decisions).execute();
}

/**
 * Sweep: marks timed actions whose end has passed as expired and tells the marketplace
 * (`action.lifted` with reason `expired`) and the user. Schedule it every few minutes.
 */
export async function expireActions(db: DbOrTx, now: Date, deps: EnforceSettings): Promise<{ expired: number }> {
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
    return { expired: due.length };
  });
}
