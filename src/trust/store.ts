// Loaders: fill the pure calculators' input records from the event projections (accounts,
// contracts, payments, feedback, relationships, jobs, events) and from the enforcement tables.
import { sql } from 'kysely';
import type { DbOrTx } from '../store/db.ts';
import './tables.ts';
import type { AccountHold } from './badges.ts';
import type { ClientTrustInput, TrustedClientInput } from './client-trust.ts';
import { earliest } from './time.ts';
import type { ClientPlan, ConfirmedCircumvention, ContractRecord, DisputeOutcome, EarningRecord, EndReason, RatingSummary } from './types.ts';

const END_REASONS: readonly EndReason[] = ['completed', 'cancelled', 'no_work', 'dispute', 'freelancer_unresponsive', 'client_unresponsive', 'scope_changed'];
const PLANS: readonly ClientPlan[] = ['basic', 'plus', 'business', 'enterprise'];

const asEndReason = (r: string | null | undefined): EndReason | undefined => (r && (END_REASONS as string[]).includes(r) ? (r as EndReason) : undefined);
export const asPlan = (p: string | null | undefined): ClientPlan => (p && (PLANS as string[]).includes(p) ? (p as ClientPlan) : 'basic');
const date = (d: Date | string) => (d instanceof Date ? d : new Date(d));

/** What enforcement knows about an account as of a date. */
export interface EnforcementFacts {
  activeStrikes: number;
  suspended: boolean;
  /** Suspended at some point and not overturned: their feedback about others stops counting. */
  suspendedForAbuse: boolean;
  holds: AccountHold[];
  /**
   * The earliest instant after the date at which these facts change with time alone (a strike
   * or action starting, a strike expiring, a suspension's end), null when none is known.
   */
  changesAt: Date | null;
}

const NO_ENFORCEMENT: EnforcementFacts = { activeStrikes: 0, suspended: false, suspendedForAbuse: false, holds: [], changesAt: null };

/**
 * Strikes, suspensions and payment holds from the enforcement tables (src/enforce). Read with
 * plain SQL so trust does not depend on enforcement's code (the migrations create both tables,
 * in one folder applied in order, so they are not looked up first). Rows that start after `asOf` are read too (not counted): they
 * say when the facts change (`changesAt`).
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
    select 'strike' as kind, account_id, null as type, null as status, created_at as starts_at, expires_at as ends_at, null::timestamptz as lifted_at
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
      if (starts.getTime() <= t) f.activeStrikes++;
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

interface ContractRow {
  id: string;
  client_id: string;
  freelancer_id: string;
  kind: string | null;
  started_at: Date;
  ended_at: Date | null;
  status: string;
  end_reason: string | null;
  total_paid_cents: number;
  stars: string | number | null;
  private_score: number | null;
  feedback_end_reason: string | null;
}

/**
 * Contracts as ContractRecords, with the client's latest feedback on each. Contracts whose
 * start is unknown (a payment or an end arrived before `contract.started`) are left out until
 * it arrives: without the parties the outcome cannot be attributed.
 */
async function loadContracts(db: DbOrTx, where: ReturnType<typeof sql>): Promise<ContractRecord[]> {
  const rows = await sql<ContractRow>`
    select c.id, c.client_id, c.freelancer_id, c.kind, c.started_at, c.ended_at, c.status, c.end_reason, c.total_paid_cents,
           f.stars, f.private_score, f.end_reason as feedback_end_reason
    from contracts c
    left join lateral (
      select stars, private_score, end_reason from feedback
      where contract_id = c.id and from_id = c.client_id and to_id = c.freelancer_id
      order by left_at desc, event_id desc limit 1
    ) f on true
    where c.started_at is not null and c.client_id is not null and c.freelancer_id is not null and ${where}
    order by c.started_at, c.id`.execute(db);
  return rows.rows.map((r) => {
    // The private end reason is the more precise one; the contract's is the fallback.
    const endReason = asEndReason(r.feedback_end_reason) ?? asEndReason(r.end_reason);
    const rec: ContractRecord = {
      id: r.id,
      clientId: r.client_id,
      freelancerId: r.freelancer_id,
      startedAt: date(r.started_at),
      kind: r.kind === 'hourly' ? 'hourly' : 'fixed',
      totalPaidCents: Number(r.total_paid_cents),
    };
    if (r.status === 'ended' && r.ended_at) rec.endedAt = date(r.ended_at);
    if (endReason) rec.endReason = endReason;
    if (r.stars !== null) rec.publicStars = Number(r.stars);
    if (r.private_score !== null) rec.privateScore = r.private_score;
    if (endReason === 'dispute') rec.disputed = true;
    return rec;
  });
}

