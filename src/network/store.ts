// Linked accounts: sightings of identifiers, kept as keyed hashes, and the graph of accounts
// that share them. Writes are one upsert per identifier per event; an identifier new to an
// account is the only moment the graph changes, so that is when its other holders are read.
import { createHmac, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, DbOrTx, Tx } from '../store/db.ts';
import type { IdentifierKind, Sighting } from './identifiers.ts';
import './tables.ts';

/** The installation's hashing key: made once, kept in the database, so every process hashes alike. */
export async function loadSecret(db: Db): Promise<string> {
  await db
    .insertInto('network_secret')
    .values({ id: 1, secret: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  return (await db.selectFrom('network_secret').select('secret').where('id', '=', 1).executeTakeFirstOrThrow()).secret;
}

export const hashIdentifier = (secret: string, kind: IdentifierKind, value: string) =>
  createHmac('sha256', secret).update(`${kind}\u0000${value}`).digest('base64url');

/** Another account that holds an identifier this account was just seen with for the first time. */
export interface SharedIdentifier {
  kind: IdentifierKind;
  valueMasked: string;
  /** The other holders (at most `limit`), oldest first. */
  others: { accountId: string; firstSeenAt: string; lastEventId: string }[];
  /** How many other accounts hold it (counted up to `limit` + 1: more means a crowd, e.g. an office network). */
  holders: number;
  /** An IP's network facts (asn, org, country, kind). */
  network?: Record<string, unknown>;
}

/**
 * Records the sightings of one event. Returns, for identifiers new to their account, the
 * other accounts holding them (at most `limit` each); an identifier seen before changes no link.
 */
export async function recordSightings(
  tx: Tx,
  secret: string,
  sightings: readonly Sighting[],
  eventId: string,
  at: string,
  limit: number,
): Promise<SharedIdentifier[]> {
  const shared: SharedIdentifier[] = [];
  for (const s of sightings) {
    const hash = hashIdentifier(secret, s.kind, s.value);
    // xmax = 0 on the returned row means it was inserted (PostgreSQL and PGlite alike).
    const r = await sql<{ inserted: boolean }>`
      insert into account_identifiers (kind, value_hash, account_id, value_masked, first_seen_at, last_seen_at, first_event_id, last_event_id, network)
      values (${s.kind}, ${hash}, ${s.accountId}, ${s.masked}, ${at}, ${at}, ${eventId}, ${eventId}, ${s.network ? JSON.stringify(s.network) : null})
      on conflict (kind, value_hash, account_id) do update set
        sightings = account_identifiers.sightings + 1,
        first_seen_at = least(account_identifiers.first_seen_at, excluded.first_seen_at),
        last_event_id = case when excluded.last_seen_at >= account_identifiers.last_seen_at then excluded.last_event_id else account_identifiers.last_event_id end,
        last_seen_at = greatest(account_identifiers.last_seen_at, excluded.last_seen_at)
      returning (xmax = 0) as inserted`.execute(tx);
    if (!r.rows[0]?.inserted) continue;
    const others = await tx
      .selectFrom('account_identifiers')
      .select(['account_id', 'first_seen_at', 'last_event_id'])
      .where('kind', '=', s.kind)
      .where('value_hash', '=', hash)
      .where('account_id', '<>', s.accountId)
      .orderBy('first_seen_at')
      .limit(limit + 1)
      .execute();
    if (!others.length) continue;
    shared.push({
      kind: s.kind,
      valueMasked: s.masked,
      ...(s.network ? { network: s.network } : {}),
      holders: others.length,
      others: others
        .slice(0, limit)
        .map((o) => ({ accountId: o.account_id, firstSeenAt: new Date(o.first_seen_at).toISOString(), lastEventId: o.last_event_id })),
    });
  }
  return shared;
}

export interface LinkEdge {
  from: string;
  to: string;
  kind: IdentifierKind;
  valueMasked: string;
  /** When the identifier became shared: the later of the two accounts' first sightings. */
  firstSeenAt: string;
  /** The latest sighting by either account. */
  lastSeenAt: string;
  /** Sightings of the value by the two accounts together. */
  count: number;
  /** A shared IP's network (asn, org, country, kind), when the IP data knew it. */
  network?: Record<string, unknown>;
}

/** Edges from each of `from` to every other holder of one of its identifiers; at most `limit` rows. */
export async function edgesFrom(db: DbOrTx, from: readonly string[], limit: number): Promise<LinkEdge[]> {
  if (!from.length) return [];
  const rows = await sql<{
    from_id: string;
    to_id: string;
    kind: IdentifierKind;
    value_masked: string;
    first_seen_at: Date;
    last_seen_at: Date;
    count: number;
    network: Record<string, unknown> | string | null;
  }>`select a.account_id as from_id, b.account_id as to_id, a.kind, a.value_masked, coalesce(a.network, b.network) as network,
        greatest(a.first_seen_at, b.first_seen_at) as first_seen_at, greatest(a.last_seen_at, b.last_seen_at) as last_seen_at,
        (a.sightings + b.sightings)::int as count
      from account_identifiers a
      join account_identifiers b on b.kind = a.kind and b.value_hash = a.value_hash and b.account_id <> a.account_id
      where a.account_id in (${sql.join([...from])})
      order by first_seen_at, from_id, to_id, a.kind
      limit ${limit}`.execute(db);
  return rows.rows.map((r) => ({
    from: r.from_id,
    to: r.to_id,
    kind: r.kind,
    valueMasked: r.value_masked,
    firstSeenAt: new Date(r.first_seen_at).toISOString(),
    lastSeenAt: new Date(r.last_seen_at).toISOString(),
    count: Number(r.count),
    ...(r.network ? { network: typeof r.network === 'string' ? JSON.parse(r.network) : r.network } : {}),
  }));
}

/** Whether Warden has seen the account at all (identifiers or projections). */
export async function identifierCount(db: DbOrTx, accountId: string): Promise<number> {
  const r = await db.selectFrom('account_identifiers').select(sql<number>`count(*)::int`.as('n')).where('account_id', '=', accountId).executeTakeFirst();
  return r?.n ?? 0;
}

/**
 * The identifiers of `kinds` that accounts `a` and `b` both hold (one row per kind and value:
 * the kind, the masked value and the event that showed it on each). An IP is never asked for
 * by callers that act on the answer: sharing a network is not sharing a person.
 */
export async function sharedBetween(
  db: DbOrTx,
  a: string,
  b: string,
  kinds: readonly IdentifierKind[],
): Promise<{ kind: IdentifierKind; valueMasked: string; eventIds: [string, string] }[]> {
  if (a === b || !kinds.length) return [];
  const rows = await sql<{ kind: IdentifierKind; value_masked: string; a_event: string; b_event: string }>`select x.kind, x.value_masked,
        x.last_event_id as a_event, y.last_event_id as b_event
      from account_identifiers x
      join account_identifiers y on y.kind = x.kind and y.value_hash = x.value_hash and y.account_id = ${b}
      where x.account_id = ${a} and x.kind in (${sql.join([...kinds])})
      order by x.kind, x.value_masked`.execute(db);
  return rows.rows.map((r) => ({ kind: r.kind, valueMasked: r.value_masked, eventIds: [r.a_event, r.b_event] }));
}
