// Freelancer trust: what a client should know about a freelancer, and the loyalty signal
// (regular on-platform earnings) that search ranking rewards (seed 000: "freelancers who work
// and get paid through the platform will be rewarded ... with greater visibility").

import { DEFAULT_TRUST_CONFIG, type TrustConfig } from './config.ts';
import { formatDuration, plural } from './format.ts';
import { DAY_MS, daysBetween } from './time.ts';
import type { EarningRecord, TrustFact, TrustLevel } from './types.ts';

export interface FreelancerBadges {
  risingTalent: boolean;
  topRated: boolean;
  topRatedPlus: boolean;
  expertVetted: boolean;
}

export interface FreelancerTrustInput {
  asOf: Date;
  accountCreatedAt: Date;
  identityVerified: boolean;
  earnings: EarningRecord[];
  jss: number | null;
  badges: FreelancerBadges;
  activeStrikes: number;
  /** From `circumventionBanUntil`: set while badges are removed for circumvention. */
  circumventionBanUntil?: Date | null;
  suspended?: boolean;
}

export interface FreelancerTrust {
  level: TrustLevel;
  weeksWithEarnings: number;
  regularityWeeks: number;
  facts: TrustFact[];
}

/**
 * How many of the last `weeks` seven-day periods ending at `asOf` had at least one positive
 * on-platform earning. Rolling periods (not calendar weeks) so the answer does not jump on
 * Mondays and the current week is always a full seven days.
 */
export function weeksWithEarnings(earnings: EarningRecord[], asOf: Date, weeks: number): number {
  const seen = new Set<number>();
  for (const e of earnings) {
    if (e.amountCents <= 0) continue;
    const ago = asOf.getTime() - e.paidAt.getTime();
    if (ago < 0) continue;
    const bucket = Math.floor(ago / (7 * DAY_MS));
    if (bucket < weeks) seen.add(bucket);
  }
  return seen.size;
}

function badgeName(b: FreelancerBadges): string | null {
  if (b.topRatedPlus) return 'Top Rated Plus';
  if (b.topRated) return 'Top Rated';
  if (b.risingTalent) return 'Rising Talent';
  return null;
}

export function freelancerTrust(input: FreelancerTrustInput, config: TrustConfig = DEFAULT_TRUST_CONFIG): FreelancerTrust {
  const cfg = config.freelancerTrust;
  const { asOf } = input;
  const tenureDays = daysBetween(input.accountCreatedAt, asOf);
  const weeks = weeksWithEarnings(input.earnings, asOf, cfg.regularityWeeks);
  const banned = !!input.circumventionBanUntil && input.circumventionBanUntil.getTime() > asOf.getTime();
  const everEarned = input.earnings.some((e) => e.amountCents > 0 && e.paidAt.getTime() <= asOf.getTime());
  const badge = badgeName(input.badges);

  const facts: TrustFact[] = [];
  const fact = (code: string, tone: TrustFact['tone'], text: string) => facts.push({ code, tone, text });
  if (input.suspended) fact('suspended', 'negative', 'This account is suspended.');
  fact('identity', input.identityVerified ? 'positive' : 'neutral', input.identityVerified ? 'Identity verified.' : 'Identity not verified yet.');
  fact(
    'tenure',
    tenureDays < cfg.newAccountDays ? 'neutral' : 'positive',
    tenureDays < cfg.newAccountDays ? `New to the platform: joined ${formatDuration(tenureDays)} ago.` : `Member for ${formatDuration(tenureDays)}.`,
  );
  fact(
    'earnings_regularity',
    weeks >= cfg.regularWeeksAtLeast ? 'positive' : 'neutral',
    `Earned on the platform in ${weeks} of the last ${plural(cfg.regularityWeeks, 'week')}.`,
  );
  fact(
    'jss',
    input.jss === null ? 'neutral' : input.jss >= cfg.highMinJss ? 'positive' : 'neutral',
    input.jss === null ? 'No Job Success Score yet.' : `Job Success Score ${input.jss}%.`,
  );
  if (badge) fact('badge', 'positive', `${badge}.`);
  if (input.badges.expertVetted) fact('expert_vetted', 'positive', 'Expert-Vetted.');
  if (banned) fact('badges_removed', 'negative', 'Badges removed after a confirmed breach of the payment rules.');
  if (input.activeStrikes > 0) fact('strikes', 'negative', 'This account has an open policy warning.');

  const low = !!input.suspended || input.activeStrikes > 0 || banned;
  const high =
    input.identityVerified &&
    tenureDays >= cfg.highMinTenureDays &&
    weeks >= cfg.regularWeeksAtLeast &&
    ((input.jss !== null && input.jss >= cfg.highMinJss) || input.badges.topRated || input.badges.topRatedPlus || input.badges.expertVetted);

  let level: TrustLevel;
  if (low) level = 'low';
  else if (high) level = 'high';
  else if (!everEarned && input.jss === null) level = 'unknown';
  else level = 'medium';

  return { level, weeksWithEarnings: weeks, regularityWeeks: cfg.regularityWeeks, facts };
}
