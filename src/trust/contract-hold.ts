// GET /v1/contracts/{id}/hold: loads a contract's pair history, chargebacks and strikes and
// runs the hold-length calculator (hold-length.ts) on them.
import { sql } from 'kysely';
import { notFoundError } from '../app/errors.ts';
import { type EnforcementFacts, enforcementFacts } from '../enforce/facts.ts';
import type { DbOrTx } from '../store/db.ts';
import { requireAccount, type TrustOptions } from './assessment.ts';
import { type HoldDecision, holdLength, type PaymentKind, pairHistory } from './hold-length.ts';
import { accountCreatedAt, loadChargebacks, loadPairContracts } from './store.ts';

/** GET /v1/contracts/{id}/hold: the security period for a payment on the contract, and why. */
export async function contractHold(
  db: DbOrTx,
  contractId: string,
  opts: TrustOptions & { paymentAt?: Date; paymentKind?: PaymentKind },
): Promise<HoldDecision & { contractId: string; clientId: string; freelancerId: string; asOf: string; paymentKind: PaymentKind }> {
  const asOf = opts.asOf ?? new Date();
  const paymentKind = opts.paymentKind ?? 'milestone';
  const c = await db.selectFrom('contracts').select(['client_id', 'freelancer_id']).where('id', '=', contractId).executeTakeFirst();
  if (!c?.client_id || !c.freelancer_id) throw notFoundError('contract', contractId);
  const client = await requireAccount(db, c.client_id);
  const pairContracts = await loadPairContracts(db, c.client_id, c.freelancer_id);
  const chargebacks = await loadChargebacks(db, c.client_id);
  const pairIds = new Set(pairContracts.map((p) => p.id));
  const between = chargebacks.filter((cb) => cb.contractId !== null && pairIds.has(cb.contractId) && cb.at.getTime() <= asOf.getTime()).length;
  const pair = pairHistory(pairContracts, c.client_id, c.freelancer_id, asOf, between) ?? {
    relationshipStartedAt: asOf,
    paidBetweenCents: 0,
    disputes: 0,
    chargebacks: between,
  };
  const enforcement = await enforcementFacts(db, [c.client_id, c.freelancer_id], asOf);
  const clientEnf = enforcement.get(c.client_id) as EnforcementFacts;
  const freelancerEnf = enforcement.get(c.freelancer_id) as EnforcementFacts;
  const decision = holdLength(
    {
      asOf,
      pair,
      client: {
        accountCreatedAt: accountCreatedAt(client),
        paymentMethodVerified: client.payment_verified,
        chargebacks: chargebacks.map((x) => x.at),
        activeStrikes: clientEnf.activeStrikes,
      },
      freelancer: { activeStrikes: freelancerEnf.activeStrikes },
      ...(opts.paymentAt ? { paymentAt: opts.paymentAt } : {}),
      ...(paymentKind === 'bonus' ? { paymentKind, workPaidBetweenCents: await workPaidBetween(db, c.client_id, c.freelancer_id, asOf) } : { paymentKind }),
    },
    opts.config,
  );
  return { contractId, clientId: c.client_id, freelancerId: c.freelancer_id, asOf: asOf.toISOString(), paymentKind, ...decision };
}

/** What a client paid a freelancer for work (milestones and hours; bonuses and escrow left out) up to `asOf`. */
async function workPaidBetween(db: DbOrTx, clientId: string, freelancerId: string, asOf: Date): Promise<number> {
  const r = await sql<{ cents: string | null }>`select sum(amount_cents)::text as cents from payments
    where client_id = ${clientId} and freelancer_id = ${freelancerId} and kind in ('milestone', 'hourly') and occurred_at <= ${asOf}`.execute(db);
  return Number(r.rows[0]?.cents ?? 0);
}
