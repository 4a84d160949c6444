// Job Success Score (JSS): (good − bad) / counted outcomes, weighted by contract size, over
// several look-back windows; the best window is shown. See marketplace-facts.md "JSS".
//
// Weight: 1 + ln(1 + paid / unit). Larger contracts must weigh more (a $20k engagement says
// more than a $30 task), but linearly they would let one big client outweigh dozens of happy
// small ones, and make a single sour whale fatal. The logarithm keeps order (monotone) with
// diminishing returns: with a $100 unit, $50 → 1.4, $1k → 3.4, $10k → 5.6, $100k → 7.9.
// The leading 1 keeps every contract with work at least weight 1.
//
// Long-term relationships and rehires count in favour in two ways: a client who kept paying
// for months (or came back) without leaving feedback is read as satisfied (good, not
// neutral), and good outcomes on such contracts get a weight bonus. The bonus never applies to
// bad outcomes, so a rehire can only raise the score.

import { DEFAULT_TRUST_CONFIG, type TrustConfig } from './config.ts';
import { DAY_MS, daysBetween, inWindow, subMonths } from './time.ts';
import type { ContractRecord } from './types.ts';

export type JssOutcome = 'good' | 'bad' | 'neutral' | 'excluded';
export type JssWindow = `${number}m` | 'trending';

/** Why a contract got its outcome, as a stable code an explain view can translate. */
export type JssOutcomeReason =
  | 'client_suspended_for_abuse'
  | 'client_flagged_poor_collaboration'
  | 'active_long_term'
  | 'active'
  | 'bad_end_reason'
  | 'neutral_end_reason'
  | 'no_work'
  | 'private_feedback_low'
  | 'public_feedback_low'
  | 'feedback_high'
  | 'feedback_middling'
  | 'long_term_no_feedback'
  | 'rehire_no_feedback'
  | 'no_feedback'
  | 'dispute_released'
  | 'dispute_refunded'
  | 'dispute_split';

export interface JssContribution {
  contractId: string;
  clientId: string;
  outcome: JssOutcome;
  reason: JssOutcomeReason;
  /** Counted outcomes only; neutral-without-feedback and excluded contracts weigh 0. */
  counted: boolean;
  weight: number;
  longTerm: boolean;
  rehire: boolean;
  /** Points this contract moved the shown window (before clamping to 0–100). */
  effect: number;
}

export type JssNullReason = 'not_enough_contracts' | 'not_enough_clients' | 'no_rated_outcomes';

export interface JobSuccessScore {
  score: number | null;
  window: JssWindow | null;
  nullReason?: JssNullReason;
  windows: Record<JssWindow, number | null>;
  eligibility: { contracts: number; distinctClients: number; required: { contracts: number; clients: number } };
  contributions: JssContribution[];
  asOf: Date;
}

interface Classified {
  contract: ContractRecord;
  outcome: JssOutcome;
  reason: JssOutcomeReason;
  counted: boolean;
  weight: number;
  longTerm: boolean;
  rehire: boolean;
  /** When the outcome is known: end date, or asOf for active contracts. */
  closedAt: Date;
}

function isRehire(c: ContractRecord, all: ContractRecord[]): boolean {
  if (c.rehire) return true;
  return all.some((o) => o.id !== c.id && o.clientId === c.clientId && o.startedAt.getTime() < c.startedAt.getTime());
}

