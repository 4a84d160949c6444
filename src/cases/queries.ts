// Read side of cases: the filtered list, one case with everything joined to it, queue counts.

import { type Expression, type SqlBool, sql } from 'kysely';
import { validationError } from '../app/errors.ts';
import { type CaseMasker, caseMasker, maskReason, subjectSpans, type TextSpan } from '../detect/contact/masking.ts';
import type { DbOrTx } from '../store/db.ts';
import type { CasesConfig } from './config.ts';
import { type CaseEvidence, caseEvidence } from './evidence.ts';
import { reasonLabel } from './reports.ts';
import type { CaseService, CaseView } from './service.ts';

export const CASE_SORTS = ['priority', 'oldest', 'newest', 'due'] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export interface CaseFilter {
  queue?: string;
  /** open (default) | resolved | all */
  status?: 'open' | 'resolved' | 'all';
  policy?: string;
  source?: string;
  priorityMin?: number;
  priorityMax?: number;
  /** a reviewer id, "none" for unassigned, "any" for held by anyone */
  assignee?: string;
  createdAfter?: string;
  createdBefore?: string;
  /** only cases open at least this many hours */
  minAgeHours?: number;
  subjectType?: string;
  subjectId?: string;
  accountId?: string;
  overdue?: boolean;
  escalated?: boolean;
  sort?: CaseSort;
  limit?: number;
  offset?: number;
}

const dateParam = (name: string, v: string) => {
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw validationError(name, 'must be an ISO 8601 date-time');
  return d;
};

/** A row of the case list. The fields it shares with the full case view come from it, so the two cannot drift apart. */
export interface CaseListItem
  extends Pick<CaseView, 'id' | 'queue' | 'priority' | 'policy' | 'reason' | 'assignee' | 'escalated' | 'openedAt' | 'slaDueAt' | 'overdue' | 'ageSeconds'> {
  subject: { type: string; id: string; accountId: string };
  source: string;
  status: string;
  severity: string;
  resolution: string | null;
  resolvedAt: string | null;
}

export async function listCases(
  db: DbOrTx,
  f: CaseFilter,
): Promise<{ cases: CaseListItem[]; total: number; limit: number; offset: number; nextOffset: number | null }> {
  const limit = Math.min(Math.max(f.limit ?? 50, 1), 500);
  const offset = Math.max(f.offset ?? 0, 0);
  const now = new Date();
  let q = db.selectFrom('cases');
  const status = f.status ?? 'open';
  if (status !== 'all') q = q.where('status', '=', status);
  if (f.queue) q = q.where('queue', '=', f.queue);
  if (f.policy) q = q.where('policy', '=', f.policy);
  if (f.source) q = q.where('source', '=', f.source);
  if (f.priorityMin !== undefined) q = q.where('priority', '>=', f.priorityMin);
  if (f.priorityMax !== undefined) q = q.where('priority', '<=', f.priorityMax);
  if (f.assignee === 'none') q = q.where('assignee_id', 'is', null);
  else if (f.assignee === 'any') q = q.where('assignee_id', 'is not', null);
  else if (f.assignee) q = q.where('assignee_id', '=', f.assignee);
  if (f.createdAfter) q = q.where('opened_at', '>=', dateParam('createdAfter', f.createdAfter));
  if (f.createdBefore) q = q.where('opened_at', '<', dateParam('createdBefore', f.createdBefore));
  if (f.minAgeHours !== undefined) q = q.where('opened_at', '<=', new Date(now.getTime() - f.minAgeHours * 3_600_000));
  if (f.subjectType) q = q.where('subject_type', '=', f.subjectType);
  if (f.subjectId) q = q.where('subject_id', '=', f.subjectId);
  if (f.accountId) q = q.where('account_id', '=', f.accountId);
  if (f.escalated !== undefined) q = q.where('escalated', '=', f.escalated);
  if (f.overdue !== undefined) {
    const overdue: Expression<SqlBool> = sql<boolean>`(status = 'open' and sla_due_at < ${now})`;
    q = q.where(f.overdue ? overdue : sql<boolean>`not ${overdue}`);
  }
  const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  let rows = q.selectAll();
  switch (f.sort ?? 'priority') {
    case 'priority':
      rows = rows.orderBy('priority', 'desc').orderBy('opened_at', 'asc');
      break;
    case 'oldest':
      rows = rows.orderBy('opened_at', 'asc');
      break;
    case 'newest':
      rows = rows.orderBy('opened_at', 'desc');
      break;
    case 'due':
      rows = rows.orderBy('sla_due_at', 'asc');
      break;
  }
  const page = await rows.orderBy('id').limit(limit).offset(offset).execute();
  const cases = page.map((r): CaseListItem => {
    const opened = new Date(r.opened_at);
    const due = new Date(r.sla_due_at);
    const end = r.resolved_at ? new Date(r.resolved_at) : now;
    return {
      id: r.id,
      subject: { type: r.subject_type, id: r.subject_id, accountId: r.account_id },
      source: r.source,
      status: r.status,
      queue: r.queue,
      severity: r.severity,
      priority: r.priority,
      policy: r.policy,
      reason: maskReason(r.reason),
      assignee: r.assignee_id ? { id: r.assignee_id, name: r.assignee_name } : null,
      escalated: r.escalated,
      openedAt: opened.toISOString(),
      slaDueAt: due.toISOString(),
      overdue: r.status === 'open' && due < now,
      ageSeconds: Math.max(0, Math.round((end.getTime() - opened.getTime()) / 1000)),
      resolution: r.resolution,
      resolvedAt: r.resolved_at ? new Date(r.resolved_at).toISOString() : null,
    };
  });
  return { cases, total, limit, offset, nextOffset: offset + cases.length < total ? offset + cases.length : null };
}

