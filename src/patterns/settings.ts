// Thresholds and strengths of the behaviour patterns and payment-risk signals, as data, read
// once at start from WARDEN_PATTERNS_CONFIG (a JSON file, or the JSON itself) over the defaults
// below, checked against one schema, and handed to PatternService (no module state).
// Counts are "how many before it is a pattern": one of anything is never a pattern.
// Amounts in US cents, windows in days, delays in hours, scores in [0, 1].
import { existsSync, readFileSync } from 'node:fs';
import { type TSchema, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ConfigError } from '../app/config.ts';

export interface CountRule {
  /** Facts within `windowDays` before the signal is medium. */
  medium: number;
  /** Facts within `windowDays` before it is strong. */
  strong: number;
  windowDays: number;
}

export interface PatternSettings {
  /** The score a signal carries at each strength (policies may compare scores; strengths choose the response). */
  scores: { weak: number; medium: number; strong: number };
  /** How often the background sweep evaluates the time-based patterns (contact then silence, invites without hiring), in minutes. */
  sweepEveryMinutes: number;
  /**
   * Contracts started with no message, proposal or invite between the parties. An established
   * account (earned `establishedEarnedCents`, `establishedYears` on the marketplace, or a JSS of
   * `establishedJss`) is flagged only when such hires are at least `establishedMinShare` of all its
   * contracts: its history may predate Warden (contracts whose conversations Warden never saw),
   * and a few direct hires among many contracts are ordinary. A hire counts only when Warden could
   * have seen the conversation before it: Warden had been seeing conversations on the marketplace
   * for `observedDays` by then, or one of the parties registered after it began to (detect.ts
   * conversationObserved) — history from before Warden carries contracts without their talk.
   */
  hireWithoutMessages: CountRule & {
    establishedMinShare: number;
    establishedEarnedCents: number;
    establishedYears: number;
    establishedJss: number;
    observedDays: number;
  };
  /** Contact shared, then no message after `quietHours` and no contract, across counterparts. */
  contactThenSilence: CountRule & { quietHours: number; graceHours: number };
  /** A contract cut short (≤ `earlyDays`, or paid < `underpaidShare` of the agreed amount) within `afterContactDays` of a contact share in the pair. */
  undercutAfterContact: CountRule & { earlyDays: number; underpaidShare: number; afterContactDays: number };
  /** Contracts of at most `tinyCents` between one pair. */
  feedbackFarming: CountRule & { tinyCents: number };
  /** Feedback between accounts sharing a device, card, payout destination, phone or e-mail: distinct contracts reviewed so. */
  linkedFeedback: CountRule;
  /** Job posts in which screening found contact details or a request to move. */
  jobPostsAskContact: CountRule;
  /**
   * Distinct freelancers invited at least `graceDays` ago (within the window) to at least
   * `minJobs` different jobs, and no contract started as client in the window (one charged back
   * does not count): evaluated by the sweep, once the invites had time to lead to a hire.
   */
  invitesWithoutHiring: CountRule & { graceDays: number; minJobs: number };
  /** Distinct clients whose jobs got a proposal asking to move off the platform. */
  applyAndMove: CountRule;
  payment: {
    /** Chargebacks and refunds: a count, and a share of the client's spending that makes them medium / strong. */
    chargebacks: { minCount: number; strongCount: number; shareOfSpend: number; newAccountDays: number; windowDays: number };
    /** A payout this soon after a login with a strong non-network sign of takeover; also how far back a payout's session (its login) is looked for. */
    takeoverHours: number;
    /** A payout's session from an AS none of the account's successful logins over `historyDays` came from (at least `minEarlierLogins` of them): supporting evidence. */
    unfamiliarNetwork: { historyDays: number; minEarlierLogins: number };
    /**
     * A payout this soon after a payout-method change, above `minCents`, is to a new method; so are
     * an account younger than `newAccountDays` paying out `minPayouts` times to the method within
     * `hours` of adding it, at any amount (medium).
     */
    newMethod: { hours: number; minCents: number; newAccountDays: number; minPayouts: number };
    /**
     * New accounts only (younger than `newAccountDays`; an established account's balance may predate
     * Warden). Payouts over 30 days beyond everything it ever earned (× `overEarnedFactor`, at least
     * `minCents`): strong. `turnoverCount` payouts in 7 days, each within `turnoverHours` of money
     * coming in, together at least `turnoverMinCents`: medium.
     */
    velocity: {
      overEarnedFactor: number;
      minCents: number;
      newAccountDays: number;
      turnoverCount: number;
      turnoverHours: number;
      turnoverMinCents: number;
    };
    /**
     * Money released by a new client (≤ `newClientDays`) and paid out within `hours`: medium once
     * `minClients` distinct such clients in `windowDays` did so, strong at `strongCount`.
     */
    rapidInOut: { hours: number; newClientDays: number; minClients: number; strongCount: number; windowDays: number };
    /** Payouts that are whole multiples of `unitCents`: `medium` of the last `of` payouts of an account younger than `newAccountDays`. */
    roundAmounts: { unitCents: number; medium: number; of: number; newAccountDays: number };
    /** Small payments (≤ `smallCents`) from distinct new clients funnelled into one account before a payout. */
    funnel: CountRule & { smallCents: number; newClientDays: number };
  };
}

