// Trust facts: the one definition of each fact other capabilities read (trusted client, active
// strikes, suspension, stored JSS and badges; trusted sender, for screening's velocity limits;
// off-platform requests declined, the one positive conduct fact).

import { enforcementFactsFor } from '../enforce/facts.ts';
import type { DbOrTx } from '../store/db.ts';
import type { TrustOptions } from './assessment.ts';
import { isTrustedClient } from './client-trust.ts';
import type { TrustConfig } from './config.ts';
import { offPlatformAsksDeclined } from './declined-asks.ts';
import { asPlan, loadAccount, loadTrustedClientInput } from './store.ts';

/**
 * The facts about one account that screening, search, enforcement and the console all use,
 * each defined once here: `trustedClient` (the trusted-client rule over completed contracts,
 * ratings received and active strikes — `isTrustedClient`), `activeStrikes` and `suspended`
 * (enforcementFacts), and the badges and JSS as last stored (recomputed on events, on every
 * enforcement change and by the sweep).
 */
export interface TrustFacts {
  trustedClient: boolean;
  enterprise: boolean;
  activeStrikes: number;
  suspended: boolean;
  jss: number | null;
  badges: string[];
  /** Positive: distinct accounts whose request to move off the platform this one declined (declined-asks.ts). */
  offPlatformAsksDeclined: number;
}

/**
 * Whether an account is a trusted sender (screening's velocity limits are multiplied for them):
 * a verified identity, or on-platform earnings of at least `senderTrust.minEarnedCents`.
 * `totalEarnedCents` is the accounts projection's running total, in integer cents.
 */
export function isTrustedSender(f: { identityVerified: boolean; totalEarnedCents: number }, config: TrustConfig): boolean {
  return f.identityVerified || f.totalEarnedCents >= config.senderTrust.minEarnedCents;
}

/** Whether the client is a trusted client as of `asOf` (unknown accounts are not). */
export async function trustedClientAt(db: DbOrTx, clientId: string, opts: TrustOptions): Promise<boolean> {
  const asOf = opts.asOf ?? new Date();
  return isTrustedClient(await loadTrustedClientInput(db, clientId, asOf), opts.config);
}

/**
 * The badges an account holds (Top Rated, Top Rated Plus, Expert-Vetted, Rising Talent): those
 * trust awarded, as last recomputed. A badge the marketplace's profile claims is not one.
 * Enforcement's reputation guardrail is given this function (app/wiring.ts).
 */
export async function awardedBadges(db: DbOrTx, accountId: string): Promise<string[]> {
  const rows = await db.selectFrom('account_badges').select('badge').where('account_id', '=', accountId).where('awarded', '=', true).execute();
  return rows.map((b) => b.badge).sort();
}

/** The trust facts of an account as of `asOf` (see TrustFacts); an unknown account has none. */
export async function trustFactsFor(db: DbOrTx, accountId: string, opts: TrustOptions): Promise<TrustFacts> {
  const asOf = opts.asOf ?? new Date();
  const account = await loadAccount(db, accountId);
  if (!account) return { trustedClient: false, enterprise: false, activeStrikes: 0, suspended: false, jss: null, badges: [], offPlatformAsksDeclined: 0 };
  const input = await loadTrustedClientInput(db, accountId, asOf);
  const enforcement = await enforcementFactsFor(db, accountId, asOf);
  const jss = await db
    .selectFrom('jss_snapshots')
    .select('score')
    .where('account_id', '=', accountId)
    .orderBy('computed_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return {
    trustedClient: isTrustedClient(input, opts.config),
    enterprise: asPlan(account.plan) === 'enterprise',
    activeStrikes: enforcement.activeStrikes,
    suspended: enforcement.suspended,
    jss: jss?.score ?? null,
    badges: await awardedBadges(db, accountId),
    offPlatformAsksDeclined: await offPlatformAsksDeclined(db, accountId, asOf),
  };
}
