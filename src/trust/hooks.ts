// Ingestion hooks: keep trust up to date inside each new event's transaction. Events that can
// move a freelancer's JSS, badges or earnings regularity recompute that freelancer; profile
// changes re-index search; job posts get an interview policy and invitations a judgement,
// both returned in the ingestion reply.
import type { AppContext } from '../app/context.ts';
import type { EventHook } from '../events/service.ts';
import type { Tx } from '../store/db.ts';
import type { TrustConfig } from './config.ts';
import { indexProfile } from './search.ts';
import { decideInterviewPolicy, judgeInvite, recomputeAccountTrust } from './service.ts';

async function contractFreelancer(tx: Tx, contractId: string): Promise<string | null> {
  const c = await tx.selectFrom('contracts').select('freelancer_id').where('id', '=', contractId).executeTakeFirst();
  return c?.freelancer_id ?? null;
}

/** The trust hook; `now` is injectable so replays and tests can pin the clock. */
export function trustHook(opts: { config?: TrustConfig; now?: () => Date } = {}): EventHook {
  const now = opts.now ?? (() => new Date());
  const recompute = (tx: Tx, id: string | null, cause: string) => (id ? recomputeAccountTrust(tx, id, cause, { config: opts.config, asOf: now() }) : null);
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
      case 'contract.ended':
      case 'feedback.left':
      case 'milestone.released':
      case 'hours.logged':
      case 'bonus.paid':
        await recompute(tx, await contractFreelancer(tx, e.data.contractId), e.type);
        return undefined;
      case 'job.posted': {
        const p = await decideInterviewPolicy(
          tx,
          {
            jobId: e.data.jobId,
            clientId: e.actor.id,
            ...(e.data.kind ? { kind: e.data.kind } : {}),
            ...(e.data.budgetCents !== undefined ? { budgetCents: e.data.budgetCents } : {}),
            postedAt: new Date(e.occurredAt),
          },
          { config: opts.config },
        );
        return { interviewPolicy: { policy: p.policy, riskPoints: p.riskPoints, reasons: p.reasons } };
      }
      case 'invite.sent':
        return { invitation: await judgeInvite(tx, e, { config: opts.config }) };
      default:
        return undefined;
    }
  };
}

/**
 * Registers the trust hook. Register it AFTER the screening hook: the interview policy of a
 * job post reads the signals screening stored for it in the same transaction.
 */
export function registerTrustHooks(ctx: Pick<AppContext, 'events'>, opts: { config?: TrustConfig; now?: () => Date } = {}): void {
  ctx.events.addHook(trustHook(opts));
}
