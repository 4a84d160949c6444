// What enforcement tells the other capabilities about an account, read from its own tables:
// trust (standing facts, JSS, badges, search), screening and the console ask here instead of
// querying enforcement_strikes, enforcement_actions or appeals themselves.
import { type Expression, sql } from 'kysely';
import type { DbOrTx } from '../store/db.ts';
import './tables.ts';

const date = (d: Date | string) => (d instanceof Date ? d : new Date(d));
const earliest = (a: Date | null, b: Date): Date => (a === null || b.getTime() < a.getTime() ? b : a);

/**
 * The one definition of an active strike at `asOf`: still `active` (not removed by an appeal or a
 * reviewer), recorded by then and not yet expired. The ladder (incident-store.ts), the standing
 * and trust's facts all count strikes with it; the rows they read are the `active`, unexpired
 * ones (`status = 'active' and expires_at > asOf`), which this narrows to those already recorded.
 */
export function isActiveStrike(s: { status: string | null; created_at: Date | string; expires_at: Date | string }, asOf: Date): boolean {
  const t = asOf.getTime();
  return s.status === 'active' && date(s.created_at).getTime() <= t && date(s.expires_at).getTime() > t;
}

/** A payment hold's period (trust's badges read it as an AccountHold). */
export interface HoldPeriod {
  startedAt: Date;
  endedAt?: Date;
}

/** What enforcement knows about an account as of a date. */
export interface EnforcementFacts {
  activeStrikes: number;
  suspended: boolean;
  /** Suspended at some point and not overturned: their feedback about others stops counting. */
  suspendedForAbuse: boolean;
  holds: HoldPeriod[];
  /**
   * The earliest instant after the date at which these facts change with time alone (a strike
   * or action starting, a strike expiring, a suspension's end), null when none is known.
   */
  changesAt: Date | null;
}

const NO_ENFORCEMENT: EnforcementFacts = { activeStrikes: 0, suspended: false, suspendedForAbuse: false, holds: [], changesAt: null };

/**
 * Strikes, suspensions and payment holds of each account. Rows that start after `asOf` are read
 * too (not counted): they say when the facts change (`changesAt`).
 */
export async function enforcementFacts(db: DbOrTx, accountIds: string[], asOf: Date): Promise<Map<string, EnforcementFacts>> {
  const out = new Map<string, EnforcementFacts>();
  const ids = [...new Set(accountIds)];
  for (const id of ids) out.set(id, { ...NO_ENFORCEMENT, holds: [] });
  if (ids.length === 0) return out;
  const t = asOf.getTime();
  const later = (f: EnforcementFacts, at: Date) => {
    if (at.getTime() > t) f.changesAt = earliest(f.changesAt, at);
  };
  // Strikes and actions in one statement (this runs on the ingestion path).
  const rows = await sql<{
    kind: 'strike' | 'action';
    account_id: string;
    type: string | null;
    status: string | null;
    starts_at: Date;
    ends_at: Date | null;
    lifted_at: Date | null;
  }>`
    select 'strike' as kind, account_id, null as type, status, created_at as starts_at, expires_at as ends_at, null::timestamptz as lifted_at
      from enforcement_strikes where account_id = any(${ids}::text[]) and status = 'active' and expires_at > ${asOf}
    union all
    select 'action', account_id, type, status, starts_at, ends_at, lifted_at from enforcement_actions
      where account_id = any(${ids}::text[]) and type in ('suspension', 'permanent_suspension', 'payment_hold')
        and status in ('active', 'expired', 'lifted')`.execute(db);
  for (const a of rows.rows) {
    const f = out.get(a.account_id) as EnforcementFacts;
    const starts = date(a.starts_at);
    later(f, starts);
    if (a.kind === 'strike') {
      if (isActiveStrike({ status: a.status, created_at: starts, expires_at: a.ends_at as Date }, asOf)) f.activeStrikes++;
      later(f, date(a.ends_at as Date));
      continue;
    }
    if (starts.getTime() > t) continue;
    const end = a.lifted_at ?? a.ends_at;
    const running = a.status === 'active' && (end === null || date(end).getTime() > t);
    if (running && end !== null) later(f, date(end));
    if (a.type === 'payment_hold') f.holds.push({ startedAt: starts, ...(end ? { endedAt: date(end) } : {}) });
    else {
      if (running) f.suspended = true;
      // A lifted suspension may have been overturned on appeal: only served ones count.
      if (a.status !== 'lifted') f.suspendedForAbuse = true;
    }
  }
  return out;
}

export async function enforcementFactsFor(db: DbOrTx, accountId: string, asOf: Date): Promise<EnforcementFacts> {
  return (await enforcementFacts(db, [accountId], asOf)).get(accountId) as EnforcementFacts;
}

/** Of these actions, the ones an appeal overturned. */
export async function overturnedActions(db: DbOrTx, actionIds: string[]): Promise<Set<string>> {
  if (actionIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('appeals')
    .select('action_id')
    .where('status', '=', 'overturned')
    .where('action_id', 'in', [...new Set(actionIds)])
    .execute();
  return new Set(rows.map((r) => r.action_id).filter((a): a is string => !!a));
}

/** Where each action came from: its case and decision (absent: no such action). */
export async function actionOrigins(db: DbOrTx, actionIds: string[]): Promise<Map<string, { caseId: string | null; decisionId: string | null }>> {
  if (actionIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('enforcement_actions')
    .select(['id', 'case_id', 'decision_id'])
    .where('id', 'in', [...new Set(actionIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, { caseId: r.case_id, decisionId: r.decision_id }]));
}

/** Whether enforcement's tables exist (a database migrated for trust alone has none). */
export async function enforcementInstalled(db: DbOrTx): Promise<boolean> {
  const r = await sql<{ ok: boolean }>`select to_regclass('enforcement_actions') is not null as ok`.execute(db);
  return r.rows[0]?.ok ?? false;
}

/**
 * A condition, for another capability's query, true when the account named by `accountId` is
 * suspended now (a suspension in force, read live: a small, indexed set).
 */
export function suspendedNow(accountId: Expression<string>) {
  return sql<boolean>`exists (select 1 from enforcement_actions ea where ea.account_id = ${accountId}
      and ea.type in ('suspension', 'permanent_suspension') and ea.status = 'active' and ea.starts_at <= now() and (ea.ends_at is null or ea.ends_at > now()))`;
}
