// One freelancer's trust as of a date, assessed from the projections: loads the inputs
// (store.ts) and runs the pure calculators (JSS, badges, freelancer trust, ranking). Read by
// the recomputation (recompute.ts) and the live views (views.ts); stores nothing.
import { notFoundError } from '../app/errors.ts';
import type { EnforcementFacts } from '../enforce/facts.ts';
import type { DbOrTx } from '../store/db.ts';
import { type BadgeDecisions, badgeDecisions, type WeeklyJssSnapshot, weeklyJssHistory } from './badges.ts';
import type { TrustConfig } from './config.ts';
import { type FreelancerBadges, type FreelancerTrust, freelancerTrust, weeksWithEarnings } from './freelancer-trust.ts';
import { trustChangesAt } from './horizon.ts';
import { type JobSuccessScore, jobSuccessScore } from './job-success-score.ts';
import { type RankingTrust, rankScore } from './ranking.ts';
import { type AccountRow, accountCreatedAt, loadAccount, loadCircumventions, loadEarnings, loadFreelancerContracts } from './store.ts';
import type { ConfirmedCircumvention, ContractRecord, EarningRecord } from './types.ts';

/** `{ config, asOf? }`: the trust settings in force and the date to judge as of (now when absent). */
export interface TrustOptions {
  config: TrustConfig;
  asOf?: Date;
}

export const BADGES = ['rising_talent', 'top_rated', 'top_rated_plus', 'expert_vetted'] as const;
export type BadgeName = (typeof BADGES)[number];
export const BADGE_KEYS: Record<BadgeName, keyof Omit<BadgeDecisions, 'circumventionBanUntil'>> = {
  rising_talent: 'risingTalent',
  top_rated: 'topRated',
  top_rated_plus: 'topRatedPlus',
  expert_vetted: 'expertVetted',
};

const FREELANCER_ROLES = new Set(['freelancer', 'agency']);

/** Everything known about one freelancer's trust as of a date. */
export interface FreelancerAssessment {
  contracts: ContractRecord[];
  earnings: EarningRecord[];
  circumventions: ConfirmedCircumvention[];
  enforcement: EnforcementFacts;
  jss: JobSuccessScore;
  badges: BadgeDecisions;
  awarded: FreelancerBadges;
  trust: FreelancerTrust;
  ranking: RankingTrust;
  /** The first instant after asOf at which what recomputation stores can change with no new input (horizon.ts); null: never. */
  changesAt: Date | null;
}

/** Rising Talent held at each week start, from the stored badge history. */
async function risingTalentWeeks(db: DbOrTx, accountId: string, weeks: WeeklyJssSnapshot[]): Promise<WeeklyJssSnapshot[]> {
  const changes = await db
    .selectFrom('badge_history')
    .select(['change', 'at'])
    .where('account_id', '=', accountId)
    .where('badge', '=', 'rising_talent')
    .orderBy('at')
    .orderBy('id')
    .execute();
  if (changes.length === 0) return weeks;
  return weeks.map((w) => {
    let held = false;
    for (const c of changes) if (new Date(c.at).getTime() <= w.weekStart.getTime()) held = c.change === 'awarded';
    return held ? { ...w, risingTalent: true } : w;
  });
}

export async function assessFreelancer(db: DbOrTx, account: AccountRow, opts: TrustOptions): Promise<FreelancerAssessment> {
  const cfg = opts.config;
  const asOf = opts.asOf ?? new Date();
  // Sequential on purpose: inside a transaction there is one connection anyway.
  const { contracts, enforcement, clientsChangeAt } = await loadFreelancerContracts(db, account.id, asOf);
  const earnings = await loadEarnings(db, account.id);
  const circumventions = await loadCircumventions(db, account.id);
  const vetting = await db.selectFrom('expert_vetting').select('vetted').where('account_id', '=', account.id).executeTakeFirst();
  const jss = jobSuccessScore(contracts, asOf, cfg);
  // Weekly history is replayed from the contracts (late events are taken into account);
  // Rising Talent weeks can only come from what was awarded at the time.
  const weekly = await risingTalentWeeks(db, account.id, weeklyJssHistory(contracts, asOf, cfg.badges.topRated.weeklyLookback, cfg));
  const years = Number(account.profile.yearsOfExperience);
  const badges = badgeDecisions(
    {
      asOf,
      jss: jss.score,
      weeklyHistory: weekly,
      contracts,
      earnings,
      profile: {
        complete: account.profile.complete === true,
        identityVerified: account.identity_verified,
        ...(Number.isFinite(years) ? { yearsOfExperience: years } : {}),
      },
      holds: enforcement.holds,
      activeStrikes: enforcement.activeStrikes,
      circumventions,
      expertVetted: vetting?.vetted ?? false,
      suspended: enforcement.suspended,
    },
    cfg,
  );
  const awarded: FreelancerBadges = {
    risingTalent: badges.risingTalent.awarded,
    topRated: badges.topRated.awarded,
    topRatedPlus: badges.topRatedPlus.awarded,
    expertVetted: badges.expertVetted.awarded,
  };
  const trust = freelancerTrust(
    {
      asOf,
      accountCreatedAt: accountCreatedAt(account),
      identityVerified: account.identity_verified,
      earnings,
      jss: jss.score,
      badges: awarded,
      activeStrikes: enforcement.activeStrikes,
      circumventionBanUntil: badges.circumventionBanUntil,
      suspended: enforcement.suspended,
    },
    cfg,
  );
  const ranking: RankingTrust = {
    suspended: enforcement.suspended,
    weeksWithEarnings: weeksWithEarnings(earnings, asOf, cfg.freelancerTrust.regularityWeeks),
    jss: jss.score,
    badges: awarded,
    identityVerified: account.identity_verified,
    activeStrikes: enforcement.activeStrikes,
    circumventionConfirmed: badges.circumventionBanUntil !== null,
  };
  const changesAt = trustChangesAt(
    { contracts, earnings, circumventions, holds: enforcement.holds, enforcementChangesAt: [enforcement.changesAt, clientsChangeAt] },
    asOf,
    cfg,
  );
  return { contracts, earnings, circumventions, enforcement, jss, badges, awarded, trust, ranking, changesAt };
}

export function isFreelancer(account: AccountRow, hasFreelanceContracts: boolean): boolean {
  if (account.role) return FREELANCER_ROLES.has(account.role);
  return hasFreelanceContracts || typeof account.profile.title === 'string';
}

export async function requireAccount(db: DbOrTx, id: string): Promise<AccountRow> {
  const a = await loadAccount(db, id);
  if (!a) throw notFoundError('account', id);
  return a;
}

export const badgeList = (awarded: FreelancerBadges): BadgeName[] => BADGES.filter((b) => awarded[BADGE_KEYS[b]]);

/** The trust multiplier search stores (rankScore at relevance 1), or 0 for hidden accounts. */
export function trustMultiplier(ranking: RankingTrust, cfg: TrustConfig): number {
  return rankScore({ relevance: 1, trust: ranking }, cfg).score ?? 0;
}
