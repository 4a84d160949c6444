// Every number the trust calculators use, in one place. Defaults come from
// ../shared/reference/marketplace-facts.md where the marketplace publishes a number; where it
// does not, the default is ours and the comment says so, so an operator knows what to tune.

import type { ClientPlan, EndReason } from './types.ts';

export interface JssConfig {
  /** Look-back windows in months; the highest window score is shown. */
  windowsMonths: { long: number; medium: number; short: number };
  /** Trending = (short window + trendingRecent window) / 2. */
  trendingRecentMonths: number;
  /** Eligibility: contracts and distinct clients needed within the long window. */
  minContracts: number;
  minDistinctClients: number;
  /** Recomputed every N days (the marketplace publishes every two weeks). */
  recomputeIntervalDays: number;
  /** Private "would recommend" score: >= good is good, <= bad is bad (NPS bands). */
  privateGoodAtLeast: number;
  privateBadAtMost: number;
  /** Public stars: >= good is good, <= bad is bad. */
  starsGoodAtLeast: number;
  starsBadAtMost: number;
  /** End reasons that make a contract bad whatever its feedback. */
  badEndReasons: EndReason[];
  /** End reasons that make a contract neutral (not counted) whatever its feedback. */
  neutralEndReasons: EndReason[];
  /** Weight = 1 + ln(1 + paid / weightUnitCents): larger contracts weigh more, sub-linearly. */
  weightUnitCents: number;
  /** A contract that lasted this long is a long-term relationship. */
  longTermDays: number;
  /** ... and must have paid at least this much to count as one. */
  longTermMinPaidCents: number;
  /** Extra weight fraction for good outcomes that are long-term or rehires. */
  relationshipBonus: number;
}

export interface BadgesConfig {
  topRated: {
    minJss: number;
    minDaysSinceFirstContract: number;
    weeklyLookback: number;
    weeklyMinMet: number;
    minEarnedCents: number;
    earnedWindowMonths: number;
    /** "No recent holds": no account hold that ended (or is still on) within this many days. */
    holdLookbackDays: number;
  };
  topRatedPlus: {
    minEarnedCents: number;
    /** A "large contract" paid at least this much; by marketplace category, else default. */
    largeContractCents: { default: number; byCategory: Record<string, number> };
  };
  risingTalent: {
    /** Experience: at least this many paid contracts, or this many years declared. */
    minPaidContracts: number;
    minYearsExperience: number;
  };
  circumvention: {
    /** Badges are removed for this long after confirmed circumvention. */
    banMonths: number;
    /** Contact sharing is "repeated" from this many confirmed findings ... */
    repeatedContactSharingCount: number;
    /** ... within this many months. */
    repeatedContactSharingWindowMonths: number;
  };
}

export interface ClientTrustConfig {
  newAccountDays: number;
  /** Chargebacks and disputes within this many months weigh on the level. */
  recentMonths: number;
  high: {
    minAccountDays: number;
    minSpentCents: number;
    minHireRate: number;
    minRatingReceived: number;
    minRatingsReceived: number;
  };
  /** A client who gives ratings this low on average (over enough contracts) is not high. */
  harshRaterBelow: number;
  harshRaterMinCount: number;
  /** Disputes per hire above this ratio make a client low trust. */
  maxDisputeRate: number;
  trustedClient: {
    minAverageRating: number;
    minCompletedContracts: number;
    requireNoActiveStrikes: boolean;
  };
}

export interface FreelancerTrustConfig {
  newAccountDays: number;
  regularityWeeks: number;
  /** Weeks with earnings out of `regularityWeeks` that count as regular. */
  regularWeeksAtLeast: number;
  highMinJss: number;
  highMinTenureDays: number;
}

/** Who is a trusted sender: screening's velocity limits give them more headroom. */
export interface SenderTrustConfig {
  /** On-platform earnings (integer cents) from which an account is a trusted sender; a verified identity also is. */
  minEarnedCents: number;
}

/**
 * Exemptions by reputation (the trusted client, earnings, tenure) cover a one-off. Once one
 * account has asked `askPatternCounterparts` distinct people to move off the platform within
 * `askPatternWindowDays`, the engine withholds them (policy/engine.ts withheldByPattern).
 */
export interface ExemptionConfig {
  askPatternCounterparts: number;
  askPatternWindowDays: number;
}

export interface InvitationConfig {
  /** Client trust levels whose invitations are flagged and deprioritised. */
  flagLevels: Array<'low' | 'unknown' | 'medium' | 'high'>;
}

