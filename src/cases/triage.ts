// Report triage: what a trust team does with a community report before anyone investigates an
// account. A report about an account Warden already has something on joins that case. A report
// nothing corroborates, from a reporter whose word is weak — rejected reports before, a burst of
// reports, an account they never dealt with, another reporter of the same account sharing their
// device or card — waits in the report triage queue: kept, read by a triage reviewer at lower
// priority, and escalated into an investigation case when corroborated (an independent second
// reporter, a detection on the account, or the triage reviewer's own reading of the reported
// content). A report closed in triage counts as dismissed for its reporter's accuracy.
import { type Selectable, sql } from 'kysely';
import { conflictError, notFoundError, validationError } from '../app/errors.ts';
import { maskQuote } from '../detect/contact/masking.ts';
import { PERSON_KINDS } from '../network/identifiers.ts';
import { type DbOrTx, type Tx, withTransaction } from '../store/db.ts';
import type { CasesConfig } from './config.ts';
import type { Credibility } from './rules.ts';
import { audit, type CaseService, type Reviewer } from './service.ts';
import type { ReportsTable } from './tables.ts';
import './tables.ts';

/**
 * Why a report waits in triage:
 * - `muted`: the reporter's reports have been rejected so often they are muted (rules.ts);
 * - `low_accuracy`: more of the reporter's decided reports rejected than the accuracy bar allows;
 * - `burst`: the reporter reported several accounts within hours, and is not proven (below);
 * - `stranger`: the reporter never dealt with the account, and is not proven (a reporter is
 *   proven by `provenUpheld` upheld reports with their accuracy above the bar);
 * - `mass_reporting`: the reporter reported several accounts they never dealt with within days
 *   (reports.ts `UNCONNECTED_REPORTS`; a detection case on the reporter too);
 * - `linked_reporters`: another reporter of the same account shares a device, card, payout
 *   destination, phone or e-mail with this one: not an independent report;
 * - `same_network`: another reporter of the same account signed in from an IP address this one
 *   used too (an office, a home, a proxy; not enough to call them one person, enough to doubt
 *   that two reports are two witnesses);
 * - `retaliation`: the report follows a falling-out between the two — the reported account left
 *   the reporter a low review (at most 2 stars, or a private score of at most 3), or a contract
 *   between them ended in a dispute — within the look-back. A report is then as likely to be
 *   the dispute continued as a warning: a triage reviewer reads it first, whoever the reporter.
 */
export const TRIAGE_REASONS = ['muted', 'low_accuracy', 'burst', 'stranger', 'mass_reporting', 'linked_reporters', 'same_network', 'retaliation'] as const;
export type TriageReason = (typeof TRIAGE_REASONS)[number];

/** Reasons that say the reporter's word is weak (as opposed to `stranger`, which says only that they had no first-hand contact). */
const STANDING_REASONS: ReadonlySet<TriageReason> = new Set([
  'muted',
  'low_accuracy',
  'burst',
  'mass_reporting',
  'linked_reporters',
  'same_network',
  'retaliation',
]);

/** direct: opened or joined a case at once; queued: waits in triage; escalated / closed: left triage. */
export const TRIAGE_STATES = ['direct', 'queued', 'escalated', 'closed'] as const;
export type TriageState = (typeof TRIAGE_STATES)[number];

export interface TriageFacts {
  credibility: Credibility;
  /** The reporter dealt with the reported account (a message or contract between them, a proposal or invitation either way). */
  dealtWith: boolean;
  /** Distinct accounts the reporter reported within the burst window, this one included. */
  reportedInBurstWindow: number;
  /** The reporter reports strangers en masse (reports.ts `UNCONNECTED_REPORTS`). */
  massReporting: boolean;
  /** Other reporters of the same account (within the look-back) linked to this reporter. */
  linkedReporters: number;
  /** Other reporters of the same account (within the look-back) sharing only an IP address with this reporter (not linked). */
  networkReporters?: number;
  /** The reported account gave the reporter a low review, or a contract between them ended in a dispute, within the look-back. */
  afterDispute?: boolean;
}

/**
 * Why an uncorroborated report waits in triage (empty: it opens a case). Pure: the facts are
 * read by `triageFacts`; the thresholds are `CasesConfig.triage`.
 */
