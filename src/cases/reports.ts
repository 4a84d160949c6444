// Community reports: the marketplace reports on behalf of its user. Reports on one subject
// group into its case; a reporter's credibility is learned from how their past reports ended.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { notFoundError, validationError } from '../app/errors.ts';
import { type DbOrTx, type Tx, withTransaction } from '../store/db.ts';
import type { CasesConfig } from './config.ts';
import { caseEvidence, corroboratingPolicies, UNCONNECTED_REPORTS_SIGNAL } from './evidence.ts';
import { type Credibility, reporterCredibility } from './rules.ts';
import { CASE_SUBJECT_TYPES, type CaseService, type CaseSubjectType, type Reviewer } from './service.ts';
import './tables.ts';
import { plural } from '../app/plural.ts';
import {
  accountsReportedSince,
  disputeBetween,
  type EscalatedBy,
  independentReporters,
  independentWitness,
  joinQueuedReports,
  linkedReportersOf,
  networkReportersOf,
  type TriageReason,
  type TriageState,
  triageReasons,
} from './triage.ts';

export interface ReportInput {
  reporterId: string;
  subject: { type: CaseSubjectType; id: string; accountId: string; text?: string };
  reason: string;
  comment?: string;
}

export interface ReportReceipt {
  id: string;
  status: 'received' | 'reviewed';
  reason: string;
  createdAt: string;
  /** What the marketplace may show its user. */
  message: string;
  duplicate: boolean;
}

export function listReportReasons(cfg: CasesConfig): { code: string; label: string }[] {
  return cfg.reportReasons.map(({ code, label }) => ({ code, label }));
}

export function reasonLabel(cfg: CasesConfig, code: string): string {
  return cfg.reportReasons.find((r) => r.code === code)?.label ?? code;
}

/** Credibility from the reporter's decided reports (upheld vs dismissed). */
export async function getReporterCredibility(db: DbOrTx, reporterId: string, cfg: CasesConfig): Promise<Credibility> {
  const r = await sql<{ upheld: number; dismissed: number }>`select
      count(*) filter (where outcome = 'upheld')::int as upheld,
      count(*) filter (where outcome = 'dismissed')::int as dismissed
    from reports where reporter_id = ${reporterId}`.execute(db);
  const row = r.rows[0] ?? { upheld: 0, dismissed: 0 };
  return reporterCredibility(cfg, row.upheld, row.dismissed);
}

// Words for the reporter: they learn their report was looked at and whether something was
// done, never what happened to the other person's account.
const MESSAGES = {
  received: 'Thanks for your report. Our team will review it; you do not need to do anything else.',
  upheld: 'Thanks — we reviewed your report and took action under our policies. For privacy we do not share what happens to another person’s account.',
  dismissed: 'Thanks — we reviewed your report and found no violation of our policies. If it happens again or you have more to add, please send a new report.',
} as const;

/**
 * Mass reporting of strangers: within `windowDays`, reports against at least `minAccounts`
 * distinct accounts the reporter never dealt with (no message or contract between them, no
 * proposal or invitation either way), upheld reports aside. Honest users report what reached them — a message, a
 * proposal, a job they applied to — so a run of reports on strangers is the shape of false
 * or retaliatory mass reporting.
 */
export const UNCONNECTED_REPORTS = { windowDays: 7, minAccounts: 3 } as const;

/** Distinct accounts the reporter reported in the window without ever having dealt with them. */
async function unconnectedReported(tx: DbOrTx, reporterId: string, since: Date): Promise<number> {
  const r = await sql<{ n: number }>`select count(distinct r.account_id)::int as n
      from reports r
      where r.reporter_id = ${reporterId} and r.created_at >= ${since} and r.outcome is distinct from 'upheld'
        and not exists (select 1 from relationships x
          where x.account_a = least(r.reporter_id, r.account_id) and x.account_b = greatest(r.reporter_id, r.account_id)
            and (x.messages > 0 or x.contracts_started > 0))
        and not exists (select 1 from pattern_facts f
          where f.kind in ('touch', 'invite')
            and ((f.account_id = r.reporter_id and f.counterpart_id = r.account_id) or (f.account_id = r.account_id and f.counterpart_id = r.reporter_id)))`.execute(
    tx,
  );
  return r.rows[0]?.n ?? 0;
}

