// Enforcement's place in the app: the cases ActionApplier, its metrics and its settings.
import { Counter, type Registry } from 'prom-client';
import type { AppContext } from '../app/context.ts';
import { validationError } from '../app/errors.ts';
import type { CaseView } from '../cases/service.ts';
import type { Tx } from '../store/db.ts';
import { activateProposedAction, applyAction, liftAction } from './actions.ts';
import { decideAppeal } from './appeals.ts';
import { ACTION_TYPES, type ActionType, type EnforceConfig, type Feature, type Severity } from './config.ts';
import { setEnforceConfig } from './settings.ts';
import { decideVerification } from './verification.ts';

const metricsByRegistry = new WeakMap<Registry, ReturnType<typeof createEnforceMetrics>>();

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

export function enforceMetrics(ctx: Pick<AppContext, 'metrics'>) {
  let m = metricsByRegistry.get(ctx.metrics.registry);
  if (!m) {
    m = createEnforceMetrics(ctx.metrics.registry);
    metricsByRegistry.set(ctx.metrics.registry, m);
  }
  return m;
}

/**
 * Applies what a reviewer chose when resolving a case:
 * - `{ type: 'overturn' | 'uphold', appealId?, reason? }` on an appeal case;
 * - `{ type: 'approve_verification' | 'reject_verification', verificationId?, reason? }` on a verification case;
 * - `{ type: 'approve_proposed', actionId? }` (or the proposed action's own type) on a case holding a proposal;
 * - `{ type: warning|restriction|payment_hold|suspension|permanent_suspension, feature?, durationDays?, severity?, policy? }`.
 */
export function makeActionApplier(ctx: AppContext) {
  return async (
    tx: Tx,
    kase: CaseView,
    action: { type: string; [k: string]: unknown },
    reviewer: { id: string; name: string },
  ): Promise<{ actionId: string; [k: string]: unknown }> => {
    const reason = typeof action.reason === 'string' && action.reason.trim() ? action.reason : `resolved case ${kase.id}`;
    if (action.type === 'overturn' || action.type === 'uphold') {
      const appealId = (action.appealId as string | undefined) ?? kase.appealId;
      if (!appealId) throw validationError('/action/appealId', 'this case has no appeal');
      const appeal = await tx.selectFrom('appeals').select(['status', 'action_id', 'strike_id']).where('id', '=', appealId).executeTakeFirst();
      const outcome = action.type === 'overturn' ? 'overturned' : 'upheld';
      // Decided through POST /v1/appeals/{id}/decide, which closes the case with this same call.
      if (appeal && appeal.status !== 'open') return { actionId: appeal.action_id ?? appeal.strike_id ?? appealId, appealId };
      const r = await decideAppeal(tx, appealId, { outcome, reason, by: reviewer }, { fromCase: true });
      countAppeal(ctx, r.policy, outcome);
      return { actionId: r.appeal.actionId ?? r.appeal.strikeId ?? appealId, appealId };
    }
    if (action.type === 'approve_verification' || action.type === 'reject_verification') {
      const id =
        (action.verificationId as string | undefined) ??
        (await tx.selectFrom('verification_requests').select('id').where('case_id', '=', kase.id).executeTakeFirst())?.id;
      if (!id) throw validationError('/action/verificationId', 'this case has no verification');
      const r = await decideVerification(tx, id, { outcome: action.type === 'approve_verification' ? 'approved' : 'rejected', reason, by: reviewer.id });
      return { actionId: r.liftedHold ?? id, verificationId: id };
    }
    const proposed = await tx
      .selectFrom('enforcement_actions')
      .select(['id', 'type'])
      .where('status', '=', 'proposed')
      .where((eb) => (typeof action.actionId === 'string' ? eb('id', '=', action.actionId) : eb('case_id', '=', kase.id)))
      .executeTakeFirst();
    if (proposed && (action.type === 'approve_proposed' || action.type === proposed.type)) {
      const r = await activateProposedAction(tx, proposed.id, reviewer);
      return { actionId: r.action.id };
    }
    if (action.type === 'approve_proposed') throw validationError('/action/actionId', 'there is no proposed action on this case');
    if (action.type === 'lift' && typeof action.actionId === 'string') {
      const r = await liftAction(tx, action.actionId, { reason, by: reviewer.id });
      return { actionId: r.action.id };
    }
    if (!ACTION_TYPES.includes(action.type as ActionType))
      throw validationError(
        '/action/type',
        `must be one of ${[...ACTION_TYPES, 'approve_proposed', 'overturn', 'uphold', 'approve_verification', 'reject_verification', 'lift'].join(', ')}`,
      );
    const r = await applyAction(tx, {
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
    });
    // A proposal the reviewer replaced with another action is declined, not left pending.
    if (proposed) await liftAction(tx, proposed.id, { reason: `replaced by ${r.action.type} ${r.action.id}`, by: reviewer.id });
    return { actionId: r.action.id };
  };
}

/** Counts a decided appeal after its transaction committed (or inside the case resolution). */
export function countAppeal(ctx: Pick<AppContext, 'metrics'>, policy: string, outcome: 'upheld' | 'overturned') {
  const m = enforceMetrics(ctx);
  m.appealsDecided.inc({ policy, outcome });
  if (outcome === 'overturned') m.appealsOverturned.inc({ policy });
}

/**
 * Fixes the settings and registers the metrics. The ActionApplier is registered with cases
 * by the wiring (`setActionApplier(makeActionApplier(ctx))`, wrapped with trust's
 * consequences), so calling this again (tests change settings) never drops that wrapper.
 */
export function registerEnforcement(ctx: AppContext, overrides: Partial<EnforceConfig> = {}): EnforceConfig {
  const cfg = setEnforceConfig(overrides);
  enforceMetrics(ctx);
  return cfg;
}
