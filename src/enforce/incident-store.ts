// The account's incidents as the fairness rules (incidents.ts) see them, read from the
// strikes and the actions they led to; and the writes that join a violation to an incident.
import { sql } from 'kysely';
import type { DbOrTx, Tx } from '../store/db.ts';
import type { EnforceConfig } from './config.ts';
import { isActiveStrike } from './facts.ts';
import type { IncidentRecord } from './incidents.ts';
import type { EvidenceJson } from './tables.ts';
import './tables.ts';
import { type Severity, severityRank } from '../policy/schema.ts';

/** What the strike's evidence keeps about its incident besides the first violation. */
export interface IncidentEvidence extends EvidenceJson {
  /** Ladder index this strike moved the account to (absent: it did not move it). */
  ladderStep?: number;
  /** Other violations of the same incident (a burst, or other rules matching the same event). */
  reasons?: {
    policy: string;
    rule?: string;
    severity: Severity;
    subject?: { type: string; id: string };
    decisionId?: string | null;
    at: string;
    quote?: string;
  }[];
}

/** Serialises enforcement per account (violations of one account arriving at once). */
export async function lockAccount(tx: Tx, accountId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`warden.enforce:${accountId}`}))`.execute(tx);
}

export interface StrikeRowLite {
  id: string;
  severity: string;
  points: number;
  status: string;
  created_at: Date | string;
  expires_at: Date | string;
  decision_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  evidence: IncidentEvidence;
}

function stepIndexOfAction(type: string, cfg: Pick<EnforceConfig, 'ladder'>): number | null {
  const i = cfg.ladder.findIndex((s) => s.action === type);
  return i < 0 ? null : i;
}

/** Active strikes (one per incident; facts.ts isActiveStrike, the definition trust counts by too) with the ladder step each moved to and that step's state. */
export async function loadIncidents(
  db: DbOrTx,
  accountId: string,
  cfg: EnforceConfig,
  now: Date,
): Promise<{ records: IncidentRecord[]; rows: StrikeRowLite[] }> {
  const rows = (
    (await db
      .selectFrom('enforcement_strikes')
      .select(['id', 'severity', 'points', 'status', 'created_at', 'expires_at', 'decision_id', 'subject_type', 'subject_id', 'evidence'])
      .where('account_id', '=', accountId)
      .where('status', '=', 'active')
      .where('expires_at', '>', now)
      .orderBy('created_at')
      .execute()) as StrikeRowLite[]
  ).filter((r) => isActiveStrike(r, now));
  const actions = rows.length
    ? await db
        .selectFrom('enforcement_actions')
        .select(['strike_id', 'type', 'status'])
        .where(
          'strike_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  const records = rows.map((r): IncidentRecord => {
    const acts = actions.filter((a) => a.strike_id === r.id);
    const recorded = typeof r.evidence?.ladderStep === 'number' ? r.evidence.ladderStep : null;
    // A reviewer's action (or a strike from before incidents were recorded) places the account at its step.
    const fromAction = acts.map((a) => stepIndexOfAction(a.type, cfg)).find((i) => i !== null) ?? null;
    const step = recorded ?? fromAction;
    let stepState: IncidentRecord['stepState'] = null;
    if (step !== null) {
      if (!acts.length) stepState = cfg.ladder[step]?.action === 'notification' ? 'applied' : null;
      else if (acts.some((a) => a.status === 'active' || a.status === 'lifted' || a.status === 'expired')) stepState = 'applied';
      else if (acts.some((a) => a.status === 'proposed')) stepState = 'proposed';
      else stepState = 'declined';
    }
    return {
      strikeId: r.id,
      at: new Date(r.created_at),
      severity: r.severity as Severity,
      points: r.points,
      active: true,
      step,
      stepState,
    };
  });
  return { records, rows };
}

/** The strike already recorded for this event (same decision, or same subject), if any. */
export function sameEventStrike(rows: StrikeRowLite[], v: { decisionId?: string; subject: { type: string; id: string } }): StrikeRowLite | undefined {
  return rows.find(
    (r) =>
      (v.decisionId && r.decision_id === v.decisionId) ||
      (r.subject_type === v.subject.type && r.subject_id === v.subject.id) ||
      r.evidence?.reasons?.some(
        (x) => (v.decisionId && x.decisionId === v.decisionId) || (x.subject?.type === v.subject.type && x.subject?.id === v.subject.id),
      ),
  );
}

/** Adds a violation to an incident's strike as a reason; a more severe one raises the strike's severity. */
export async function joinIncident(
  tx: Tx,
  strike: StrikeRowLite,
  v: { policy: string; severity: Severity; subject: { type: string; id: string }; decisionId?: string; quote?: string },
  raiseTo: Severity | null,
  cfg: EnforceConfig,
  now: Date,
): Promise<void> {
  // A reason already recorded (the same decision under the same policy) is not written twice.
  const known = !!v.decisionId && (strike.evidence?.reasons ?? []).some((x) => x.decisionId === v.decisionId && x.policy === v.policy);
  const evidence: IncidentEvidence = {
    ...strike.evidence,
    reasons: known
      ? (strike.evidence?.reasons ?? [])
      : [
          ...(strike.evidence?.reasons ?? []),
          {
            policy: v.policy,
            severity: v.severity,
            subject: { type: v.subject.type, id: v.subject.id },
            decisionId: v.decisionId ?? null,
            at: now.toISOString(),
            quote: v.quote,
          },
        ],
  };
  const raise = raiseTo && severityRank(raiseTo) > severityRank(strike.severity as Severity);
  await tx
    .updateTable('enforcement_strikes')
    .set({
      evidence: JSON.stringify(evidence),
      ...(raise ? { severity: raiseTo, points: Math.max(strike.points, cfg.severityPoints[raiseTo]) } : {}),
    })
    .where('id', '=', strike.id)
    .execute();
}
