// Payment protection as the rest of Warden sees it: loads one contract's facts (the contract
// and account projections, protection's own projection, and confirmed circumvention between
// the parties from trust), runs the pure rules, and says why.
import { notFoundError } from '../app/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import type { TrustService } from '../trust/service.ts';
import { type ProtectionDecision, protectionEligibility } from './rules.ts';
import { loadProtectionFacts, verificationAsOf } from './store.ts';

export interface ContractProtection extends Omit<ProtectionDecision, 'breaks'> {
  breaks: Array<Omit<ProtectionDecision['breaks'][number], 'at'> & { at: string }>;
  contractId: string;
  clientId: string;
  freelancerId: string;
  asOf: string;
}

/** Built once in the composition root, with trust for the one definition of confirmed circumvention. */
export class ProtectionService {
  constructor(private readonly trust: Pick<TrustService, 'circumventionsBetween'>) {}

  /**
   * GET /v1/contracts/{id}/protection: whether the contract is protected as of `asOf` (default
   * now), rule by rule, with its weeks (hourly) or milestones (fixed). 404 when the contract
   * or its parties are unknown (a payment arrived before `contract.started`).
   */
  async contractProtection(db: DbOrTx, contractId: string, opts: { asOf?: Date } = {}): Promise<ContractProtection> {
    const asOf = opts.asOf ?? new Date();
    const c = await db.selectFrom('contracts').select(['client_id', 'freelancer_id', 'kind']).where('id', '=', contractId).executeTakeFirst();
    if (!c?.client_id || !c.freelancer_id) throw notFoundError('contract', contractId);
    const accounts = await db
      .selectFrom('accounts')
      .select(['id', 'payment_verified', 'payment_verified_at', 'identity_verified', 'identity_verified_at'])
      .where('id', 'in', [c.client_id, c.freelancer_id])
      .execute();
    const client = accounts.find((a) => a.id === c.client_id);
    const freelancer = accounts.find((a) => a.id === c.freelancer_id);
    const facts = await loadProtectionFacts(db, contractId, asOf);
    const clientAsOf = await verificationAsOf(db, client, asOf);
    const freelancerAsOf = await verificationAsOf(db, freelancer, asOf);
    const circumventions = await this.trust.circumventionsBetween(db, c.client_id, c.freelancer_id, asOf);
    const decision = protectionEligibility({
      asOf,
      kind: c.kind === 'hourly' ? 'hourly' : 'fixed',
      clientPaymentVerified: clientAsOf.paymentVerified,
      freelancerIdentityVerified: freelancerAsOf.identityVerified,
      ...facts,
      circumventions,
    });
    return {
      contractId,
      clientId: c.client_id,
      freelancerId: c.freelancer_id,
      asOf: asOf.toISOString(),
      ...decision,
      breaks: decision.breaks.map((b) => ({ ...b, at: b.at.toISOString() })),
    };
  }
}
