// Multi-accounting (pure): an identifier new to an account that other accounts already hold
// is a `linked.<kind>` signal, with the other accounts and the events behind it as evidence.
// How strong depends on the kind: a payout destination or a card is rarely shared honestly,
// a device sometimes is (a family computer), an IP often is (offices, mobile carriers, VPNs),
// so an IP is weak and never acts alone.
import type { Signal, Strength } from '../detect/types.ts';
import type { IdentifierKind } from './identifiers.ts';
import type { SharedIdentifier } from './store.ts';

export interface LinkRule {
  /** Other accounts holding the identifier before it counts at all. */
  minOthers: number;
  /** From this many other holders the signal is `strength`; below, one step weaker. */
  strongAt: number;
  strength: Strength;
  /** More holders than this is a crowd (a shared office or carrier address): no signal. */
  crowdAbove: number;
}

export interface LinkSettings {
  kinds: Record<IdentifierKind, LinkRule>;
  /** How many other holders are read and kept as evidence per identifier. */
  evidenceLimit: number;
}

export const DEFAULT_LINK_SETTINGS: LinkSettings = {
  kinds: {
    payout_destination: { minOthers: 1, strongAt: 2, strength: 'strong', crowdAbove: 20 },
    payment_handle: { minOthers: 1, strongAt: 2, strength: 'strong', crowdAbove: 20 },
    phone: { minOthers: 1, strongAt: 2, strength: 'medium', crowdAbove: 10 },
    email: { minOthers: 1, strongAt: 2, strength: 'medium', crowdAbove: 10 },
    device: { minOthers: 2, strongAt: 4, strength: 'medium', crowdAbove: 10 },
    ip: { minOthers: 3, strongAt: 1_000_000, strength: 'weak', crowdAbove: 25 },
  },
  evidenceLimit: 25,
};

const WEAKER: Record<Strength, Strength> = { strong: 'medium', medium: 'weak', weak: 'weak' };
const SCORE: Record<Strength, number> = { weak: 0.3, medium: 0.6, strong: 0.85 };

/** Signals for identifiers an account shares with others (`store.recordSightings`' answer). */
export function linkSignals(shared: readonly SharedIdentifier[], eventId: string, cfg: LinkSettings = DEFAULT_LINK_SETTINGS): Signal[] {
  const out: Signal[] = [];
  for (const s of shared) {
    const rule = cfg.kinds[s.kind];
    if (s.holders < rule.minOthers || s.holders > rule.crowdAbove) continue;
    const strength = s.holders >= rule.strongAt ? rule.strength : WEAKER[rule.strength];
    out.push({
      type: `linked.${s.kind}`,
      strength,
      score: SCORE[strength],
      evidence: {
        identifier: { kind: s.kind, valueMasked: s.valueMasked, ...(s.network ? { network: s.network } : {}) },
        linkedAccounts: s.others.map((o) => o.accountId),
        otherHolders: s.holders,
        // The event that showed the identifier on this account, and the latest on each other one.
        eventIds: [eventId, ...s.others.map((o) => o.lastEventId)],
      },
    });
  }
  return out;
}
