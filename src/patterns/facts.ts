// The facts patterns count: written once per event (unique on account, kind, event), read back
// as one account's recent facts of one kind, newest first and bounded, so a pattern costs the
// same for a new account and for one with years of history.
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
  return rows.map((r) => ({
    accountId: r.account_id,
    kind: r.kind,
    counterpartId: r.counterpart_id,
    eventId: r.event_id,
    at: new Date(r.at),
    amountCents: r.amount_cents === null ? null : Number(r.amount_cents),
    detail: r.detail,
  }));
}
