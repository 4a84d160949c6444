// Read views of trust: GET /v1/accounts/{id}/trust and /jss, computed live from the projections
// (assessment.ts) with the stored history beside them.
import type { DbOrTx } from '../store/db.ts';
import { assessFreelancer, BADGE_KEYS, BADGES, badgeList, isFreelancer, requireAccount, type TrustOptions } from './assessment.ts';
import type { BadgeDecisions } from './badges.ts';
import { type ClientTrust, clientTrust } from './client-trust.ts';
import { DECLINED_ASKS_WINDOW_DAYS, offPlatformAsksDeclined } from './declined-asks.ts';
import type { FreelancerTrust } from './freelancer-trust.ts';
import { type JobSuccessScore, jobSuccessScore } from './job-success-score.ts';
import { loadClientTrustInput, loadFreelancerContracts } from './store.ts';
import { iso } from './time.ts';

function jssView(jss: JobSuccessScore, explain: boolean) {
  return {
    score: jss.score,
    window: jss.window,
    ...(jss.nullReason ? { nullReason: jss.nullReason } : {}),
    windows: jss.windows,
    eligibility: jss.eligibility,
    ...(explain ? { contributions: jss.contributions } : {}),
  };
}

function badgesView(b: BadgeDecisions) {
  return {
    awarded: badgeList({
      risingTalent: b.risingTalent.awarded,
      topRated: b.topRated.awarded,
      topRatedPlus: b.topRatedPlus.awarded,
      expertVetted: b.expertVetted.awarded,
    }),
    circumventionRemovalUntil: iso(b.circumventionBanUntil),
    decisions: Object.fromEntries(BADGES.map((name) => [name, b[BADGE_KEYS[name]]])),
  };
}

async function badgeHistory(db: DbOrTx, accountId: string, limit = 50) {
  const rows = await db
    .selectFrom('badge_history')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ badge: r.badge, change: r.change, at: iso(r.at), until: iso(r.until), cause: r.cause, reasons: r.reasons }));
}

export interface AccountTrustView {
  accountId: string;
  asOf: string;
  role: string | null;
  freelancer?: {
    jss: ReturnType<typeof jssView>;
    badges: ReturnType<typeof badgesView> & { history: Awaited<ReturnType<typeof badgeHistory>> };
    trust: FreelancerTrust;
  };
  client?: ClientTrust;
  /** Positive conduct facts, whatever the role (the one definition in declined-asks.ts). */
  conduct: { offPlatformAsksDeclined: number; windowDays: number };
}

/** GET /v1/accounts/{id}/trust: computed live from the projections as of `asOf`. */
export async function accountTrust(db: DbOrTx, accountId: string, opts: TrustOptions & { explain?: boolean }): Promise<AccountTrustView> {
  const asOf = opts.asOf ?? new Date();
  const cfg = opts.config;
  const account = await requireAccount(db, accountId);
  const view: AccountTrustView = {
    accountId,
    asOf: asOf.toISOString(),
    role: account.role,
    conduct: { offPlatformAsksDeclined: await offPlatformAsksDeclined(db, accountId, asOf), windowDays: DECLINED_ASKS_WINDOW_DAYS },
  };
  const a = await assessFreelancer(db, account, { config: cfg, asOf });
  const hasClientSide = account.role === 'client' || account.jobs_posted > 0 || account.total_spent_cents > 0;
  if (isFreelancer(account, a.contracts.length > 0)) {
    view.freelancer = {
      jss: jssView(a.jss, opts.explain ?? false),
      badges: { ...badgesView(a.badges), history: await badgeHistory(db, accountId) },
      trust: a.trust,
    };
  }
  if (hasClientSide || !view.freelancer) view.client = clientTrust(await loadClientTrustInput(db, account, asOf), cfg);
  return view;
}

/** GET /v1/accounts/{id}/jss: the score, every window, what moved it, and the stored history. */
export async function accountJss(db: DbOrTx, accountId: string, opts: TrustOptions & { explain?: boolean; historyLimit?: number }) {
  const asOf = opts.asOf ?? new Date();
  const account = await requireAccount(db, accountId);
  const { contracts } = await loadFreelancerContracts(db, accountId, asOf);
  const jss = jobSuccessScore(contracts, asOf, opts.config);
  const history = await db
    .selectFrom('jss_snapshots')
    .select(['computed_at', 'score', 'window', 'null_reason', 'windows', 'cause'])
    .where('account_id', '=', account.id)
    .orderBy('computed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(opts.historyLimit ?? 100)
    .execute();
  const view = jssView(jss, opts.explain ?? false);
  return {
    accountId,
    asOf: asOf.toISOString(),
    ...view,
    ...(opts.explain
      ? {
          movedBy: jss.contributions
            .filter((c) => c.effect !== 0)
            .map((c) => ({ contractId: c.contractId, effect: c.effect, outcome: c.outcome, reason: c.reason })),
        }
      : {}),
    history: history.map((h) => ({
      computedAt: iso(h.computed_at),
      score: h.score,
      window: h.window,
      nullReason: h.null_reason,
      windows: h.windows,
      cause: h.cause,
    })),
  };
}