function classify(c: ContractRecord, all: ContractRecord[], asOf: Date, cfg: TrustConfig['jss']): Classified {
  const ended = c.endedAt !== undefined && c.endedAt.getTime() <= asOf.getTime();
  // A decided dispute closes the outcome when it is decided, even on a contract still open.
  const dispute = c.dispute && c.dispute.decidedAt.getTime() <= asOf.getTime() ? c.dispute : undefined;
  const closedAt = ended ? (c.endedAt as Date) : (dispute?.decidedAt ?? asOf);
  const longTerm = daysBetween(c.startedAt, closedAt) >= cfg.longTermDays && c.totalPaidCents >= cfg.longTermMinPaidCents;
  const rehire = isRehire(c, all);
  const base = 1 + Math.log1p(Math.max(0, c.totalPaidCents) / cfg.weightUnitCents);
  const make = (outcome: JssOutcome, reason: JssOutcomeReason, counted: boolean): Classified => {
    const bonus = outcome === 'good' && (longTerm || rehire) ? 1 + cfg.relationshipBonus : 1;
    return { contract: c, outcome, reason, counted, weight: counted ? base * bonus : 0, longTerm, rehire, closedAt };
  };

  if (c.clientSuspendedForAbuse) return make('excluded', 'client_suspended_for_abuse', false);
  if (c.clientFlaggedPoorCollaboration) return make('excluded', 'client_flagged_poor_collaboration', false);

  // A decided dispute is the outcome (src/trust/README.md "Disputes"): lost by the freelancer
  // (refund) it is bad; split, it counts without being good or bad; won (release), it does not
  // count at all — neither the dispute nor the feedback of the client who lost it.
  if (dispute?.outcome === 'refund') return make('bad', 'dispute_refunded', true);
  if (dispute?.outcome === 'split') return make('neutral', 'dispute_split', true);
  if (dispute?.outcome === 'release') return make('excluded', 'dispute_released', false);

  if (!ended) return longTerm ? make('good', 'active_long_term', true) : make('neutral', 'active', false);

  if (c.endReason && cfg.badEndReasons.includes(c.endReason)) return make('bad', 'bad_end_reason', true);
  if (c.endReason && cfg.neutralEndReasons.includes(c.endReason)) return make('neutral', 'neutral_end_reason', false);
  if (c.totalPaidCents <= 0) return make('neutral', 'no_work', false);

  const { privateScore: p, publicStars: s } = c;
  if (p !== undefined && p <= cfg.privateBadAtMost) return make('bad', 'private_feedback_low', true);
  if (s !== undefined && s <= cfg.starsBadAtMost) return make('bad', 'public_feedback_low', true);
  if ((p !== undefined && p >= cfg.privateGoodAtLeast) || (s !== undefined && s >= cfg.starsGoodAtLeast)) return make('good', 'feedback_high', true);
  // Middling feedback is an outcome the client chose to give: it counts, neither good nor bad.
  if (p !== undefined || s !== undefined) return make('neutral', 'feedback_middling', true);
  if (longTerm) return make('good', 'long_term_no_feedback', true);
  if (rehire) return make('good', 'rehire_no_feedback', true);
  return make('neutral', 'no_feedback', false);
}

interface WindowTotals {
  good: number;
  bad: number;
  total: number;
}

function totals(items: Classified[], since: Date, asOf: Date): WindowTotals {
  const t: WindowTotals = { good: 0, bad: 0, total: 0 };
  for (const i of items) {
    if (!i.counted || !inWindow(i.closedAt, since, asOf)) continue;
    t.total += i.weight;
    if (i.outcome === 'good') t.good += i.weight;
    if (i.outcome === 'bad') t.bad += i.weight;
  }
  return t;
}

function windowScore(t: WindowTotals): number | null {
  if (t.total <= 0) return null;
  return Math.round(Math.min(100, Math.max(0, (100 * (t.good - t.bad)) / t.total)));
}

function effectIn(i: Classified, t: WindowTotals, since: Date, asOf: Date): number {
  if (!i.counted || t.total <= 0 || !inWindow(i.closedAt, since, asOf)) return 0;
  const sign = i.outcome === 'good' ? 1 : i.outcome === 'bad' ? -1 : 0;
  return (100 * sign * i.weight) / t.total;
}

/**
 * The JSS of one freelancer as of `asOf`, from their contracts (any order). Contracts that
 * started after `asOf` are ignored, and a contract ending after `asOf` is treated as active,
 * so replaying history gives the score as it was.
 */
