// Enforcement as the rest of Warden sees it: one EnforcementService, built once in the
// composition root (app/wiring.ts) with its settings, the cases port and the metrics registry.
// Each method passes those to the operation that does the work (actions, appeals,
// verification, standing), so the operations stay plain functions of (db, input, deps).

import { Counter, type Registry } from 'prom-client';
import { type Clock, systemClock } from '../app/clock.ts';
import { invalidFieldsError, validationError } from '../app/errors.ts';
import type { Severity } from '../policy/schema.ts';
import { type DbOrTx, type Tx, withTransaction } from '../store/db.ts';
import { type ApplyActionInput, activateProposedAction, applyAction, expireActions, getAction, type LiftOptions, liftAction } from './actions.ts';
import { type AppealDecision, type AppealInput, type AppealMessageInput, addAppealMessage, appealConversation, createAppeal, decideAppeal } from './appeals.ts';
import { ACTION_TYPES, type ActionType, type EnforceConfig, type Feature } from './config.ts';
import { requirePermanentConfirmation } from './confirm.ts';
import type { AccountChanged, AwardedBadges, CaseDesk, EnforceDeps } from './deps.ts';
import { type ContentHoldQuery, contentHold, recordHeldContent } from './held.ts';
import { type AskGuidanceFacts, renderAskGuidance } from './notices/render.ts';
import { type PayoutHoldInput, recordPayoutHold } from './payout-holds.ts';
import { getStanding } from './standing.ts';
import {
  addVerificationDocument,
  decideVerification,
  expireVerifications,
  liftActionAfterVerification,
  purgeVerificationDocuments,
  requestRecurringVerifications,
  requestVerification,
  type VerificationRequestInput,
} from './verification.ts';
import { applyAutomaticAction, proposeReviewerAction, recordViolation, type Violation } from './violations.ts';

function createEnforceMetrics(registry: Registry) {
  return {
    appealsOverturned: new Counter({
      name: 'warden_appeals_overturned_total',
      help: 'Appeals decided as overturned (false positives), by policy',
      labelNames: ['policy'] as const,
      registers: [registry],
    }),
    appealsDecided: new Counter({
      name: 'warden_appeals_decided_total',
      help: 'Appeals decided, by policy and outcome',
      labelNames: ['policy', 'outcome'] as const,
      registers: [registry],
    }),
    webhookDeliveries: new Counter({
      name: 'warden_webhook_deliveries_total',
      help: 'Webhook delivery attempts by topic and result',
      labelNames: ['topic', 'result'] as const,
      registers: [registry],
    }),
  };
}

/** What enforcement sees of a case a reviewer resolves with an action. */
export interface CaseForAction {
  id: string;
  subject: { type: string; id: string; accountId: string; text: string | null };
  policy: string | null;
  policies: string[];
  appealId: string | null;
}

/** `{ actionId, ...ids of what was decided }`, stored as the case's resolution. */
export type CaseActionResult = { actionId: string; [k: string]: unknown };

export class EnforcementService {
  private readonly metrics: ReturnType<typeof createEnforceMetrics>;

  constructor(
    readonly config: EnforceConfig,
    private readonly cases: CaseDesk,
    registry: Registry,
    private readonly accountChanged: AccountChanged = async () => undefined,
    /** The time strikes, actions, expiries and deadlines are judged by (a simulated one in the simulator). */
    private readonly clock: Clock = systemClock,
    /** Trust's badges for the reputation guardrail (deps.ts AwardedBadges). */
    private readonly awardedBadges?: AwardedBadges,
  ) {
    this.metrics = createEnforceMetrics(registry);
  }

  /** Runs `op` in a transaction, then tells `accountChanged` about the accounts it names. */
  private async changing<T>(db: DbOrTx, cause: string, op: (tx: Tx) => Promise<T>, accounts: (r: T) => string[], at?: Date): Promise<T> {
    return withTransaction(db, async (tx) => {
      const r = await op(tx);
      // Trust is judged as of now, or the event's time when it is later (events may be up to a day ahead).
      const now = this.clock.now();
      const asOf = at && at > now ? at : now;
      for (const id of new Set(accounts(r))) await this.accountChanged(tx, id, cause, asOf);
      return r;
    });
  }

  /** The dependencies every operation gets; `now` pins the clock (tests, sweeps). */
  deps(now?: Date): EnforceDeps {
    return { config: this.config, cases: this.cases, now: now ?? this.clock.now(), accountChanged: this.accountChanged, awardedBadges: this.awardedBadges };
  }