/**
 * Defaults, and why: a direct hire or a shared contact is ordinary once (a client hiring from a
 * good proposal, an enterprise sending its NDA address), so counts start at 2–3 distinct
 * counterparts; windows follow the marketplace's periods (disputes and chargebacks within 180
 * days, marketplace-facts.md); amounts are a $10 "tiny" contract and $1,000 round payouts.
 * Invitations: six freelancers invited to two or more jobs, none hired within five days of the
 * invite (an honest client may invite a dozen to one job and cancel it: one job is no pattern;
 * the recruiters of the first runs invited 3–12 across 1–3 jobs and never hired). Linked
 * feedback: two contracts reviewed between accounts of one person (one is linked.counterparty's).
 * First-run precision and recall per pattern on simulated histories: bench/patterns/accuracy.ts.
 */
export const DEFAULT_PATTERN_SETTINGS: PatternSettings = {
  scores: { weak: 0.3, medium: 0.6, strong: 0.85 },
  sweepEveryMinutes: 60,
  hireWithoutMessages: {
    medium: 3,
    strong: 6,
    windowDays: 90,
    // The reputation bar of enforcement (enforce/config.ts: $10,000 earned, 2 years) and Top Rated's JSS (90).
    establishedMinShare: 0.5,
    establishedEarnedCents: 1_000_000,
    establishedYears: 2,
    establishedJss: 90,
    // How far back the talk before a hire may reach: a job post is usually filled within days to a
    // few weeks (proposals, interview, offer); a month covers it, and counts start at three hires.
    observedDays: 30,
  },
  contactThenSilence: { medium: 3, strong: 6, windowDays: 60, quietHours: 72, graceHours: 24 },
  undercutAfterContact: { medium: 2, strong: 3, windowDays: 180, earlyDays: 7, underpaidShare: 0.3, afterContactDays: 14 },
  feedbackFarming: { medium: 3, strong: 5, windowDays: 90, tinyCents: 1_000 },
  linkedFeedback: { medium: 2, strong: 4, windowDays: 180 },
  jobPostsAskContact: { medium: 2, strong: 4, windowDays: 90 },
  invitesWithoutHiring: { medium: 6, strong: 15, windowDays: 60, graceDays: 5, minJobs: 2 },
  applyAndMove: { medium: 3, strong: 6, windowDays: 30 },
  payment: {
    chargebacks: { minCount: 2, strongCount: 3, shareOfSpend: 0.25, newAccountDays: 30, windowDays: 180 },
    takeoverHours: 48,
    unfamiliarNetwork: { historyDays: 90, minEarlierLogins: 3 },
    // Three payouts to one just-added method in three days: a newcomer withdraws its first pay once
    // or twice; every payment emptied straight into a fresh wallet is the mule's.
    newMethod: { hours: 72, minCents: 100_000, newAccountDays: 14, minPayouts: 3 },
    // Four payouts in a week, each within a day of the money arriving ($300 together): honest new
    // freelancers have one or two contracts paying in their first weeks; the simulated mules 6–9.
    velocity: { overEarnedFactor: 1.2, minCents: 200_000, newAccountDays: 30, turnoverCount: 4, turnoverHours: 24, turnoverMinCents: 30_000 },
    rapidInOut: { hours: 24, newClientDays: 7, minClients: 2, strongCount: 3, windowDays: 30 },
    roundAmounts: { unitCents: 100_000, medium: 3, of: 5, newAccountDays: 30 },
    funnel: { medium: 5, strong: 10, windowDays: 30, smallCents: 20_000, newClientDays: 30 },
  },
};

