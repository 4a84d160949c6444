// Ladder math (pure): strike points, which of them still count, the step they reach and
// the next threshold a notice can show the user.

import type { Severity } from '../policy/schema.ts';
import type { EnforceConfig, LadderStep } from './config.ts';

export interface CountedStrike {
  points: number;
  expiresAt: Date;
  status?: string;
}

export function strikePoints(severity: Severity, cfg: EnforceConfig): number {
  return cfg.severityPoints[severity];
}

export function strikeExpiry(createdAt: Date, cfg: EnforceConfig): Date {
  return new Date(createdAt.getTime() + cfg.strikeTtlDays * 86_400_000);
}

/** Points of strikes that are neither removed (appeal) nor expired at `now`. */
export function activePoints(strikes: CountedStrike[], now: Date): number {
  return strikes.filter((s) => (s.status ?? 'active') === 'active' && s.expiresAt.getTime() > now.getTime()).reduce((sum, s) => sum + s.points, 0);
}

/** The highest step whose threshold the points reach; null below the first step. */
export function ladderStepFor(points: number, cfg: EnforceConfig): LadderStep | null {
  let reached: LadderStep | null = null;
  for (const step of cfg.ladder) if (points >= step.minPoints) reached = step;
  return reached;
}

/** The first step above the current points: what another violation could lead to. */
export function nextThreshold(points: number, cfg: EnforceConfig): LadderStep | null {
  return cfg.ladder.find((s) => s.minPoints > points) ?? null;
}

/** Actions that take money or access away: never automatic above the reputation bar. */
export function isHoldOrSuspension(action: string): boolean {
  return action === 'payment_hold' || action === 'suspension' || action === 'permanent_suspension';
}

/** Actions that go beyond a warning: a policy may turn them into proposals for a reviewer. */
export function isAboveWarning(action: string): boolean {
  return action !== 'notification' && action !== 'warning';
}