  recordViolation(db: DbOrTx, v: Violation, o: { now?: Date } = {}) {
    return this.changing(
      db,
      'enforcement:strike',
      (tx) => recordViolation(tx, v, this.deps(o.now)),
      (r) => (r.outcome === 'case_only' ? [] : [v.accountId]),
      o.now,
    );
  }
  applyAction(db: DbOrTx, a: ApplyActionInput) {
    return this.changing(
      db,
      `enforcement:${a.type}`,
      (tx) => applyAction(tx, a, this.deps()),
      () => [a.accountId],
    );
  }
  proposeReviewerAction(db: DbOrTx, a: Parameters<typeof proposeReviewerAction>[1]) {
    return this.changing(
      db,
      `enforcement:proposed`,
      (tx) => proposeReviewerAction(tx, a, this.deps()),
      () => [a.accountId],
    );
  }
  applyAutomaticAction(db: DbOrTx, a: Parameters<typeof applyAutomaticAction>[1]) {
    return this.changing(
      db,
      `enforcement:${a.type}`,
      (tx) => applyAutomaticAction(tx, a, this.deps()),
      () => [a.accountId],
    );
  }
  /** `confirm`: the account id typed again, required when the proposal is a permanent suspension (pointer /confirm). */
  activateProposedAction(db: DbOrTx, actionId: string, reviewer: { id: string }, confirm?: string) {
    return this.changing(
      db,
      'enforcement:approved',
      (tx) => activateProposedAction(tx, actionId, reviewer, this.deps(), { value: confirm, pointer: '/confirm' }),
      (r) => [r.action.accountId],
    );
  }
  getAction(db: DbOrTx, id: string) {
    return getAction(db, id, this.deps());
  }
  /** A reviewer lifts an action; a payment hold may first ask for identity verification. */
  liftAction(db: DbOrTx, actionId: string, o: LiftOptions) {
    return this.changing(
      db,
      'enforcement:lifted',
      (tx) => liftActionAfterVerification(tx, actionId, o, this.deps()),
      (r) => [r.action.accountId],
    );
  }
  expireActions(db: DbOrTx, now = this.clock.now()) {
    return this.changing(
      db,
      'enforcement:expired',
      (tx) => expireActions(tx, now, this.deps()),
      (r) => r.accountIds,
    );
  }
  /** The action in force that holds this content (suspended or restricted sender), with the sender's inline notice. */
  contentHold(db: DbOrTx, q: ContentHoldQuery) {
    return contentHold(db, q, this.config);
  }
  recordHeldContent(tx: Tx, h: Parameters<typeof recordHeldContent>[1]) {
    return recordHeldContent(tx, h);
  }
  /** The guidance for the person asked to move off the platform, in their language (notices/render.ts). */
  askGuidance(f: AskGuidanceFacts, locale: string | null | undefined) {
    return renderAskGuidance(f, locale, this.config);
  }
  /** Records the policy's notice for a payout held for a reviewer (payout-holds.ts); the standing shows the hold while its case is open. */
  recordPayoutHold(tx: Tx, h: PayoutHoldInput) {
    return recordPayoutHold(tx, h, this.config);
  }
  standing(db: DbOrTx, accountId: string, o: { locale?: string; maskQuote?: (quote: string) => string } = {}) {
    return getStanding(db, accountId, { ...this.deps(), ...o });
  }
  createAppeal(db: DbOrTx, input: AppealInput) {
    return createAppeal(db, input, this.deps());
  }
  /** The appeal with its conversation (statements, evidence, questions, answers). */
  appealConversation(db: DbOrTx, id: string) {
    return appealConversation(db, id);
  }
  /** Adds a user's statement/evidence/answer or a reviewer's question/reply to an open appeal. */
  addAppealMessage(db: DbOrTx, id: string, m: AppealMessageInput) {
    return addAppealMessage(db, id, m, this.deps());
  }
  /** Decides an appeal through the appeals API and counts it. */
  async decideAppeal(db: DbOrTx, id: string, d: AppealDecision) {
    const r = await this.changing(
      db,
      `appeal:${d.outcome}`,
      (tx) => decideAppeal(tx, id, d, this.deps()),
      (x) => [x.appeal.accountId],
    );
    this.countAppeal(r.policy, d.outcome);
    return r;
  }
  requestVerification(db: DbOrTx, input: VerificationRequestInput) {
    return requestVerification(db, input, this.deps());
  }
  addVerificationDocument(db: DbOrTx, verificationId: string, doc: Parameters<typeof addVerificationDocument>[2], key: Buffer) {
    return addVerificationDocument(db, verificationId, doc, key, this.deps());
  }
  decideVerification(db: DbOrTx, id: string, d: Parameters<typeof decideVerification>[2]) {
    return this.changing(
      db,
      'verification:decided',
      (tx) => decideVerification(tx, id, d, this.deps()),
      (r) => [r.verification.accountId],
    );
  }
  async expireActionsAndVerifications(db: DbOrTx, now = this.clock.now()) {
    return { ...(await this.expireActions(db, now)), ...(await this.expireVerifications(db, now)) };
  }
  expireVerifications(db: DbOrTx, now = this.clock.now()) {
    return this.changing(
      db,
      'verification:expired',
      async (tx) => {
        const r = await expireVerifications(tx, now, this.deps(now));
        const held = r.holds.length ? await tx.selectFrom('enforcement_actions').select('account_id').where('id', 'in', r.holds).execute() : [];
        return { ...r, accountIds: held.map((h) => h.account_id) };
      },
      (r) => r.accountIds,
    );
  }
  requestRecurringVerifications(db: DbOrTx, now = this.clock.now()) {
    return requestRecurringVerifications(db, now, this.deps(now));
  }
  purgeVerificationDocuments(db: DbOrTx, now = this.clock.now()) {
    return purgeVerificationDocuments(db, now, this.deps(now));
  }