export interface CaseDetail extends Omit<CaseView, 'subject'> {
  /**
   * `text` has its contact details replaced by "[contact hidden]" (POST /v1/cases/{id}/reveal
   * gives the original, audited); `spans` index that masked text, for highlighting.
   */
  subject: CaseView['subject'] & { spans: TextSpan[]; hiddenContacts: number };
  items: {
    id: number;
    kind: string;
    policy: string | null;
    decisionId: string | null;
    reportId: string | null;
    appealId: string | null;
    severity: string;
    reason: string;
    signals: unknown[];
    at: string;
  }[];
  decisions: { id: string; outcome: string; policyVersions: unknown; signals: unknown; context: unknown; effects: unknown; createdAt: string }[];
  reports: {
    id: string;
    reporterId: string;
    reason: string;
    reasonLabel: string;
    comment: string | null;
    reporterCredibility: number;
    muted: boolean;
    status: string;
    outcome: string | null;
    createdAt: string;
  }[];
  notes: { id: number; author: { id: string; name: string }; body: string; createdAt: string }[];
  /** What the case stands on: corroborating detection, reports only, network facts only (evidence.ts). */
  evidence: CaseEvidence;
  audit: { id: number; at: string; actor: { kind: string; id: string; name: string | null }; action: string; detail: Record<string, unknown> }[];
}

/** Signals stored with the decisions of a case (the case's own items keep only some of them). */
async function decisionSignals(db: DbOrTx, decisionIds: string[]): Promise<unknown[]> {
  if (!decisionIds.length) return [];
  const rows = await db.selectFrom('decisions').select('signals').where('id', 'in', decisionIds).execute();
  return rows.flatMap((r) => (Array.isArray(r.signals) ? r.signals : []));
}

/** The subject's original text and its highlight spans in original offsets: what a reveal shows. */
export async function caseSubjectOriginal(db: DbOrTx, view: CaseView): Promise<{ text: string | null; spans: TextSpan[] }> {
  const text = view.subject.text;
  if (text === null) return { text, spans: [] };
  return { text, spans: subjectSpans(text, [...view.signals, ...(await decisionSignals(db, view.decisionIds))]) };
}

/** A case as every reply carries it: the subject's text masked, `spans` into the masked text, `hiddenContacts` runs hidden, signals' quotes masked. */
export type MaskedCase = CaseView & { subject: CaseView['subject'] & { spans: TextSpan[]; hiddenContacts: number } };

function applyMasker(view: CaseView, m: CaseMasker): MaskedCase {
  return {
    ...view,
    subject: { ...view.subject, text: m.subject?.text ?? null, spans: m.subject?.spans ?? [], hiddenContacts: m.subject?.hidden ?? 0 },
    signals: m.signals(view.signals),
  };
}

/**
 * The one serializer of a case leaving the API (GET /v1/cases/{id} and the replies of claim,
 * release, escalate and resolve): contact details hidden wherever the case quotes its users.
 * The original is read only through the audited reveal (reveal.ts).
 */
export async function maskedCase(db: DbOrTx, view: CaseView): Promise<MaskedCase> {
  const decisions = view.decisionIds.length
    ? await db.selectFrom('decisions').select(['signals', 'context']).where('id', 'in', view.decisionIds).execute()
    : [];
  return applyMasker(view, caseMasker({ subjectText: view.subject.text, signals: view.signals, decisions }));
}

