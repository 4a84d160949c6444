// Profile badges: Rising Talent, Top Rated, Top Rated Plus (marketplace-facts.md "Badges")
// and Expert-Vetted (set by a reviewer). Each decision lists every criterion with the value
// found and the value required, so the account-standing page can say what is missing.

import { plural } from '../app/plural.ts';
import { DEFAULT_TRUST_CONFIG, type TrustConfig } from './config.ts';
import { jobSuccessScore } from './job-success-score.ts';
import { addMonths, DAY_MS, daysBetween, inWindow, subDays, subMonths } from './time.ts';
import type { ConfirmedCircumvention, ContractRecord, Criterion, EarningRecord } from './types.ts';

export interface WeeklyJssSnapshot {
  /** Start of the week the snapshot describes. */
  weekStart: Date;
  jss: number | null;
  /** Held Rising Talent that week (counts like JSS ≥ the Top Rated bar). */
  risingTalent?: boolean;
}

/** An account hold (payments/withdrawals blocked) from enforcement. */
export interface AccountHold {
  startedAt: Date;
  endedAt?: Date;
}

export interface BadgeInput {
  asOf: Date;
  /** Current JSS (null when not shown yet). */
  jss: number | null;
  weeklyHistory: WeeklyJssSnapshot[];
  contracts: ContractRecord[];
  earnings: EarningRecord[];
  profile: { complete: boolean; identityVerified: boolean; yearsOfExperience?: number };
  holds: AccountHold[];
  activeStrikes: number;
  circumventions: ConfirmedCircumvention[];
  /** Set by a reviewer after vetting. */
  expertVetted: boolean;
  suspended?: boolean;
}

export interface BadgeDecision {
  awarded: boolean;
  reasons: Criterion[];
}

export interface BadgeDecisions {
  risingTalent: BadgeDecision;
  topRated: BadgeDecision;
  topRatedPlus: BadgeDecision;
  expertVetted: BadgeDecision;
  /** End of the badge removal after confirmed circumvention, when one is running. */
  circumventionBanUntil: Date | null;
}

const MONDAY_EPOCH = Date.UTC(1970, 0, 5);

const decide = (reasons: Criterion[]): BadgeDecision => ({ awarded: reasons.every((r) => r.met), reasons });

/**
 * When the latest badge removal for confirmed circumvention ends, or null if none is running
 * at `asOf`. Off-platform payment triggers on its own; contact sharing only when repeated
 * (N confirmed findings within a window), triggering at the N-th finding.
 */
export function circumventionBanUntil(findings: ConfirmedCircumvention[], asOf: Date, config: TrustConfig = DEFAULT_TRUST_CONFIG): Date | null {
  const cfg = config.badges.circumvention;
  const known = findings.filter((f) => f.confirmedAt.getTime() <= asOf.getTime());
  const contact = known
    .filter((f) => f.kind === 'contact_sharing')
    .map((f) => f.confirmedAt)
    .sort((a, b) => a.getTime() - b.getTime());
  const triggers: Date[] = known.filter((f) => f.kind === 'payment_outside').map((f) => f.confirmedAt);
  for (const at of contact) {
    const since = subMonths(at, cfg.repeatedContactSharingWindowMonths);
    const count = contact.filter((c) => inWindow(c, since, at)).length;
    if (count >= cfg.repeatedContactSharingCount) triggers.push(at);
  }
  let until: Date | null = null;
  for (const t of triggers) {
    const end = addMonths(t, cfg.banMonths);
    if (end.getTime() > asOf.getTime() && (until === null || end.getTime() > until.getTime())) until = end;
  }
  return until;
}

export function earnedInMonths(earnings: EarningRecord[], asOf: Date, months: number): number {
  const since = subMonths(asOf, months);
  return earnings.reduce((sum, e) => (inWindow(e.paidAt, since, asOf) ? sum + e.amountCents : sum), 0);
}

/** The "large contract" threshold for a marketplace category. */
export function largeContractThresholdCents(category: string | undefined, config: TrustConfig = DEFAULT_TRUST_CONFIG): number {
  const t = config.badges.topRatedPlus.largeContractCents;
  return (category !== undefined ? t.byCategory[category] : undefined) ?? t.default;
}

/**
 * Weekly JSS snapshots replayed from contract history, newest first: one per Monday-aligned
 * week (UTC), the JSS as of that Monday. For back-filling when stored snapshots are missing;
 * Rising Talent weeks are not known here and must come from the stored badge history.
 */
export function weeklyJssHistory(
  contracts: ContractRecord[],
  asOf: Date,
  weeks: number = DEFAULT_TRUST_CONFIG.badges.topRated.weeklyLookback,
  config: TrustConfig = DEFAULT_TRUST_CONFIG,
): WeeklyJssSnapshot[] {
  const week = 7 * DAY_MS;
  const current = MONDAY_EPOCH + Math.floor((asOf.getTime() - MONDAY_EPOCH) / week) * week;
  return Array.from({ length: weeks }, (_, i) => {
    const weekStart = new Date(current - i * week);
    return { weekStart, jss: jobSuccessScore(contracts, weekStart, config).score };
  });
}

