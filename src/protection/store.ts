// The protection projection: the facts protection's rules read, kept from the events in the
// event's own transaction (the hook below). Like the context projections it is
// order-independent: first funding and submission win (least), sums add once per event.
import { sql } from 'kysely';
import type { EventHook } from '../events/service.ts';
import type { DbOrTx, Tx } from '../store/db.ts';
import type { MilestoneFacts, WeekFacts } from './rules.ts';
import './tables.ts';

/** Monday (UTC) of the week holding `at`, as YYYY-MM-DD: the marketplace bills Mon–Sun UTC. */
export function weekStartOf(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

async function milestoneRow(tx: Tx, contractId: string, milestoneId: string): Promise<void> {
  await sql`insert into protection_milestones (contract_id, milestone_id) values (${contractId}, ${milestoneId}) on conflict do nothing`.execute(tx);
}

/** The ingestion hook: records contract terms, hours and milestone steps; replies nothing. */
export const protectionHook: EventHook = async (tx, e) => {
  switch (e.type) {
    case 'contract.started': {
      const d = e.data;
      if (d.weeklyLimitHours === undefined && d.manualTimeAllowed === undefined) return undefined;
      await sql`insert into protection_contract_terms (contract_id, weekly_limit_hours, manual_time_allowed)
        values (${d.contractId}, ${d.weeklyLimitHours ?? null}, ${d.manualTimeAllowed ?? null})
        on conflict (contract_id) do update set
          weekly_limit_hours = coalesce(excluded.weekly_limit_hours, protection_contract_terms.weekly_limit_hours),
          manual_time_allowed = coalesce(excluded.manual_time_allowed, protection_contract_terms.manual_time_allowed)`.execute(tx);
      return undefined;
    }
    case 'hours.logged': {
      const d = e.data;
      await tx
        .insertInto('protection_hours')
        .values({
          event_id: e.id,
          contract_id: d.contractId,
          week_start: d.weekStart ?? weekStartOf(new Date(e.occurredAt)),
          hours: d.hours,
          amount_cents: d.amountCents,
          source: d.source ?? 'unreported',
          logged_at: e.occurredAt,
        })
        .onConflict((oc) => oc.column('event_id').doNothing())
        .execute();
      return undefined;
    }
    case 'escrow.funded': {
      const m = e.data.milestoneId ?? '';
      await milestoneRow(tx, e.data.contractId, m);
      await sql`update protection_milestones set funded_at = least(funded_at, ${e.occurredAt}::timestamptz), funded_cents = funded_cents + ${e.data.amountCents}
        where contract_id = ${e.data.contractId} and milestone_id = ${m}`.execute(tx);
      return undefined;
    }
    case 'milestone.submitted': {
      const d = e.data;
      await milestoneRow(tx, d.contractId, d.milestoneId);
      // The first submission is the one that counts; a later one only fills what was not known.
      await sql`update protection_milestones set
          submitted_via = case when submitted_at is null or submitted_at > ${e.occurredAt}::timestamptz then ${d.submittedVia ?? 'platform'} else submitted_via end,
          submitted_at = least(submitted_at, ${e.occurredAt}::timestamptz),
          work_started_at = least(work_started_at, ${d.workStartedAt ?? null}::timestamptz)
        where contract_id = ${d.contractId} and milestone_id = ${d.milestoneId}`.execute(tx);
      return undefined;
    }
    case 'milestone.released': {
      const m = e.data.milestoneId ?? '';
      await milestoneRow(tx, e.data.contractId, m);
      await sql`update protection_milestones set released_at = greatest(released_at, ${e.occurredAt}::timestamptz), released_cents = released_cents + ${e.data.amountCents}
        where contract_id = ${e.data.contractId} and milestone_id = ${m}`.execute(tx);
      return undefined;
    }
    default:
      return undefined;
  }
};

const date = (d: Date | string | null): Date | null => (d == null ? null : new Date(d));
const day = (d: Date | string): string => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));

export interface ContractProtectionFacts {
  weeklyLimitHours: number | null;
  manualTimeAllowed: boolean | null;
  weeks: WeekFacts[];
  milestones: MilestoneFacts[];
  contractFundedAt: Date | null;
}