export function jobSuccessScore(contracts: ContractRecord[], asOf: Date, config: TrustConfig = DEFAULT_TRUST_CONFIG): JobSuccessScore {
  const cfg = config.jss;
  const started = contracts.filter((c) => c.startedAt.getTime() <= asOf.getTime());
  const classified = started.map((c) => classify(c, started, asOf, cfg));

  const { long, medium, short } = cfg.windowsMonths;
  const since = {
    long: subMonths(asOf, long),
    medium: subMonths(asOf, medium),
    short: subMonths(asOf, short),
    recent: subMonths(asOf, cfg.trendingRecentMonths),
  };
  const inLong = classified.filter((i) => inWindow(i.closedAt, since.long, asOf));

  const t = {
    long: totals(inLong, since.long, asOf),
    medium: totals(inLong, since.medium, asOf),
    short: totals(inLong, since.short, asOf),
    recent: totals(inLong, since.recent, asOf),
  };
  const shortScore = windowScore(t.short);
  const recentScore = windowScore(t.recent);
  const keys = { long: `${long}m`, medium: `${medium}m`, short: `${short}m` } as const;
  // Insertion order is the tie-break: on equal scores the longest window is shown.
  const windows: Record<JssWindow, number | null> = {
    [keys.long]: windowScore(t.long),
    [keys.medium]: windowScore(t.medium),
    [keys.short]: shortScore,
    trending: shortScore !== null && recentScore !== null ? Math.round((shortScore + recentScore) / 2) : null,
  };

  const withWork = inLong.filter((i) => i.outcome !== 'excluded' && i.contract.totalPaidCents > 0);
  const distinctClients = new Set(withWork.map((i) => i.contract.clientId)).size;
  const eligibility = {
    contracts: withWork.length,
    distinctClients,
    required: { contracts: cfg.minContracts, clients: cfg.minDistinctClients },
  };

  let nullReason: JssNullReason | undefined;
  if (withWork.length < cfg.minContracts) nullReason = 'not_enough_contracts';
  else if (distinctClients < cfg.minDistinctClients) nullReason = 'not_enough_clients';

  let window: JssWindow | null = null;
  let score: number | null = null;
  if (!nullReason) {
    for (const [name, value] of Object.entries(windows) as Array<[JssWindow, number | null]>) {
      if (value !== null && (score === null || value > score)) {
        score = value;
        window = name;
      }
    }
    if (score === null) nullReason = 'no_rated_outcomes';
  }

  const effectOf = (i: Classified): number => {
    switch (window) {
      case null:
        return 0;
      case keys.long:
        return effectIn(i, t.long, since.long, asOf);
      case keys.medium:
        return effectIn(i, t.medium, since.medium, asOf);
      case keys.short:
        return effectIn(i, t.short, since.short, asOf);
      default:
        return (effectIn(i, t.short, since.short, asOf) + effectIn(i, t.recent, since.recent, asOf)) / 2;
    }
  };

  const contributions = inLong
    .slice()
    .sort((a, b) => b.closedAt.getTime() - a.closedAt.getTime() || a.contract.id.localeCompare(b.contract.id))
    .map(
      (i): JssContribution => ({
        contractId: i.contract.id,
        clientId: i.contract.clientId,
        outcome: i.outcome,
        reason: i.reason,
        counted: i.counted,
        weight: i.weight,
        longTerm: i.longTerm,
        rehire: i.rehire,
        effect: effectOf(i),
      }),
    );

  return {
    score,
    window,
    ...(nullReason ? { nullReason } : {}),
    windows,
    eligibility,
    contributions,
    asOf,
  };
}

/**
 * The instant of the latest scheduled recomputation at or before `asOf`. Schedules are aligned
 * to Monday 1970-01-05 UTC so every worker agrees on the same snapshot dates.
 */
export function jssSnapshotDate(asOf: Date, config: TrustConfig = DEFAULT_TRUST_CONFIG): Date {
  const epoch = Date.UTC(1970, 0, 5);
  const step = config.jss.recomputeIntervalDays * DAY_MS;
  return new Date(epoch + Math.floor((asOf.getTime() - epoch) / step) * step);
}
