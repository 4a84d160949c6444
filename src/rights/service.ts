// Data rights as the rest of Warden sees them: export an account's data, erase it (audited,
// idempotent, and kept erased when a late event arrives), and the retention sweep. Built once
// in the composition root with the retention settings.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { notFoundError } from '../app/errors.ts';
import type { WardenEvent } from '../events/schemas.ts';
import type { Db, DbOrTx, Tx } from '../store/db.ts';
import { withTransaction } from '../store/db.ts';
import type { RetentionConfig } from './config.ts';
import { type ErasureCounts, eraseAccountData } from './erasure.ts';
import { type AccountExport, buildAccountExport } from './export.ts';
import { redactJson } from './redact.ts';
import { type RetentionCounts, sweepRetention } from './retention.ts';
import './tables.ts';

/** Who asked: an API key, a console user, or the CLI (the operating-system user). */
export interface RightsActor {
  kind: string;
  id: string;
  name: string | null;
}

export interface ErasureResult {
  accountId: string;
  requestId: string;
  /** The first erasure: data dated up to it stays erased, also when late events arrive. */
  erasedAt: string;
  /** This request found the account already erased (it ran again and changed what was left). */
  alreadyErased: boolean;
  /** Rows changed by this request, per table and column. */
  changed: ErasureCounts;
  /** What stays, and why (README "What erasure keeps"). */
  kept: string[];
}

/** What erasure keeps: shown with every erasure so the requester sees it. */
export const KEPT_ON_ERASURE = [
  'ids, times, outcomes, policies and versions of decisions, strikes, actions, notices, appeals and cases (DSA art. 17, 20, 24: statements of reasons, complaint handling, transparency counts; GDPR art. 17(3)(b), (e))',
  'the audit trail of cases and of this request (GDPR art. 5(2) accountability)',
  'contracts, payments, dispute amounts and decisions (GDPR art. 17(3)(b): accounting and anti-money-laundering record keeping; (e): legal claims)',
  'counters on the account (messages, proposals, jobs, spend): aggregates, not content; trust figures are computed from them',
  'verification requests and their outcome (document contents are purged)',
  "the account id (the marketplace's own pseudonymous id; the mapping to a person is the marketplace's to erase)",
  "the profile's language (notices about kept decisions are written in it)",
];

export class RightsService {
  constructor(readonly retention: RetentionConfig) {}

  private async record(db: DbOrTx, accountId: string, kind: 'export' | 'erasure', actor: RightsActor, reason: string | null, summary: object, at: Date) {
    const id = `rr_${randomUUID()}`;
    await db
      .insertInto('rights_requests')
      .values({ id, account_id: accountId, kind, requested_by: JSON.stringify(actor), reason, summary: JSON.stringify(summary), created_at: at })
      .execute();
    return id;
  }

  private async known(db: DbOrTx, accountId: string): Promise<boolean> {
    const r = await sql<{ n: number }>`select 1 as n from accounts where id = ${accountId}
      union all select 1 from events where actor_id = ${accountId} limit 1`.execute(db);
    return r.rows.length > 0;
  }

  /** GET /v1/accounts/{id}/export: the archive; the request is recorded. 404 when Warden knows nothing of the account. */
  async exportAccount(db: Db, accountId: string, actor: RightsActor, now = new Date()): Promise<AccountExport> {
    if (!(await this.known(db, accountId))) throw notFoundError('account', accountId);
    const archive = await buildAccountExport(db, accountId, now);
    await this.record(db, accountId, 'export', actor, null, { counts: archive.counts }, now);
    return archive;
  }

  /**
   * POST /v1/accounts/{id}/erasure: erases the account's personal data in one transaction and
   * records the request. Idempotent: a second request changes nothing more (its `changed` is
   * empty unless data arrived since) and keeps the first erasure's time. 404 for an unknown account.
   */
  async eraseAccount(db: Db, accountId: string, actor: RightsActor, reason: string | null, now = new Date()): Promise<ErasureResult> {
    return withTransaction(db, async (tx) => {
      if (!(await this.known(tx, accountId))) throw notFoundError('account', accountId);
      // One erasure of an account at a time: a concurrent one waits here, then finds it done.
      await sql`select pg_advisory_xact_lock(hashtext(${`rights:${accountId}`}))`.execute(tx);
      const before = await tx.selectFrom('rights_erasures').selectAll().where('account_id', '=', accountId).executeTakeFirst();
      const changed = await eraseAccountData(tx, accountId);
      const requestId = await this.record(tx, accountId, 'erasure', actor, reason, { changed, alreadyErased: !!before }, now);
      await sql`insert into rights_erasures (account_id, first_erased_at, last_erased_at, request_id) values (${accountId}, ${now}, ${now}, ${requestId})
        on conflict (account_id) do update set last_erased_at = excluded.last_erased_at, times = rights_erasures.times + 1`.execute(tx);
      return {
        accountId,
        requestId,
        erasedAt: new Date(before?.first_erased_at ?? now).toISOString(),
        alreadyErased: !!before,
        changed,
        kept: KEPT_ON_ERASURE,
      };
    });
  }

  /** The account's data-rights requests, newest first (the audit record). 404 for an unknown account, as export and erasure. */
  async requests(db: DbOrTx, accountId: string) {
    if (!(await this.known(db, accountId))) throw notFoundError('account', accountId);
    const rows = await db.selectFrom('rights_requests').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').orderBy('id').execute();
    const erased = await db.selectFrom('rights_erasures').selectAll().where('account_id', '=', accountId).executeTakeFirst();
    return {
      accountId,
      erasedAt: erased ? new Date(erased.first_erased_at).toISOString() : null,
      requests: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        requestedBy: r.requested_by,
        reason: r.reason,
        summary: r.summary,
        at: new Date(r.created_at).toISOString(),
      })),
    };
  }

  /**
   * Events' beforeStore: an event of an erased account dated up to its erasure (a late or
   * replayed one) is pseudonymised before it is stored or processed — its texts and identifiers
   * become '' (redactJson) — so nothing derived from it (decision, case, strike, identifier,
   * tail, reply) can bring the erased data back. Only that event is touched: data the account
   * sent after the erasure is new data and stays (an earlier version re-erased the whole account
   * here, which also blanked the new data). Returns the event to store, unchanged otherwise.
   */
  readonly beforeEvent = async (tx: Tx, e: WardenEvent): Promise<WardenEvent> => (await this.beforeEvents(tx, [e]))[0];

  /**
   * beforeEvent for a set of events (the events service's group commit): one read of the
   * erasures of all their actors; returns the events to store, in order.
   */
  readonly beforeEvents = async (tx: Tx, events: readonly WardenEvent[]): Promise<WardenEvent[]> => {
    if (events.length === 0) return [];
    const actors = [...new Set(events.map((e) => e.actor.id))];
    const rows = await tx.selectFrom('rights_erasures').select(['account_id', 'last_erased_at']).where('account_id', 'in', actors).execute();
    if (rows.length === 0) return [...events];
    const erasedAt = new Map(rows.map((r) => [r.account_id, new Date(r.last_erased_at).getTime()]));
    return events.map((e) => {
      const at = erasedAt.get(e.actor.id);
      return at === undefined || new Date(e.occurredAt).getTime() > at ? e : (redactJson(e, '').value as WardenEvent);
    });
  };

  /** The worker's retention sweep (config.ts periods). */
  sweep(db: Db, now = new Date()): Promise<RetentionCounts> {
    return sweepRetention(db, this.retention, now);
  }
}
