// What trust remembers and what changes it: JSS snapshots, badges with their history and the
// search index's trust columns (recomputeAccountTrust), the daily sweep, and the facts other
// capabilities report — confirmed circumvention, expert vetting, decided disputes. Every
// function takes a DbOrTx so the ingestion hooks run it inside the event's transaction.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Principal } from '../access/scopes.ts';
import { type DbOrTx, type Tx, withTransaction } from '../store/db.ts';
import {
  assessFreelancer,
  BADGE_KEYS,
  BADGES,
  type BadgeName,
  badgeList,
  isFreelancer,
  requireAccount,
  type TrustOptions,
  trustMultiplier,
} from './assessment.ts';
import type { BadgeDecision } from './badges.ts';
import type { TrustConfig } from './config.ts';
import { refreshSearchProfile } from './search.ts';
import { loadAccount } from './store.ts';
import type { DisputeOutcome } from './types.ts';

export interface RecomputeResult {
  accountId: string;
  jss: number | null;
  jssChanged: boolean;
  badgeChanges: Array<{ badge: BadgeName; change: 'awarded' | 'removed' }>;
}

/**
 * Recomputes a freelancer's JSS and badges and stores what changed: a JSS snapshot when the
 * score or its windows moved, a badge history row per award or removal, the current badges,
 * and the trust columns of the search index. Returns null for accounts that are not freelancers.
 */
export async function recomputeAccountTrust(tx: DbOrTx, accountId: string, cause: string, opts: TrustOptions): Promise<RecomputeResult | null> {
  const asOf = opts.asOf ?? new Date();
  const cfg = opts.config;
  const account = await loadAccount(tx, accountId);
  // A client's profile or verification event stops here, before the freelancer's inputs are read.
  if (!account || (account.role && !isFreelancer(account, false))) return null;
  const a = await assessFreelancer(tx, account, { ...opts, asOf });
  if (!isFreelancer(account, a.contracts.length > 0)) return null;

  const last = await tx
    .selectFrom('jss_snapshots')
    .select(['score', 'window', 'windows'])
    .where('account_id', '=', accountId)
    .orderBy('computed_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  const windows = JSON.stringify(a.jss.windows);
  // jsonb does not keep key order: compare window by window.
  const sameWindows = (stored: Record<string, number | null>) =>
    Object.keys(stored).length === Object.keys(a.jss.windows).length && Object.entries(a.jss.windows).every(([k, v]) => (stored[k] ?? null) === v);
  const jssChanged = !last || last.score !== a.jss.score || last.window !== a.jss.window || !sameWindows(last.windows);
  if (jssChanged) {
    await tx
      .insertInto('jss_snapshots')
      .values({
        account_id: accountId,
        computed_at: asOf,
        score: a.jss.score,
        window: a.jss.window,
        null_reason: a.jss.nullReason ?? null,
        windows,
        eligibility: JSON.stringify(a.jss.eligibility),
        contributions: JSON.stringify(a.jss.contributions),
        cause,
      })
      .execute();
  }

  const current = await tx.selectFrom('account_badges').select(['badge', 'awarded']).where('account_id', '=', accountId).execute();
  const held = new Map(current.map((r) => [r.badge, r.awarded]));
  const badgeChanges: RecomputeResult['badgeChanges'] = [];
  for (const badge of BADGES) {
    const d: BadgeDecision = a.badges[BADGE_KEYS[badge]];
    const was = held.get(badge);
    const until = d.awarded ? null : a.badges.circumventionBanUntil;
    const reasons = JSON.stringify(d.reasons);
    // Only changes are written: the live reasons are in the trust view, these are the ones
    // in force when the badge was last awarded or removed.
    if (was === undefined || was !== d.awarded) {
      await tx
        .insertInto('account_badges')
        .values({ account_id: accountId, badge, awarded: d.awarded, since: asOf, reasons, until })
        .onConflict((oc) => oc.columns(['account_id', 'badge']).doUpdateSet({ awarded: d.awarded, since: asOf, reasons, until }))
        .execute();
    }
    // A first "not awarded" is no news; an award, or the loss of a badge, is history.
    if ((was === undefined && d.awarded) || (was !== undefined && was !== d.awarded)) {
      const change = d.awarded ? 'awarded' : 'removed';
      await tx.insertInto('badge_history').values({ account_id: accountId, badge, change, at: asOf, reasons, until, cause }).execute();
      badgeChanges.push({ badge, change });
    }
  }

  await refreshSearchProfile(tx, account, {
    weeksWithEarnings: a.ranking.weeksWithEarnings,
    jss: a.jss.score,
    badges: badgeList(a.awarded),
    identityVerified: account.identity_verified,
    activeStrikes: a.enforcement.activeStrikes,
    circumvention: a.ranking.circumventionConfirmed,
    suspended: a.enforcement.suspended,
    multiplier: trustMultiplier(a.ranking, cfg),
    at: asOf,
  });
  const due = { computed_at: asOf, due_at: a.changesAt, config: configFingerprint(cfg) };
  await tx
    .insertInto('trust_recompute_due')
    .values({ account_id: accountId, ...due })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(due))
    .execute();
  return { accountId, jss: a.jss.score, jssChanged, badgeChanges };
}

