// Cases: the unit of human review. One open case per subject; detections, reports and
// appeals open it or join it; reviewers claim, note, escalate and resolve it. Every change
// is an audit entry, and a resolution, its enforcement action and its webhook commit together.

import { randomUUID } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import { type Clock, systemClock } from '../app/clock.ts';
import { conflictError, notFoundError, validationError, WardenError } from '../app/errors.ts';
import { maskQuote, maskReason } from '../detect/contact/masking.ts';
import { type DbOrTx, type Tx, withTransaction } from '../store/db.ts';
import { enqueueOutbox } from '../webhooks/outbox.ts';
import type { CasesConfig, PriorityBand } from './config.ts';
import { conductCorroborates } from './evidence.ts';
import { computePriority, maxSeverity, priorityBand, routeCase, slaDueAt } from './rules.ts';
import type { CasesTable } from './tables.ts';
import './tables.ts';
import { SEVERITIES, type Severity, SUBJECT_TYPES, type SubjectType } from '../policy/schema.ts';
import { type EscalatedBy, joinQueuedReports } from './triage.ts';

/** dispute: a payment dispute the marketplace filed for a client or freelancer (src/disputes). */
export type CaseSource = 'detection' | 'report' | 'appeal' | 'dispute';
export const CASE_SOURCES: CaseSource[] = ['detection', 'report', 'appeal', 'dispute'];
/** What a case is about: whatever a decision judges (policy's `SubjectType`), or a dispute. */
export type CaseSubjectType = SubjectType | 'dispute';
export const CASE_SUBJECT_TYPES: readonly CaseSubjectType[] = [...SUBJECT_TYPES, 'dispute'];

export interface CaseSignal {
  type: string;
  strength: string;
  start?: number;
  end?: number;
  text?: string;
}

export interface CaseInput {
  subject: { type: CaseSubjectType; id: string; accountId: string; text?: string; counterpartId?: string };
  source: CaseSource;
  /** Human-readable: "Off-platform payment proposed before a contract". */
  reason: string;
  /** Policy name that caused it (detections), or the policy of the appealed action (appeals). */
  policy?: string;
  decisionId?: string;
  severity?: Severity;
  /** When absent, routing rules pick one. */
  queue?: string;
  signals?: CaseSignal[];
  reportId?: string;
  /** Report reason code, so routing can use it (set by the reports service). */
  reportReason?: string;
  appealId?: string;
  /** e.g. the high-reputation guardrail asks for a high-priority case. */
  priorityBoost?: number;
  /** A report's case: what the subject's other reports waiting in triage are escalated by when they join it (default: other reporters). */
  triagedBy?: EscalatedBy;
  /**
   * This item is what the reviewer must decide now (a proposed action awaiting a person): its
   * reason becomes the case's reason, on a case it opens or joins.
   */
  headline?: boolean;
}

export interface Actor {
  kind: string;
  id: string;
  name?: string;
}
export interface Reviewer {
  id: string;
  name: string;
  kind?: string;
}

const SYSTEM: Actor = { kind: 'system', id: 'warden', name: 'Warden' };

/** What enforcement sees of a case when a reviewer resolves it with an action. */
export interface CaseView {
  id: string;
  subject: { type: CaseSubjectType; id: string; accountId: string; counterpartId: string | null; text: string | null };
  source: CaseSource;
  status: 'open' | 'resolved';
  queue: string;
  severity: Severity;
  priority: number;
  band: PriorityBand;
  policy: string | null;
  reason: string;
  assignee: { id: string; name: string | null } | null;
  escalated: boolean;
  openedAt: string;
  slaDueAt: string;
  overdue: boolean;
  ageSeconds: number;
  firstActionAt: string | null;
  resolution: {
    kind: 'dismiss' | 'action';
    reason: string | null;
    actionType: string | null;
    actionId: string | null;
    by: { id: string; name: string | null };
    at: string;
  } | null;
  appealId: string | null;
  /** Every policy, decision and signal that opened or joined the case. */
  policies: string[];
  decisionIds: string[];
  reportIds: string[];
  signals: CaseSignal[];
}

export type CaseAction = { type: string; [k: string]: unknown };
export type ActionApplier = (
  tx: Tx,
  kase: CaseView,
  action: CaseAction,
  reviewer: { id: string; name: string },
) => Promise<{ actionId: string; [k: string]: unknown }>;

type CaseRow = Selectable<CasesTable>;