  private countAppeal(policy: string, outcome: 'upheld' | 'overturned') {
    this.metrics.appealsDecided.inc({ policy, outcome });
    if (outcome === 'overturned') this.metrics.appealsOverturned.inc({ policy });
  }

  /**
   * Applies what a reviewer chose when resolving a case, in the resolution's transaction:
   * - `{ type: 'overturn' | 'uphold', appealId?, reason? }` on an appeal case;
   * - `{ type: 'approve_verification' | 'reject_verification', verificationId?, reason? }` on a verification case;
   * - `{ type: 'approve_proposed', actionId? }` (or the proposed action's own type) on a case holding a proposal;
   * - `{ type: 'lift', actionId }`;
   * - `{ type: warning|restriction|payment_hold|suspension|permanent_suspension, feature?, durationDays?, severity?, policy? }`.
   */
  async applyCaseAction(
    tx: Tx,
    kase: CaseForAction,
    action: { type: string; [k: string]: unknown },
    reviewer: { id: string; name: string },
  ): Promise<CaseActionResult> {
    return this.changing(
      tx,
      `enforcement:${action.type}`,
      (t) => this.caseAction(t, kase, action, reviewer),
      () => [kase.subject.accountId],
    );
  }

  private async caseAction(
    tx: Tx,
    kase: CaseForAction,
    action: { type: string; [k: string]: unknown },
    reviewer: { id: string; name: string },
  ): Promise<CaseActionResult> {
    const deps = this.deps();
    checkCaseActionFields(action);
    const reason = typeof action.reason === 'string' && action.reason.trim() ? action.reason : `resolved case ${kase.id}`;
    if (action.type === 'overturn' || action.type === 'uphold') {
      const appealId = (action.appealId as string | undefined) ?? kase.appealId;
      if (!appealId) throw validationError('/action/appealId', 'this case has no appeal');
      const appeal = await tx.selectFrom('appeals').select(['status', 'action_id', 'strike_id', 'account_id']).where('id', '=', appealId).executeTakeFirst();
      // A case decides only its own subject's appeals: another account's is not reachable from here.
      if (appeal && appeal.account_id !== kase.subject.accountId)
        throw validationError('/action/appealId', `belongs to another account than this case's subject`);
      const outcome = action.type === 'overturn' ? 'overturned' : 'upheld';
      // Decided through POST /v1/appeals/{id}/decide, which closes the case with this same call.
      if (appeal && appeal.status !== 'open') return { actionId: appeal.action_id ?? appeal.strike_id ?? appealId, appealId };
      const r = await decideAppeal(tx, appealId, { outcome, reason, by: reviewer }, deps, { fromCase: true });
      this.countAppeal(r.policy, outcome);
      return { actionId: r.appeal.actionId ?? r.appeal.strikeId ?? appealId, appealId };
    }
    if (action.type === 'approve_verification' || action.type === 'reject_verification') {
      const id =
        (action.verificationId as string | undefined) ??
        (await tx.selectFrom('verification_requests').select('id').where('case_id', '=', kase.id).executeTakeFirst())?.id;
      if (!id) throw validationError('/action/verificationId', 'this case has no verification');
      const owner = await tx.selectFrom('verification_requests').select('account_id').where('id', '=', id).executeTakeFirst();
      if (owner && owner.account_id !== kase.subject.accountId)
        throw validationError('/action/verificationId', `belongs to another account than this case's subject`);
      const r = await decideVerification(tx, id, { outcome: action.type === 'approve_verification' ? 'approved' : 'rejected', reason, by: reviewer.id }, deps);
      return { actionId: r.liftedHold ?? id, verificationId: id };
    }
    const proposed = await tx
      .selectFrom('enforcement_actions')
      .select(['id', 'type'])
      .where('status', '=', 'proposed')
      .where('account_id', '=', kase.subject.accountId)
      .where((eb) => (typeof action.actionId === 'string' ? eb('id', '=', action.actionId) : eb('case_id', '=', kase.id)))
      .executeTakeFirst();
    if (proposed && (action.type === 'approve_proposed' || action.type === proposed.type)) {
      const r = await activateProposedAction(tx, proposed.id, reviewer, deps, { value: action.confirm, pointer: '/action/confirm' });
      return { actionId: r.action.id };
    }
    if (action.type === 'approve_proposed') throw validationError('/action/actionId', 'there is no proposed action on this case');
    if (action.type === 'lift' && typeof action.actionId === 'string') {
      const target = await tx.selectFrom('enforcement_actions').select('account_id').where('id', '=', action.actionId).executeTakeFirst();
      if (target && target.account_id !== kase.subject.accountId)
        throw validationError('/action/actionId', `belongs to another account than this case's subject`);
      const r = await liftActionAfterVerification(tx, action.actionId, { reason, by: reviewer.id }, deps);
      return { actionId: r.action.id };
    }
    requirePermanentConfirmation(action.type, kase.subject.accountId, action.confirm, '/action/confirm');
    if (!ACTION_TYPES.includes(action.type as ActionType))
      throw validationError(
        '/action/type',
        `must be one of ${[...ACTION_TYPES, 'approve_proposed', 'overturn', 'uphold', 'approve_verification', 'reject_verification', 'lift'].join(', ')}`,
      );
    const r = await applyAction(
      tx,
      {
        accountId: kase.subject.accountId,
        type: action.type as ActionType,
        policy: (action.policy as string | undefined) ?? kase.policy ?? kase.policies[0] ?? 'reviewer_decision',
        reason,
        evidence: kase.subject.text ? { quote: kase.subject.text } : {},
        feature: action.feature as Feature | undefined,
        durationDays: action.durationDays as number | undefined,
        severity: action.severity as Severity | undefined,
        caseId: kase.id,
        reviewerId: reviewer.id,
        subject: { type: kase.subject.type, id: kase.subject.id },
      },
      deps,
      { pointerBase: '/action' },
    );
    // A proposal the reviewer replaced with another action is declined, not left pending.
    if (proposed) await liftAction(tx, proposed.id, { reason: `replaced by ${r.action.type} ${r.action.id}`, by: reviewer.id }, deps);
    return { actionId: r.action.id };
  }
}