/** The latest decided dispute of each contract (trust_dispute_outcomes, written by recordDisputeOutcome). */
async function attachDisputes(db: DbOrTx, contracts: ContractRecord[]): Promise<ContractRecord[]> {
  if (contracts.length === 0) return contracts;
  const rows = await sql<{ contract_id: string; outcome: DisputeOutcome; decided_at: Date }>`
    select distinct on (contract_id) contract_id, outcome, decided_at from trust_dispute_outcomes
    where contract_id = any(${contracts.map((c) => c.id)}::text[]) order by contract_id, decided_at desc, dispute_id desc`.execute(db);
  const byContract = new Map(rows.rows.map((r) => [r.contract_id, r]));
  for (const c of contracts) {
    const d = byContract.get(c.id);
    if (!d) continue;
    c.dispute = { outcome: d.outcome, decidedAt: date(d.decided_at) };
    c.disputed = true;
  }
  return contracts;
}

/**
 * A freelancer's contracts, with feedback from clients later suspended marked excluded, and
 * the enforcement facts of the freelancer and of those clients (one round trip for both);
 * `clientsChangeAt` is when those clients' facts next change with time alone.
 */
export async function loadFreelancerContracts(
  db: DbOrTx,
  freelancerId: string,
  asOf: Date,
): Promise<{ contracts: ContractRecord[]; enforcement: EnforcementFacts; clientsChangeAt: Date | null }> {
  const contracts = await attachDisputes(db, await loadContracts(db, sql`c.freelancer_id = ${freelancerId}`));
  const facts = await enforcementFacts(db, [freelancerId, ...contracts.map((c) => c.clientId)], asOf);
  let clientsChangeAt: Date | null = null;
  for (const c of contracts) {
    const f = facts.get(c.clientId);
    if (f?.suspendedForAbuse) c.clientSuspendedForAbuse = true;
    clientsChangeAt = earliest(clientsChangeAt, f?.changesAt ?? null);
  }
  return { contracts, enforcement: facts.get(freelancerId) as EnforcementFacts, clientsChangeAt };
}

export async function loadPairContracts(db: DbOrTx, clientId: string, freelancerId: string): Promise<ContractRecord[]> {
  return attachDisputes(db, await loadContracts(db, sql`c.client_id = ${clientId} and c.freelancer_id = ${freelancerId}`));
}

/** Payments that reached the freelancer (escrow is money held, not earned). */
export async function loadEarnings(db: DbOrTx, freelancerId: string): Promise<EarningRecord[]> {
  const rows = await db
    .selectFrom('payments')
    .select(['occurred_at', 'amount_cents', 'contract_id'])
    .where('freelancer_id', '=', freelancerId)
    .where('kind', '!=', 'escrow')
    .orderBy('occurred_at')
    .execute();
  return rows.map((r) => ({ paidAt: date(r.occurred_at), amountCents: Number(r.amount_cents), contractId: r.contract_id }));
}

export async function loadCircumventions(db: DbOrTx, accountId: string): Promise<ConfirmedCircumvention[]> {
  // A finding confirmed by an enforcement action stops counting once an appeal overturns that action.
  const rows = await sql<{ kind: string; confirmed_at: Date }>`
    select f.kind, f.confirmed_at from circumvention_findings f
    where f.account_id = ${accountId}
      and not exists (select 1 from appeals a where a.status = 'overturned' and f.reference = 'action:' || a.action_id)`.execute(db);
  return rows.rows.map((r) => ({ kind: r.kind as ConfirmedCircumvention['kind'], confirmedAt: date(r.confirmed_at) }));
}

