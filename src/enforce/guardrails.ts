// Guardrails the engine enforces whatever a policy asks: weak signals alone never act,
// and accounts with an established reputation are never held or suspended by a machine.

import { plural } from '../app/plural.ts';
import type { EnforceConfig } from './config.ts';
import { isAboveWarning, isHoldOrSuspension } from './ladder.ts';

export interface SignalRef {
  type: string;
  strength: string;
}

export function isWeakSignal(s: SignalRef, cfg: EnforceConfig): boolean {
  return s.strength === 'weak' || cfg.weakSignalTypes.includes(s.type);
}

/** True when nothing but weak signals (or nothing at all) stands behind a violation. */
export function onlyWeakEvidence(signals: SignalRef[], cfg: EnforceConfig): boolean {
  return signals.every((s) => isWeakSignal(s, cfg));
}

export interface ReputationFacts {
  badges: string[];
  totalEarnedCents: number;
  createdAt: Date | null;
  activeStrikes: number;
}

export interface ReputationVerdict {
  above: boolean;
  /** Reviewer-facing reasons (never shown in notices). */
  reasons: string[];
}

export function reputationVerdict(f: ReputationFacts, cfg: EnforceConfig, now: Date): ReputationVerdict {
  const reasons: string[] = [];
  const badge = f.badges.find((b) => cfg.reputationBadges.includes(b));
  if (badge) reasons.push(`holds the ${badge} badge`);
  if (f.totalEarnedCents >= cfg.reputationEarnedCents) reasons.push(`earned ${(f.totalEarnedCents / 100).toFixed(0)} on the platform`);
  if (f.createdAt && f.activeStrikes === 0) {
    const years = (now.getTime() - f.createdAt.getTime()) / (365.25 * 86_400_000);
    if (years >= cfg.reputationTenureYears) reasons.push(`${plural(Math.floor(years), 'year')} in good standing`);
  }
  return { above: reasons.length > 0, reasons };
}

export type GuardedOutcome = { status: 'active' } | { status: 'proposed'; why: 'reputation' | 'policy' };

/** Whether an automatic action may take effect now, or must wait for a reviewer. */
export function guardAction(action: string, opts: { aboveReputationBar: boolean; proposeOnly: boolean }): GuardedOutcome {
  if (isHoldOrSuspension(action) && opts.aboveReputationBar) return { status: 'proposed', why: 'reputation' };
  if (isAboveWarning(action) && opts.proposeOnly) return { status: 'proposed', why: 'policy' };
  return { status: 'active' };
}
