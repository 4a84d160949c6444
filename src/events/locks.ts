// The lock order of ingestion. Every transaction that ingests events first takes one
// transaction-scoped advisory lock per account the events touch (actors, counterparts and the
// parties of the contracts they name), all at once and sorted by key. Two transactions whose
// events share an account therefore queue on the smallest shared key and never hold locks
// the other waits for: concurrent batches cannot deadlock on account, pair or counter rows,
// whatever order their events come in. Transactions with no account in common run in parallel.
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

/**
 * Takes the advisory locks of every account `events` touch, in one statement, in key order
 * (held until the transaction ends). Contract events also lock the contract's parties as
 * stored (payments credit them). The ids are written into the statement's text (textLiteral),
 * not passed as parameters: a transaction's first statement without parameters goes with its
 * `begin` in one round trip on PostgreSQL (store/db.ts beginWithFirstStatement).
 */
export async function lockAccounts(tx: Tx, events: readonly WardenEvent[]): Promise<void> {
  const accounts = new Set<string>();
  const contracts = new Set<string>();
  for (const e of events) {
    const named = accountsNamed(e);
    for (const a of named.accounts) accounts.add(a);
    for (const c of named.contracts) contracts.add(c);
  }
  if (accounts.size === 0) return;
  const ids = [...accounts].map(textLiteral).join(', ');
  const ofContracts = [...contracts].map(textLiteral).join(', ');
  const parties = contracts.size
    ? `union select client_id from contracts where id in (${ofContracts}) and client_id is not null
          union select freelancer_id from contracts where id in (${ofContracts}) and freelancer_id is not null`
    : '';
  // The sorted subquery fixes the order in which the lock function runs.
  await sql
    .raw(`select count(pg_advisory_xact_lock(k)) from (
      select distinct hashtextextended(id, 0) as k from (select unnest(array[${ids}]::text[]) as id ${parties}) ids order by k
    ) keys`)
    .execute(tx);
}
