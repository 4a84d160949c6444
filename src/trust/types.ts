// Input and output shapes shared by the trust calculators. Inputs are plain records that the
// event projections (contracts, feedback, payments, verification, enforcement) can fill;
// nothing here touches the database, so every calculator is a pure function of its input
// and an `asOf` date.

export type ContractKind = 'hourly' | 'fixed';

/** How a mediator decided a dispute's money. */
export type DisputeOutcome = 'release' | 'refund' | 'split';

/** Why a contract ended, as reported with `contract.ended` / private feedback. */
export type EndReason = 'completed' | 'cancelled' | 'no_work' | 'dispute' | 'freelancer_unresponsive' | 'client_unresponsive' | 'scope_changed';

export interface ContractRecord {
  id: string;
  clientId: string;
  freelancerId: string;
  startedAt: Date;
  /** Absent while the contract is active. */
  endedAt?: Date;
  kind: ContractKind;
  /** Everything paid on the contract so far, in integer cents. */
  totalPaidCents: number;
  endReason?: EndReason;
  /** Public feedback from the client, 1–5 stars (may be fractional, e.g. 4.75). */
  publicStars?: number;
  /** Private "would you recommend" score from the client, 0–10. */
  privateScore?: number;
  /** The client was later suspended for abuse: their feedback must not count. */
  clientSuspendedForAbuse?: boolean;
  /** The client was flagged for poor collaboration: their feedback must not count. */
  clientFlaggedPoorCollaboration?: boolean;
  /** The marketplace marked this contract as a rehire. Also derived from history. */
  rehire?: boolean;
  /** A payment dispute was opened on the contract. */
  disputed?: boolean;
  /**
   * The latest dispute decided on the contract (src/disputes through recordDisputeOutcome):
   * release (the freelancer is paid), refund (the client gets the money back) or split.
   */
  dispute?: { outcome: DisputeOutcome; decidedAt: Date };
  /** Marketplace category of the job, used for the "large contract" threshold. */
  category?: string;
}

/** One payment that reached the freelancer (milestone, hourly invoice or bonus). */
export interface EarningRecord {
  paidAt: Date;
  amountCents: number;
  contractId?: string;
}

export type CircumventionKind = 'payment_outside' | 'contact_sharing';

/** A circumvention finding that a reviewer confirmed (not a raw detector signal). */
export interface ConfirmedCircumvention {
  kind: CircumventionKind;
  confirmedAt: Date;
}

export type ClientPlan = 'basic' | 'plus' | 'business' | 'enterprise';

export type TrustLevel = 'high' | 'medium' | 'low' | 'unknown';

/** A fact behind a trust level, worded for the other party to read. */
export interface TrustFact {
  code: string;
  tone: 'positive' | 'neutral' | 'negative';
  text: string;
}

/** One criterion of a rule, with what was found and what was needed. */
export interface Criterion {
  criterion: string;
  met: boolean;
  value: number | string | boolean | null;
  required: number | string | boolean | null;
}

export interface RatingSummary {
  /** Average on the 1–5 star scale; ignored when count is 0. */
  average: number;
  count: number;
}