export function triageReasons(cfg: CasesConfig['triage'], f: TriageFacts): TriageReason[] {
  const c = f.credibility;
  const out: TriageReason[] = [];
  const lowAccuracy = c.upheld + c.dismissed >= cfg.minDecided && c.credibility < cfg.accuracyBelow;
  if (c.muted) out.push('muted');
  else if (lowAccuracy) out.push('low_accuracy');
  // A proven reporter's word stands for what they did not receive themselves, and in numbers.
  const proven = c.upheld >= cfg.provenUpheld && !lowAccuracy && !c.muted;
  if (!proven && f.reportedInBurstWindow >= cfg.burstReports) out.push('burst');
  if (!proven && !f.dealtWith) out.push('stranger');
  if (f.massReporting) out.push('mass_reporting');
  if (f.linkedReporters > 0) out.push('linked_reporters');
  if ((f.networkReporters ?? 0) > 0) out.push('same_network');
  // Not waived for a proven reporter: a good record elsewhere says nothing about this quarrel.
  if (f.afterDispute) out.push('retaliation');
  return out;
}

/** Whether a report with these triage reasons may corroborate another reporter's: only `stranger`, or none. */
export function independentWitness(reasons: readonly string[]): boolean {
  return !reasons.some((r) => STANDING_REASONS.has(r as TriageReason));
}

/** Other reporters of `accountId` since `since` who share a person identifier with `reporterId`. */
export async function linkedReportersOf(tx: DbOrTx, reporterId: string, accountId: string, since: Date): Promise<string[]> {
  const r = await sql<{ reporter_id: string }>`select distinct r.reporter_id from reports r
      join account_identifiers x on x.account_id = r.reporter_id and x.kind in (${sql.join([...PERSON_KINDS])})
      join account_identifiers y on y.kind = x.kind and y.value_hash = x.value_hash and y.account_id = ${reporterId}
      where r.account_id = ${accountId} and r.reporter_id <> ${reporterId} and r.created_at >= ${since}`.execute(tx);
  return r.rows.map((x) => x.reporter_id);
}

/**
 * Other reporters of `accountId` since `since` who signed in from an IP address `reporterId` also
 * used since `since`, and who share no person identifier with them (those are `linkedReportersOf`).
 */
export async function networkReportersOf(tx: DbOrTx, reporterId: string, accountId: string, since: Date, linked: readonly string[]): Promise<string[]> {
  const r = await sql<{ reporter_id: string }>`select distinct r.reporter_id from reports r
      join account_identifiers x on x.account_id = r.reporter_id and x.kind = 'ip' and x.last_seen_at >= ${since}
      join account_identifiers y on y.kind = 'ip' and y.value_hash = x.value_hash and y.account_id = ${reporterId} and y.last_seen_at >= ${since}
      where r.account_id = ${accountId} and r.reporter_id <> ${reporterId} and r.created_at >= ${since}`.execute(tx);
  return r.rows.map((x) => x.reporter_id).filter((id) => !linked.includes(id));
}

/**
 * Whether `reporterId` and `accountId` fell out since `since`: `accountId` left `reporterId` a
 * review of at most 2 stars or a private score of at most 3, or a contract between them ended in a
 * dispute (`contract.ended` reason `dispute`).
 */
export async function disputeBetween(tx: DbOrTx, reporterId: string, accountId: string, since: Date): Promise<boolean> {
  const r = await sql<{ n: number }>`select
      (select count(*) from feedback f where f.from_id = ${accountId} and f.to_id = ${reporterId} and f.left_at >= ${since}
         and (f.stars <= 2 or f.private_score <= 3))::int
      + (select count(*) from contracts c where c.end_reason = 'dispute' and c.ended_at >= ${since}
         and ((c.client_id = ${reporterId} and c.freelancer_id = ${accountId}) or (c.client_id = ${accountId} and c.freelancer_id = ${reporterId})))::int as n`.execute(
    tx,
  );
  return (r.rows[0]?.n ?? 0) > 0;
}

/** Distinct accounts `reporterId` reported since `since` (this report included once stored). */
export async function accountsReportedSince(tx: DbOrTx, reporterId: string, since: Date): Promise<number> {
  const r = await sql<{ n: number }>`select count(distinct account_id)::int as n from reports
      where reporter_id = ${reporterId} and created_at >= ${since}`.execute(tx);
  return r.rows[0]?.n ?? 0;
}

/**
 * Reporters other than `reporterId` who reported `accountId` since `since`, in a way that may
 * corroborate: their report not rejected (open or upheld), its own triage reasons none or only
 * `stranger`, and the reporter not linked to `reporterId` (`linked`: ids already known to be).
 */