const iso = (d: Date | string | null) => (d == null ? null : new Date(d).toISOString());

const uniq = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => x != null))];

async function loadRow(tx: DbOrTx, id: string, lock = false): Promise<CaseRow | undefined> {
  let q = tx.selectFrom('cases').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return (await q.executeTakeFirst()) as CaseRow | undefined;
}

async function loadItems(tx: DbOrTx, caseId: string) {
  return tx.selectFrom('case_items').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
}

export async function audit(tx: DbOrTx, caseId: string, actor: Actor, action: string, detail: Record<string, unknown> = {}): Promise<void> {
  await tx
    .insertInto('case_audit')
    .values({ case_id: caseId, actor_kind: actor.kind, actor_id: actor.id, actor_name: actor.name ?? null, action, detail: JSON.stringify(detail) })
    .execute();
}

/** Distinct accounts this account exchanged messages with: how many people its content reached. */
async function reachOf(tx: DbOrTx, accountId: string): Promise<number> {
  const r = await sql<{ n: number }>`select
      (select count(*) from relationships where account_a = ${accountId} and messages > 0) +
      (select count(*) from relationships where account_b = ${accountId} and messages > 0) as n`.execute(tx);
  return Number(r.rows[0]?.n ?? 0);
}

async function earnedCents(tx: DbOrTx, accountId: string): Promise<number> {
  const r = await tx.selectFrom('accounts').select('total_earned_cents').where('id', '=', accountId).executeTakeFirst();
  return Number(r?.total_earned_cents ?? 0);
}

function validateInput(input: CaseInput): void {
  if (!input.subject?.id) throw validationError('/subject/id', 'is required');
  if (!input.subject.accountId) throw validationError('/subject/accountId', 'is required');
  if (!CASE_SUBJECT_TYPES.includes(input.subject.type)) throw validationError('/subject/type', `must be one of ${CASE_SUBJECT_TYPES.join(', ')}`);
  if (!CASE_SOURCES.includes(input.source)) throw validationError('/source', `must be one of ${CASE_SOURCES.join(', ')}`);
  if (input.severity && !SEVERITIES.includes(input.severity)) throw validationError('/severity', `must be one of ${SEVERITIES.join(', ')}`);
  if (!input.reason) throw validationError('/reason', 'is required');
}

/** The signals of an item and of its update, each (type, strength, span) once. */
function mergeSignals(stored: unknown, more: CaseSignal[]): CaseSignal[] {
  const before = (typeof stored === 'string' ? JSON.parse(stored) : (stored ?? [])) as CaseSignal[];
  const key = (x: CaseSignal) => `${x.type}|${x.strength}|${x.start ?? ''}|${x.end ?? ''}`;
  const seen = new Set(before.map(key));
  return [...before, ...more.filter((x) => !seen.has(key(x)))];
}

/** What a case item links to, null where absent: stored on the item row and repeated in the 'joined' audit entry. */
function itemOrigin(input: CaseInput) {
  return {
    policy: input.policy ?? null,
    decisionId: input.decisionId ?? null,
    reportId: input.reportId ?? null,
    appealId: input.appealId ?? null,
  };
}

function heldByOther(row: CaseRow, reviewer: Reviewer): boolean {
  return row.assignee_id != null && row.assignee_id !== reviewer.id;
}

function heldError(row: CaseRow) {
  return new WardenError('CaseHeld', `case ${row.id} is held by ${row.assignee_name ?? row.assignee_id}`, {
    extra: { assignee: { id: row.assignee_id, name: row.assignee_name } },
  });
}

export const actorOf = (r: Reviewer): Actor => ({ kind: r.kind ?? 'user', id: r.id, name: r.name });

export interface NoteView {
  id: number;
  author: { id: string; name: string };
  body: string;
  createdAt: string;
}

/** A case's internal notes, oldest first (disputes show them as mediation notes). */
export async function listNotes(db: DbOrTx, caseId: string): Promise<NoteView[]> {
  const rows = await db.selectFrom('case_notes').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
  return rows.map((n) => ({
    id: Number(n.id),
    author: { id: n.author_id, name: n.author_name },
    body: n.body,
    createdAt: new Date(n.created_at).toISOString(),
  }));
}