export interface InterviewConfig {
  newClientDays: number;
  highBudgetCents: number;
  /** Signal type prefixes that count as scam signals on a job post. */
  scamSignalPrefixes: string[];
  /** Risk points: at or above `requiredAtPoints` interviews must stay on the platform. */
  points: { newClient: number; unverifiedPayment: number; highBudget: number; scamSignals: number };
  requiredAtPoints: number;
  exemptPlans: ClientPlan[];
}

export interface HoldConfig {
  defaultDays: number;
  trustedPairDays: number;
  riskyDays: number;
  trustedPair: { minRelationshipMonths: number; minPaidCents: number };
  risky: { newClientDays: number; recentChargebackDays: number };
  /** A bonus from a client who never paid this freelancer for work gets the risky period. */
  bonusWithoutWorkIsRisky: boolean;
}

export interface RankingConfig {
  weights: {
    earningsRegularity: number;
    jss: number;
    badges: number;
    identityVerified: number;
    activeStrikes: number;
    circumvention: number;
  };
  /** JSS factor value for freelancers who have no JSS yet, so newcomers are not buried. */
  noJssValue: number;
  /** Strikes beyond this count do not lower the score further. */
  strikesCap: number;
  badgeValues: { topRatedPlus: number; topRated: number; expertVetted: number; risingTalent: number };
  /** The trust multiplier never goes below this, so relevance always matters. */
  minMultiplier: number;
}

export interface TrustConfig {
  jss: JssConfig;
  badges: BadgesConfig;
  clientTrust: ClientTrustConfig;
  freelancerTrust: FreelancerTrustConfig;
  senderTrust: SenderTrustConfig;
  exemptions: ExemptionConfig;
  invitations: InvitationConfig;
  interview: InterviewConfig;
  hold: HoldConfig;
  ranking: RankingConfig;
}

const USD = 100;

export const DEFAULT_TRUST_CONFIG: TrustConfig = {
  jss: {
    windowsMonths: { long: 24, medium: 12, short: 6 },
    trendingRecentMonths: 3,
    minContracts: 2,
    minDistinctClients: 2,
    recomputeIntervalDays: 14,
    // Ours: NPS bands (9–10 promoters, 0–6 detractors) and the usual star reading.
    privateGoodAtLeast: 9,
    privateBadAtMost: 6,
    starsGoodAtLeast: 4.5,
    starsBadAtMost: 3,
    badEndReasons: ['dispute', 'freelancer_unresponsive'],
    neutralEndReasons: ['no_work', 'client_unresponsive', 'scope_changed'],
    weightUnitCents: 100 * USD,
    longTermDays: 90,
    longTermMinPaidCents: 1_000 * USD,
    relationshipBonus: 0.5,
  },
  badges: {
    topRated: {
      minJss: 90,
      minDaysSinceFirstContract: 90,
      weeklyLookback: 16,
      weeklyMinMet: 13,
      minEarnedCents: 1_000 * USD,
      earnedWindowMonths: 12,
      holdLookbackDays: 90,
    },
    topRatedPlus: {
      minEarnedCents: 10_000 * USD,
      // The marketplace publishes only the $5,000–$30,000 range; the split is ours.
      largeContractCents: {
        default: 10_000 * USD,
        byCategory: {
          'admin-support': 5_000 * USD,
          'customer-service': 5_000 * USD,
          writing: 5_000 * USD,
          translation: 5_000 * USD,
          'design-creative': 10_000 * USD,
          'sales-marketing': 10_000 * USD,
          'accounting-consulting': 15_000 * USD,
          legal: 15_000 * USD,
          'data-science-analytics': 20_000 * USD,
          'engineering-architecture': 20_000 * USD,
          'it-networking': 20_000 * USD,
          'web-mobile-software-dev': 30_000 * USD,
        },
      },
    },
    risingTalent: { minPaidContracts: 1, minYearsExperience: 1 },
    circumvention: {
      banMonths: 6,
      repeatedContactSharingCount: 2,
      repeatedContactSharingWindowMonths: 12,
    },
  },
  clientTrust: {
    newAccountDays: 30,
    recentMonths: 12,
    high: {
      minAccountDays: 90,
      minSpentCents: 1_000 * USD,
      minHireRate: 0.3,
      minRatingReceived: 4.5,
      minRatingsReceived: 3,
    },
    harshRaterBelow: 3.5,
    harshRaterMinCount: 3,
    // Fewer than 0.5 % of ended contracts go to dispute; ten times that is an outlier.
    maxDisputeRate: 0.05,
    trustedClient: { minAverageRating: 4.0, minCompletedContracts: 5, requireNoActiveStrikes: true },
  },
  freelancerTrust: {
    newAccountDays: 30,
    regularityWeeks: 26,
    regularWeeksAtLeast: 13,
    highMinJss: 90,
    highMinTenureDays: 180,
  },
  // Ours: the same $1,000 as the Top Rated yearly earnings bar; real work paid on the platform.
  senderTrust: { minEarnedCents: 1_000 * USD },
  // Ours: one request can be a misunderstanding and two a coincidence; three different
  // freelancers in 30 days (the contact policy's repeat window) is a practice.
  exemptions: { askPatternCounterparts: 3, askPatternWindowDays: 30 },
  invitations: { flagLevels: ['low'] },
  interview: {
    newClientDays: 30,
    highBudgetCents: 5_000 * USD,
    scamSignalPrefixes: ['scam.', 'offplatform.'],
    points: { newClient: 1, unverifiedPayment: 2, highBudget: 1, scamSignals: 2 },
    requiredAtPoints: 2,
    exemptPlans: ['enterprise'],
  },
  // defaultDays: the marketplace's 5-day security period (hourly, and bonuses: marketplace-facts.md).
  // The rest is ours (the marketplace publishes no figure): 2 days for a trusted pair (seed 000
  // reports trial funds "available immediately"; we keep two days for a chargeback notice to
  // arrive), 10 days for risk (twice the default), and 6 months with $5,000 paid between the
  // two for a trusted pair (five times the Top Rated yearly earnings bar of $1,000).
  hold: {
    defaultDays: 5,
    trustedPairDays: 2,
    riskyDays: 10,
    trustedPair: { minRelationshipMonths: 6, minPaidCents: 5_000 * USD },
    risky: { newClientDays: 30, recentChargebackDays: 90 },
    bonusWithoutWorkIsRisky: true,
  },
  ranking: {
    weights: {
      earningsRegularity: 0.3,
      jss: 0.2,
      badges: 0.15,
      identityVerified: 0.05,
      activeStrikes: -0.3,
      circumvention: -0.5,
    },
    noJssValue: 0.5,
    strikesCap: 3,
    badgeValues: { topRatedPlus: 1, expertVetted: 1, topRated: 0.75, risingTalent: 0.5 },
    minMultiplier: 0.1,
  },
};