/**
 * The fields each case action takes besides `type` and `reason` (see applyCaseAction). A field
 * another action takes, or none does, is a 400 naming it (`/action/<field>`): a reviewer's
 * `durationDays` on a warning, or a misspelt `duration`, was dropped without a word.
 */
const CASE_ACTION_FIELDS: Record<string, readonly string[]> = {
  overturn: ['appealId'],
  uphold: ['appealId'],
  approve_verification: ['verificationId'],
  reject_verification: ['verificationId'],
  approve_proposed: ['actionId', 'confirm'],
  lift: ['actionId'],
  warning: ['actionId', 'confirm', 'severity', 'policy'],
  restriction: ['actionId', 'confirm', 'feature', 'durationDays', 'severity', 'policy'],
  payment_hold: ['actionId', 'confirm', 'durationDays', 'severity', 'policy'],
  suspension: ['actionId', 'confirm', 'durationDays', 'severity', 'policy'],
  permanent_suspension: ['actionId', 'confirm', 'severity', 'policy'],
};

function checkCaseActionFields(action: { type: string; [k: string]: unknown }): void {
  const takes = CASE_ACTION_FIELDS[action.type];
  if (!takes) return; // an unknown type is refused by name further on
  const extra = Object.keys(action).filter((k) => k !== 'type' && k !== 'reason' && !takes.includes(k) && action[k] !== undefined);
  if (extra.length)
    throw invalidFieldsError(
      extra.map((k) => ({ pointer: `/action/${k}`, reason: `is not taken by a ${action.type} action (it takes ${takes.join(', ') || 'no other field'})` })),
    );
}
