// Fairness rules of the ladder (pure): the engine applies them to every violation, whatever
// a policy asks.
//
// 1. One event, one strike: when several rules match one event, the most severe wins and the
//    others are kept as reasons (`mergeMatches`).
// 2. One incident, one consequence: violations that arrive before the user could have seen the
//    previous notice (within `incidentWindowMinutes` of it) join that notice's incident; they add
//    reasons, never strikes (`planViolation` → `join`).
// 3. Escalation needs notice and time: the ladder moves one step at a time, and only when the
//    previous step's notice is at least `stepCooldownHours` old. It never skips a step.
// 4. No automatic permanent suspension, ever; an automatic temporary suspension needs strong,
//    corroborated evidence (two strong signals of different kinds) and an account below the
//    reputation bar; a payment hold needs one strong signal. Anything else is proposed to a reviewer.
// 5. Behaviour across events alone (patterns, payment risk, linked accounts; with network facts
//    at most) never takes a step above a warning without a reviewer: it is proposed.
// 6. Network and travel facts (VPN, data-centre address, new country, impossible travel, new
//    device) are weak: alone they open a case and may ask for verification, nothing more.
import { isBehaviourSignal } from '../detect/behaviour-signals.ts';
import { isNetworkOrTravelSignal } from '../detect/network-facts.ts';

import { type Severity, severityRank } from '../policy/schema.ts';
import type { EnforceConfig, LadderAction, LadderStep } from './config.ts';
import type { SignalRef } from './guardrails.ts';

export { isNetworkOrTravelSignal };

export type FairnessConfig = Pick<EnforceConfig, 'ladder' | 'severityPoints' | 'weakSignalTypes' | 'incidentWindowMinutes' | 'stepCooldownHours'>;

export function isWeak(s: SignalRef, cfg: Pick<EnforceConfig, 'weakSignalTypes'>): boolean {
  return s.strength === 'weak' || cfg.weakSignalTypes.includes(s.type) || isNetworkOrTravelSignal(s.type);
}

/** Strong conduct evidence: a strong signal that is not a network or travel fact. */
export function strongConductTypes(signals: SignalRef[], cfg: Pick<EnforceConfig, 'weakSignalTypes'>): string[] {
  return [...new Set(signals.filter((s) => s.strength === 'strong' && !isWeak(s, cfg)).map((s) => s.type))];
}

// ── 1. one event, one strike ────────────────────────────────────────────────────────────────

export { mergeMatches, type RuleMatch } from '../policy/merge-matches.ts';

// ── 2-4. incidents and the ladder ───────────────────────────────────────────────────────────

/** One incident as the ladder sees it: its strike, and the ladder step it moved to (if any). */
export interface IncidentRecord {
  strikeId: string;
  /** When its strike and notice were issued. */
  at: Date;
  severity: Severity;
  points: number;
  /** Counts on the ladder: not removed by an appeal, not expired. */
  active: boolean;
  /** Index in `cfg.ladder` this incident moved the account to; null when it did not move it. */
  step: number | null;
  /** `applied`: its notice went out (an action took effect, or the notification step). `proposed`: a reviewer has yet to decide. `declined`: a reviewer said no. */
  stepState: 'applied' | 'proposed' | 'declined' | null;
}

export interface IncomingViolation {
  at: Date;
  severity: Severity;
  signals: SignalRef[];
  /** An event already struck (same decision or subject): it can only join its incident. */
  sameEventStrikeId?: string;
}

export interface PlanContext {
  aboveReputationBar: boolean;
  /** The policy asks a reviewer to decide anything above a warning. */
  proposeOnly: boolean;
}

export type ProposalReason = 'never_automatic' | 'uncorroborated' | 'reputation' | 'policy' | 'behaviour_only';

export type Plan =
  | { kind: 'case_only'; why: 'weak_signals' }
  | { kind: 'join'; strikeId: string; raiseTo: Severity | null; why: 'same_event' | 'burst' }
  | {
      kind: 'strike';
      points: number;
      /** The ladder step this strike moves the account to, or null when it stays where it is. */
      step: { index: number; step: LadderStep; status: 'applied' | 'proposed'; why?: ProposalReason } | null;
      /** Why the ladder did not move although the points would reach a higher step. */
      held: 'cooldown' | 'pending_proposal' | null;
    };

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** Where the account stands on the ladder: the highest applied step of an active incident (-1: none). */
export function ladderPosition(history: IncidentRecord[]): { index: number; at: Date | null } {
  let index = -1;
  let at: Date | null = null;
  for (const h of history) {
    if (!h.active || h.step === null || h.stepState !== 'applied') continue;
    if (h.step > index || (h.step === index && at && h.at > at)) {
      index = h.step;
      at = h.at;
    }
  }
  return { index, at };
}

