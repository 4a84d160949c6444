// Disputes: a client or freelancer (through the marketplace) contests the money of one
// milestone or one hourly billing week. Each dispute is reviewed as a case (source 'dispute',
// routed to the 'disputes' queue with its SLA); the parties add evidence before their
// deadlines, a mediator writes notes (the case's notes) and decides: release to the
// freelancer, refund to the client, or split. The decision, the case's resolution, the
// signed `dispute.decided` webhook and the trust consequences commit in one transaction.
import { randomUUID } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import { invalidFieldsError, notFoundError, validationError, WardenError } from '../app/errors.ts';
import type { ActionApplier, CaseAction, CaseService, CaseView, NoteView, Reviewer } from '../cases/service.ts';
import { addNote, listNotes } from '../cases/service.ts';
import { disputableAmount, weekStartOf } from '../protection/store.ts';
import { type DbOrTx, type Tx, withTransaction } from '../store/db.ts';
import type { TrustService } from '../trust/service.ts';
import type { DisputeOutcome } from '../trust/types.ts';
import { enqueueOutbox } from '../webhooks/outbox.ts';
import type { DisputesTable } from './tables.ts';

export const PARTIES = ['client', 'freelancer'] as const;
export type Party = (typeof PARTIES)[number];
export const CLAIM_KINDS = ['quality', 'not_delivered', 'hours', 'not_paid', 'scope', 'other'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export const EVIDENCE_KINDS = ['message', 'file', 'work_submitted', 'statement'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const OUTCOMES = ['release', 'refund', 'split'] as const;
/** The case action type a dispute case is resolved with. */
export const DISPUTE_DECISION = 'dispute_decision';

/** Deadlines, in days from the opening. */
export interface DisputesConfig {
  /** "The client has 5 days to respond or funds release" (marketplace-facts.md); we give either respondent the same. */
  respondDays: number;
  /** Ours: the claimant completes the evidence within the same window. */
  evidenceDays: number;
  /** Ours: disputes over this many cents are high severity (priority and SLA band). */
  highAmountCents: number;
}
export const DEFAULT_DISPUTES_CONFIG: DisputesConfig = { respondDays: 5, evidenceDays: 5, highAmountCents: 500_000 };

export interface EvidenceInput {
  kind: EvidenceKind;
  reference?: string;
  text?: string;
}

export interface OpenDisputeInput {
  contractId: string;
  milestoneId?: string;
  weekStart?: string;
  openedBy: Party;
  claim: { kind: ClaimKind; text: string };
  amountCents: number;
  evidence?: EvidenceInput[];
  openedAt?: string;
}

export interface DecisionInput {
  outcome: DisputeOutcome;
  /** Split: cents released to the freelancer; the rest goes back to the client. */
  releaseCents?: number;
  reason: string;
}

export interface DisputeView {
  id: string;
  status: 'open' | 'decided';
  contractId: string;
  contractKind: 'hourly' | 'fixed';
  milestoneId: string | null;
  weekStart: string | null;
  clientId: string;
  freelancerId: string;
  openedBy: Party;
  claim: { kind: string; text: string };
  amountCents: number;
  openedAt: string;
  caseId: string;
  deadlines: Array<{ party: Party | 'mediator'; what: 'respond' | 'evidence' | 'decide'; dueAt: string; metAt: string | null; missed: boolean }>;
  /** What the rules give when the other party does not answer by its deadline. */
  ifRespondentSilent: DisputeOutcome;
  evidence: Array<{ id: number; party: Party; kind: string; reference: string | null; text: string | null; submittedAt: string; late: boolean }>;
  mediationNotes: NoteView[];
  decision: {
    outcome: DisputeOutcome;
    releaseCents: number;
    refundCents: number;
    reason: string;
    by: { id: string; name: string | null };
    at: string;
  } | null;
}

type DisputeRow = Selectable<DisputesTable>;

const iso = (d: Date | string) => new Date(d).toISOString();
const day = (d: Date | string) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));
const other = (p: Party): Party => (p === 'client' ? 'freelancer' : 'client');
const DAY_MS = 86_400_000;

/** `at`: the JSON pointer of the item in the request body ('' for a body that is the item). */
function checkEvidence(e: EvidenceInput, at: string): void {
  if (e.kind === 'statement' && !e.text?.trim()) throw validationError(`${at}/text`, 'a statement needs its text');
  if (e.kind !== 'statement' && !e.reference) throw validationError(`${at}/reference`, `a ${e.kind} needs the id it refers to`);
}