export async function getCaseDetail(db: DbOrTx, id: string, cases: CaseService): Promise<CaseDetail> {
  const view = await cases.getCaseView(db, id);
  const [items, reports, notes, trail] = await Promise.all([
    db.selectFrom('case_items').selectAll().where('case_id', '=', id).orderBy('id').execute(),
    db.selectFrom('reports').selectAll().where('case_id', '=', id).orderBy('created_at').execute(),
    db.selectFrom('case_notes').selectAll().where('case_id', '=', id).orderBy('id').execute(),
    db.selectFrom('case_audit').selectAll().where('case_id', '=', id).orderBy('id').execute(),
  ]);
  const decisions = view.decisionIds.length
    ? await db.selectFrom('decisions').selectAll().where('id', 'in', view.decisionIds).orderBy('created_at').execute()
    : [];
  // Every place that quotes the user's text is masked by one masker: the subject, the quotes
  // of the stored signals (of later messages too), and the text kept in the decisions' context.
  const m = caseMasker({ subjectText: view.subject.text, signals: view.signals, decisions });
  const evidence = await caseEvidence(
    db,
    { id, accountId: view.subject.accountId, source: view.source, itemKinds: items.map((i) => i.kind) },
    [
      ...view.signals,
      ...items.flatMap((i) => (Array.isArray(i.signals) ? i.signals : [])),
      ...decisions.flatMap((d) => (Array.isArray(d.signals) ? d.signals : [])),
    ],
    reports.map((r) => ({ reporterId: r.reporter_id, muted: r.muted })),
    cases.now(),
  );
  return {
    ...applyMasker(view, m),
    evidence,
    items: items.map((i) => ({
      id: Number(i.id),
      kind: i.kind,
      policy: i.policy,
      decisionId: i.decision_id,
      reportId: i.report_id,
      appealId: i.appeal_id,
      severity: i.severity,
      reason: maskReason(i.reason),
      signals: m.signals(i.signals),
      at: new Date(i.created_at).toISOString(),
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      outcome: d.outcome,
      policyVersions: d.policy_versions,
      signals: m.signals(d.signals),
      context: m.context(d.context),
      effects: d.effects,
      createdAt: new Date(d.created_at).toISOString(),
    })),
    reports: reports.map((r) => ({
      id: r.id,
      reporterId: r.reporter_id,
      reason: r.reason,
      reasonLabel: reasonLabel(cases.config, r.reason),
      comment: r.comment,
      reporterCredibility: Math.round(Number(r.credibility) * 1000) / 1000,
      muted: r.muted,
      status: r.status,
      outcome: r.outcome,
      // Report triage (triage.ts): whether it came in directly or from the triage queue, and why it waited.
      triage: r.triage,
      triageReasons: Array.isArray(r.triage_reasons) ? r.triage_reasons : [],
      createdAt: new Date(r.created_at).toISOString(),
    })),
    notes: notes.map((n) => ({
      id: Number(n.id),
      author: { id: n.author_id, name: n.author_name },
      body: n.body,
      createdAt: new Date(n.created_at).toISOString(),
    })),
    audit: trail.map((a) => ({
      id: Number(a.id),
      at: new Date(a.at).toISOString(),
      actor: { kind: a.actor_kind, id: a.actor_id, name: a.actor_name },
      action: a.action,
      detail: a.detail,
    })),
  };
}

export interface QueueSummary {
  queue: string;
  open: number;
  unassigned: number;
  overdue: number;
  escalated: number;
  oldestOpenedAt: string | null;
  oldestAgeSeconds: number | null;
}

/** Every configured queue (even when empty) and any other queue that holds open cases. */
/** Every queue with its counts: the configured ones, `declared` (queues the live policies send cases to), and any holding open cases; empty ones show zeros. */
export async function listQueues(db: DbOrTx, cfg: CasesConfig, declared: readonly string[] = []): Promise<QueueSummary[]> {
  const now = new Date();
  const rows = await sql<{ queue: string; open: number; unassigned: number; overdue: number; escalated: number; oldest: Date | string | null }>`
    select queue,
      count(*)::int as open,
      count(*) filter (where assignee_id is null)::int as unassigned,
      count(*) filter (where sla_due_at < ${now})::int as overdue,
      count(*) filter (where escalated)::int as escalated,
      min(opened_at) as oldest
    from cases where status = 'open' group by queue`.execute(db);
  const byQueue = new Map(rows.rows.map((r) => [r.queue, r]));
  const names = [...new Set([...cfg.routes.map((r) => r.queue), cfg.defaultQueue, ...declared, ...byQueue.keys()])].sort();
  return names.map((queue) => {
    const r = byQueue.get(queue);
    const oldest = r?.oldest ? new Date(r.oldest) : null;
    return {
      queue,
      open: r?.open ?? 0,
      unassigned: r?.unassigned ?? 0,
      overdue: r?.overdue ?? 0,
      escalated: r?.escalated ?? 0,
      oldestOpenedAt: oldest?.toISOString() ?? null,
      oldestAgeSeconds: oldest ? Math.round((now.getTime() - oldest.getTime()) / 1000) : null,
    };
  });
}
