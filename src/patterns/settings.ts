// Thresholds and strengths of the behaviour patterns and payment-risk signals, as data.
// Counts are "how many before it is a pattern": one of anything is never a pattern.
// Amounts in US cents, windows in days, delays in hours.

export interface CountRule {
  /** Facts within `windowDays` before the signal is medium. */
  medium: number;
  /** Facts within `windowDays` before it is strong. */
  strong: number;
  windowDays: number;
}

export interface PatternSettings {
  /** Contracts started with no message, proposal or invite between the parties. */
  hireWithoutMessages: CountRule;
  /** Contact shared, then no message after `quietHours` and no contract, across counterparts. */
  contactThenSilence: CountRule & { quietHours: number; graceHours: number };
  /** A contract cut short (≤ `earlyDays`, or paid < `underpaidShare` of the agreed amount) within `afterContactDays` of a contact share in the pair. */
  undercutAfterContact: CountRule & { earlyDays: number; underpaidShare: number; afterContactDays: number };
  /** Contracts of at most `tinyCents` between one pair. */
  feedbackFarming: CountRule & { tinyCents: number };
  /** Job posts in which screening found contact details or a request to move. */
  jobPostsAskContact: CountRule;
  /** Distinct freelancers invited, no contract started as client in the window. */
  invitesWithoutHiring: CountRule;
  /** Distinct clients whose jobs got a proposal asking to move off the platform. */
  applyAndMove: CountRule;
  payment: {
    /** Chargebacks and refunds: a count, and a share of the client's spending that makes them medium / strong. */
    chargebacks: { minCount: number; strongCount: number; shareOfSpend: number; newAccountDays: number; windowDays: number };
    /** A payout this soon after a login with a strong non-network sign of takeover; also how far back a payout's session (its login) is looked for. */
    takeoverHours: number;
    /** A payout's session from an AS none of the account's successful logins over `historyDays` came from (at least `minEarlierLogins` of them): supporting evidence. */
    unfamiliarNetwork: { historyDays: number; minEarlierLogins: number };
    /** A payout this soon after a payout-method change, above `minCents`, is to a new method. */
    newMethod: { hours: number; minCents: number; newAccountDays: number };
    /**
     * Payouts over 30 days beyond everything ever earned (× `overEarnedFactor`, at least `minCents`)
     * are strong; a week's payouts of at least `minCents`, beyond `weeklyFactor` × the average weekly
     * earnings of the last 90 days and beyond the last 30 days' earnings, medium.
     */
    velocity: { overEarnedFactor: number; weeklyFactor: number; minCents: number };
    /** Money released by a new client (≤ `newClientDays`) and paid out within `hours`. */
    rapidInOut: { hours: number; newClientDays: number; strongCount: number; windowDays: number };
    /** Payouts that are whole multiples of `unitCents`: `medium` of the last `of` payouts of an account younger than `newAccountDays`. */
    roundAmounts: { unitCents: number; medium: number; of: number; newAccountDays: number };
    /** Small payments (≤ `smallCents`) from distinct new clients funnelled into one account before a payout. */
    funnel: CountRule & { smallCents: number; newClientDays: number };
  };
}

export const DEFAULT_PATTERN_SETTINGS: PatternSettings = {
  hireWithoutMessages: { medium: 3, strong: 6, windowDays: 90 },
  contactThenSilence: { medium: 3, strong: 6, windowDays: 60, quietHours: 72, graceHours: 24 },
  undercutAfterContact: { medium: 2, strong: 3, windowDays: 180, earlyDays: 7, underpaidShare: 0.3, afterContactDays: 14 },
  feedbackFarming: { medium: 3, strong: 5, windowDays: 90, tinyCents: 1_000 },
  jobPostsAskContact: { medium: 2, strong: 4, windowDays: 90 },
  invitesWithoutHiring: { medium: 15, strong: 40, windowDays: 60 },
  applyAndMove: { medium: 3, strong: 6, windowDays: 30 },
  payment: {
    chargebacks: { minCount: 2, strongCount: 3, shareOfSpend: 0.25, newAccountDays: 30, windowDays: 180 },
    takeoverHours: 48,
    unfamiliarNetwork: { historyDays: 90, minEarlierLogins: 3 },
    newMethod: { hours: 72, minCents: 100_000, newAccountDays: 14 },
    velocity: { overEarnedFactor: 1.2, weeklyFactor: 3, minCents: 200_000 },
    rapidInOut: { hours: 24, newClientDays: 7, strongCount: 3, windowDays: 30 },
    roundAmounts: { unitCents: 100_000, medium: 3, of: 5, newAccountDays: 30 },
    funnel: { medium: 5, strong: 10, windowDays: 30, smallCents: 20_000, newClientDays: 30 },
  },
};