// ── loading and checking ─────────────────────────────────────────────────────────────────

const Int = (minimum: number) => Type.Integer({ minimum });
const Pos = () => Type.Number({ exclusiveMinimum: 0 });
const Share = () => Type.Number({ exclusiveMinimum: 0, maximum: 1 });
// Counts start at 2: one of anything is never a pattern.
const countRule = (extra: Record<string, TSchema> = {}) =>
  Type.Object({ medium: Int(2), strong: Int(2), windowDays: Pos(), ...extra }, { additionalProperties: false });

const SettingsSchema = Type.Object(
  {
    scores: Type.Object({ weak: Share(), medium: Share(), strong: Share() }, { additionalProperties: false }),
    sweepEveryMinutes: Int(1),
    hireWithoutMessages: countRule({
      establishedMinShare: Share(),
      establishedEarnedCents: Int(0),
      establishedYears: Pos(),
      establishedJss: Type.Number({ minimum: 0, maximum: 100 }),
      observedDays: Type.Number({ minimum: 0 }),
    }),
    contactThenSilence: countRule({ quietHours: Pos(), graceHours: Type.Number({ minimum: 0 }) }),
    undercutAfterContact: countRule({ earlyDays: Pos(), underpaidShare: Share(), afterContactDays: Pos() }),
    feedbackFarming: countRule({ tinyCents: Int(1) }),
    linkedFeedback: countRule(),
    jobPostsAskContact: countRule(),
    invitesWithoutHiring: countRule({ graceDays: Type.Number({ minimum: 0 }), minJobs: Int(1) }),
    applyAndMove: countRule(),
    payment: Type.Object(
      {
        chargebacks: Type.Object(
          { minCount: Int(1), strongCount: Int(1), shareOfSpend: Share(), newAccountDays: Pos(), windowDays: Pos() },
          { additionalProperties: false },
        ),
        takeoverHours: Pos(),
        unfamiliarNetwork: Type.Object({ historyDays: Pos(), minEarlierLogins: Int(1) }, { additionalProperties: false }),
        newMethod: Type.Object({ hours: Pos(), minCents: Int(0), newAccountDays: Pos(), minPayouts: Int(2) }, { additionalProperties: false }),
        velocity: Type.Object(
          {
            overEarnedFactor: Type.Number({ minimum: 1 }),
            minCents: Int(1),
            newAccountDays: Pos(),
            turnoverCount: Int(2),
            turnoverHours: Pos(),
            turnoverMinCents: Int(0),
          },
          { additionalProperties: false },
        ),
        rapidInOut: Type.Object(
          { hours: Pos(), newClientDays: Pos(), minClients: Int(2), strongCount: Int(2), windowDays: Pos() },
          { additionalProperties: false },
        ),
        roundAmounts: Type.Object({ unitCents: Int(1), medium: Int(2), of: Int(2), newAccountDays: Pos() }, { additionalProperties: false }),
        funnel: countRule({ smallCents: Int(1), newClientDays: Pos() }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

const ENV = 'WARDEN_PATTERNS_CONFIG';

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Overrides laid over the defaults key by key; anything that is not an object replaces (the schema then judges it). */
function merge(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
  return out;
}

/**
 * The defaults with `overrides` (any part of PatternSettings) laid over them, checked.
 * Throws ConfigError naming `source`, the setting's path and the value for: an unknown setting,
 * a value of the wrong type or out of range (counts are whole numbers from 2, windows positive,
 * shares in (0, 1]), a `strong` count below its `medium`, scores not rising weak < medium < strong.
 */
export function patternSettings(overrides: unknown = {}, source = ENV): PatternSettings {
  if (!isObject(overrides)) throw new ConfigError(`invalid configuration: ${source} must be a JSON object of pattern settings`);
  const cfg = merge(structuredClone(DEFAULT_PATTERN_SETTINGS), overrides);
  const problems = [...Value.Errors(SettingsSchema, cfg)].map(
    (e) => `${e.path || '/'} ${e.message}${e.value !== undefined && !isObject(e.value) ? ` (got ${JSON.stringify(e.value)})` : ''}`,
  );
  if (!problems.length) {
    const s = cfg as PatternSettings;
    const rules: [string, { medium: number; strong: number }][] = [
      ['hireWithoutMessages', s.hireWithoutMessages],
      ['contactThenSilence', s.contactThenSilence],
      ['undercutAfterContact', s.undercutAfterContact],
      ['feedbackFarming', s.feedbackFarming],
      ['linkedFeedback', s.linkedFeedback],
      ['jobPostsAskContact', s.jobPostsAskContact],
      ['invitesWithoutHiring', s.invitesWithoutHiring],
      ['applyAndMove', s.applyAndMove],
      ['payment/funnel', s.payment.funnel],
    ];
    for (const [name, r] of rules) if (r.strong < r.medium) problems.push(`/${name}/strong must be at least /${name}/medium (${r.strong} < ${r.medium})`);
    if (s.payment.chargebacks.strongCount < s.payment.chargebacks.minCount) problems.push('/payment/chargebacks/strongCount must be at least minCount');
    if (s.payment.rapidInOut.strongCount < s.payment.rapidInOut.minClients) problems.push('/payment/rapidInOut/strongCount must be at least minClients');
    if (s.payment.roundAmounts.medium > s.payment.roundAmounts.of) problems.push('/payment/roundAmounts/medium cannot exceed of');
    if (!(s.scores.weak < s.scores.medium && s.scores.medium < s.scores.strong)) problems.push('/scores must rise: weak < medium < strong');
  }
  if (problems.length) throw new ConfigError(`invalid configuration: ${source}: ${problems.join('; ')}`);
  return cfg as PatternSettings;
}

/**
 * Reads WARDEN_PATTERNS_CONFIG once at start: the path of a JSON file, or a JSON object itself
 * (a value starting with `{`); absent or empty = the defaults. Throws ConfigError for an
 * unreadable file, bad JSON or any value patternSettings refuses.
 */
export function loadPatternSettings(env: NodeJS.ProcessEnv = process.env): PatternSettings {
  const raw = env[ENV]?.trim();
  if (!raw) return patternSettings({});
  let text = raw;
  if (!raw.startsWith('{')) {
    if (!existsSync(raw)) throw new ConfigError(`invalid configuration: ${ENV}: no such file ${raw}`);
    try {
      text = readFileSync(raw, 'utf8');
    } catch (err) {
      throw new ConfigError(`invalid configuration: ${ENV}: cannot read ${raw}: ${(err as Error).message}`);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`invalid configuration: ${ENV}: not JSON: ${(err as Error).message}`);
  }
  return patternSettings(parsed);
}
