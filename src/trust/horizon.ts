// When a freelancer's stored trust can next change with time alone. The daily sweep
// (recompute.ts) recomputes only accounts whose inputs changed or whose horizon has come, so
// this must never be late: it lists every instant at which one of the calculators' comparisons
// against `asOf` can flip (a superset is fine: an early recomputation only costs time) and
// returns the first after `asOf`. What it covers, calculator by calculator:
//   jobSuccessScore  a contract starting or ending, a dispute decided, an open contract becoming
//                    long-term (`longTermDays`), a closed outcome leaving a window (24/12/6 and
//                    the trending 3 months: `monthWindowExits`);
//   weeklyJssHistory the next Monday (the history is replayed per Monday-aligned week);
//   badgeDecisions   days since the first contract (`minDaysSinceFirstContract`), earnings leaving
//                    the 12 months, a hold leaving `holdLookbackDays`, a circumvention finding
//                    confirmed and its removal ending (`banMonths`);
//   weeksWithEarnings each earning moving to the next 7-day period, `regularityWeeks` of them;
//   enforcement      strikes and actions starting, strikes expiring, suspensions ending
//                    (EnforcementFacts.changesAt, of the freelancer and of its clients, whose
//                    suspension excludes their feedback).
// The property test in horizon.test.ts checks that the stored result is the same at every
// instant before the horizon, over generated histories.
import type { AccountHold } from './badges.ts';
import type { TrustConfig } from './config.ts';
import { addMonths, DAY_MS, earliest } from './time.ts';
import type { ConfirmedCircumvention, ContractRecord, EarningRecord } from './types.ts';

const WEEK_MS = 7 * DAY_MS;
const MONDAY_EPOCH = Date.UTC(1970, 0, 5);

export interface HorizonInput {
  contracts: ContractRecord[];
  earnings: EarningRecord[];
  circumventions: ConfirmedCircumvention[];
  holds: AccountHold[];
  /** EnforcementFacts.changesAt of the freelancer and of every client of its contracts. */
  enforcementChangesAt: Array<Date | null>;
}

/**
 * Instants at which `at` can enter or leave a window `(subMonths(t, months), t]` as t grows.
 * Not only `addMonths(at, months)`: subMonths clamps to the month's end, so an instant late in
 * a month leaves at the next month's start, and on the last day of a month it can leave and
 * come back on each of the following days — back at midnight, out again at its time of day
 * (subMonths of Mar 29 00:00 is Feb 28 00:00, of Mar 29 10:00 is Feb 28 10:00). Those
 * instants of the next three days and that month start are all listed.
 */
export function monthWindowExits(at: Date, months: number): Date[] {
  const exit = addMonths(at, months);
  const midnight = Date.UTC(exit.getUTCFullYear(), exit.getUTCMonth(), exit.getUTCDate());
  const out = [exit];
  for (let k = 1; k <= 3; k++) out.push(new Date(midnight + k * DAY_MS), new Date(exit.getTime() + k * DAY_MS));
  out.push(new Date(Date.UTC(exit.getUTCFullYear(), exit.getUTCMonth() + 1, 1)));
  return out;
}

/**
 * The first instant after `asOf` at which the stored trust of a freelancer with these inputs
 * can differ from its value at `asOf` with no new input, or null when it cannot (nothing dated
 * ahead). Pure; dates in UTC; see the file comment for what is covered.
 */
export function trustChangesAt(input: HorizonInput, asOf: Date, config: TrustConfig): Date | null {
  const t = asOf.getTime();
  let next: Date | null = null;
  const add = (d: Date | null) => {
    if (d !== null && d.getTime() > t) next = earliest(next, d);
  };
  const addAll = (ds: Date[]) => {
    for (const d of ds) add(d);
  };
  const jss = config.jss;
  const windows = [jss.windowsMonths.long, jss.windowsMonths.medium, jss.windowsMonths.short, jss.trendingRecentMonths];
  const tr = config.badges.topRated;
  for (const c of input.contracts) {
    add(c.startedAt);
    // Days since the first contract: counted for each, the first one among them.
    add(new Date(c.startedAt.getTime() + (tr.minDaysSinceFirstContract + 1) * DAY_MS));
    if (c.endedAt) add(c.endedAt);
    if (c.dispute) add(c.dispute.decidedAt);
    // An open contract's outcome is judged as of asOf: it becomes long-term at a fixed day.
    add(new Date(c.startedAt.getTime() + jss.longTermDays * DAY_MS));
    for (const closedAt of [c.endedAt, c.dispute?.decidedAt]) if (closedAt) for (const m of windows) addAll(monthWindowExits(closedAt, m));
  }
  // The weekly history (Top Rated's weeks at the bar) moves on Mondays; without contracts every
  // week's JSS is null and Top Rated cannot be awarded, so there is nothing to move.
  if (input.contracts.length > 0) add(new Date(MONDAY_EPOCH + (Math.floor((t - MONDAY_EPOCH) / WEEK_MS) + 1) * WEEK_MS));
  const regularity = config.freelancerTrust.regularityWeeks;
  for (const e of input.earnings) {
    add(e.paidAt);
    addAll(monthWindowExits(e.paidAt, tr.earnedWindowMonths));
    if (e.amountCents <= 0) continue;
    // The next 7-day period boundary after asOf, while it is still within the counted weeks.
    const k = Math.max(1, Math.floor((t - e.paidAt.getTime()) / WEEK_MS) + 1);
    if (k <= regularity) add(new Date(e.paidAt.getTime() + k * WEEK_MS));
  }
  for (const h of input.holds) {
    add(h.startedAt);
    if (h.endedAt) add(new Date(h.endedAt.getTime() + tr.holdLookbackDays * DAY_MS));
  }
  for (const f of input.circumventions) {
    add(f.confirmedAt);
    add(addMonths(f.confirmedAt, config.badges.circumvention.banMonths));
  }
  for (const d of input.enforcementChangesAt) add(d);
  return next;
}