/** Index of the highest ladder step the points reach (-1 below the first). */
export function stepIndexFor(points: number, cfg: Pick<EnforceConfig, 'ladder'>): number {
  let idx = -1;
  cfg.ladder.forEach((s, i) => {
    if (points >= s.minPoints) idx = i;
  });
  return idx;
}

/** Whether a step may take effect without a reviewer, given the evidence and the account. */
export function stepGuard(
  action: LadderAction,
  signals: SignalRef[],
  ctx: PlanContext,
  cfg: Pick<EnforceConfig, 'weakSignalTypes'>,
): { status: 'applied' } | { status: 'proposed'; why: ProposalReason } {
  if (action === 'permanent_suspension') return { status: 'proposed', why: 'never_automatic' };
  if (
    action !== 'notification' &&
    action !== 'warning' &&
    signals.some((s) => isBehaviourSignal(s.type)) &&
    signals.every((s) => isBehaviourSignal(s.type) || isNetworkOrTravelSignal(s.type))
  )
    return { status: 'proposed', why: 'behaviour_only' };
  const strong = strongConductTypes(signals, cfg).length;
  if (action === 'suspension' || action === 'payment_hold') {
    if (ctx.aboveReputationBar) return { status: 'proposed', why: 'reputation' };
    if (strong < (action === 'suspension' ? 2 : 1)) return { status: 'proposed', why: 'uncorroborated' };
  }
  if (ctx.proposeOnly && action !== 'notification' && action !== 'warning') return { status: 'proposed', why: 'policy' };
  return { status: 'applied' };
}

/** What the engine does with a new violation, given the account's incidents so far. */
export function planViolation(history: IncidentRecord[], v: IncomingViolation, ctx: PlanContext, cfg: FairnessConfig): Plan {
  if (v.signals.every((s) => isWeak(s, cfg))) return { kind: 'case_only', why: 'weak_signals' };
  const raise = (h: IncidentRecord) => (severityRank(v.severity) > severityRank(h.severity) ? v.severity : null);
  if (v.sameEventStrikeId) {
    const h = history.find((x) => x.strikeId === v.sameEventStrikeId);
    return { kind: 'join', strikeId: v.sameEventStrikeId, raiseTo: h ? raise(h) : null, why: 'same_event' };
  }
  const active = history.filter((h) => h.active);
  const latest = active.reduce<IncidentRecord | null>((a, h) => (!a || h.at > a.at ? h : a), null);
  if (latest && v.at.getTime() - latest.at.getTime() < cfg.incidentWindowMinutes * MINUTE) {
    return { kind: 'join', strikeId: latest.strikeId, raiseTo: raise(latest), why: 'burst' };
  }
  const points = cfg.severityPoints[v.severity] + active.reduce((sum, h) => sum + h.points, 0);
  const target = stepIndexFor(points, cfg);
  const pos = ladderPosition(history);
  if (target <= pos.index) return { kind: 'strike', points: cfg.severityPoints[v.severity], step: null, held: null };
  if (active.some((h) => h.stepState === 'proposed')) return { kind: 'strike', points: cfg.severityPoints[v.severity], step: null, held: 'pending_proposal' };
  if (pos.at && v.at.getTime() - pos.at.getTime() < cfg.stepCooldownHours * HOUR)
    return { kind: 'strike', points: cfg.severityPoints[v.severity], step: null, held: 'cooldown' };
  const index = pos.index + 1;
  const step = cfg.ladder[index];
  const guard = stepGuard(step.action, v.signals, ctx, cfg);
  return {
    kind: 'strike',
    points: cfg.severityPoints[v.severity],
    step: { index, step, status: guard.status, ...(guard.status === 'proposed' ? { why: guard.why } : {}) },
    held: null,
  };
}

/**
 * Replays violations through `planViolation` (strike ids `s0`, `s1`, …; proposals stay pending):
 * the reference model the property tests check and the engine follows.
 */
export function replay(violations: IncomingViolation[], ctx: PlanContext, cfg: FairnessConfig): { plans: Plan[]; history: IncidentRecord[] } {
  const history: IncidentRecord[] = [];
  const plans: Plan[] = [];
  for (const v of violations) {
    const plan = planViolation(history, v, ctx, cfg);
    plans.push(plan);
    if (plan.kind === 'join' && plan.raiseTo) {
      const h = history.find((x) => x.strikeId === plan.strikeId);
      if (h) {
        h.severity = plan.raiseTo;
        h.points = cfg.severityPoints[plan.raiseTo];
      }
    }
    if (plan.kind === 'strike')
      history.push({
        strikeId: `s${history.length}`,
        at: v.at,
        severity: v.severity,
        points: plan.points,
        active: true,
        step: plan.step?.index ?? null,
        stepState: plan.step?.status ?? null,
      });
  }
  return { plans, history };
}