/** How far ahead of Warden's clock an `openedAt` may be (ms): the marketplace's clock may run a little fast. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * 400 naming `<at>/reference` when the evidence points at nothing Warden knows about this
 * contract: a message neither party sent (messages are known by their screening decision), an
 * attachment neither party sent, or a milestone of another contract. Statements refer to nothing.
 */
async function checkEvidenceReference(tx: Tx, e: EvidenceInput, at: string, c: { contractId: string; parties: string[] }): Promise<void> {
  if (e.kind === 'statement' || !e.reference) return;
  const ref = e.reference;
  let found: unknown;
  if (e.kind === 'message')
    found = await tx
      .selectFrom('decisions')
      .select('id')
      .where('subject_type', '=', 'message')
      .where('subject_id', '=', ref)
      .where('account_id', 'in', c.parties)
      .executeTakeFirst();
  else if (e.kind === 'file')
    found = await tx.selectFrom('attachments').select('id').where('id', '=', ref).where('account_id', 'in', c.parties).executeTakeFirst();
  else
    found = await tx
      .selectFrom('protection_milestones')
      .select('milestone_id')
      .where('contract_id', '=', c.contractId)
      .where('milestone_id', '=', ref)
      .executeTakeFirst();
  if (!found) {
    const what =
      e.kind === 'message'
        ? 'no message either party sent (message.sent)'
        : e.kind === 'file'
          ? 'no attachment either party sent'
          : `no milestone of contract ${c.contractId}`;
    throw validationError(`${at}/reference`, `names ${what}`);
  }
}

export class DisputeService {
  constructor(
    private readonly cases: CaseService,
    private readonly trust: Pick<TrustService, 'recordDisputeOutcome'>,
    readonly config: DisputesConfig = DEFAULT_DISPUTES_CONFIG,
  ) {}

  private async load(db: DbOrTx, id: string, lock = false): Promise<DisputeRow> {
    const r = await sql<DisputeRow>`select * from disputes where id = ${id} ${lock ? sql`for update` : sql``}`.execute(db);
    const row = r.rows[0];
    if (!row) throw notFoundError('dispute', id);
    return row;
  }

