// What every enforcement operation is given by its caller — the EnforcementService built once
// in the composition root (app/wiring.ts): the settings in force, the cases capability where
// enforcement opens review work, and the clock. Passed as arguments so that no module keeps
// settings of its own and the imports show that enforcement only knows cases by this port.

import type { Severity } from '../policy/schema.ts';
import type { DbOrTx, Tx } from '../store/db.ts';
import type { EnforceConfig } from './config.ts';

export interface EnforcementCaseInput {
  /** `type` is any subject type enforcement knows; cases files an unknown one under the account. */
  subject: { type: string; id: string; accountId: string; text?: string };
  source: 'detection' | 'appeal';
  reason: string;
  policy?: string;
  decisionId?: string;
  severity?: Severity;
  queue?: string;
  signals?: { type: string; strength: string }[];
  appealId?: string;
  priorityBoost?: number;
  /** A proposed action awaiting a person: its reason becomes the case's (cases' CaseInput.headline). */
  headline?: boolean;
}

/** The part of cases enforcement uses; cases implements it (see CaseService.deskForEnforcement). */
export interface CaseDesk {
  /** Opens the subject's case, or joins its open one; returns the case id. */
  openCase(tx: Tx, input: EnforcementCaseInput): Promise<string>;
  /** Closes an open appeal case with the appeal's outcome (nothing when already closed). */
  resolveAppealCase(
    tx: Tx,
    caseId: string,
    reviewer: { id: string; name: string },
    outcome: 'upheld' | 'overturned',
    appealId: string,
    reason: string,
  ): Promise<void>;
  /** Records how an appeal ended, for the overturn rate per policy. */
  recordAppealOutcome(tx: Tx, input: { appealId?: string; appealCaseId?: string; originalCaseId?: string; policy: string; overturned: boolean }): Promise<void>;
  /** Of these cases, the ones still open (a held payout shows while its case is open). */
  openCaseIds(db: DbOrTx, caseIds: string[]): Promise<Set<string>>;
}

/** `{ config, cases, now? }`: the settings, the cases port and the clock (now when absent). */
/** What trust's recomputation after an enforcement change reports back: badges it awarded again. */
export interface AccountChange {
  badgesAwarded?: string[];
}

/**
 * Called in the same transaction after anything that changes an account's strikes or actions
 * (the composition root passes trust's recomputation, so search rank and badges follow an
 * action or its reversal at once instead of at the daily sweep).
 */
export type AccountChanged = (tx: Tx, accountId: string, cause: string, asOf: Date) => Promise<AccountChange | null | undefined>;

/** The badges an account holds: trust's one definition (trust/facts.ts awardedBadges), never the profile's own claim. */
export type AwardedBadges = (db: DbOrTx, accountId: string) => Promise<string[]>;

export interface EnforceDeps {
  config: EnforceConfig;
  cases: CaseDesk;
  now?: Date;
  /** Trust's recomputation: a lift asks it which badges come back, so it never promises others. */
  accountChanged?: AccountChanged;
  /** The reputation guardrail's badges (absent: the account holds none that trust knows of). */
  awardedBadges?: AwardedBadges;
}

/** Reads that need only the settings and the clock. */
export type EnforceSettings = Pick<EnforceDeps, 'config' | 'now' | 'accountChanged'>;

const noBadges: AwardedBadges = async () => [];
export const depsOf = (d: EnforceDeps) => ({ cfg: d.config, now: d.now ?? new Date(), cases: d.cases, badges: d.awardedBadges ?? noBadges });
export const settingsOf = (d: EnforceSettings) => ({ cfg: d.config, now: d.now ?? new Date() });
