// The facts patterns count: written once per event (unique on account, kind, event), read back
// as one account's recent facts of one kind, newest first and bounded, so a pattern costs the
// same for a new account and for one with years of history.
import { sql } from 'kysely';
import type { Tx } from '../store/db.ts';
import './tables.ts';

export interface Fact {
  accountId: string;
  kind: string;
  counterpartId?: string | null;
  eventId: string;
  at: Date;
  amountCents?: number | null;
  detail?: Record<string, unknown>;
}

/** Most facts one pattern ever reads: far above any threshold, and a bound on the work. */
export const FACT_READ_LIMIT = 200;

export async function recordFact(tx: Tx, f: Fact): Promise<void> {
  await tx
    .insertInto('pattern_facts')
    .values({
      account_id: f.accountId,
      kind: f.kind,
      counterpart_id: f.counterpartId ?? null,
      event_id: f.eventId,
      at: f.at,
      amount_cents: f.amountCents ?? null,
      detail: JSON.stringify(f.detail ?? {}),
    })
    .onConflict((oc) => oc.columns(['account_id', 'kind', 'event_id']).doNothing())
    .execute();
}

/** An account's facts of one kind within [since, until], newest first (at most FACT_READ_LIMIT). */
export async function factsOf(tx: Tx, accountId: string, kind: string, since: Date, until: Date, opts: { counterpartId?: string } = {}): Promise<Fact[]> {
  let q = tx
    .selectFrom('pattern_facts')
    .select(['account_id', 'kind', 'counterpart_id', 'event_id', 'at', 'amount_cents', 'detail'])
    .where('account_id', '=', accountId)
    .where('kind', '=', kind)
    .where('at', '>=', since)
    .where('at', '<=', until);
  if (opts.counterpartId !== undefined) q = q.where('counterpart_id', '=', opts.counterpartId);
  const rows = await q.orderBy('at', 'desc').limit(FACT_READ_LIMIT).execute();
  return rows.map(toFact);
}

/**
 * An account's facts of several kinds in one statement: per kind, its facts within
 * [since[kind], until], newest first, at most FACT_READ_LIMIT each — the same lists as one
 * factsOf per kind, without a round trip and a plan per kind. Because every window ends at
 * `until` and lists are newest first, a narrower window's facts are a prefix of a wider one's:
 * `within(list, since)` gives what factsOf would have read for the narrower window.
 */
export async function factsOfKinds<K extends string>(tx: Tx, accountId: string, since: Record<K, Date>, until: Date): Promise<Record<K, Fact[]>> {
  const kinds = Object.keys(since) as K[];
  const out = Object.fromEntries(kinds.map((k) => [k, [] as Fact[]])) as Record<K, Fact[]>;
  if (!kinds.length) return out;
  const rows = await tx
    .selectFrom((db) =>
      db
        .selectFrom('pattern_facts')
        .select(['account_id', 'kind', 'counterpart_id', 'event_id', 'at', 'amount_cents', 'detail'])
        .select(sql<number>`row_number() over (partition by kind order by at desc)`.as('rn'))
        .where('account_id', '=', accountId)
        .where('at', '<=', until)
        .where((eb) => eb.or(kinds.map((k) => eb.and([eb('kind', '=', k), eb('at', '>=', since[k])]))))
        .as('f'),
    )
    .select(['account_id', 'kind', 'counterpart_id', 'event_id', 'at', 'amount_cents', 'detail'])
    .where('rn', '<=', FACT_READ_LIMIT)
    .orderBy('at', 'desc')
    .execute();
  for (const r of rows) out[r.kind as K].push(toFact(r));
  return out;
}

/** The facts of a newest-first list at or after `since` (see factsOfKinds). */
export const within = (facts: Fact[], since: Date): Fact[] => facts.filter((f) => f.at.getTime() >= since.getTime());

function toFact(r: {
  account_id: string;
  kind: string;
  counterpart_id: string | null;
  event_id: string;
  at: Date;
  amount_cents: string | null;
  detail: Record<string, unknown>;
}): Fact {
  return {
    accountId: r.account_id,
    kind: r.kind,
    counterpartId: r.counterpart_id,
    eventId: r.event_id,
    at: new Date(r.at),
    amountCents: r.amount_cents === null ? null : Number(r.amount_cents),
    detail: r.detail,
  };
}