  /**
   * Opens a dispute and its case. 400 naming the field when the contract is unknown, the scope
   * does not fit the contract (a milestone on fixed price, a Monday week on hourly), or the
   * amount is more than the milestone's escrow or the week's billing; 409 (`disputeId`) when
   * that milestone or week already has an open dispute.
   */
  async open(db: DbOrTx, input: OpenDisputeInput, now = new Date()): Promise<DisputeView> {
    for (const [i, e] of (input.evidence ?? []).entries()) checkEvidence(e, `/evidence/${i}`);
    if (!input.claim.text.trim()) throw validationError('/claim/text', 'must say what is claimed');
    const openedAt = input.openedAt ? new Date(input.openedAt) : now;
    // Deadlines count from the opening: one in the future would give the parties more time than
    // the rules do. A little clock skew between the marketplace and Warden is allowed.
    if (openedAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
      throw validationError('/openedAt', `is in the future (now is ${now.toISOString()}): a dispute is opened when it is filed`);
    return withTransaction(db, async (tx) => {
      const c = await tx
        .selectFrom('contracts')
        .select(['client_id', 'freelancer_id', 'kind', 'started_at'])
        .where('id', '=', input.contractId)
        .executeTakeFirst();
      if (!c?.client_id || !c.freelancer_id) throw validationError('/contractId', 'names no contract Warden knows (send contract.started first)');
      // Nothing can be disputed before the contract began; a backdated opening would also start
      // the parties' deadlines in the past (missed at once) and move the dispute out of its period's report.
      if (c.started_at && openedAt.getTime() < new Date(c.started_at).getTime())
        throw validationError('/openedAt', `is before the contract started (${new Date(c.started_at).toISOString()})`);
      const kind = c.kind === 'hourly' ? 'hourly' : 'fixed';
      if (kind === 'fixed') {
        if (input.weekStart !== undefined) throw validationError('/weekStart', 'is for hourly contracts; this one is fixed-price: name the milestoneId');
        if (input.milestoneId === undefined) throw validationError('/milestoneId', 'is required on a fixed-price contract');
      } else {
        if (input.milestoneId !== undefined) throw validationError('/milestoneId', 'is for fixed-price contracts; this one is hourly: name the weekStart');
        if (input.weekStart === undefined) throw validationError('/weekStart', 'is required on an hourly contract');
        if (weekStartOf(new Date(`${input.weekStart}T00:00:00Z`)) !== input.weekStart)
          throw validationError('/weekStart', 'must be a Monday (billing weeks run Monday to Sunday, UTC)');
      }
      const scope = kind === 'fixed' ? { milestoneId: input.milestoneId as string } : { weekStart: input.weekStart as string };
      const available = await disputableAmount(tx, input.contractId, scope);
      // Nothing funded or billed: there is no money to dispute, and the scope is most often a typo.
      if (available === null)
        throw kind === 'fixed'
          ? validationError('/milestoneId', `names no funded milestone of contract ${input.contractId} (send escrow.funded first)`)
          : validationError('/weekStart', `names no billed week of contract ${input.contractId} (send hours.logged first)`);
      for (const [i, e] of (input.evidence ?? []).entries())
        await checkEvidenceReference(tx, e, `/evidence/${i}`, { contractId: input.contractId, parties: [c.client_id, c.freelancer_id] });
      if (input.amountCents > available)
        throw validationError('/amountCents', `is more than the ${available} cents ${kind === 'fixed' ? 'funded for this milestone' : 'billed for this week'}`);
      const existing = await sql<{ id: string }>`select id from disputes where contract_id = ${input.contractId} and status = 'open'
        and coalesce(milestone_id, '') = ${input.milestoneId ?? ''} and coalesce(week_start, '1970-01-01'::date) = ${input.weekStart ?? '1970-01-01'}::date`.execute(
        tx,
      );
      if (existing.rows[0])
        throw new WardenError('DisputeAlreadyOpen', `this ${kind === 'fixed' ? 'milestone' : 'week'} already has an open dispute`, {
          extra: { disputeId: existing.rows[0].id },
        });

      const id = `dsp_${randomUUID()}`;
      const claimant = input.openedBy === 'client' ? c.client_id : c.freelancer_id;
      const respondent = input.openedBy === 'client' ? c.freelancer_id : c.client_id;
      const what = kind === 'fixed' ? `milestone ${input.milestoneId}` : `week of ${input.weekStart}`;
      const { caseId } = await this.cases.openOrJoinCase(
        tx,
        {
          subject: { type: 'dispute', id, accountId: claimant, counterpartId: respondent, text: input.claim.text },
          source: 'dispute',
          reason: `Payment dispute by the ${input.openedBy} over ${what} (${input.claim.kind})`,
          severity: input.amountCents >= this.config.highAmountCents ? 'high' : 'medium',
        },
        { kind: 'system', id: 'disputes', name: 'Warden disputes' },
      );
      const kase = await this.cases.getCaseView(tx, caseId);
      await sql`insert into disputes (id, contract_id, client_id, freelancer_id, contract_kind, milestone_id, week_start, opened_by, claim_kind, claim_text,
          amount_cents, case_id, opened_at, respond_by, evidence_by, decide_by)
        values (${id}, ${input.contractId}, ${c.client_id}, ${c.freelancer_id}, ${kind}, ${input.milestoneId ?? null}, ${input.weekStart ?? null}::date,
          ${input.openedBy}, ${input.claim.kind}, ${input.claim.text.trim()}, ${input.amountCents}, ${caseId}, ${openedAt},
          ${new Date(openedAt.getTime() + this.config.respondDays * DAY_MS)}, ${new Date(openedAt.getTime() + this.config.evidenceDays * DAY_MS)},
          ${kase.slaDueAt})`.execute(tx);
      for (const e of input.evidence ?? []) await this.insertEvidence(tx, id, input.openedBy, e, openedAt, false);
      return this.view(tx, id, now);
    });
  }

  private async insertEvidence(tx: Tx, disputeId: string, party: Party, e: EvidenceInput, at: Date, late: boolean): Promise<void> {
    await sql`insert into dispute_evidence (dispute_id, party, kind, reference, text, submitted_at, late)
      values (${disputeId}, ${party}, ${e.kind}, ${e.reference ?? null}, ${e.text?.trim() || null}, ${at}, ${late})`.execute(tx);
  }

  /** Adds a party's evidence while the dispute is open; after the party's deadline it is kept and marked late. */
  async addEvidence(db: DbOrTx, id: string, input: EvidenceInput & { party: Party }, now = new Date()): Promise<DisputeView> {
    checkEvidence(input, '');
    return withTransaction(db, async (tx) => {
      const d = await this.load(tx, id, true);
      if (d.status !== 'open') throw new WardenError('DisputeClosedToEvidence', `dispute ${id} is already decided`);
      await checkEvidenceReference(tx, input, '', { contractId: d.contract_id, parties: [d.client_id, d.freelancer_id] });
      const due = new Date(input.party === d.opened_by ? d.evidence_by : d.respond_by);
      await this.insertEvidence(tx, id, input.party, input, now, now.getTime() > due.getTime());
      return this.view(tx, id, now);
    });
  }

  /** A mediator's note on the dispute (the case's internal notes: never shown to the parties). */
  async addMediationNote(db: DbOrTx, id: string, reviewer: Reviewer, body: string): Promise<NoteView> {
    const d = await this.load(db, id);
    return addNote(db, d.case_id, reviewer, body);
  }

  /**
   * Decides the dispute by resolving its case with a `dispute_decision` action, so the case
   * rules hold (a case held by another reviewer needs `force`; a resolved case is 409) and
   * POST /v1/cases/{id}/resolve with that action does exactly the same.
   */
  async decide(db: DbOrTx, id: string, reviewer: Reviewer, input: DecisionInput, opts: { force?: boolean } = {}): Promise<DisputeView> {
    return withTransaction(db, async (tx) => {
      const d = await this.load(tx, id);
      if (d.status !== 'open') throw new WardenError('DisputeDecided', `dispute ${id} is already decided`);
      const action: CaseAction = {
        type: DISPUTE_DECISION,
        outcome: input.outcome,
        ...(input.releaseCents !== undefined ? { releaseCents: input.releaseCents } : {}),
      };
      try {
        await this.cases.resolveCase(tx, d.case_id, reviewer, { resolution: 'action', action, reason: input.reason }, opts);
      } catch (err) {
        // The decision's fields are at the top of this body, not inside a case action.
        if (err instanceof WardenError && err.invalidParams)
          throw new WardenError(err.code, err.detail?.replaceAll('/action/', '/'), {
            invalidParams: err.invalidParams.map((p) => ({ ...p, pointer: p.pointer.replace(/^\/action\//, '/') })),
            extra: err.extra,
          });
        throw err;
      }
      return this.view(tx, id);
    });
  }

  /**
   * The cases' ActionApplier for dispute cases (composeApp routes them here): records the
   * decision, enqueues the `dispute.decided` webhook with the money outcome, and hands the
   * outcome to trust (JSS of the freelancer, client trust, the pair's hold length).
   */
  readonly applyDecision: ActionApplier = async (tx, kase: CaseView, action, reviewer) => {
    if (kase.source !== 'dispute') throw validationError('/action/type', `${DISPUTE_DECISION} decides dispute cases only`);
    if (action.type !== DISPUTE_DECISION)
      throw validationError('/action/type', `a dispute case is decided with ${DISPUTE_DECISION} (release, refund or split)`);
    const extra = Object.keys(action).filter((k) => !['type', 'reason', 'outcome', 'releaseCents'].includes(k) && action[k] !== undefined);
    if (extra.length)
      throw invalidFieldsError(
        extra.map((k) => ({ pointer: `/action/${k}`, reason: `is not taken by a ${DISPUTE_DECISION} (it takes outcome, releaseCents)` })),
      );
    const outcome = action.outcome as DisputeOutcome;
    if (!(OUTCOMES as readonly string[]).includes(String(outcome))) throw validationError('/action/outcome', `must be one of ${OUTCOMES.join(', ')}`);
    const d = await this.load(tx, kase.subject.id, true);
    if (d.status !== 'open') throw new WardenError('DisputeDecided', `dispute ${d.id} is already decided`);
    const amount = Number(d.amount_cents);
    let release: number;
    if (outcome === 'split') {
      const r = action.releaseCents;
      if (typeof r !== 'number' || !Number.isInteger(r) || r <= 0 || r >= amount)
        throw validationError('/action/releaseCents', `a split releases between 1 and ${amount - 1} cents of the ${amount} disputed`);
      release = r;
    } else {
      if (action.releaseCents !== undefined) throw validationError('/action/releaseCents', 'is only for a split');
      release = outcome === 'release' ? amount : 0;
    }
    const refund = amount - release;
    const at = new Date();
    const reason = String(action.reason ?? '').trim();
    await sql`update disputes set status = 'decided', outcome = ${outcome}, release_cents = ${release}, refund_cents = ${refund}, decision_reason = ${reason},
      decided_by_id = ${reviewer.id}, decided_by_name = ${reviewer.name}, decided_at = ${at} where id = ${d.id}`.execute(tx);
    await enqueueOutbox(tx, 'dispute.decided', `dispute.decided:${d.id}`, {
      disputeId: d.id,
      caseId: kase.id,
      contractId: d.contract_id,
      milestoneId: d.milestone_id,
      weekStart: d.week_start ? day(d.week_start) : null,
      openedBy: d.opened_by,
      outcome,
      currency: 'USD',
      amountCents: amount,
      release: { toAccountId: d.freelancer_id, amountCents: release },
      refund: { toAccountId: d.client_id, amountCents: refund },
      reason,
      decidedAt: at.toISOString(),
    });
    await this.trust.recordDisputeOutcome(tx, {
      disputeId: d.id,
      contractId: d.contract_id,
      clientId: d.client_id,
      freelancerId: d.freelancer_id,
      openedBy: d.opened_by as Party,
      outcome,
      decidedAt: at,
    });
    return { actionId: d.id, outcome, releaseCents: release, refundCents: refund };
  };

  /** One dispute with its evidence, deadlines, mediation notes and decision. */
  async view(db: DbOrTx, id: string, now = new Date()): Promise<DisputeView> {
    const d = await this.load(db, id);
    const ev = await sql<{
      id: string | number;
      party: Party;
      kind: string;
      reference: string | null;
      text: string | null;
      submitted_at: Date | string;
      late: boolean;
    }>`select * from dispute_evidence where dispute_id = ${id} order by id`.execute(db);
    const evidence = ev.rows.map((e) => ({
      id: Number(e.id),
      party: e.party,
      kind: e.kind,
      reference: e.reference,
      text: e.text,
      submittedAt: iso(e.submitted_at),
      late: e.late,
    }));
    const claimant = d.opened_by as Party;
    const respondent = other(claimant);
    const firstBy = (p: Party) => evidence.find((e) => e.party === p && e.submittedAt >= iso(d.opened_at))?.submittedAt ?? null;
    const deadline = (party: Party | 'mediator', what: 'respond' | 'evidence' | 'decide', due: Date | string, metAt: string | null) => ({
      party,
      what,
      dueAt: iso(due),
      metAt,
      missed: (metAt === null ? now.getTime() : new Date(metAt).getTime()) > new Date(due).getTime(),
    });
    const decidedAt = d.decided_at ? iso(d.decided_at) : null;
    return {
      id: d.id,
      status: d.status as 'open' | 'decided',
      contractId: d.contract_id,
      contractKind: d.contract_kind as 'hourly' | 'fixed',
      milestoneId: d.milestone_id,
      weekStart: d.week_start ? day(d.week_start) : null,
      clientId: d.client_id,
      freelancerId: d.freelancer_id,
      openedBy: claimant,
      claim: { kind: d.claim_kind, text: d.claim_text },
      amountCents: Number(d.amount_cents),
      openedAt: iso(d.opened_at),
      caseId: d.case_id,
      deadlines: [
        deadline(respondent, 'respond', d.respond_by, firstBy(respondent)),
        deadline(claimant, 'evidence', d.evidence_by, firstBy(claimant)),
        deadline('mediator', 'decide', d.decide_by, decidedAt),
      ],
      // A silent client releases the funds (marketplace-facts.md); a silent freelancer, by the same logic, refunds them.
      ifRespondentSilent: respondent === 'client' ? 'release' : 'refund',
      evidence,
      mediationNotes: await listNotes(db, d.case_id),
      decision:
        d.outcome && decidedAt
          ? {
              outcome: d.outcome as DisputeOutcome,
              releaseCents: Number(d.release_cents),
              refundCents: Number(d.refund_cents),
              reason: d.decision_reason ?? '',
              by: { id: d.decided_by_id ?? '', name: d.decided_by_name },
              at: decidedAt,
            }
          : null,
    };
  }

  /** Disputes, newest first, by contract, account (either party) or status. */
  async list(db: DbOrTx, q: { contractId?: string; accountId?: string; status?: 'open' | 'decided'; limit?: number }): Promise<DisputeView[]> {
    const rows = await sql<{ id: string }>`select id from disputes where true
      ${q.contractId ? sql`and contract_id = ${q.contractId}` : sql``}
      ${q.accountId ? sql`and (client_id = ${q.accountId} or freelancer_id = ${q.accountId})` : sql``}
      ${q.status ? sql`and status = ${q.status}` : sql``}
      order by opened_at desc, id limit ${q.limit ?? 50}`.execute(db);
    const out: DisputeView[] = [];
    for (const r of rows.rows) out.push(await this.view(db, r.id));
    return out;
  }
}
