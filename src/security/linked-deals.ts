// Deals between accounts of one person: a proposal to, or a contract with, an account that shares
// a device, card, payout destination, phone or e-mail with the other party (never an IP: an
// office, a carrier or a VPN exit is shared by strangers). Sock clients buying five-star feedback
// and self-hiring to move money look like this; so does a household where one person hires the
// other, which is why the deal is held for a reviewer and nothing is done to either account.
//
// The linked-accounts graph (src/network) and the self-dealing pattern (`linked.counterparty`,
// src/patterns/detect.ts: a review case, once per pair) say the pair is linked; this hook answers
// each deal as it happens — the proposal, then the contract — so that the marketplace can keep it
// from going ahead until a person has looked (the `self-dealing` policy).

import type { Signal } from '../detect/types.ts';
import { accountLanguage } from '../events/locale.ts';
import type { EventOf, WardenEvent } from '../events/schemas.ts';
import type { EventHook } from '../events/service.ts';
import { type IdentifierKind, PERSON_KINDS } from '../network/identifiers.ts';
import { sharedBetween } from '../network/store.ts';
import type { DecisionService } from '../policy/decide.ts';
import type { Tx } from '../store/db.ts';

/** Shared money identifiers make the link strong: a household shares a computer more often than a card and a payout account. */
const MONEY_KINDS = new Set<IdentifierKind>(['payment_handle', 'payout_destination']);

export interface DealVerdict {
  outcome: string;
  signals: string[];
  decisionId: string;
}

/** The two parties of a deal event, actor first: a proposal (freelancer → the job's client) or a contract's start. */
export function dealParties(e: WardenEvent): { stage: 'proposal' | 'contract'; actor: string; counterpart: string } | null {
  if (e.type === 'proposal.submitted') {
    const client = (e as EventOf<'proposal.submitted'>).data.clientId;
    return client && client !== e.actor.id ? { stage: 'proposal', actor: e.actor.id, counterpart: client } : null;
  }
  if (e.type === 'contract.started') {
    const { clientId, freelancerId } = (e as EventOf<'contract.started'>).data;
    if (clientId === freelancerId) return null;
    // The actor when it is a party (usually the client), else the client.
    const actor = e.actor.id === freelancerId ? freelancerId : clientId;
    return { stage: 'contract', actor, counterpart: actor === clientId ? freelancerId : clientId };
  }
  return null;
}

/**
 * `linked.self_dealing` for a deal whose two parties share a person identifier: strong when a
 * card or payout destination is shared, else medium. Evidence: the stage, the other party, the
 * identifiers shared (kind and masked value, as a reviewer sees them) and the events they were
 * last seen in. Empty when the parties share nothing but (at most) an IP.
 */
export async function selfDealingSignals(tx: Tx, e: WardenEvent): Promise<{ accountId: string; signals: Signal[] } | null> {
  const deal = dealParties(e);
  if (!deal) return null;
  const shared = await sharedBetween(tx, deal.actor, deal.counterpart, PERSON_KINDS);
  if (!shared.length) return null;
  const strong = shared.some((s) => MONEY_KINDS.has(s.kind));
  return {
    accountId: deal.actor,
    signals: [
      {
        type: 'linked.self_dealing',
        strength: strong ? 'strong' : 'medium',
        score: strong ? 0.9 : 0.6,
        evidence: {
          stage: deal.stage,
          counterpart: deal.counterpart,
          shared: shared.map((s) => ({ kind: s.kind, valueMasked: s.valueMasked })),
          linkedAccounts: [deal.counterpart],
          eventIds: [e.id, ...shared.flatMap((s) => s.eventIds)],
        },
      },
    ],
  };
}

/**
 * The hook: decides a deal between linked accounts on the actor's account (policy
 * `self-dealing`); the reply's `deal.outcome` `hold` means: keep this proposal or contract from
 * going ahead until a reviewer decides. Nothing for other events or unlinked parties.
 * `catchUp(tx, [actor, counterpart])`: records the identifiers of the parties' events still
 * queued for the behaviour worker (patterns/queue.ts) when they would link the two, before the
 * parties' shared identifiers are read.
 */
export function linkedDealsHook(decisions: DecisionService, catchUp: (tx: Tx, accounts: string[]) => Promise<unknown>): EventHook {
  return async (tx, e) => {
    const parties = dealParties(e);
    if (!parties) return undefined;
    await catchUp(tx, [parties.actor, parties.counterpart]);
    const found = await selfDealingSignals(tx, e);
    if (!found) return undefined;
    const decision = await decisions.decide(tx, {
      subject: { type: 'account', id: found.accountId },
      kind: 'account',
      accountId: found.accountId,
      signals: found.signals,
      context: { event: { type: e.type, id: e.id } },
      eventId: e.id,
      // The notice is the account's to read, in its language.
      locale: (await accountLanguage(tx, found.accountId)) ?? undefined,
      at: new Date(e.occurredAt),
    });
    const deal: DealVerdict = { outcome: decision.outcome, signals: found.signals.map((s) => s.type), decisionId: decision.id };
    return { deal };
  };
}
