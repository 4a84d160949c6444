// The context a screening decision needs, read from the projections: is there a contract
// between the two, who is the client and are they exempt (enterprise, trusted), how old and
// verified is the sender. Everything is plain values so the decision can store and explain it.
import { type Selectable, sql } from 'kysely';
import { languageOfAccount } from '../events/locale.ts';
import type { ContextValues } from '../policy/engine.ts';
import type { DbOrTx } from '../store/db.ts';
import type { Database } from '../store/schema.ts';

export interface ScreeningParties {
  senderId?: string;
  recipientId?: string;
  at: Date;
  /** The job the conversation is about, for its interview policy. */
  jobId?: string;
}

/** Looks up a job's interview policy (the trust capability keeps them). */
export type InterviewPolicyLookup = (db: DbOrTx, jobId: string) => Promise<string | null>;

/**
 * What screening asks the trust capability, given by the composition root: trust owns the one
 * definition of each fact (`trustedClientAt` in trust/facts.ts), screening never computes its own.
 */
export interface TrustLookups {
  interviewPolicy?: InterviewPolicyLookup;
  /** Whether the client is a trusted client at that date (absent: no one is). */
  trustedClient?: (db: DbOrTx, clientId: string, at: Date) => Promise<boolean>;
  /** Whether the sender's sending limits get headroom, from their projected facts (absent: no one's do). */
  trustedSender?: (sender: { identityVerified: boolean; totalEarnedCents: number }) => boolean;
  /** When exemptions by reputation stop covering off-platform asks (trust's `exemptions` settings; absent: never). */
  askPattern?: { counterparts: number; windowDays: number };
}

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

type AccountRow = Selectable<Database['accounts']>;
type RelationshipRow = Selectable<Database['relationships']>;

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

/** The job a conversation is about: its interview policy, and whether the two have a contract on it. */
async function jobContext(db: DbOrTx, p: ScreeningParties, lookups: TrustLookups) {
  if (!p.jobId) return { id: null, known: false, interviewPolicy: null, contractBetween: false };
  const job = await db.selectFrom('jobs').select('id').where('id', '=', p.jobId).executeTakeFirst();
  let contractBetween = false;
  if (p.senderId && p.recipientId) {
    const c = await db
      .selectFrom('contracts')
      .select('id')
      .where('job_id', '=', p.jobId)
      .where((eb) =>
        eb.or([
          eb.and([eb('client_id', '=', p.senderId as string), eb('freelancer_id', '=', p.recipientId as string)]),
          eb.and([eb('client_id', '=', p.recipientId as string), eb('freelancer_id', '=', p.senderId as string)]),
        ]),
      )
      .where('started_at', '<=', p.at)
      .limit(1)
      .executeTakeFirst();
    contractBetween = !!c;
  }
  const interviewPolicy = lookups.interviewPolicy ? await lookups.interviewPolicy(db, p.jobId) : null;
  return { id: p.jobId, known: !!job, interviewPolicy, contractBetween };
}

export async function screeningContext(db: DbOrTx, p: ScreeningParties, lookups: TrustLookups = {}): Promise<ContextValues> {
  return (await screeningFacts(db, p, lookups)).context;
}

/** What screeningFacts reads in its one statement: both parties' accounts rows and their relationship row. */
export interface PartiesRead {
  accounts: AccountRow[] | null;
  rel: RelationshipRow | null;
}

/**
 * The two columns of screeningFacts' read (`accounts`, `rel`: JSON values), for a caller that
 * selects them with other facts in one statement (the screening path's prefetch). JSON keeps
 * each row's columns; timestamps come back as ISO text, which party() and the months below
 * read through new Date() as they read the driver's Date objects.
 */
export function partiesReadSql(p: Pick<ScreeningParties, 'senderId' | 'recipientId'>) {
  const ids = [p.senderId, p.recipientId].filter((x): x is string => !!x);
  const [a, b] = p.senderId && p.recipientId ? (p.senderId < p.recipientId ? [p.senderId, p.recipientId] : [p.recipientId, p.senderId]) : ['', ''];
  return sql`(select json_agg(x) from accounts x where x.id in (${sql.join(ids.length ? ids : [''])})) as accounts,
           (select to_json(r) from relationships r where r.account_a = ${a} and r.account_b = ${b}) as rel`;
}

/**
 * The screening context and the sender's language (languageOfAccount: `profile.locale`, else
 * its country's; null when unknown or no sender), from one read of both parties' accounts rows
 * and their relationship row (one statement: the hot path of every message), or from `given`,
 * that read made by the caller with its own (partiesReadSql).
 */
export async function screeningFacts(
  db: DbOrTx,
  p: ScreeningParties,
  lookups: TrustLookups = {},
  given?: PartiesRead,
): Promise<{ context: ContextValues; senderLanguage: string | null }> {
  const read = given ?? (await sql<PartiesRead>`select ${partiesReadSql(p)}`.execute(db)).rows[0];
  const rows = read?.accounts ?? [];
  const senderRow = rows.find((r) => r.id === p.senderId);
  const sender = party(senderRow, p.at);
  const recipient = party(
    rows.find((r) => r.id === p.recipientId),
    p.at,
  );
  let pair = { hasContract: false, activeContract: false, monthsSinceFirstContract: null as number | null, beyondNonCircumvention: false, messages: 0 };
  if (p.senderId && p.recipientId) {
    const rel = read?.rel;
    if (rel) {
      const months = rel.first_contract_at ? (p.at.getTime() - new Date(rel.first_contract_at).getTime()) / (30.44 * DAY) : null;
      pair = {
        hasContract: rel.contracts_started > 0,
        activeContract: rel.contracts_started > rel.contracts_ended,
        monthsSinceFirstContract: months === null ? null : Math.floor(months),
        beyondNonCircumvention: months !== null && months >= NON_CIRCUMVENTION_MONTHS,
        messages: Number(rel.messages),
      };
    }
  }
  // The client of the two: by role, else whoever has spent money on the platform.
  const clientSide = sender.role === 'client' ? 'sender' : recipient.role === 'client' ? 'recipient' : null;
  const clientId = clientSide === 'sender' ? p.senderId : clientSide === 'recipient' ? p.recipientId : undefined;
  const clientFacts = clientSide === 'sender' ? sender : clientSide === 'recipient' ? recipient : null;
  const trusted = clientId && lookups.trustedClient ? await lookups.trustedClient(db, clientId, p.at) : false;
  const enterprise = [sender, recipient].some((x) => x.plan === 'enterprise' && x.role !== 'freelancer');
  const job = await jobContext(db, p, lookups);
  // A contract on the conversation's job is a contract between the two, whatever the projection's timing.
  if (job.contractBetween && !pair.hasContract) pair = { ...pair, hasContract: true };
  return {
    context: {
      sender,
      recipient,
      pair,
      clientParty: { side: clientSide, enterprise, trusted, plan: clientFacts?.plan ?? null },
      job,
    },
    senderLanguage: p.senderId ? languageOfAccount(senderRow) : null,
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
    job: { id: null, known: false, interviewPolicy: null, contractBetween: false },
  };
}
