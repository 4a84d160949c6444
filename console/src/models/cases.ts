// View models of cases and queues, adapted from the cases API (src/cases/queries.ts), so a
// change in the API's shape is fixed here and not in every screen.
import type { CaseDetail, CaseListItem, QueueSummary } from '../../../src/cases/queries.ts';
import type { Span } from '../lib/highlight.ts';

export type { CaseDetail, CaseListItem, QueueSummary };

export interface QueueModel {
  name: string;
  open: number;
  unassigned: number;
  overdue: number;
  escalated: number;
  oldestAgeSeconds: number | null;
}

/** GET /v1/queues: the case queues, and the report triage queue beside them (reports, not cases). */
export interface QueuesReply {
  queues: QueueSummary[];
  reportTriage?: { queued: number; oldestQueuedAt: string | null; oldestAgeSeconds: number | null };
}

export const toQueue = (q: QueueSummary): QueueModel => ({
  name: q.queue,
  open: q.open,
  unassigned: q.unassigned,
  overdue: q.overdue,
  escalated: q.escalated,
  oldestAgeSeconds: q.oldestAgeSeconds,
});

export type Band = 'urgent' | 'high' | 'normal' | 'low';

/** Priority is 0–100; the bands are what a reviewer scans for. */
export function bandOf(priority: number): Band {
  if (priority >= 80) return 'urgent';
  if (priority >= 60) return 'high';
  if (priority >= 30) return 'normal';
  return 'low';
}

const RECORD_ID = /\s*\b[a-z]{2,5}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;

/**
 * A case's reason as a heading: record ids that services put in reasons ("Appeal of action
 * act_9c1e…: …") mean nothing to a reviewer, who sees the record on the page, and a long
 * quote is cut at a word.
 */