export async function independentReporters(tx: DbOrTx, reporterId: string, accountId: string, since: Date, linked: readonly string[]): Promise<string[]> {
  const rows = await tx
    .selectFrom('reports')
    .select(['reporter_id', 'triage_reasons'])
    .where('account_id', '=', accountId)
    .where('reporter_id', '<>', reporterId)
    .where('created_at', '>=', since)
    .where((eb) => eb.or([eb('outcome', 'is', null), eb('outcome', '=', 'upheld')]))
    .where((eb) => eb.or([eb('triage', 'is', null), eb('triage', '<>', 'closed')]))
    .execute();
  const out = new Set<string>();
  for (const r of rows) if (!linked.includes(r.reporter_id) && independentWitness(reasonsOf(r.triage_reasons))) out.add(r.reporter_id);
  return [...out];
}

function reasonsOf(v: unknown): string[] {
  const xs = typeof v === 'string' ? JSON.parse(v) : v;
  return Array.isArray(xs) ? xs.filter((x): x is string => typeof x === 'string') : [];
}

/** What took a report out of triage: a detection on the account, other reporters, or a triage reviewer (by id). */
export type EscalatedBy = 'detection' | 'reporters' | `reviewer:${string}`;

/**
 * Joins the queued reports matching `where` (an account's, or one subject's) to case `caseId`:
 * an item each, the report linked to the case and marked escalated, an audit entry each. The
 * case's severity is left as it is (a report claims, it does not prove); its priority is the
 * caller's to recompute. Returns the reports joined.
 */
export async function joinQueuedReports(
  tx: Tx,
  cfg: CasesConfig,
  caseId: string,
  where: { accountId: string } | { subjectType: string; subjectId: string },
  by: EscalatedBy,
  now: Date,
): Promise<string[]> {
  let q = tx.selectFrom('reports').select(['id', 'reason']).where('triage', '=', 'queued').where('status', '=', 'open');
  q =
    'accountId' in where
      ? q.where('account_id', '=', where.accountId)
      : q.where('subject_type', '=', where.subjectType).where('subject_id', '=', where.subjectId);
  const queued = await q.orderBy('created_at').execute();
  for (const r of queued) {
    const reason = cfg.reportReasons.find((x) => x.code === r.reason);
    await tx
      .insertInto('case_items')
      .values({
        case_id: caseId,
        kind: 'report',
        policy: null,
        decision_id: null,
        report_id: r.id,
        appeal_id: null,
        severity: reason?.severity ?? 'low',
        reason: `Reported: ${reason?.label ?? r.reason} (from the report triage queue)`,
        signals: JSON.stringify([]),
      })
      .execute();
    await tx.updateTable('reports').set({ case_id: caseId, triage: 'escalated', triaged_at: now, triaged_by: by }).where('id', '=', r.id).execute();
    await audit(tx, caseId, { kind: 'system', id: 'warden', name: 'Warden' }, 'joined', {
      source: 'report',
      reportId: r.id,
      fromTriage: true,
      escalatedBy: by,
    });
  }
  return queued.map((r) => r.id);
}

/** A report as the triage queue and the API show it (subject text and comment with contact details hidden). */
export interface ReportView {
  id: string;
  reporterId: string;
  subject: { type: string; id: string; accountId: string; text: string | null };
  reason: string;
  reasonLabel: string;
  comment: string | null;
  status: string;
  outcome: string | null;
  caseId: string | null;
  /** null for reports stored before triage existed. */
  triage: TriageState | null;
  triageReasons: string[];
  triagedAt: string | null;
  triagedBy: string | null;
  reporterCredibility: number;
  muted: boolean;
  createdAt: string;
}

type ReportRow = Selectable<ReportsTable>;

