// How enforcement's rows read to the API, the standing page and the notices: action and
// strike views, the appeal deadline, and the action facts a notice states.
import type { Selectable } from 'kysely';
import type { DbOrTx } from '../store/db.ts';
import type { ActionType, EnforceConfig, LadderAction } from './config.ts';
import type { NoticeFacts } from './notices/render.ts';
import type { EnforcementActionsTable, EnforcementStrikesTable, EvidenceJson } from './tables.ts';
import './tables.ts';
import type { Severity } from '../policy/schema.ts';

export type ActionStatus = 'active' | 'proposed' | 'lifted' | 'expired' | 'declined';

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

export const iso = (d: Date | string) => new Date(d).toISOString();

export const DAY = 86_400_000;

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

const ACTION_SEVERITY = ['warning', 'restriction', 'payment_hold', 'suspension', 'permanent_suspension'];

/**
 * Each account's most severe action in force (`suspension`, `payment_hold`, …), for views that
 * show many accounts at once (the linked-accounts graph); accounts with none are absent.
 */
export async function strongestActiveActions(db: DbOrTx, accountIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!accountIds.length) return out;
  const rows = await db
    .selectFrom('enforcement_actions')
    .select(['account_id', 'type'])
    .where('account_id', 'in', [...accountIds])
    .where('status', '=', 'active')
    .execute();
  for (const r of rows) {
    const prior = out.get(r.account_id);
    if (!prior || ACTION_SEVERITY.indexOf(r.type) > ACTION_SEVERITY.indexOf(prior)) out.set(r.account_id, r.type);
  }
  return out;
}