const fingerprints = new WeakMap<TrustConfig, string>();
/** A short hash of the trust settings: recomputations made with other settings are due again. */
export function configFingerprint(cfg: TrustConfig): string {
  let f = fingerprints.get(cfg);
  if (f === undefined) {
    f = createHash('sha256').update(JSON.stringify(cfg)).digest('hex').slice(0, 16);
    fingerprints.set(cfg, f);
  }
  return f;
}

/**
 * Makes accounts due at the next sweep: for writers of trust inputs that do not recompute
 * those accounts themselves (an enforcement change on a client excludes or restores its
 * feedback in its freelancers' JSS; an erasure empties a profile).
 */
export async function markTrustDue(tx: DbOrTx, accountIds: string[]): Promise<void> {
  if (accountIds.length === 0) return;
  await tx.deleteFrom('trust_recompute_due').where('account_id', 'in', accountIds).execute();
}

/**
 * An enforcement change on an account (an action, strike, lift or expiry): recomputes it, and
 * makes the freelancers of its contracts as a client due at the next sweep — whether a
 * client was suspended for abuse decides if its feedback counts in their JSS.
 */
export async function enforcementChanged(tx: DbOrTx, accountId: string, cause: string, opts: TrustOptions): Promise<RecomputeResult | null> {
  const r = await recomputeAccountTrust(tx, accountId, cause, opts);
  await sql`delete from trust_recompute_due where account_id in (select freelancer_id from contracts where client_id = ${accountId})`.execute(tx);
  return r;
}

/**
 * The scheduled sweep: recomputes the freelancers whose stored trust may be out of date at
 * `now` — no recomputation recorded, its horizon reached (JSS windows slide, weeks of earnings
 * age, strikes expire: horizon.ts), judged as of a later instant (an event ahead of the
 * clock), made with other settings, or marked due by a writer of their inputs (markTrustDue).
 * Every other freelancer's stored trust is what a recomputation would store (horizon.test.ts,
 * recompute-sweep.test.ts), so `all: true` (every freelancer) changes nothing but the time.
 * Each account in its own transaction so one failure stops nothing; `concurrency`
 * transactions run at once (PGlite queues them on its single connection).
 */
export async function recomputeTrust(
  db: DbOrTx,
  now: Date,
  opts: { config: TrustConfig; batchSize?: number; concurrency?: number; all?: boolean },
): Promise<{ accounts: number; jssChanged: number; badgeChanges: number; failed: string[] }> {
  const stats = { accounts: 0, jssChanged: 0, badgeChanges: 0, failed: [] as string[] };
  const batchSize = opts.batchSize ?? 500;
  const concurrency = Math.max(1, opts.concurrency ?? 2);
  const one = async (id: string) => {
    try {
      const r = await withTransaction(db, (tx) => recomputeAccountTrust(tx, id, 'sweep', { config: opts.config, asOf: now }));
      if (r) {
        stats.accounts++;
        if (r.jssChanged) stats.jssChanged++;
        stats.badgeChanges += r.badgeChanges.length;
      }
    } catch {
      stats.failed.push(id);
    }
  };
  const current = opts.all
    ? sql`true`
    : sql`not exists (select 1 from trust_recompute_due d where d.account_id = accounts.id and d.config = ${configFingerprint(opts.config)}
        and d.computed_at <= ${now} and (d.due_at is null or d.due_at > ${now}))`;
  let after = '';
  for (;;) {
    const ids = await sql<{ id: string }>`
      select id from accounts where id > ${after}
        and (role in ('freelancer', 'agency') or (role is null and exists (select 1 from contracts where freelancer_id = accounts.id)))
        and ${current}
      order by id limit ${batchSize}`.execute(db);
    if (ids.rows.length === 0) break;
    const queue = ids.rows.map((r) => r.id);
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let id = queue.shift(); id !== undefined; id = queue.shift()) await one(id);
      }),
    );
    after = ids.rows[ids.rows.length - 1]?.id ?? after;
  }
  return stats;
}

