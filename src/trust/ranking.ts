// The scoring half of trust-aware search, as a pure function: the search module gets the
// text relevance from PostgreSQL full-text search and multiplies it by a trust multiplier.
//
// Multiplicative, not additive: trust re-orders freelancers who match the query but cannot
// lift a trusted freelancer who does not match it above one who does. Written as
// score = relevance × (1 + Σ weightᵢ × valueᵢ), each factor's contribution is
// relevance × weightᵢ × valueᵢ, so the factors of `explain=true` add up to the score exactly.

import { DEFAULT_TRUST_CONFIG, type TrustConfig } from './config.ts';
import type { FreelancerBadges } from './freelancer-trust.ts';

export interface RankingTrust {
  suspended: boolean;
  /** From `weeksWithEarnings(...)` over `config.freelancerTrust.regularityWeeks` weeks. */
  weeksWithEarnings: number;
  jss: number | null;
  badges: FreelancerBadges;
  identityVerified: boolean;
  activeStrikes: number;
  /** Badges currently removed for confirmed circumvention. */
  circumventionConfirmed: boolean;
}

export interface RankFactor {
  name: string;
  /** The factor's input, normalised to [0, 1] (relevance is passed through as is). */
  value: number;
  weight: number;
  contribution: number;
}

export interface RankResult {
  /** Null when the freelancer must not appear in search at all. */
  score: number | null;
  excluded: boolean;
  factors: RankFactor[];
}

export interface RankInput {
  relevance: number;
  trust: RankingTrust;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function rankScore(input: RankInput, config: TrustConfig = DEFAULT_TRUST_CONFIG): RankResult {
  const cfg = config.ranking;
  const { relevance, trust } = input;
  if (trust.suspended) return { score: null, excluded: true, factors: [] };

  const b = trust.badges;
  const v = cfg.badgeValues;
  const badgeValue = Math.max(
    b.topRatedPlus ? v.topRatedPlus : 0,
    b.topRated ? v.topRated : 0,
    b.expertVetted ? v.expertVetted : 0,
    b.risingTalent ? v.risingTalent : 0,
  );
  const w = cfg.weights;
  const trustFactors: Array<[string, number, number]> = [
    ['earnings_regularity', clamp01(trust.weeksWithEarnings / config.freelancerTrust.regularityWeeks), w.earningsRegularity],
    ['jss', trust.jss === null ? cfg.noJssValue : clamp01(trust.jss / 100), w.jss],
    // Badges are already removed during a circumvention ban; the penalty below is separate.
    ['badges', trust.circumventionConfirmed ? 0 : badgeValue, w.badges],
    ['identity_verified', trust.identityVerified ? 1 : 0, w.identityVerified],
    ['active_strikes', clamp01(trust.activeStrikes / cfg.strikesCap), w.activeStrikes],
    ['circumvention', trust.circumventionConfirmed ? 1 : 0, w.circumvention],
  ];

  const factors: RankFactor[] = [{ name: 'relevance', value: relevance, weight: 1, contribution: relevance }];
  let multiplier = 1;
  for (const [name, value, weight] of trustFactors) {
    multiplier += weight * value;
    factors.push({ name, value, weight, contribution: relevance * weight * value });
  }
  if (multiplier < cfg.minMultiplier) {
    factors.push({ name: 'floor', value: cfg.minMultiplier, weight: 1, contribution: relevance * (cfg.minMultiplier - multiplier) });
    multiplier = cfg.minMultiplier;
  }
  return { score: relevance * multiplier, excluded: false, factors };
}

/**
 * Normalised discounted cumulative gain at k, with exponential gain 2^rel − 1 so a highly
 * relevant result matters more than two marginal ones. `ideal` defaults to the same judged
 * items sorted best first; pass the full judged set when the ranking is a truncated list.
 * Returns 0 when nothing is relevant (no ranking can be better than another there).
 */
export function ndcg(rankedRelevances: number[], k: number, ideal: number[] = rankedRelevances): number {
  const dcg = (rels: number[]) => rels.slice(0, k).reduce((sum, rel, i) => sum + (2 ** rel - 1) / Math.log2(i + 2), 0);
  const best = dcg([...ideal].sort((a, b) => b - a));
  return best === 0 ? 0 : dcg(rankedRelevances) / best;
}
