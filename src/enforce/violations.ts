// Automatic enforcement: what the decision layer calls when a policy finds a violation (a
// strike, the ladder, the fairness rules and the guardrails), and the system-started action
// outside the ladder (a hold when identity verification lapses). Both write their notice in
// the caller's transaction; review work goes to cases through the CaseDesk port.
import { validationError } from '../app/errors.ts';
import { type DbOrTx, withTransaction } from '../store/db.ts';
import type { ActionType, EnforceConfig, LadderAction } from './config.ts';
import { type AwardedBadges, type CaseDesk, depsOf, type EnforceDeps, type EnforcementCaseInput } from './deps.ts';
import { guardAction, type ReputationVerdict, reputationVerdict, type SignalRef } from './guardrails.ts';
import { joinIncident, loadIncidents, lockAccount, sameEventStrike } from './incident-store.ts';
import { planViolation } from './incidents.ts';
import type { Notice, NoticeFacts } from './notices/render.ts';
import { createNotice } from './notices/store.ts';
import type { EvidenceJson } from './tables.ts';
import './tables.ts';
import { SEVERITIES, type Severity } from '../policy/schema.ts';
import { actionNotice, insertAction } from './actions.ts';
import { insertStrike, strikeStanding } from './strikes.ts';
import { type ActionView, appealDeadline, iso, noticeAction, toActionView } from './views.ts';

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

async function reputationOf(tx: DbOrTx, accountId: string, cfg: EnforceConfig, now: Date, badgesOf: AwardedBadges): Promise<ReputationVerdict> {
  const a = await tx.selectFrom('accounts').select(['total_earned_cents', 'created_at']).where('id', '=', accountId).executeTakeFirst();
  const standing = await strikeStanding(tx, accountId, cfg, now);
  return reputationVerdict(
    {
      // Badges as trust awards them (its one definition of Top Rated): a profile's own claim is not one.
      badges: await badgesOf(tx, accountId),
      totalEarnedCents: Number(a?.total_earned_cents ?? 0),
      createdAt: a?.created_at ? new Date(a.created_at) : null,
      activeStrikes: standing.activeStrikes,
    },
    cfg,
    now,
  );
}

/**
 * The standing as this account would meet it: a next step the ladder would only propose for it
 * (a hold or suspension above the reputation bar, anything above a warning under a propose-only
 * policy; a permanent suspension always) is marked `reviewed`, so the notice says a person decides it.
 */
function reviewedNext<S extends { next: { minPoints: number; action: LadderAction; reviewed?: boolean } | null }>(
  s: S,
  ctx: { aboveReputationBar: boolean; proposeOnly: boolean },
): S {
  const a = s.next?.action;
  if (!s.next || !a) return s;
  const reviewed =
    s.next.reviewed === true ||
    (ctx.aboveReputationBar && (a === 'payment_hold' || a === 'suspension')) ||
    (ctx.proposeOnly && a !== 'notification' && a !== 'warning');
  return reviewed ? { ...s, next: { ...s.next, reviewed: true } } : s;
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
  const { cfg, now, cases, badges } = depsOf(deps);
  return withTransaction(db, async (tx) => {
    const quote = quoteOf(v.evidence, v.subject.text);
    const caseSubject = { type: v.subject.type, id: v.subject.id, accountId: v.accountId, text: v.subject.text };
    const signals = v.signals.map((s) => ({ type: s.type, strength: s.strength }));
    await lockAccount(tx, v.accountId);
    const { records, rows } = await loadIncidents(tx, v.accountId, cfg, now);
    const same = sameEventStrike(rows, v);
    const reputation = await reputationOf(tx, v.accountId, cfg, now, badges);
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
      standing: reviewedNext(await strikeStanding(tx, v.accountId, cfg, now), { aboveReputationBar: reputation.above, proposeOnly: v.proposeOnly === true }),
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
              : step.why === 'behaviour_only'
                ? 'a pattern across events alone is a reviewer’s call'
                : 'the policy asks a reviewer to decide';
      caseId = await cases.openCase(tx, {
        subject: caseSubject,
        source: 'detection',
        reason: `${v.policy}: proposed ${type}${step.step.feature ? ` (${step.step.feature})` : ''} awaits a reviewer: ${why}`,
        policy: v.policy,
        decisionId: v.decisionId,
        severity: v.severity,
        signals,
        // A proposal waits on a person: it leads the case and raises its priority, whatever the
        // case was opened for (the decision's own case effect usually opened it a moment before).
        priorityBoost: cfg.guardrailPriorityBoost,
        headline: true,
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
  const { cfg, now, cases, badges } = depsOf(deps);
  return withTransaction(db, async (tx) => {
    const reputation = await reputationOf(tx, a.accountId, cfg, now, badges);
    const guard = guardAction(a.type, { aboveReputationBar: reputation.above, proposeOnly: false });
    let caseId: string | undefined;
    if (guard.status === 'proposed') {
      caseId = await openProposalCase(tx, cases, cfg, {
        subject: { ...a.subject, accountId: a.accountId },
        policy: a.policy,
        reason: `${a.policy}: proposed ${a.type} awaits a reviewer: established account (${reputation.reasons.join('; ')}). ${a.reason}`,
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

/**
 * A high-priority case on the account for an action that waits for a person (the reputation
 * guardrail or a second reviewer): its reason is the case's headline. Returns the case id.
 */
function openProposalCase(
  tx: Parameters<CaseDesk['openCase']>[0],
  cases: CaseDesk,
  cfg: EnforceConfig,
  p: { subject: EnforcementCaseInput['subject']; policy: string; reason: string },
): Promise<string> {
  return cases.openCase(tx, { ...p, source: 'detection', severity: 'high', priorityBoost: cfg.guardrailPriorityBoost, headline: true });
}

/**
 * A reviewer without the admin scope asks for a permanent suspension: it is only proposed, in a
 * high-priority case on the account, for another reviewer or an admin to approve (with the
 * account id confirmed). The proposer is kept in `applied_by` until then, so they cannot
 * approve it themselves (activateProposedAction). Nothing takes effect and no notice is sent.
 */
export async function proposeReviewerAction(
  db: DbOrTx,
  a: { accountId: string; type: ActionType; policy: string; policyVersion?: number; reason: string; evidence?: EvidenceJson; reviewerId: string },
  deps: EnforceDeps,
): Promise<{ action: ActionView; caseId: string }> {
  const { cfg, now, cases } = depsOf(deps);
  return withTransaction(db, async (tx) => {
    const caseId = await openProposalCase(tx, cases, cfg, {
      subject: { type: 'account', id: a.accountId, accountId: a.accountId },
      policy: a.policy,
      reason: `${a.policy}: ${a.type} proposed by a reviewer awaits a second reviewer: ${a.reason}`,
    });
    const row = await insertAction(
      tx,
      {
        accountId: a.accountId,
        type: a.type,
        status: 'proposed',
        policy: a.policy,
        policyVersion: a.policyVersion,
        reason: a.reason.trim(),
        evidence: a.evidence ?? {},
        caseId,
        automatic: false,
        appliedBy: a.reviewerId,
      },
      cfg,
      now,
    );
    return { action: toActionView(row, cfg, now), caseId };
  });
}