const PAYMENT_SIGNALS = new Set(['offplatform.payment_outside', 'contact.payment_handle']);

/**
 * The kind of a confirmed circumvention, from the evidence (the signal types behind the case),
 * not from its wording: payment outside the platform when a payment signal is among them.
 */
export function circumventionKind(signalTypes: string[]): 'payment_outside' | 'contact_sharing' {
  return signalTypes.some((t) => PAYMENT_SIGNALS.has(t)) ? 'payment_outside' : 'contact_sharing';
}

/** Called by enforcement when a reviewer confirms circumvention: badges go for 6 months. */
export async function recordCircumvention(
  tx: Tx,
  finding: { accountId: string; kind: 'payment_outside' | 'contact_sharing'; confirmedAt: Date; reference?: string },
  opts: TrustOptions,
): Promise<RecomputeResult | null> {
  await tx
    .insertInto('circumvention_findings')
    .values({ account_id: finding.accountId, kind: finding.kind, confirmed_at: finding.confirmedAt, reference: finding.reference ?? null })
    .onConflict((oc) => oc.columns(['account_id', 'kind', 'reference']).where('reference', 'is not', null).doNothing())
    .execute();
  return recomputeAccountTrust(tx, finding.accountId, `circumvention.${finding.kind}`, opts);
}

export async function setExpertVetted(
  db: DbOrTx,
  accountId: string,
  input: { vetted: boolean; note?: string },
  by: Pick<Principal, 'kind' | 'id' | 'name'>,
  opts: TrustOptions,
): Promise<{ accountId: string; vetted: boolean; badge: { awarded: boolean; reasons: unknown[] } }> {
  return withTransaction(db, async (tx) => {
    await requireAccount(tx, accountId);
    const at = opts.asOf ?? new Date();
    const row = { vetted: input.vetted, note: input.note ?? null, by_kind: by.kind, by_id: by.id, by_name: by.name, at };
    await tx
      .insertInto('expert_vetting')
      .values({ account_id: accountId, ...row })
      .onConflict((oc) => oc.column('account_id').doUpdateSet(row))
      .execute();
    await recomputeAccountTrust(tx, accountId, input.vetted ? 'expert_vetted.set' : 'expert_vetted.unset', opts);
    const b = await tx
      .selectFrom('account_badges')
      .select(['awarded', 'reasons'])
      .where('account_id', '=', accountId)
      .where('badge', '=', 'expert_vetted')
      .executeTakeFirst();
    return { accountId, vetted: input.vetted, badge: { awarded: b?.awarded ?? false, reasons: (b?.reasons as unknown[]) ?? [] } };
  });
}

/**
 * Called by disputes when a mediator decides one: the outcome is kept for JSS (the freelancer),
 * client trust (the client) and the pair's hold length, and the freelancer is recomputed in the
 * same transaction. Recording the same dispute twice keeps the later decision.
 */
export async function recordDisputeOutcome(
  tx: Tx,
  d: {
    disputeId: string;
    contractId: string;
    clientId: string;
    freelancerId: string;
    openedBy: 'client' | 'freelancer';
    outcome: DisputeOutcome;
    decidedAt: Date;
  },
  opts: TrustOptions,
): Promise<RecomputeResult | null> {
  const row = {
    contract_id: d.contractId,
    client_id: d.clientId,
    freelancer_id: d.freelancerId,
    opened_by: d.openedBy,
    outcome: d.outcome,
    decided_at: d.decidedAt,
  };
  await sql`insert into trust_dispute_outcomes (dispute_id, contract_id, client_id, freelancer_id, opened_by, outcome, decided_at)
    values (${d.disputeId}, ${row.contract_id}, ${row.client_id}, ${row.freelancer_id}, ${row.opened_by}, ${row.outcome}, ${row.decided_at})
    on conflict (dispute_id) do update set outcome = excluded.outcome, decided_at = excluded.decided_at`.execute(tx);
  return recomputeAccountTrust(tx, d.freelancerId, `dispute.${d.outcome}`, { ...opts, asOf: opts.asOf ?? d.decidedAt });
}
