// Trust as the rest of Warden sees it: TrustService, built once in the composition root with
// the settings in force. The work is done by the modules it delegates to: assessment.ts (one
// freelancer's trust as of a date), recompute.ts (what is stored and what changes it), views.ts
// (the trust and JSS read views), contract-hold.ts, hiring.ts (interview policies, invitations)
// and facts.ts (the one definition of each trust fact).
import type { Principal } from '../access/scopes.ts';
import type { WardenEvent } from '../events/schemas.ts';
import type { DbOrTx, Tx } from '../store/db.ts';
import type { TrustConfig } from './config.ts';
import { contractHold } from './contract-hold.ts';
import { type DeclinedAsk, recordDeclinedAsk } from './declined-asks.ts';
import { isTrustedSender, trustedClientAt, trustFactsFor } from './facts.ts';
import { decideInterviewPolicy, interviewPolicyForJob, judgeInvite } from './hiring.ts';
import type { PaymentKind } from './hold-length.ts';
import { enforcementChanged, recomputeAccountTrust, recomputeTrust, recordCircumvention, recordDisputeOutcome, setExpertVetted } from './recompute.ts';
import { type SearchParams, searchFreelancers } from './search.ts';
import { loadCircumventionsBetween } from './store.ts';
import { accountJss, accountTrust } from './views.ts';

/**
 * Trust as the rest of Warden sees it, built once in the composition root with the settings
 * in force; each method passes them to the function that does the work.
 */
export class TrustService {
  constructor(readonly config: TrustConfig) {}

  recomputeAccountTrust(tx: DbOrTx, accountId: string, cause: string, o: { asOf?: Date } = {}) {
    return recomputeAccountTrust(tx, accountId, cause, { ...o, config: this.config });
  }
  /** The daily sweep: every freelancer whose stored trust may be out of date (`all`: every one), `concurrency` at a time. */
  recomputeTrust(db: DbOrTx, now: Date, o: { batchSize?: number; concurrency?: number; all?: boolean } = {}) {
    return recomputeTrust(db, now, { ...o, config: this.config });
  }
  /** An enforcement change on an account: recomputes it and makes the freelancers it hired due at the next sweep. */
  enforcementChanged(tx: DbOrTx, accountId: string, cause: string, o: { asOf?: Date } = {}) {
    return enforcementChanged(tx, accountId, cause, { ...o, config: this.config });
  }
  recordCircumvention(tx: Tx, finding: Parameters<typeof recordCircumvention>[1]) {
    return recordCircumvention(tx, finding, { config: this.config });
  }
  setExpertVetted(db: DbOrTx, accountId: string, input: { vetted: boolean; note?: string }, by: Pick<Principal, 'kind' | 'id' | 'name'>) {
    return setExpertVetted(db, accountId, input, by, { config: this.config });
  }
  accountTrust(db: DbOrTx, accountId: string, o: { explain?: boolean; asOf?: Date } = {}) {
    return accountTrust(db, accountId, { ...o, config: this.config });
  }
  accountJss(db: DbOrTx, accountId: string, o: { explain?: boolean; historyLimit?: number; asOf?: Date } = {}) {
    return accountJss(db, accountId, { ...o, config: this.config });
  }
  contractHold(db: DbOrTx, contractId: string, o: { asOf?: Date; paymentAt?: Date; paymentKind?: PaymentKind } = {}) {
    return contractHold(db, contractId, { ...o, config: this.config });
  }
  recordDisputeOutcome(tx: Tx, d: Parameters<typeof recordDisputeOutcome>[1]) {
    return recordDisputeOutcome(tx, d, { config: this.config });
  }
  /** Confirmed, not overturned, circumvention between two accounts (payment protection reads it). */
  circumventionsBetween(db: DbOrTx, x: string, y: string, asOf: Date) {
    return loadCircumventionsBetween(db, x, y, asOf);
  }
  decideInterviewPolicy(tx: DbOrTx, job: Parameters<typeof decideInterviewPolicy>[1]) {
    return decideInterviewPolicy(tx, job, { config: this.config });
  }
  interviewPolicyForJob(db: DbOrTx, jobId: string) {
    return interviewPolicyForJob(db, jobId, { config: this.config });
  }
  judgeInvite(tx: DbOrTx, e: Extract<WardenEvent, { type: 'invite.sent' }>) {
    return judgeInvite(tx, e, { config: this.config });
  }
  trustFactsFor(db: DbOrTx, accountId: string, o: { asOf?: Date } = {}) {
    return trustFactsFor(db, accountId, { ...o, config: this.config });
  }
  /** Screening's velocity rule asks this of the sender's projected facts (see `isTrustedSender`). */
  trustedSender(f: { identityVerified: boolean; totalEarnedCents: number }) {
    return isTrustedSender(f, this.config);
  }
  trustedClientAt(db: DbOrTx, clientId: string, o: { asOf?: Date } = {}) {
    return trustedClientAt(db, clientId, { ...o, config: this.config });
  }
  /** A request to move off the platform its recipient declined (screening recognises it); true when new. */
  recordDeclinedAsk(tx: Tx, d: DeclinedAsk) {
    return recordDeclinedAsk(tx, d);
  }
  searchFreelancers(db: DbOrTx, params: SearchParams) {
    return searchFreelancers(db, params, this.config);
  }
}
