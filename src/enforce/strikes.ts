// Strikes: recording one (its points and expiry from the ladder), removing one (an overturn),
// and the standing a notice shows (active strikes, points, the ladder's next step).
import { randomUUID } from 'node:crypto';
import type { DbOrTx, Tx } from '../store/db.ts';
import type { EnforceConfig, LadderAction } from './config.ts';
import { type IncidentEvidence, loadIncidents } from './incident-store.ts';
import { type IncidentRecord, ladderPosition } from './incidents.ts';
import { strikeExpiry, strikePoints } from './ladder.ts';
import type { EvidenceJson } from './tables.ts';
import './tables.ts';
import type { Severity } from '../policy/schema.ts';

/**
 * The ladder's next step from `position` (an index in `cfg.ladder`, -1 below it) with `points`
 * active: `minPoints` is the point total at which it comes — its threshold, or, when the points
 * already reach it (the ladder waits for a new incident), the next incident's smallest strike
 * on top of them. Never the current points: a step always needs one more incident.
 */
export function nextStep(
  cfg: Pick<EnforceConfig, 'ladder' | 'severityPoints'>,
  position: number,
  points: number,
): { minPoints: number; action: LadderAction; reviewed?: boolean } | null {
  const next = cfg.ladder[position + 1];
  if (!next) return null;
  const smallestStrike = Math.max(1, Math.min(...Object.values(cfg.severityPoints)));
  // A permanent suspension is never automatic (incidents.ts stepGuard): a person decides it.
  return {
    minPoints: Math.max(next.minPoints, points + smallestStrike),
    action: next.action,
    ...(next.action === 'permanent_suspension' ? { reviewed: true } : {}),
  };
}

/** Active strikes (one per incident), their points, the ladder position and its next step, as a notice shows them. */
export async function strikeStanding(db: DbOrTx, accountId: string, cfg: EnforceConfig, now: Date) {
  const { records } = await loadIncidents(db, accountId, cfg, now);
  return standingOf(records, cfg);
}

/**
 * The standing a notice quotes, from the account's active incidents (pure: a preview adds the
 * incident it would record). `pending` is a step proposed to a reviewer and not yet decided:
 * while it waits the ladder does not move (incidents.ts: `pending_proposal`), so it is what comes
 * next for the account and `next` is null — a notice never names a further step as the next one.
 */
export function standingOf(records: IncidentRecord[], cfg: EnforceConfig) {
  const points = records.reduce((sum, r) => sum + r.points, 0);
  const position = ladderPosition(records).index;
  const waiting = records.filter((r) => r.active && r.stepState === 'proposed' && r.step !== null).sort((a, b) => (b.step ?? 0) - (a.step ?? 0))[0];
  const pending = waiting ? (cfg.ladder[waiting.step as number]?.action ?? null) : null;
  return { activePoints: points, activeStrikes: records.length, position, next: pending ? null : nextStep(cfg, position, points), pending };
}

export async function insertStrike(
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