/**
 * Confirmed circumvention between two accounts: findings against either one whose enforcement
 * action came from a case or decision about the other (the case's counterpart, or a decision
 * joined to the case). Overturned findings are left out, as in loadCircumventions.
 */
export async function loadCircumventionsBetween(db: DbOrTx, x: string, y: string, asOf: Date): Promise<ConfirmedCircumvention[]> {
  const rows = await sql<{ kind: string; confirmed_at: Date }>`
    select f.kind, f.confirmed_at from circumvention_findings f
    join enforcement_actions a on f.reference = 'action:' || a.id
    left join cases c on c.id = a.case_id
    left join decisions d on d.id = a.decision_id
    where f.account_id in (${x}, ${y}) and f.confirmed_at <= ${asOf}
      and (
        coalesce(c.counterpart_id, d.counterpart_id) = case when f.account_id = ${x} then ${y} else ${x} end
        or exists (select 1 from case_items i join decisions di on di.id = i.decision_id
                   where i.case_id = a.case_id and di.counterpart_id = case when f.account_id = ${x} then ${y} else ${x} end)
      )
      and not exists (select 1 from appeals ap where ap.status = 'overturned' and ap.action_id = a.id)
    order by f.confirmed_at`.execute(db);
  return rows.rows.map((r) => ({ kind: r.kind as ConfirmedCircumvention['kind'], confirmedAt: date(r.confirmed_at) }));
}

/** Dates of the chargebacks a client received (the projection keeps only a count). */
export async function loadChargebacks(db: DbOrTx, clientId: string): Promise<Array<{ at: Date; contractId: string | null }>> {
  const rows = await sql<{ occurred_at: Date; contract_id: string | null }>`
    select occurred_at, payload->'data'->>'contractId' as contract_id from events
    where actor_id = ${clientId} and type = 'chargeback.received' order by occurred_at`.execute(db);
  return rows.rows.map((r) => ({ at: date(r.occurred_at), contractId: r.contract_id }));
}

export interface AccountRow {
  id: string;
  role: string | null;
  display_name: string | null;
  country: string | null;
  plan: string | null;
  created_at: Date | null;
  first_seen_at: Date;
  payment_verified: boolean;
  identity_verified: boolean;
  profile: Record<string, unknown>;
  jobs_posted: number;
  total_spent_cents: number;
  total_earned_cents: number;
}