/** An internal note: seen by reviewers only, never by the users involved. */
export async function addNote(db: DbOrTx, id: string, reviewer: Reviewer, body: string): Promise<NoteView> {
  const text = body.trim();
  if (!text) throw validationError('/body', 'must not be empty');
  return withTransaction(db, async (tx) => {
    const row = await loadRow(tx, id, true);
    if (!row) throw notFoundError('case', id);
    const now = new Date();
    const note = await tx
      .insertInto('case_notes')
      .values({ case_id: id, author_id: reviewer.id, author_name: reviewer.name, body: text, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('cases')
      .set({ updated_at: now, first_action_at: sql`coalesce(first_action_at, ${now})` })
      .where('id', '=', id)
      .execute();
    await audit(tx, id, actorOf(reviewer), 'noted', { noteId: Number(note.id) });
    return { id: Number(note.id), author: { id: note.author_id, name: note.author_name }, body: note.body, createdAt: new Date(note.created_at).toISOString() };
  });
}

export interface ResolveInput {
  resolution: 'dismiss' | 'action';
  action?: CaseAction;
  reason: string;
}

/** Appeal cases resolved with an action of this type count as overturned; any other resolution upholds. */
export const OVERTURN_ACTION = 'overturn';

export interface BulkItemResult {
  id: string;
  ok: boolean;
  status?: number;
  code?: string;
  detail?: string;
  actionId?: string | null;
}

/**
 * Records how an appeal ended, for the overturn rate per policy. Keyed by the appeal (or the
 * appeal case), so enforcement recording it and the appeal case's resolution count once.
 */
export async function recordAppealOutcome(
  db: DbOrTx,
  input: { appealId?: string; appealCaseId?: string; originalCaseId?: string; policy: string; overturned: boolean },
): Promise<void> {
  const key = input.appealId ?? input.appealCaseId ?? randomUUID();
  await db
    .insertInto('appeal_outcomes')
    .values({ appeal_key: key, original_case_id: input.originalCaseId ?? null, policy: input.policy, overturned: input.overturned, recorded_at: new Date() })
    .onConflict((oc) =>
      oc.column('appeal_key').doUpdateSet({
        overturned: input.overturned,
        policy: input.policy,
        original_case_id: sql`coalesce(excluded.original_case_id, appeal_outcomes.original_case_id)`,
        recorded_at: new Date(),
      }),
    )
    .execute();
}

/**
 * Cases as a service, built once in the composition root with the settings in force
 * (`CasesConfig`) and enforcement's ActionApplier, which resolving a case with an action
 * calls in the resolution's transaction.
 */
const BULK_ONCE_PER_ACCOUNT = new Set(['warning', 'restriction', 'payment_hold', 'suspension', 'permanent_suspension']);

export class CaseService {
  constructor(
    readonly config: CasesConfig,
    private readonly applyAction: ActionApplier,
    /** Stamps openings, claims and resolutions (the simulator runs Warden on a simulated clock). */
    private readonly clock: Clock = systemClock,
    /** Told of every new report in its transaction (screening: a report of a request to move off the platform is its recipient declining it). */
    readonly onReport?: (
      tx: Tx,
      r: { reportId: string; reporterId: string; subject: { type: string; id: string; accountId: string }; at: Date },
    ) => Promise<unknown>,
  ) {}

  /** Warden's time as the cases see it (the simulated clock in a simulation). */
  now(): Date {
    return this.clock.now();
  }

  /**
   * Closes an open appeal case with the outcome its appeal got through enforcement's own API
   * (nothing when it is already closed); the ActionApplier then finds the appeal decided.
   */
  async resolveAppealCase(
    tx: Tx,
    caseId: string,
    reviewer: { id: string; name: string },
    outcome: 'upheld' | 'overturned',
    appealId: string,
    reason: string,
  ): Promise<void> {
    const status = await tx.selectFrom('cases').select('status').where('id', '=', caseId).executeTakeFirst();
    if (status?.status !== 'open') return;
    await this.resolveCase(
      tx,
      caseId,
      reviewer,
      { resolution: 'action', action: { type: outcome === 'overturned' ? 'overturn' : 'uphold', appealId }, reason },
      { force: true },
    );
  }

  private toView(
    row: CaseRow,
    items: { policy: string | null; decision_id: string | null; report_id: string | null; signals: unknown[] }[],
    now = this.clock.now(),
  ): CaseView {
    const cfg = this.config;
    const opened = new Date(row.opened_at);
    const due = new Date(row.sla_due_at);
    return {
      id: row.id,
      subject: {
        type: row.subject_type as CaseSubjectType,
        id: row.subject_id,
        accountId: row.account_id,
        counterpartId: row.counterpart_id,
        text: row.subject_text,
      },
      source: row.source as CaseSource,
      status: row.status as 'open' | 'resolved',
      queue: row.queue,
      severity: row.severity as Severity,
      priority: row.priority,
      band: priorityBand(cfg, row.priority),
      policy: row.policy,
      reason: maskReason(row.reason),
      assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name } : null,
      escalated: row.escalated,
      openedAt: opened.toISOString(),
      slaDueAt: due.toISOString(),
      overdue: row.status === 'open' && due.getTime() < now.getTime(),
      ageSeconds: Math.max(0, Math.round(((row.resolved_at ? new Date(row.resolved_at) : now).getTime() - opened.getTime()) / 1000)),
      firstActionAt: iso(row.first_action_at),
      resolution: row.resolution
        ? {
            kind: row.resolution as 'dismiss' | 'action',
            reason: row.resolution_reason,
            actionType: row.action_type,
            actionId: row.action_id,
            by: { id: row.resolved_by_id ?? '', name: row.resolved_by_name },
            at: iso(row.resolved_at) ?? '',
          }
        : null,
      appealId: row.appeal_id,
      policies: uniq(items.map((i) => i.policy)),
      decisionIds: uniq(items.map((i) => i.decision_id)),
      reportIds: uniq(items.map((i) => i.report_id)),
      signals: items.flatMap((i) => i.signals as CaseSignal[]),
    };
  }

  /** The case as enforcement and reviewers see it; 404 when it does not exist. */
  async getCaseView(db: DbOrTx, id: string): Promise<CaseView> {
    const row = await loadRow(db, id);
    if (!row) throw notFoundError('case', id);
    return this.toView(row, await loadItems(db, id));
  }

  /** The case's item with the same origin (decision, report or appeal), if one is there already. */
  private async sameItem(tx: Tx, caseId: string, origin: ReturnType<typeof itemOrigin>) {
    const keys = [
      ['decision_id', origin.decisionId],
      ['report_id', origin.reportId],
      ['appeal_id', origin.appealId],
    ] as const;
    const key = keys.find(([, v]) => v !== null);
    if (!key) return undefined;
    return tx
      .selectFrom('case_items')
      .select(['id', 'severity', 'reason', 'signals'])
      .where('case_id', '=', caseId)
      .where(key[0], '=', key[1] as string)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
  }

  /** Recomputes priority (and tightens the SLA clock) from everything that joined the case. */
  private async reprioritise(tx: Tx, row: CaseRow): Promise<{ before: number; after: number }> {
    const cfg = this.config;
    const reports = await tx.selectFrom('reports').select('credibility').where('case_id', '=', row.id).where('muted', '=', false).execute();
    const { priority, band } = computePriority(cfg, {
      severity: row.severity as Severity,
      reportCredibilities: reports.map((r) => Number(r.credibility)),
      reach: await reachOf(tx, row.account_id),
      earnedCents: await earnedCents(tx, row.account_id),
      boost: row.priority_boost,
    });
    const due = slaDueAt(cfg, row.queue, band, new Date(row.opened_at));
    const slaDue = due < new Date(row.sla_due_at) ? due : new Date(row.sla_due_at);
    await tx.updateTable('cases').set({ priority, sla_due_at: slaDue, updated_at: this.clock.now() }).where('id', '=', row.id).execute();
    return { before: row.priority, after: priority };
  }

  /**
   * Opens the subject's case, or joins the open one. Safe under concurrency: openers race on
   * the one-open-case-per-subject index and the loser joins the winner's case.
   */
  async openOrJoinCase(db: DbOrTx, given: CaseInput, actor: Actor = SYSTEM): Promise<{ caseId: string; created: boolean }> {
    validateInput(given);
    // A reason may quote the user (an appeal's statement, a message): it is shown in the case
    // list, search, the account timeline and the queue, where nothing is revealed, so its
    // contact details are hidden before it is stored, on the case, its item and its audit entry.
    // The user's words stay whole where they came from (the appeal, the subject text), read
    // through the audited reveal.
    const input: CaseInput = { ...given, reason: maskQuote(null, [], given.reason) };
    return withTransaction(db, async (tx) => {
      const cfg = this.config;
      const severity: Severity = input.severity ?? 'medium';
      const signalTypes = (input.signals ?? []).map((s) => s.type);
      // One open case per account and policy: every message, report and detection of the same
      // account under the same policy is an item of it, so a reviewer judges the person once.
      const accountLevel = input.source !== 'appeal' && !!input.policy;
      if (accountLevel) await sql`select pg_advisory_xact_lock(hashtext(${`warden.case:${input.subject.accountId}:${input.policy}`}))`.execute(tx);
      let row = (
        accountLevel
          ? await tx
              .selectFrom('cases')
              .selectAll()
              .where('account_id', '=', input.subject.accountId)
              .where('policy', '=', input.policy as string)
              .where('source', '<>', 'appeal')
              .where('status', '=', 'open')
              .orderBy('opened_at')
              .limit(1)
              .forUpdate()
              .executeTakeFirst()
          : undefined
      ) as CaseRow | undefined;
      const routed = input.queue
        ? { queue: input.queue, rule: 'given' }
        : routeCase(cfg, { source: input.source, subjectType: input.subject.type, policy: input.policy, reportReason: input.reportReason, signalTypes });
      // Else the subject's open case: in the same queue for a policy's detection (another
      // policy's case about the same account, e.g. a security case when a payout is held, is
      // another reviewer's work); any open one for a report or appeal that names no policy.
      let sameSubject = tx
        .selectFrom('cases')
        .selectAll()
        .where('subject_type', '=', input.subject.type)
        .where('subject_id', '=', input.subject.id)
        .where('status', '=', 'open');
      if (input.policy) sameSubject = sameSubject.where('queue', '=', routed.queue);
      row ??= (await sameSubject.orderBy('opened_at').limit(1).forUpdate().executeTakeFirst()) as CaseRow | undefined;
      let created = false;
      if (!row) {
        const now = this.clock.now();
        const inserted = await tx
          .insertInto('cases')
          .values({
            id: randomUUID(),
            subject_type: input.subject.type,
            subject_id: input.subject.id,
            account_id: input.subject.accountId,
            counterpart_id: input.subject.counterpartId ?? null,
            subject_text: input.subject.text ?? null,
            source: input.source,
            queue: routed.queue,
            severity,
            priority: 0,
            priority_boost: input.priorityBoost ?? 0,
            policy: input.policy ?? null,
            reason: input.reason,
            assignee_id: null,
            assignee_name: null,
            claimed_at: null,
            sla_due_at: slaDueAt(cfg, routed.queue, 'low', now),
            first_action_at: null,
            resolution: null,
            resolution_reason: null,
            action_type: null,
            action_id: null,
            resolved_by_id: null,
            resolved_by_name: null,
            resolved_at: null,
            appeal_id: input.appealId ?? null,
            opened_at: now,
            updated_at: now,
          })
          .onConflict((oc) => oc.columns(['subject_type', 'subject_id', 'queue']).where(sql<boolean>`status = 'open'`).doNothing())
          .returningAll()
          .executeTakeFirst();
        if (inserted) {
          row = inserted as CaseRow;
          created = true;
          await audit(tx, row.id, actor, 'opened', { source: input.source, queue: routed.queue, rule: routed.rule, policy: input.policy ?? null, severity });
          // Reports stored before triage existed, with no case, are linked to it; reports on the
          // subject waiting in report triage join it when it is itself a report's case.
          await tx
            .updateTable('reports')
            .set({ case_id: row.id })
            .where('subject_type', '=', input.subject.type)
            .where('subject_id', '=', input.subject.id)
            .where('case_id', 'is', null)
            .where('triage', 'is', null)
            .where('status', '=', 'open')
            .execute();
          // Another report opening a case on the subject corroborates them (a detection does
          // below, for the whole account; network facts and appeals do not).
          if (input.source === 'report')
            await joinQueuedReports(tx, cfg, row.id, { subjectType: input.subject.type, subjectId: input.subject.id }, input.triagedBy ?? 'reporters', now);
        } else {
          row = (await tx
            .selectFrom('cases')
            .selectAll()
            .where('subject_type', '=', input.subject.type)
            .where('subject_id', '=', input.subject.id)
            .where('queue', '=', routed.queue)
            .where('status', '=', 'open')
            .forUpdate()
            .executeTakeFirstOrThrow()) as CaseRow;
        }
      }
      if (!created) {
        const nextSeverity = maxSeverity(row.severity as Severity, severity);
        const boost = Math.max(row.priority_boost, input.priorityBoost ?? 0);
        await tx
          .updateTable('cases')
          .set({
            severity: nextSeverity,
            priority_boost: boost,
            ...(input.headline ? { reason: input.reason } : {}),
            subject_text: row.subject_text ?? input.subject.text ?? null,
            counterpart_id: row.counterpart_id ?? input.subject.counterpartId ?? null,
            policy: row.policy ?? input.policy ?? null,
            appeal_id: row.appeal_id ?? input.appealId ?? null,
          })
          .where('id', '=', row.id)
          .execute();
        row = { ...row, severity: nextSeverity, priority_boost: boost, ...(input.headline ? { reason: input.reason } : {}) };
      }
      const origin = itemOrigin(input);
      // One item per origin: a decision whose case effect already joined this case and whose
      // strike now proposes an action into it is the same item, updated, not a second join.
      const same = await this.sameItem(tx, row.id, origin);
      if (same) {
        await tx
          .updateTable('case_items')
          .set({
            severity: maxSeverity(same.severity as Severity, severity),
            reason: input.headline || same.reason === input.reason ? input.reason : `${same.reason}; ${input.reason}`,
            signals: JSON.stringify(mergeSignals(same.signals, input.signals ?? [])),
          })
          .where('id', '=', same.id)
          .execute();
      } else
        await tx
          .insertInto('case_items')
          .values({
            case_id: row.id,
            kind: input.source,
            policy: origin.policy,
            decision_id: origin.decisionId,
            report_id: origin.reportId,
            appeal_id: origin.appealId,
            severity,
            reason: input.reason,
            signals: JSON.stringify(input.signals ?? []),
          })
          .execute();
      if (input.reportId) await tx.updateTable('reports').set({ case_id: row.id }).where('id', '=', input.reportId).execute();
      // A detection with a conduct signal corroborates the account's reports waiting in triage:
      // they join this case (report triage, triage.ts).
      if (input.source === 'detection' && conductCorroborates(input.signals ?? []))
        await joinQueuedReports(tx, cfg, row.id, { accountId: input.subject.accountId }, 'detection', this.clock.now());
      const p = await this.reprioritise(tx, row);
      if (same) {
        // No reason here: an appeal's reason quotes the user's own words, which the audit trail
        // would keep past an erasure request (the item itself holds the reason, and erasure clears it).
        await audit(tx, row.id, actor, 'item_updated', {
          ...origin,
          severity,
          priorityBefore: p.before,
          priorityAfter: p.after,
        });
      } else if (!created) {
        await audit(tx, row.id, actor, 'joined', {
          source: input.source,
          ...origin,
          severity,
          priorityBefore: p.before,
          priorityAfter: p.after,
        });
      }
      return { caseId: row.id, created };
    });
  }

  /**
   * Claims a case. The conditional UPDATE is the lock: of two reviewers racing, one row
   * update wins and the other sees 409. `force` (admins) takes it from whoever holds it.
   */
  /** Adds an entry to a case's audit trail (enforcement's routes record a reviewer revealing an appeal's contact details). */
  recordAudit(db: DbOrTx, caseId: string, reviewer: Reviewer, action: string, detail: Record<string, unknown> = {}): Promise<void> {
    return audit(db, caseId, actorOf(reviewer), action, detail);
  }

  async claimCase(db: DbOrTx, id: string, reviewer: Reviewer, opts: { force?: boolean } = {}): Promise<CaseView> {
    return withTransaction(db, async (tx) => {
      const now = this.clock.now();
      let q = tx
        .updateTable('cases')
        .set({
          assignee_id: reviewer.id,
          assignee_name: reviewer.name,
          claimed_at: now,
          updated_at: now,
          first_action_at: sql`coalesce(first_action_at, ${now})`,
        })
        .where('id', '=', id)
        .where('status', '=', 'open');
      if (!opts.force) q = q.where((eb) => eb.or([eb('assignee_id', 'is', null), eb('assignee_id', '=', reviewer.id)]));
      const before = await loadRow(tx, id, true);
      if (!before) throw notFoundError('case', id);
      if (before.status !== 'open') throw conflictError(`case ${id} is already resolved`, 'CaseResolved');
      if (before.assignee_id === reviewer.id) return this.toView(before, await loadItems(tx, id));
      const updated = (await q.returningAll().executeTakeFirst()) as CaseRow | undefined;
      if (!updated) throw heldError(before);
      await audit(tx, id, actorOf(reviewer), 'claimed', before.assignee_id ? { forcedFrom: { id: before.assignee_id, name: before.assignee_name } } : {});
      return this.toView(updated, await loadItems(tx, id));
    });
  }

  /** Gives a case back to its queue: its holder may, or anyone with `force` (admins). */
  async releaseCase(db: DbOrTx, id: string, reviewer: Reviewer, opts: { force?: boolean } = {}): Promise<CaseView> {
    return withTransaction(db, async (tx) => {
      const row = await loadRow(tx, id, true);
      if (!row) throw notFoundError('case', id);
      if (row.status !== 'open') throw conflictError(`case ${id} is already resolved`, 'CaseResolved');
      if (!row.assignee_id) return this.toView(row, await loadItems(tx, id));
      if (heldByOther(row, reviewer) && !opts.force) throw heldError(row);
      const updated = (await tx
        .updateTable('cases')
        .set({ assignee_id: null, assignee_name: null, claimed_at: null, updated_at: this.clock.now() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow()) as CaseRow;
      await audit(tx, id, actorOf(reviewer), 'released', { from: { id: row.assignee_id, name: row.assignee_name } });
      return this.toView(updated, await loadItems(tx, id));
    });
  }

  /**
   * Escalates to another queue (e.g. a senior queue) with a reason. The case goes back to the
   * pool of that queue, is marked escalated, and its SLA clock follows the new queue.
   */
  async escalateCase(db: DbOrTx, id: string, reviewer: Reviewer, input: { queue?: string; reason: string }): Promise<CaseView> {
    if (!input.reason?.trim()) throw validationError('/reason', 'must say why');
    return withTransaction(db, async (tx) => {
      const row = await loadRow(tx, id, true);
      if (!row) throw notFoundError('case', id);
      if (row.status !== 'open') throw conflictError(`case ${id} is already resolved`, 'CaseResolved');
      const cfg = this.config;
      const queue = input.queue ?? row.queue;
      const now = this.clock.now();
      const due = slaDueAt(cfg, queue, priorityBand(cfg, row.priority), new Date(row.opened_at));
      const updated = (await tx
        .updateTable('cases')
        .set({
          queue,
          escalated: true,
          assignee_id: null,
          assignee_name: null,
          claimed_at: null,
          sla_due_at: due,
          updated_at: now,
          first_action_at: sql`coalesce(first_action_at, ${now})`,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow()) as CaseRow;
      await audit(tx, id, actorOf(reviewer), 'escalated', { fromQueue: row.queue, toQueue: queue, reason: input.reason.trim() });
      return this.toView(updated, await loadItems(tx, id));
    });
  }

  /**
   * Resolves a case: dismisses it, or applies an action through enforcement's ActionApplier,
   * in one transaction with the reports' outcomes, the appeal outcome and the case.resolved
   * webhook. A case held by another reviewer cannot be resolved without `force`.
   */
  async resolveCase(
    db: DbOrTx,
    id: string,
    reviewer: Reviewer,
    input: ResolveInput,
    opts: { force?: boolean /** Bulk: the account already received this action; link it instead of applying another. */; sameActionAs?: string } = {},
  ): Promise<CaseView> {
    if (input.resolution !== 'dismiss' && input.resolution !== 'action') throw validationError('/resolution', 'must be dismiss or action');
    if (!input.reason?.trim()) throw validationError('/reason', 'must say why');
    if (input.resolution === 'action' && (!input.action || typeof input.action.type !== 'string' || !input.action.type))
      throw validationError('/action/type', 'is required when the resolution is an action');
    return withTransaction(db, async (tx) => {
      const row = await loadRow(tx, id, true);
      if (!row) throw notFoundError('case', id);
      if (row.status !== 'open') throw conflictError(`case ${id} is already resolved`, 'CaseResolved');
      if (heldByOther(row, reviewer) && !opts.force) throw heldError(row);
      // The parties wait on a dispute's money: it ends with a decision, never a silent dismissal.
      if (row.source === 'dispute' && input.resolution !== 'action')
        throw validationError('/resolution', 'a dispute case is closed by a decision (action dispute_decision: release, refund or split)');
      let applied: { actionId: string; [k: string]: unknown } | undefined;
      if (input.resolution === 'action' && opts.sameActionAs) {
        applied = { actionId: opts.sameActionAs };
      } else if (input.resolution === 'action') {
        // The action carries the reviewer's reason (unless it states its own), as the console promises.
        const action = { reason: input.reason.trim(), ...(input.action as CaseAction) };
        applied = await this.applyAction(tx, this.toView(row, await loadItems(tx, id)), action, { id: reviewer.id, name: reviewer.name });
      }
      const now = this.clock.now();
      const updated = (await tx
        .updateTable('cases')
        .set({
          status: 'resolved',
          resolution: input.resolution,
          resolution_reason: input.reason.trim(),
          action_type: input.action?.type ?? null,
          action_id: applied?.actionId ?? null,
          resolved_by_id: reviewer.id,
          resolved_by_name: reviewer.name,
          resolved_at: now,
          updated_at: now,
          first_action_at: sql`coalesce(first_action_at, ${now})`,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow()) as CaseRow;
      // A report is upheld when its case ended in an action; this is what reporter credibility learns from.
      await tx
        .updateTable('reports')
        .set({ status: 'resolved', outcome: input.resolution === 'action' ? 'upheld' : 'dismissed', resolved_at: now })
        .where('case_id', '=', id)
        .where('status', '=', 'open')
        .execute();
      const items = await loadItems(tx, id);
      const view = this.toView(updated, items);
      if (row.source === 'appeal' || row.appeal_id) {
        await recordAppealOutcome(tx, {
          appealId: row.appeal_id ?? undefined,
          appealCaseId: id,
          policy: row.policy ?? view.policies[0] ?? 'unknown',
          overturned: input.resolution === 'action' && input.action?.type === OVERTURN_ACTION,
        });
      }
      await audit(tx, id, actorOf(reviewer), 'resolved', {
        resolution: input.resolution,
        reason: input.reason.trim(),
        action: input.action ?? null,
        actionId: applied?.actionId ?? null,
      });
      await enqueueOutbox(tx, 'case.resolved', `case.resolved:${id}`, {
        caseId: id,
        subject: { type: row.subject_type, id: row.subject_id, accountId: row.account_id },
        source: row.source,
        queue: row.queue,
        policy: row.policy,
        resolution: input.resolution,
        actionType: input.action?.type ?? null,
        actionId: applied?.actionId ?? null,
        decisionIds: view.decisionIds,
        reportIds: view.reportIds,
        resolvedAt: now.toISOString(),
      });
      return view;
    });
  }

  /** Resolves many cases with one decision; each in its own transaction so one failure leaves the rest. */
  async bulkResolve(
    db: DbOrTx,
    ids: string[],
    reviewer: Reviewer,
    input: ResolveInput,
    opts: { force?: boolean } = {},
  ): Promise<{ results: BulkItemResult[]; resolved: number; failed: number }> {
    const max = this.config.bulkMax;
    if (ids.length === 0) throw validationError('/ids', 'must hold at least one case id');
    if (ids.length > max) throw validationError('/ids', `must hold at most ${max} case ids`);
    const results: BulkItemResult[] = [];
    // Bulk actions act once per account: the first case of an account applies the action, the
    // account's other cases are resolved with that same action.
    const perAccount = input.resolution === 'action' && BULK_ONCE_PER_ACCOUNT.has(String(input.action?.type));
    const unique = [...new Set(ids)];
    const accounts = perAccount
      ? new Map((await db.selectFrom('cases').select(['id', 'account_id']).where('id', 'in', unique).execute()).map((r) => [r.id, r.account_id]))
      : new Map<string, string>();
    const appliedByAccount = new Map<string, string>();
    for (const id of unique) {
      try {
        const account = accounts.get(id);
        const already = account ? appliedByAccount.get(account) : undefined;
        const v = await this.resolveCase(db, id, reviewer, input, { ...opts, ...(already ? { sameActionAs: already } : {}) });
        if (account && v.resolution?.actionId && !already) appliedByAccount.set(account, v.resolution.actionId);
        results.push({ id, ok: true, actionId: v.resolution?.actionId ?? null });
      } catch (err) {
        // An unexpected failure (e.g. in enforcement) fails its item only, and leaks nothing.
        if (err instanceof WardenError) results.push({ id, ok: false, status: err.status, code: err.code, detail: err.detail });
        else results.push({ id, ok: false, status: 500, code: 'Internal', detail: 'the case could not be resolved' });
      }
    }
    const resolved = results.filter((r) => r.ok).length;
    return { results, resolved, failed: results.length - resolved };
  }
}