/** Everything the protection projection holds for one contract, as of `asOf`. */
export async function loadProtectionFacts(db: DbOrTx, contractId: string, asOf: Date): Promise<ContractProtectionFacts> {
  const terms = await db.selectFrom('protection_contract_terms').selectAll().where('contract_id', '=', contractId).executeTakeFirst();
  const hours = await sql<{ week_start: Date | string; source: string; hours: string; amount_cents: string }>`
    select week_start, source, sum(hours)::text as hours, sum(amount_cents)::text as amount_cents from protection_hours
    where contract_id = ${contractId} and logged_at <= ${asOf} group by week_start, source order by week_start`.execute(db);
  const weeks = new Map<string, WeekFacts>();
  for (const r of hours.rows) {
    const key = day(r.week_start);
    const w = weeks.get(key) ?? { weekStart: key, tracked: 0, manual: 0, unreported: 0, amountCents: 0 };
    const n = Number(r.hours);
    if (r.source === 'tracker') w.tracked += n;
    else if (r.source === 'manual') w.manual += n;
    else w.unreported += n;
    w.amountCents += Number(r.amount_cents);
    weeks.set(key, w);
  }
  const rows = await db.selectFrom('protection_milestones').selectAll().where('contract_id', '=', contractId).execute();
  // Steps after asOf did not happen yet as of then.
  const upTo = (d: Date | string | null) => {
    const x = date(d);
    return x && x.getTime() <= asOf.getTime() ? x : null;
  };
  const milestones: MilestoneFacts[] = rows.map((r) => ({
    milestoneId: r.milestone_id,
    fundedAt: upTo(r.funded_at),
    fundedCents: Number(r.funded_cents),
    workStartedAt: upTo(r.work_started_at),
    submittedAt: upTo(r.submitted_at),
    submittedVia: upTo(r.submitted_at) ? (r.submitted_via === 'outside' ? 'outside' : 'platform') : null,
    releasedAt: upTo(r.released_at),
    releasedCents: Number(r.released_cents),
  }));
  return {
    weeklyLimitHours: terms?.weekly_limit_hours == null ? null : Number(terms.weekly_limit_hours),
    manualTimeAllowed: terms?.manual_time_allowed ?? null,
    weeks: [...weeks.values()],
    milestones,
    contractFundedAt: milestones.find((m) => m.milestoneId === '')?.fundedAt ?? null,
  };
}

/** One milestone's or one week's money, for a dispute: what was funded or billed. */
export async function disputableAmount(db: DbOrTx, contractId: string, scope: { milestoneId?: string; weekStart?: string }): Promise<number | null> {
  if (scope.milestoneId !== undefined) {
    const r = await db
      .selectFrom('protection_milestones')
      .select(['funded_cents'])
      .where('contract_id', '=', contractId)
      .where('milestone_id', '=', scope.milestoneId)
      .executeTakeFirst();
    return r && Number(r.funded_cents) > 0 ? Number(r.funded_cents) : null;
  }
  const r = await sql<{ cents: string | null }>`select sum(amount_cents)::text as cents from protection_hours
    where contract_id = ${contractId} and week_start = ${scope.weekStart}::date`.execute(db);
  const cents = r.rows[0]?.cents;
  return cents == null ? null : Number(cents);
}

/**
 * Whether the client's billing method and the freelancer's identity were verified as of `asOf`
 * (protection's `?asOf=` judges the contract as it stood then, not with today's verifications).
 * Payment verification is never withdrawn: verified from its first time on. Identity follows
 * the latest result at or before `asOf`, from the marketplace's `verification.completed`
 * events and Warden's own decided verification requests; none by then is "not verified".
 */
export async function verificationAsOf(
  db: DbOrTx,
  account:
    | {
        id: string;
        payment_verified: boolean;
        payment_verified_at: Date | string | null;
        identity_verified: boolean;
        identity_verified_at: Date | string | null;
      }
    | undefined,
  asOf: Date,
): Promise<{ paymentVerified: boolean; identityVerified: boolean }> {
  if (!account) return { paymentVerified: false, identityVerified: false };
  const paidAt = date(account.payment_verified_at);
  const paymentVerified = account.payment_verified && (paidAt === null || paidAt.getTime() <= asOf.getTime());
  const idAt = date(account.identity_verified_at);
  // The latest result is at or before asOf: it is the state as of then too.
  if (idAt === null || idAt.getTime() <= asOf.getTime()) return { paymentVerified, identityVerified: account.identity_verified };
  const r = await sql<{ approved: boolean; at: Date | string }>`
    select * from (
      select (payload->'data'->>'result') = 'approved' as approved, occurred_at as at from events
        where actor_id = ${account.id} and type = 'verification.completed' and payload->'data'->>'kind' = 'identity' and occurred_at <= ${asOf}
      union all
      select status = 'approved' as approved, decided_at as at from verification_requests
        where account_id = ${account.id} and status in ('approved', 'rejected') and decided_at <= ${asOf}
    ) h order by at desc limit 1`.execute(db);
  return { paymentVerified, identityVerified: r.rows[0]?.approved ?? false };
}
