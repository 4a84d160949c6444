// The context a screening decision needs, read from the projections: is there a contract
// between the two, who is the client and are they exempt (enterprise, trusted), how old and
// verified is the sender. Everything is plain values so the decision can store and explain it.
import { sql } from 'kysely';
import type { ContextValues } from '../policy/engine.ts';
import type { DbOrTx } from '../store/db.ts';
import { isTrustedClient } from '../trust/client-trust.ts';

export interface ScreeningParties {
  senderId?: string;
  recipientId?: string;
  at: Date;
  /** The job the conversation is about, for its interview policy. */
  jobId?: string;
}

/** Looks up a job's interview policy (the trust capability keeps them). */
export type InterviewPolicyLookup = (db: DbOrTx, jobId: string) => Promise<string | null>;

const DAY = 86_400_000;
const NON_CIRCUMVENTION_MONTHS = 24;

interface PartyFacts {
  known: boolean;
  role: string | null;
  plan: string | null;
  country: string | null;
  ageDays: number | null;
  paymentVerified: boolean;
  identityVerified: boolean;
  totalEarnedCents: number;
  totalSpentCents: number;
}

type AccountRow = Awaited<ReturnType<typeof loadAccounts>>[number];

async function loadAccounts(db: DbOrTx, ids: string[]) {
  return ids.length ? db.selectFrom('accounts').selectAll().where('id', 'in', ids).execute() : [];
}

function party(a: AccountRow | undefined, at: Date): PartyFacts {
  const created = a?.created_at ?? a?.first_seen_at;
  return {
    known: !!a,
    role: a?.role ?? null,
    plan: a?.plan ?? null,
    country: a?.country ?? null,
    ageDays: created ? Math.floor((at.getTime() - new Date(created).getTime()) / DAY) : null,
    paymentVerified: a?.payment_verified ?? false,
    identityVerified: a?.identity_verified ?? false,
    totalEarnedCents: Number(a?.total_earned_cents ?? 0),
    totalSpentCents: Number(a?.total_spent_cents ?? 0),
  };
}

async function clientRecord(db: DbOrTx, clientId: string) {
  const r = await sql<{ completed: number; stars: string | null }>`
    select (select count(*) from contracts where client_id = ${clientId} and status = 'ended')::int as completed,
           (select avg(stars) from feedback where to_id = ${clientId} and stars is not null) as stars`.execute(db);
  const row = r.rows[0];
  const completed = row?.completed ?? 0;
  return { completedContracts: completed, ratingReceived: { average: row?.stars ? Number(row.stars) : 0, count: row?.stars ? completed : 0 } };
}

export async function screeningContext(db: DbOrTx, p: ScreeningParties, interviewPolicy?: InterviewPolicyLookup): Promise<ContextValues> {
  const rows = await loadAccounts(
    db,
    [p.senderId, p.recipientId].filter((x): x is string => !!x),
  );
  const sender = party(
    rows.find((r) => r.id === p.senderId),
    p.at,
  );
  const recipient = party(
    rows.find((r) => r.id === p.recipientId),
    p.at,
  );
  let pair = { hasContract: false, activeContract: false, monthsSinceFirstContract: null as number | null, beyondNonCircumvention: false, messages: 0 };
  if (p.senderId && p.recipientId) {
    const [a, b] = p.senderId < p.recipientId ? [p.senderId, p.recipientId] : [p.recipientId, p.senderId];
    const rel = await db.selectFrom('relationships').selectAll().where('account_a', '=', a).where('account_b', '=', b).executeTakeFirst();
    if (rel) {
      const months = rel.first_contract_at ? (p.at.getTime() - new Date(rel.first_contract_at).getTime()) / (30.44 * DAY) : null;
      pair = {
        hasContract: rel.contracts_started > 0,
        activeContract: rel.contracts_started > rel.contracts_ended,
        monthsSinceFirstContract: months === null ? null : Math.floor(months),
        beyondNonCircumvention: months !== null && months >= NON_CIRCUMVENTION_MONTHS,
        messages: rel.messages,
      };
    }
  }
  // The client of the two: by role, else whoever has spent money on the platform.
  const clientSide = sender.role === 'client' ? 'sender' : recipient.role === 'client' ? 'recipient' : null;
  const clientId = clientSide === 'sender' ? p.senderId : clientSide === 'recipient' ? p.recipientId : undefined;
  const clientFacts = clientSide === 'sender' ? sender : clientSide === 'recipient' ? recipient : null;
  let trusted = false;
  if (clientId) trusted = isTrustedClient({ ...(await clientRecord(db, clientId)), activeStrikes: 0 });
  const enterprise = [sender, recipient].some((x) => x.plan === 'enterprise' && x.role !== 'freelancer');
  let job: { interviewPolicy: string | null } = { interviewPolicy: null };
  if (p.jobId && interviewPolicy) job = { interviewPolicy: await interviewPolicy(db, p.jobId) };
  return {
    sender,
    recipient,
    pair,
    clientParty: { side: clientSide, enterprise, trusted, plan: clientFacts?.plan ?? null },
    job,
  };
}

/** The context `warden screen` and stateless screening assume: strangers before a contract. */
export function unknownContext(): ContextValues {
  const unknown = {
    known: false,
    role: null,
    plan: null,
    country: null,
    ageDays: null,
    paymentVerified: false,
    identityVerified: false,
    totalEarnedCents: 0,
    totalSpentCents: 0,
  };
  return {
    sender: unknown,
    recipient: unknown,
    pair: { hasContract: false, activeContract: false, monthsSinceFirstContract: null, beyondNonCircumvention: false, messages: 0 },
    clientParty: { side: null, enterprise: false, trusted: false, plan: null },
    job: { interviewPolicy: null },
  };
}