/** Whether two accounts ever dealt with each other: a message or contract between them, a proposal or invitation either way. */
async function dealtWith(tx: DbOrTx, x: string, y: string): Promise<boolean> {
  const r = await sql<{ n: number }>`select
      (select count(*) from relationships r where r.account_a = least(${x}::text, ${y}::text) and r.account_b = greatest(${x}::text, ${y}::text)
         and (r.messages > 0 or r.contracts_started > 0))::int
      + (select count(*) from pattern_facts f where f.kind in ('touch', 'invite')
         and ((f.account_id = ${x} and f.counterpart_id = ${y}) or (f.account_id = ${y} and f.counterpart_id = ${x})))::int as n`.execute(tx);
  return (r.rows[0]?.n ?? 0) > 0;
}

/** First key of the advisory locks that serialise reports of one subject by one reporter. */
const REPORT_LOCK_NAMESPACE = 7_101;

/**
 * Records a report and triages it (triage.ts). It joins the open case on its subject, or on its
 * account, when there is one: Warden already investigates, the report adds to it (a muted
 * reporter's adds nothing to priority). Else, when detection on the account corroborates it or
 * nothing weakens its reporter's word, it opens a case. Else it waits in the report triage
 * queue, unless an independent reporter of the same account corroborates it: then the queued
 * reports on the account go into a case with it. The same reporter reporting the same subject
 * again while the first report is open gets the first report back.
 */
