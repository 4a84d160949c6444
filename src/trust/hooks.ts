// Ingestion hook: keeps trust up to date inside each new event's transaction. Events that can
// move a freelancer's JSS, badges or earnings regularity recompute that freelancer; profile
// changes re-index search; job posts get an interview policy and invitations a judgement,
// both returned in the ingestion reply.
import type { EventHook } from '../events/service.ts';
import type { Tx } from '../store/db.ts';
import { indexProfile } from './search.ts';
import type { TrustService } from './service.ts';

async function contractFreelancer(tx: Tx, contractId: string): Promise<string | null> {
  const c = await tx.selectFrom('contracts').select('freelancer_id').where('id', '=', contractId).executeTakeFirst();
  return c?.freelancer_id ?? null;
}

/**
 * The trust hook. Runs AFTER the screening hook (the composition root orders them): the
 * interview policy of a job post reads the signals screening stored for it in the same
 * transaction. `now` is injectable so replays and tests can pin the clock.
 */
export function trustHook(trust: TrustService, opts: { now?: () => Date } = {}): EventHook {
  const now = opts.now ?? (() => new Date());
  const recompute = (tx: Tx, id: string | null, cause: string) => (id ? trust.recomputeAccountTrust(tx, id, cause, { asOf: now() }) : null);
  return async (tx, e) => {
    switch (e.type) {
      case 'user.registered':
        if (e.data.role !== 'client') await indexProfile(tx, e.actor.id);
        return undefined;
      case 'profile.updated':
        await indexProfile(tx, e.actor.id);
        // Profile completeness is a badge criterion.
        await recompute(tx, e.actor.id, e.type);
        return undefined;
      case 'verification.completed':
        if (e.data.kind === 'identity') await recompute(tx, e.actor.id, e.type);
        return undefined;
      case 'contract.started':
        await recompute(tx, e.data.freelancerId, e.type);
        return undefined;
      case 'feedback.left': {
        // Only the feedback the freelancer receives is a trust input (loadContracts); what the
        // freelancer says about the client recomputes nothing.
        const freelancer = await contractFreelancer(tx, e.data.contractId);
        if (freelancer === e.data.toId) await recompute(tx, freelancer, e.type);
        return undefined;
      }
      case 'contract.ended':
      case 'milestone.released':
      case 'hours.logged':
      case 'bonus.paid':
        await recompute(tx, await contractFreelancer(tx, e.data.contractId), e.type);
        return undefined;
      case 'job.posted': {
        const p = await trust.decideInterviewPolicy(tx, {
          jobId: e.data.jobId,
          clientId: e.actor.id,
          ...(e.data.kind ? { kind: e.data.kind } : {}),
          ...(e.data.budgetCents !== undefined ? { budgetCents: e.data.budgetCents } : {}),
          postedAt: new Date(e.occurredAt),
        });
        return { interviewPolicy: { policy: p.policy, riskPoints: p.riskPoints, reasons: p.reasons } };
      }
      case 'invite.sent':
        return { invitation: await trust.judgeInvite(tx, e) };
      default:
        return undefined;
    }
  };
}