export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends Array<unknown> ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function merge<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return (over === undefined ? base : over) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    out[k] = k in base ? merge((base as Record<string, unknown>)[k], v) : v;
  }
  return out as T;
}

export class TrustConfigError extends Error {}

/** Defaults with `overrides` deep-merged in (arrays are replaced, not merged). */
export function trustConfig(overrides?: DeepPartial<TrustConfig>): TrustConfig {
  const cfg = merge(structuredClone(DEFAULT_TRUST_CONFIG), overrides);
  const problems: string[] = [];
  if (cfg.jss.privateBadAtMost >= cfg.jss.privateGoodAtLeast) problems.push('jss.privateBadAtMost must be below jss.privateGoodAtLeast');
  if (cfg.jss.starsBadAtMost >= cfg.jss.starsGoodAtLeast) problems.push('jss.starsBadAtMost must be below jss.starsGoodAtLeast');
  if (cfg.jss.weightUnitCents <= 0) problems.push('jss.weightUnitCents must be positive');
  if (cfg.badges.topRated.weeklyMinMet > cfg.badges.topRated.weeklyLookback) problems.push('badges.topRated.weeklyMinMet cannot exceed weeklyLookback');
  if (!(cfg.hold.trustedPairDays <= cfg.hold.defaultDays && cfg.hold.defaultDays <= cfg.hold.riskyDays))
    problems.push('hold days must satisfy trustedPairDays <= defaultDays <= riskyDays');
  if (!(Number.isInteger(cfg.exemptions.askPatternCounterparts) && cfg.exemptions.askPatternCounterparts >= 2))
    problems.push('exemptions.askPatternCounterparts must be an integer of at least 2 (one ask is a one-off)');
  if (!(cfg.exemptions.askPatternWindowDays > 0)) problems.push('exemptions.askPatternWindowDays must be positive');
  if (cfg.ranking.minMultiplier < 0) problems.push('ranking.minMultiplier cannot be negative');
  if (problems.length > 0) throw new TrustConfigError(`Invalid trust config: ${problems.join('; ')}`);
  return cfg;
}