export function displayReason(reason: string, max = 110): string {
  const r = reason
    .replace(RECORD_ID, '')
    .replace(/\s+:/g, ':')
    .replace(/\s{2,}/g, ' ')
    .trim();
  if (r.length <= max) return r;
  const cut = r.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).trimEnd()}…`;
}

export interface CaseRow {
  id: string;
  subjectType: string;
  subjectId: string;
  accountId: string;
  source: string;
  status: string;
  queue: string;
  severity: string;
  priority: number;
  band: Band;
  policy: string | null;
  reason: string;
  assignee: { id: string; name: string } | null;
  escalated: boolean;
  openedAt: string;
  ageSeconds: number;
  overdue: boolean;
  slaDueAt: string;
  resolution: string | null;
}

export const toCaseRow = (c: CaseListItem): CaseRow => ({
  id: c.id,
  subjectType: c.subject.type,
  subjectId: c.subject.id,
  accountId: c.subject.accountId,
  source: c.source,
  status: c.status,
  queue: c.queue,
  severity: c.severity,
  priority: c.priority,
  band: bandOf(c.priority),
  policy: c.policy,
  reason: displayReason(c.reason),
  assignee: c.assignee ? { id: c.assignee.id, name: c.assignee.name ?? c.assignee.id } : null,
  escalated: c.escalated,
  openedAt: c.openedAt,
  ageSeconds: c.ageSeconds,
  overdue: c.overdue,
  slaDueAt: c.slaDueAt,
  resolution: c.resolution,
});

export interface CaseList {
  rows: CaseRow[];
  total: number;
  nextOffset: number | null;
}

export const toCaseList = (r: { cases: CaseListItem[]; total: number; nextOffset: number | null }): CaseList => ({
  rows: r.cases.map(toCaseRow),
  total: r.total,
  nextOffset: r.nextOffset,
});

export interface SignalModel {
  type: string;
  strength: string;
  score: number | null;
  start: number | null;
  end: number | null;
  text: string | null;
  evidence: Record<string, unknown> | null;
}

export interface DecisionModel {
  id: string;
  outcome: string;
  createdAt: string;
  policies: { name: string; version: number; outcome: string; matched: string[] }[];
  signals: SignalModel[];
  context: Record<string, unknown>;
}

export interface CaseModel {
  id: string;
  status: 'open' | 'resolved';
  source: string;
  queue: string;
  severity: string;
  priority: number;
  band: Band;
  policy: string | null;
  policies: string[];
  reason: string;
  /** `text` arrives with contact details masked; `hiddenContacts` says how many a reveal would show. */
  subject: { type: string; id: string; accountId: string; counterpartId: string | null; text: string | null; hiddenContacts: number };
  /** What the subject id names when it is not content: an appeal or a verification request. */
  appealId: string | null;
  verificationId: string | null;
  assignee: { id: string; name: string } | null;
  escalated: boolean;
  openedAt: string;
  slaDueAt: string;
  overdue: boolean;
  ageSeconds: number;
  resolution: CaseDetail['resolution'];
  /** Highlights, indexed into `subject.text` as the server sent it (masked). */
  spans: Span[];
  decisions: DecisionModel[];
  reports: CaseDetail['reports'];
  notes: CaseDetail['notes'];
  audit: CaseDetail['audit'];
  items: CaseDetail['items'];
  /** What the case stands on (server: src/cases/evidence.ts); null from a server that does not say. */
  evidence: CaseDetail['evidence'] | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function toSignal(raw: unknown): SignalModel {
  const s = (raw ?? {}) as Record<string, unknown>;
  return {
    type: String(s.type ?? 'unknown'),
    strength: String(s.strength ?? ''),
    score: num(s.score),
    start: num(s.start),
    end: num(s.end),
    text: typeof s.text === 'string' ? s.text : null,
    evidence: s.evidence && typeof s.evidence === 'object' ? (s.evidence as Record<string, unknown>) : null,
  };
}

export function toCaseModel(c: CaseDetail): CaseModel {
  const decisions: DecisionModel[] = c.decisions.map((d) => ({
    id: d.id,
    outcome: d.outcome,
    createdAt: d.createdAt,
    policies: Array.isArray(d.policyVersions) ? (d.policyVersions as DecisionModel['policies']) : [],
    signals: Array.isArray(d.signals) ? d.signals.map(toSignal) : [],
    context: d.context && typeof d.context === 'object' ? (d.context as Record<string, unknown>) : {},
  }));
  const verification = c.subject.id.startsWith('verification:') ? c.subject.id.slice('verification:'.length) : null;
  return {
    id: c.id,
    status: c.status,
    source: c.source,
    queue: c.queue,
    severity: c.severity,
    priority: c.priority,
    band: bandOf(c.priority),
    policy: c.policy,
    policies: c.policies,
    reason: displayReason(c.reason),
    subject: {
      type: c.subject.type,
      id: c.subject.id,
      accountId: c.subject.accountId,
      counterpartId: c.subject.counterpartId,
      text: c.subject.text,
      hiddenContacts: c.subject.hiddenContacts ?? 0,
    },
    appealId: c.appealId ?? (c.subject.id.startsWith('appeal:') ? c.subject.id.slice('appeal:'.length) : null),
    verificationId: verification,
    assignee: c.assignee ? { id: c.assignee.id, name: c.assignee.name ?? c.assignee.id } : null,
    escalated: c.escalated,
    openedAt: c.openedAt,
    slaDueAt: c.slaDueAt,
    overdue: c.overdue,
    ageSeconds: c.ageSeconds,
    resolution: c.resolution,
    spans: c.subject.spans ?? [],
    evidence: c.evidence ?? null,
    decisions,
    reports: c.reports,
    notes: c.notes,
    audit: c.audit,
    items: c.items,
  };
}

export interface AttachmentModel {
  id: string;
  name: string;
  mimeType: string | null;
  sizeBytes: number | null;
  status: string;
  quarantined: boolean;
  verdict: string | null;
  reasons: string[];
  scannedAt: string | null;
}

/**
 * A signal's evidence as a reviewer reads it: each field with its value ("kind: message ·
 * families: payment, contact"), lists joined, nested objects as their own fields, long values
 * cut. The values are what the detector saw; the field names alone say nothing.
 */
export function formatEvidence(evidence: Record<string, unknown> | null, max = 160): string {
  if (!evidence) return '';
  const value = (v: unknown): string => {
    if (v === null || v === undefined) return '—';
    if (Array.isArray(v)) return v.map(value).join(', ');
    if (typeof v === 'object')
      return Object.entries(v as Record<string, unknown>)
        .map(([k, x]) => `${k} ${value(x)}`)
        .join(', ');
    if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
    return String(v);
  };
  const parts = Object.entries(evidence)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      const s = value(v);
      return `${k.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}: ${s.length > max ? `${s.slice(0, max - 1)}…` : s}`;
    });
  return parts.join(' · ');
}