export async function submitReport(db: DbOrTx, input: ReportInput, cases: CaseService): Promise<ReportReceipt> {
  const cfg = cases.config;
  const reason = cfg.reportReasons.find((r) => r.code === input.reason);
  if (!reason) throw validationError('/reason', `must be one of ${cfg.reportReasons.map((r) => r.code).join(', ')}`);
  if (!CASE_SUBJECT_TYPES.includes(input.subject.type)) throw validationError('/subject/type', `must be one of ${CASE_SUBJECT_TYPES.join(', ')}`);
  if (input.reporterId === input.subject.accountId) throw validationError('/reporterId', 'cannot report their own content');
  return withTransaction(db, async (tx) => {
    // Identical reports sent at once queue here, so the check below sees the first one
    // committed and they count once (held until this transaction ends).
    const key = `${input.reporterId}\u0001${input.subject.type}\u0001${input.subject.id}`;
    await sql`select pg_advisory_xact_lock(${REPORT_LOCK_NAMESPACE}, hashtext(${key}))`.execute(tx);
    const prior = await tx
      .selectFrom('reports')
      .selectAll()
      .where('reporter_id', '=', input.reporterId)
      .where('subject_type', '=', input.subject.type)
      .where('subject_id', '=', input.subject.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (prior) return { ...receipt(prior), duplicate: true };
    const cred = await getReporterCredibility(tx, input.reporterId, cfg);
    const id = randomUUID();
    const now = cases.now();
    const row = await tx
      .insertInto('reports')
      .values({
        id,
        reporter_id: input.reporterId,
        subject_type: input.subject.type,
        subject_id: input.subject.id,
        account_id: input.subject.accountId,
        subject_text: input.subject.text ?? null,
        reason: input.reason,
        comment: input.comment?.trim() || null,
        case_id: null,
        credibility: cred.credibility,
        muted: cred.muted,
        outcome: null,
        created_at: now,
        resolved_at: null,
        triage: null,
        triaged_at: null,
        triaged_by: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const since = new Date(now.getTime() - UNCONNECTED_REPORTS.windowDays * 86_400_000);
    const strangers = await unconnectedReported(tx, input.reporterId, since);
    const dealt = await dealtWith(tx, input.reporterId, input.subject.accountId);
    const asCase = (subject: ReportInput['subject']) =>
      cases.openOrJoinCase(
        tx,
        { subject: { ...subject }, source: 'report', reason: `Reported: ${reason.label}`, severity: reason.severity, reportId: id, reportReason: input.reason },
        { kind: 'reporter', id: input.reporterId },
      );
    const setTriage = (triage: TriageState, extra: { reasons?: TriageReason[]; by?: EscalatedBy } = {}) =>
      tx
        .updateTable('reports')
        .set({
          triage,
          triage_reasons: JSON.stringify(extra.reasons ?? []),
          ...(extra.by ? { triaged_at: now, triaged_by: extra.by } : {}),
        })
        .where('id', '=', id)
        .execute();
    const lookback = new Date(now.getTime() - cfg.triage.lookbackDays * 86_400_000);
    // Why this report alone would wait in triage (empty when detection corroborates it).
    const reasonsFor = async (): Promise<{ reasons: TriageReason[]; linked: string[] }> => {
      if ((await corroboratingPolicies(tx, input.subject.accountId, now)).length > 0) return { reasons: [], linked: [] };
      const person = await linkedReportersOf(tx, input.reporterId, input.subject.accountId, lookback);
      const network = await networkReportersOf(tx, input.reporterId, input.subject.accountId, lookback, person);
      const reasons = triageReasons(cfg.triage, {
        credibility: cred,
        dealtWith: dealt,
        reportedInBurstWindow: await accountsReportedSince(tx, input.reporterId, new Date(now.getTime() - cfg.triage.burstHours * 3_600_000)),
        massReporting: strangers >= UNCONNECTED_REPORTS.minAccounts && !dealt,
        linkedReporters: person.length,
        networkReporters: network.length,
        afterDispute: await disputeBetween(tx, input.reporterId, input.subject.accountId, lookback),
      });
      return { reasons, linked: [...person, ...network] };
    };
    const open = await openCaseOn(tx, input.subject);
    // A case that stands on reports alone takes only reports that are independent witnesses: one
    // linked to its reporters, or after a dispute with the account, adds no weight to it and
    // waits in triage instead. A detection case takes every report: Warden already has its own.
    const standing = open?.reportsOnly ? (await reasonsFor()).reasons.filter((r) => !independentWitness([r])) : [];
    if (open && standing.length) {
      await setTriage('queued', { reasons: standing });
    } else if (open) {
      // Warden already investigates the subject or the account: the report joins that case.
      await asCase(open.subject);
      await setTriage('direct');
    } else {
      const { reasons, linked } = await reasonsFor();
      const witnesses =
        reasons.length && independentWitness(reasons) ? await independentReporters(tx, input.reporterId, input.subject.accountId, lookback, linked) : [];
      if (!reasons.length) {
        await asCase(input.subject);
        await setTriage('direct');
      } else if (witnesses.length) {
        // A second reporter, independent of this one, corroborates: the account's queued reports go into the case too.
        await setTriage('escalated', { reasons, by: 'reporters' });
        const { caseId } = await asCase(input.subject);
        await joinQueuedReports(tx, cfg, caseId, { accountId: input.subject.accountId }, 'reporters', now);
      } else {
        await setTriage('queued', { reasons });
      }
    }
    await cases.onReport?.(tx, { reportId: id, reporterId: input.reporterId, subject: input.subject, at: new Date(row.created_at) });
    // A reporter reporting several strangers is investigated themselves: a proactive case on the
    // reporter's account, for a reviewer (nothing acts on them). Meanwhile their reports on
    // strangers wait in triage (`mass_reporting`).
    if (strangers >= UNCONNECTED_REPORTS.minAccounts) {
      await cases.openOrJoinCase(tx, {
        subject: { type: 'account', id: input.reporterId, accountId: input.reporterId },
        source: 'detection',
        reason: `Reported ${plural(strangers, 'account')} they never dealt with in ${plural(UNCONNECTED_REPORTS.windowDays, 'day')} (possible mass false reporting)`,
        severity: 'medium',
        queue: 'fraud',
        // Medium at the threshold, strong at twice it: what the case view's evidence reads.
        signals: [{ type: UNCONNECTED_REPORTS_SIGNAL, strength: strangers >= 2 * UNCONNECTED_REPORTS.minAccounts ? 'strong' : 'medium' }],
      });
      await closeUncorroboratedReportCases(tx, input.reporterId, cases);
    }
    return { ...receipt(row), duplicate: false };
  });
}

/**
 * The open case a report on `subject` joins: the subject's own, else the account's (an
 * investigation of the person already under way, not an appeal or a dispute), highest priority
 * first. Its subject, for `openOrJoinCase` to find it.
 */
async function openCaseOn(tx: Tx, subject: ReportInput['subject']): Promise<{ subject: ReportInput['subject']; reportsOnly: boolean } | undefined> {
  const reportsOnly = async (caseId: string, source: string) =>
    source === 'report' &&
    !(await tx.selectFrom('case_items').select('id').where('case_id', '=', caseId).where('kind', '=', 'detection').limit(1).executeTakeFirst());
  const same = await tx
    .selectFrom('cases')
    .select(['id', 'source'])
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (same) return { subject, reportsOnly: await reportsOnly(same.id, same.source) };
  const other = await tx
    .selectFrom('cases')
    .select(['id', 'source', 'subject_type', 'subject_id', 'account_id'])
    .where('account_id', '=', subject.accountId)
    .where('status', '=', 'open')
    .where('source', 'in', ['detection', 'report'])
    .orderBy('priority', 'desc')
    .orderBy('opened_at')
    .limit(1)
    .executeTakeFirst();
  return other
    ? {
        subject: { type: other.subject_type as CaseSubjectType, id: other.subject_id, accountId: other.account_id },
        reportsOnly: await reportsOnly(other.id, other.source),
      }
    : undefined;
}

/** Who closes a case Warden dismisses itself, in the audit trail and the resolution. */
const WARDEN_REVIEWER: Reviewer = { kind: 'system', id: 'warden', name: 'Warden' };

/**
 * The reporter's earlier reports on strangers that opened cases of their own: a case that stands
 * on this reporter's reports alone, with no detection item and no corroborating detection on the
 * account (evidence.ts), is dismissed by Warden, saying why; its report counts as dismissed for
 * the reporter's credibility. A case anyone else reported, or that detection joined, stays open.
 */
async function closeUncorroboratedReportCases(tx: Tx, reporterId: string, cases: CaseService): Promise<void> {
  const open = await tx
    .selectFrom('cases as c')
    .innerJoin('reports as r', 'r.case_id', 'c.id')
    .select(['c.id', 'c.account_id', 'c.source'])
    .where('r.reporter_id', '=', reporterId)
    .where('c.status', '=', 'open')
    .where('c.source', '=', 'report')
    .where('c.assignee_id', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('reports as o').select('o.id').whereRef('o.case_id', '=', 'c.id').where('o.reporter_id', '<>', reporterId))),
    )
    .distinct()
    .execute();
  for (const c of open) {
    if (await dealtWith(tx, reporterId, c.account_id)) continue;
    const items = await tx.selectFrom('case_items').select(['kind', 'signals']).where('case_id', '=', c.id).execute();
    const ev = await caseEvidence(
      tx,
      { id: c.id, accountId: c.account_id, source: c.source, itemKinds: items.map((i) => i.kind) },
      items.flatMap((i) => (Array.isArray(i.signals) ? i.signals : [])),
      [],
      cases.now(),
    );
    if (ev.corroborated || !ev.reportsOnly) continue;
    await cases.resolveCase(tx, c.id, WARDEN_REVIEWER, {
      resolution: 'dismiss',
      reason: `No corroborating evidence, and the reporter reported ${UNCONNECTED_REPORTS.minAccounts} or more accounts they never dealt with within ${plural(UNCONNECTED_REPORTS.windowDays, 'day')}: closed by Warden`,
    });
  }
}

function receipt(r: { id: string; status: string; outcome: string | null; reason: string; created_at: Date }): Omit<ReportReceipt, 'duplicate'> {
  const reviewed = r.status === 'resolved';
  return {
    id: r.id,
    status: reviewed ? 'reviewed' : 'received',
    reason: r.reason,
    createdAt: new Date(r.created_at).toISOString(),
    message: !reviewed ? MESSAGES.received : r.outcome === 'upheld' ? MESSAGES.upheld : MESSAGES.dismissed,
  };
}

/** The report as its reporter may see it: status, and a message that never exposes the other user's penalty. */
export async function getReportForReporter(
  db: DbOrTx,
  id: string,
): Promise<Omit<ReportReceipt, 'duplicate'> & { outcome: 'action_taken' | 'no_violation' | null }> {
  const r = await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFoundError('report', id);
  const outcome = r.status !== 'resolved' ? null : r.outcome === 'upheld' ? 'action_taken' : 'no_violation';
  return { ...receipt(r), outcome };
}
