// Community reports: the marketplace reports on behalf of its user. Reports on one subject
// group into its case; a reporter's credibility is learned from how their past reports ended.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { notFoundError, validationError } from '../app/errors.ts';
import { type DbOrTx, withTransaction } from '../store/db.ts';
import type { CasesConfig } from './config.ts';
import { type Credibility, reporterCredibility } from './rules.ts';
import { CASE_SUBJECT_TYPES, type CaseService, type CaseSubjectType } from './service.ts';
import './tables.ts';

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

/** First key of the advisory locks that serialise reports of one subject by one reporter. */
const REPORT_LOCK_NAMESPACE = 7_101;

/**
 * Records a report. A muted reporter's report is kept (and joins an open case for the record)
 * but never opens a case alone nor raises priority. The same reporter reporting the same
 * subject again while the first report is open gets the first report back.
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
        created_at: new Date(),
        resolved_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const open = await tx
      .selectFrom('cases')
      .select('id')
      .where('subject_type', '=', input.subject.type)
      .where('subject_id', '=', input.subject.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (!cred.muted || open) {
      await cases.openOrJoinCase(
        tx,
        {
          subject: { ...input.subject },
          source: 'report',
          reason: `Reported: ${reason.label}`,
          severity: reason.severity,
          reportId: id,
          reportReason: input.reason,
        },
        { kind: 'reporter', id: input.reporterId },
      );
    }
    await cases.onReport?.(tx, { reportId: id, reporterId: input.reporterId, subject: input.subject, at: new Date(row.created_at) });
    return { ...receipt(row), duplicate: false };
  });
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