function weeksMeetingBar(history: WeeklyJssSnapshot[], asOf: Date, cfg: TrustConfig['badges']['topRated']): number {
  const since = subDays(asOf, cfg.weeklyLookback * 7);
  const weeks = new Set<number>();
  for (const s of history) {
    if (!inWindow(s.weekStart, since, asOf)) continue;
    // Keyed by Monday-aligned week so a re-sent snapshot cannot count twice.
    if (s.risingTalent || (s.jss !== null && s.jss >= cfg.minJss)) weeks.add(Math.floor((s.weekStart.getTime() - MONDAY_EPOCH) / (7 * DAY_MS)));
  }
  return weeks.size;
}

function recentHolds(holds: AccountHold[], asOf: Date, lookbackDays: number): number {
  const since = subDays(asOf, lookbackDays);
  return holds.filter((h) => h.startedAt.getTime() <= asOf.getTime() && (h.endedAt ?? asOf).getTime() > since.getTime()).length;
}

export function badgeDecisions(input: BadgeInput, config: TrustConfig = DEFAULT_TRUST_CONFIG): BadgeDecisions {
  const { asOf } = input;
  const tr = config.badges.topRated;
  const trp = config.badges.topRatedPlus;
  const rt = config.badges.risingTalent;

  const banUntil = circumventionBanUntil(input.circumventions, asOf, config);
  const banCriterion: Criterion = {
    criterion: 'no_circumvention_removal',
    met: banUntil === null,
    value: banUntil ? banUntil.toISOString() : null,
    required: null,
  };
  const standing: Criterion = { criterion: 'account_not_suspended', met: !input.suspended, value: !input.suspended, required: true };
  const holds = recentHolds(input.holds, asOf, tr.holdLookbackDays);
  const holdsCriterion: Criterion = { criterion: 'no_recent_holds', met: holds === 0, value: holds, required: 0 };
  const profileCriterion: Criterion = { criterion: 'profile_complete', met: input.profile.complete, value: input.profile.complete, required: true };

  const started = input.contracts.filter((c) => c.startedAt.getTime() <= asOf.getTime());
  const first = started.reduce<Date | null>((min, c) => (min === null || c.startedAt < min ? c.startedAt : min), null);
  const daysSinceFirst = first ? Math.floor(daysBetween(first, asOf)) : null;
  const earned12 = earnedInMonths(input.earnings, asOf, tr.earnedWindowMonths);
  const weeksMet = weeksMeetingBar(input.weeklyHistory, asOf, tr);

  const topRated = decide([
    { criterion: 'jss', met: input.jss !== null && input.jss >= tr.minJss, value: input.jss, required: tr.minJss },
    {
      criterion: 'days_since_first_contract',
      met: daysSinceFirst !== null && daysSinceFirst > tr.minDaysSinceFirstContract,
      value: daysSinceFirst,
      required: tr.minDaysSinceFirstContract,
    },
    { criterion: 'weeks_at_jss_bar', met: weeksMet >= tr.weeklyMinMet, value: weeksMet, required: tr.weeklyMinMet },
    { criterion: 'earned_12_months_cents', met: earned12 >= tr.minEarnedCents, value: earned12, required: tr.minEarnedCents },
    profileCriterion,
    holdsCriterion,
    standing,
    banCriterion,
  ]);

  const largeContracts = started.filter((c) => c.totalPaidCents >= largeContractThresholdCents(c.category, config)).length;
  const topRatedPlus = decide([
    { criterion: 'top_rated', met: topRated.awarded, value: topRated.awarded, required: true },
    { criterion: 'earned_12_months_cents', met: earned12 >= trp.minEarnedCents, value: earned12, required: trp.minEarnedCents },
    { criterion: 'large_contracts', met: largeContracts >= 1, value: largeContracts, required: 1 },
  ]);

  const paidContracts = started.filter((c) => c.totalPaidCents > 0).length;
  const years = input.profile.yearsOfExperience ?? 0;
  const risingTalent = decide([
    { criterion: 'no_jss_yet', met: input.jss === null, value: input.jss, required: null },
    profileCriterion,
    { criterion: 'identity_verified', met: input.profile.identityVerified, value: input.profile.identityVerified, required: true },
    {
      criterion: 'experience',
      met: paidContracts >= rt.minPaidContracts || years >= rt.minYearsExperience,
      value: `${plural(paidContracts, 'paid contract')}, ${plural(years, 'year')}`,
      required: `${plural(rt.minPaidContracts, 'paid contract')} or ${plural(rt.minYearsExperience, 'year')}`,
    },
    { criterion: 'no_active_strikes', met: input.activeStrikes === 0, value: input.activeStrikes, required: 0 },
    holdsCriterion,
    standing,
    banCriterion,
  ]);

  // Confirmed circumvention removes this badge too: the reviewer vouched for skill, not conduct.
  const expertVetted = decide([
    { criterion: 'vetted_by_reviewer', met: input.expertVetted, value: input.expertVetted, required: true },
    standing,
    banCriterion,
  ]);

  return { risingTalent, topRated, topRatedPlus, expertVetted, circumventionBanUntil: banUntil };
}
