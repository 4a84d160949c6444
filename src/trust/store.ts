// Loaders: fill the pure calculators' input records from the event projections (accounts,
// contracts, payments, feedback, relationships, jobs, events), trust's own tables, and what
// enforcement, cases and policy tell through their interfaces (enforce/facts.ts,
// cases/lookups.ts, policy/decision-lookups.ts): their tables are theirs.
import { sql } from 'kysely';
import { caseParties } from '../cases/lookups.ts';
import { actionOrigins, type EnforcementFacts, enforcementFacts, enforcementFactsFor, overturnedActions } from '../enforce/facts.ts';
import { decisionCounterparts, signalTypesFor } from '../policy/decision-lookups.ts';
import type { DbOrTx } from '../store/db.ts';
import './tables.ts';
import type { ClientTrustInput, TrustedClientInput } from './client-trust.ts';
import { earliest } from './time.ts';
import type { ClientPlan, ConfirmedCircumvention, ContractRecord, DisputeOutcome, EarningRecord, EndReason, RatingSummary } from './types.ts';

const END_REASONS: readonly EndReason[] = ['completed', 'cancelled', 'no_work', 'dispute', 'freelancer_unresponsive', 'client_unresponsive', 'scope_changed'];
const PLANS: readonly ClientPlan[] = ['basic', 'plus', 'business', 'enterprise'];

const asEndReason = (r: string | null | undefined): EndReason | undefined => (r && (END_REASONS as string[]).includes(r) ? (r as EndReason) : undefined);
export const asPlan = (p: string | null | undefined): ClientPlan => (p && (PLANS as string[]).includes(p) ? (p as ClientPlan) : 'basic');
const date = (d: Date | string) => (d instanceof Date ? d : new Date(d));

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

const ACTION_REFERENCE = 'action:';
const actionOf = (reference: string | null): string | undefined =>
  reference?.startsWith(ACTION_REFERENCE) ? reference.slice(ACTION_REFERENCE.length) : undefined;

export async function loadCircumventions(db: DbOrTx, accountId: string): Promise<ConfirmedCircumvention[]> {
  // A finding confirmed by an enforcement action stops counting once an appeal overturns that action.
  const rows = await db.selectFrom('circumvention_findings').select(['kind', 'confirmed_at', 'reference']).where('account_id', '=', accountId).execute();
  const overturned = await overturnedActions(
    db,
    rows.map((r) => actionOf(r.reference)).filter((a): a is string => !!a),
  );
  return rows
    .filter((r) => !overturned.has(actionOf(r.reference) as string))
    .map((r) => ({ kind: r.kind as ConfirmedCircumvention['kind'], confirmedAt: date(r.confirmed_at) }));
}

/**
 * Confirmed circumvention between two accounts: findings against either one whose enforcement
 * action came from a case or decision about the other (the case's counterpart, else the
 * decision's, or a decision joined to the case). Overturned findings are left out, as in loadCircumventions.
 */
export async function loadCircumventionsBetween(db: DbOrTx, x: string, y: string, asOf: Date): Promise<ConfirmedCircumvention[]> {
  const findings = (
    await db
      .selectFrom('circumvention_findings')
      .select(['account_id', 'kind', 'confirmed_at', 'reference'])
      .where('account_id', 'in', [x, y])
      .where('confirmed_at', '<=', asOf)
      .orderBy('confirmed_at')
      .execute()
  ).filter((f) => actionOf(f.reference));
  if (findings.length === 0) return [];
  const actionIds = findings.map((f) => actionOf(f.reference) as string);
  const origins = await actionOrigins(db, actionIds);
  const overturned = await overturnedActions(db, actionIds);
  const parties = await caseParties(
    db,
    [...origins.values()].map((o) => o.caseId).filter((c): c is string => !!c),
  );
  const decisionIds = [...origins.values()].map((o) => o.decisionId).concat([...parties.values()].flatMap((p) => p.itemDecisionIds));
  const counterparts = await decisionCounterparts(
    db,
    decisionIds.filter((d): d is string => !!d),
  );
  return findings
    .filter((f) => {
      const actionId = actionOf(f.reference) as string;
      const origin = origins.get(actionId);
      if (!origin || overturned.has(actionId)) return false;
      const other = f.account_id === x ? y : x;
      const kase = origin.caseId ? parties.get(origin.caseId) : undefined;
      const named = kase?.counterpartId ?? (origin.decisionId ? counterparts.get(origin.decisionId) : null) ?? null;
      return named === other || (kase?.itemDecisionIds ?? []).some((d) => counterparts.get(d) === other);
    })
    .map((r) => ({ kind: r.kind as ConfirmedCircumvention['kind'], confirmedAt: date(r.confirmed_at) }));
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

/** Signal types the screening stored for a subject (e.g. a job post): policy's decisions tell. */
export const loadSignalTypes = (db: DbOrTx, subjectType: string, subjectId: string): Promise<string[]> => signalTypesFor(db, subjectType, subjectId);
