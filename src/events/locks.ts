// The lock order of ingestion. Every transaction that ingests events first takes one
// transaction-scoped advisory lock per account the events touch (actors, counterparts and the
// parties of the contracts they name), all at once and sorted by key. Two transactions whose
// events share an account therefore queue on the smallest shared key and never hold locks
// the other waits for: concurrent batches cannot deadlock on account, pair or counter rows,
// whatever order their events come in. Transactions with no account in common run in parallel.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Tx } from '../store/db.ts';
import type { WardenEvent } from './schemas.ts';

const ACCOUNT_FIELDS = ['recipientId', 'clientId', 'freelancerId', 'toId'] as const;

/** The account ids an event names itself (its actor and counterparts), and the contracts whose parties it changes. */
export function accountsNamed(e: WardenEvent): { accounts: string[]; contracts: string[] } {
  const data = e.data as Record<string, unknown>;
  const accounts = [e.actor.id];
  for (const f of ACCOUNT_FIELDS) if (typeof data[f] === 'string') accounts.push(data[f] as string);
  const contracts = typeof data.contractId === 'string' ? [data.contractId] : [];
  return { accounts, contracts };
}

/**
 * A text as an SQL expression of hex digits only (`convert_from(decode('<hex>', 'hex'), 'UTF8')`):
 * safe to write into a statement's text whatever the text holds and the server's settings.
 */
function textLiteral(text: string): string {
  return `convert_from(decode('${Buffer.from(text, 'utf8').toString('hex')}', 'hex'), 'UTF8')`;
}

/** An account's advisory-lock key: the first 64 bits of the SHA-1 of its id, as a signed bigint. */
function lockKey(accountId: string): bigint {
  return createHash('sha1').update(accountId, 'utf8').digest().readBigInt64BE(0);
}

/**
 * Takes the advisory locks of every account `events` touch, in key order (held until the
 * transaction ends). Contract events also lock the contract's parties as stored (payments
 * credit them), read first. The statements carry no parameters (keys and ids are written into
 * their text: numbers, and hex through textLiteral), so the first one goes with the
 * transaction's `begin` in one round trip on PostgreSQL (store/db.ts beginWithFirstStatement);
 * the keys are computed and sorted here so that the lock statement is a list of numbers the
 * server plans at once, not a query on the ids it would plan on every call.
 */
export async function lockAccounts(tx: Tx, events: readonly WardenEvent[]): Promise<void> {
  const accounts = new Set<string>();
  const contracts = new Set<string>();
  for (const e of events) {
    const named = accountsNamed(e);
    for (const a of named.accounts) accounts.add(a);
    for (const c of named.contracts) contracts.add(c);
  }
  if (contracts.size > 0) {
    const parties = await sql
      .raw<{ client_id: string | null; freelancer_id: string | null }>(
        `select client_id, freelancer_id from contracts where id in (${[...contracts].map(textLiteral).join(', ')})`,
      )
      .execute(tx);
    for (const p of parties.rows) for (const id of [p.client_id, p.freelancer_id]) if (id) accounts.add(id);
  }
  if (accounts.size === 0) return;
  const keys = [...new Set([...accounts].map(lockKey))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // The values are scanned in the order listed: the locks are taken in key order.
  await sql.raw(`select count(pg_advisory_xact_lock(k)) from (values ${keys.map((k) => `(${k}::bigint)`).join(', ')}) keys (k)`).execute(tx);
}