function toView(cfg: CasesConfig, r: ReportRow): ReportView {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: r.id,
    reporterId: r.reporter_id,
    subject: { type: r.subject_type, id: r.subject_id, accountId: r.account_id, text: r.subject_text === null ? null : maskQuote(null, [], r.subject_text) },
    reason: r.reason,
    reasonLabel: cfg.reportReasons.find((x) => x.code === r.reason)?.label ?? r.reason,
    comment: r.comment === null ? null : maskQuote(null, [], r.comment),
    status: r.status,
    outcome: r.outcome,
    caseId: r.case_id,
    triage: r.triage as TriageState | null,
    triageReasons: reasonsOf(r.triage_reasons),
    triagedAt: iso(r.triaged_at),
    triagedBy: r.triaged_by,
    reporterCredibility: Math.round(Number(r.credibility) * 1000) / 1000,
    muted: r.muted,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

export interface ReportListQuery {
  /** `queued` (default): the triage queue, oldest first; `all`: every report, newest first. */
  triage?: TriageState | 'all';
  accountId?: string;
  reporterId?: string;
  limit?: number;
  offset?: number;
}

/** Reports for reviewers (shape: `{ reports: ReportView[], total, nextOffset }`). */
export async function listReports(
  db: DbOrTx,
  cfg: CasesConfig,
  query: ReportListQuery,
): Promise<{ reports: ReportView[]; total: number; nextOffset: number | null }> {
  const triage = query.triage ?? 'queued';
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  let q = db.selectFrom('reports');
  if (triage !== 'all') q = q.where('triage', '=', triage);
  if (query.accountId) q = q.where('account_id', '=', query.accountId);
  if (query.reporterId) q = q.where('reporter_id', '=', query.reporterId);
  const [{ n }] = await q.select((eb) => eb.fn.countAll<number>().as('n')).execute();
  const rows = await q
    .selectAll()
    .orderBy('created_at', triage === 'queued' ? 'asc' : 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  const total = Number(n);
  return { reports: rows.map((r) => toView(cfg, r)), total, nextOffset: offset + rows.length < total ? offset + rows.length : null };
}

/** The triage queue's size and age, for the queues page (`now`: Warden's clock). */
export async function triageQueueSummary(db: DbOrTx, now: Date): Promise<{ queued: number; oldestQueuedAt: string | null; oldestAgeSeconds: number | null }> {
  const r = await sql<{ n: number; oldest: Date | string | null }>`select count(*)::int as n, min(created_at) as oldest from reports
      where triage = 'queued'`.execute(db);
  const oldest = r.rows[0]?.oldest ? new Date(r.rows[0].oldest) : null;
  return {
    queued: r.rows[0]?.n ?? 0,
    oldestQueuedAt: oldest?.toISOString() ?? null,
    oldestAgeSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : null,
  };
}

/**
 * A triage reviewer's decision on a queued report: `escalate` opens (or joins) a case on its
 * subject with it, and the other queued reports on that subject; `close` resolves it as
 * dismissed (its reporter's accuracy learns from it) with no case. 409 when the report is not
 * in the queue.
 */
export async function decideTriage(
  db: DbOrTx,
  id: string,
  reviewer: Reviewer,
  input: { decision: 'escalate' | 'close'; reason: string },
  cases: CaseService,
): Promise<ReportView> {
  if (input.decision !== 'escalate' && input.decision !== 'close') throw validationError('/decision', 'must be escalate or close');
  if (!input.reason?.trim()) throw validationError('/reason', 'must say why');
  const cfg = cases.config;
  return withTransaction(db, async (tx) => {
    const row = await tx.selectFrom('reports').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw notFoundError('report', id);
    if (row.triage !== 'queued') throw conflictError(`report ${id} is not in the triage queue (${row.triage ?? 'untriaged'})`, 'ReportNotQueued');
    const now = cases.now();
    const by: EscalatedBy = `reviewer:${reviewer.id}`;
    if (input.decision === 'close') {
      await tx
        .updateTable('reports')
        .set({ status: 'resolved', outcome: 'dismissed', resolved_at: now, triage: 'closed', triaged_at: now, triaged_by: by })
        .where('id', '=', id)
        .execute();
    } else {
      const reason = cfg.reportReasons.find((r) => r.code === row.reason);
      // The case's report item is this report (openOrJoinCase links it); the other queued
      // reports on the subject join it from the queue.
      await tx.updateTable('reports').set({ triage: 'escalated', triaged_at: now, triaged_by: by }).where('id', '=', id).execute();
      await cases.openOrJoinCase(
        tx,
        {
          subject: { type: row.subject_type as never, id: row.subject_id, accountId: row.account_id, ...(row.subject_text ? { text: row.subject_text } : {}) },
          source: 'report',
          reason: `Reported: ${reason?.label ?? row.reason} (escalated from report triage: ${input.reason.trim()})`,
          severity: reason?.severity,
          reportId: id,
          reportReason: row.reason,
          triagedBy: by,
        },
        { kind: reviewer.kind ?? 'user', id: reviewer.id, name: reviewer.name },
      );
    }
    const after = await tx.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return toView(cfg, after);
  });
}