export async function loadAccount(db: DbOrTx, id: string): Promise<AccountRow | undefined> {
  const a = await db
    .selectFrom('accounts')
    .select([
      'id',
      'role',
      'display_name',
      'country',
      'plan',
      'created_at',
      'first_seen_at',
      'payment_verified',
      'identity_verified',
      'profile',
      'jobs_posted',
      'total_spent_cents',
      'total_earned_cents',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!a) return undefined;
  return {
    ...a,
    created_at: a.created_at ? date(a.created_at) : null,
    first_seen_at: date(a.first_seen_at),
    profile: (a.profile ?? {}) as Record<string, unknown>,
    total_spent_cents: Number(a.total_spent_cents),
    total_earned_cents: Number(a.total_earned_cents),
  };
}

export const accountCreatedAt = (a: AccountRow): Date => a.created_at ?? a.first_seen_at;

/**
 * Contracts a client completed (ended with money paid, for a completed or unstated reason), the
 * jobs that led to a hire and the disputes that weigh on the client, as of a date: the one
 * definition the trusted-client rule and client trust both read. A $0 contract is not completed.
 */
async function clientContractFacts(db: DbOrTx, id: string, asOf: Date) {
  // Disputes that weigh on a client (src/trust/README.md "Disputes"): those decided against
  // the client (release) or split, and contracts ended in dispute that Warden saw no decision
  // for. A dispute the client won (refund) says the client was right, not that it is risky.
  const c = await sql<{ with_hire: number; completed: number; disputes: Date[] | null }>`
    select count(distinct job_id)::int as with_hire,
           (count(*) filter (where status = 'ended' and total_paid_cents > 0 and coalesce(end_reason, 'completed') in ('completed', 'other')))::int as completed,
           array_agg(ended_at order by ended_at) filter (where end_reason = 'dispute' and ended_at is not null
             and not exists (select 1 from trust_dispute_outcomes o where o.contract_id = contracts.id)) as disputes
    from contracts where client_id = ${id} and started_at <= ${asOf}`.execute(db);
  const decided = await sql<{ decided_at: Date }>`
    select decided_at from trust_dispute_outcomes where client_id = ${id} and outcome in ('release', 'split') and decided_at <= ${asOf}
    order by decided_at`.execute(db);
  const row = c.rows[0];
  return {
    withHire: row?.with_hire ?? 0,
    completed: row?.completed ?? 0,
    disputes: [...(row?.disputes ?? []).map(date), ...decided.rows.map((r) => date(r.decided_at))].sort((x, y) => x.getTime() - y.getTime()),
  };
}

/** Stars the account received (from freelancers) and gave, as of a date. */
async function ratingFacts(db: DbOrTx, id: string, asOf: Date): Promise<{ received: RatingSummary; given: RatingSummary }> {
  const ratings = await sql<{ recv_avg: string | null; recv_n: number; given_avg: string | null; given_n: number }>`
    select avg(stars) filter (where to_id = ${id}) as recv_avg, (count(stars) filter (where to_id = ${id}))::int as recv_n,
           avg(stars) filter (where from_id = ${id}) as given_avg, (count(stars) filter (where from_id = ${id}))::int as given_n
    from feedback where (to_id = ${id} or from_id = ${id}) and left_at <= ${asOf}`.execute(db);
  const r = ratings.rows[0];
  return {
    received: { average: r?.recv_avg ? Number(r.recv_avg) : 0, count: r?.recv_n ?? 0 },
    given: { average: r?.given_avg ? Number(r.given_avg) : 0, count: r?.given_n ?? 0 },
  };
}

/** What the trusted-client rule reads about one client (the same loaders as `loadClientTrustInput`). */
export async function loadTrustedClientInput(db: DbOrTx, clientId: string, asOf: Date): Promise<TrustedClientInput> {
  const contracts = await clientContractFacts(db, clientId, asOf);
  const ratings = await ratingFacts(db, clientId, asOf);
  const enforcement = await enforcementFactsFor(db, clientId, asOf);
  return { completedContracts: contracts.completed, ratingReceived: ratings.received, activeStrikes: enforcement.activeStrikes };
}

/** Everything `clientTrust` needs about one client. */
export async function loadClientTrustInput(db: DbOrTx, account: AccountRow, asOf: Date): Promise<ClientTrustInput> {
  const id = account.id;
  const contracts = await clientContractFacts(db, id, asOf);
  const ratings = await ratingFacts(db, id, asOf);
  const chargebacks = await loadChargebacks(db, id);
  const enforcement = await enforcementFactsFor(db, id, asOf);
  return {
    asOf,
    accountCreatedAt: accountCreatedAt(account),
    paymentMethodVerified: account.payment_verified,
    plan: asPlan(account.plan),
    jobsPosted: account.jobs_posted,
    jobsWithHire: Math.min(contracts.withHire, account.jobs_posted),
    completedContracts: contracts.completed,
    totalSpentCents: account.total_spent_cents,
    ratingReceived: ratings.received,
    ratingGiven: ratings.given,
    disputes: contracts.disputes,
    chargebacks: chargebacks.map((x) => x.at),
    activeStrikes: enforcement.activeStrikes,
    suspended: enforcement.suspended,
  };
}

/** Signal types the screening stored for a subject (e.g. a job post), from the decisions table. */
export async function loadSignalTypes(db: DbOrTx, subjectType: string, subjectId: string): Promise<string[]> {
  const rows = await db.selectFrom('decisions').select('signals').where('subject_type', '=', subjectType).where('subject_id', '=', subjectId).execute();
  const types = new Set<string>();
  for (const r of rows) {
    const signals = (typeof r.signals === 'string' ? JSON.parse(r.signals) : r.signals) as unknown[];
    for (const s of signals ?? [])
      if (s && typeof s === 'object' && typeof (s as { type?: unknown }).type === 'string') types.add((s as { type: string }).type);
  }
  return [...types];
}
