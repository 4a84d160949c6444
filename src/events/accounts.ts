// Read side of the context projections: what Warden knows about one account.
import { sql } from 'kysely';
import { notFoundError } from '../app/errors.ts';
import type { DbOrTx } from '../store/db.ts';

export interface AccountView {
  id: string;
  role: string | null;
  plan: string | null;
  country: string | null;
  displayName: string | null;
  createdAt: string | null;
  firstSeenAt: string;
  paymentVerified: boolean;
  identityVerified: boolean;
  profile: Record<string, unknown>;
  lastLoginAt: string | null;
  activity: { jobsPosted: number; proposalsSubmitted: number; invitesSent: number; messagesSent: number };
  money: { totalEarnedCents: number; totalSpentCents: number; chargebacks: number };
  contracts: { total: number; active: number; ended: number };
  feedback: { received: number; averageStars: number | null; averagePrivateScore: number | null };
  relationships: RelationshipView[];
}

export interface RelationshipView {
  counterpartId: string;
  firstMessageAt: string | null;
  lastMessageAt: string | null;
  messages: number;
  contractsStarted: number;
  contractsEnded: number;
  firstContractAt: string | null;
  totalPaidCents: number;
}

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

export async function getAccount(db: DbOrTx, id: string, opts: { relationshipsLimit?: number } = {}): Promise<AccountView> {
  const a = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) throw notFoundError('account', id);
  const contracts = await db
    .selectFrom('contracts')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) filter (where status = 'active')::int`.as('active'),
      sql<number>`count(*) filter (where status = 'ended')::int`.as('ended'),
    ])
    .where((eb) => eb.or([eb('client_id', '=', id), eb('freelancer_id', '=', id)]))
    .executeTakeFirstOrThrow();
  const fb = await db
    .selectFrom('feedback')
    .select([sql<number>`count(*)::int`.as('received'), sql<string | null>`avg(stars)`.as('stars'), sql<string | null>`avg(private_score)`.as('private')])
    .where('to_id', '=', id)
    .executeTakeFirstOrThrow();
  const rels = await getRelationships(db, id, opts.relationshipsLimit ?? 50);
  return {
    id: a.id,
    role: a.role,
    plan: a.plan,
    country: a.country,
    displayName: a.display_name,
    createdAt: iso(a.created_at),
    firstSeenAt: iso(a.first_seen_at)!,
    paymentVerified: a.payment_verified,
    identityVerified: a.identity_verified,
    profile: a.profile as Record<string, unknown>,
    lastLoginAt: iso(a.last_login_at),
    activity: { jobsPosted: a.jobs_posted, proposalsSubmitted: a.proposals_submitted, invitesSent: a.invites_sent, messagesSent: a.messages_sent },
    money: { totalEarnedCents: Number(a.total_earned_cents), totalSpentCents: Number(a.total_spent_cents), chargebacks: a.chargebacks },
    contracts,
    feedback: {
      received: fb.received,
      averageStars: fb.stars === null ? null : Math.round(Number(fb.stars) * 100) / 100,
      averagePrivateScore: fb.private === null ? null : Math.round(Number(fb.private) * 100) / 100,
    },
    relationships: rels,
  };
}

export async function getRelationships(db: DbOrTx, id: string, limit: number): Promise<RelationshipView[]> {
  const rows = await db
    .selectFrom('relationships')
    .selectAll()
    .where((eb) => eb.or([eb('account_a', '=', id), eb('account_b', '=', id)]))
    .orderBy('last_message_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    counterpartId: r.account_a === id ? r.account_b : r.account_a,
    firstMessageAt: iso(r.first_message_at),
    lastMessageAt: iso(r.last_message_at),
    messages: r.messages,
    contractsStarted: r.contracts_started,
    contractsEnded: r.contracts_ended,
    firstContractAt: iso(r.first_contract_at),
    totalPaidCents: Number(r.total_paid_cents),
  }));
}

/** The relationship between two accounts, or an empty one when they have never interacted. */
export async function getRelationship(db: DbOrTx, x: string, y: string): Promise<RelationshipView> {
  const [a, b] = x < y ? [x, y] : [y, x];
  const r = await db.selectFrom('relationships').selectAll().where('account_a', '=', a).where('account_b', '=', b).executeTakeFirst();
  return {
    counterpartId: y,
    firstMessageAt: iso(r?.first_message_at),
    lastMessageAt: iso(r?.last_message_at),
    messages: r?.messages ?? 0,
    contractsStarted: r?.contracts_started ?? 0,
    contractsEnded: r?.contracts_ended ?? 0,
    firstContractAt: iso(r?.first_contract_at),
    totalPaidCents: Number(r?.total_paid_cents ?? 0),
  };
}

/** The role (client, freelancer, agency) of each known account; unknown accounts are absent. */
export async function accountRoles(db: DbOrTx, ids: readonly string[]): Promise<Map<string, string | null>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'role'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.role]));
}

/** The facts about one account that behaviour detectors weigh (tenure, money), or null when unknown. */
export interface AccountFacts {
  id: string;
  role: string | null;
  /** Registration, else the first event seen. */
  since: Date;
  totalEarnedCents: number;
  totalSpentCents: number;
}

export async function accountFacts(db: DbOrTx, id: string): Promise<AccountFacts | null> {
  const a = await db
    .selectFrom('accounts')
    .select(['id', 'role', 'created_at', 'first_seen_at', 'total_earned_cents', 'total_spent_cents'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!a) return null;
  return {
    id: a.id,
    role: a.role,
    since: new Date(a.created_at ?? a.first_seen_at),
    totalEarnedCents: Number(a.total_earned_cents),
    totalSpentCents: Number(a.total_spent_cents),
  };
}

export interface ContractFacts {
  id: string;
  clientId: string | null;
  freelancerId: string | null;
  amountCents: number | null;
  startedAt: Date | null;
  endedAt: Date | null;
  endReason: string | null;
  totalPaidCents: number;
}

/** One contract as the projections know it, or null when no event named it yet. */
export async function contractFacts(db: DbOrTx, id: string): Promise<ContractFacts | null> {
  const c = await db.selectFrom('contracts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) return null;
  return {
    id: c.id,
    clientId: c.client_id,
    freelancerId: c.freelancer_id,
    amountCents: c.amount_cents === null ? null : Number(c.amount_cents),
    startedAt: c.started_at ? new Date(c.started_at) : null,
    endedAt: c.ended_at ? new Date(c.ended_at) : null,
    endReason: c.end_reason,
    totalPaidCents: Number(c.total_paid_cents),
  };
}
