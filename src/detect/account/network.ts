import type { Signal } from '../types.ts';
import { type LoginFact, type LoginNetwork, priorLogins } from './login.ts';

/** The signal a kind of network gives: data centres and clouds, VPNs and privacy relays, Tor. */
const SIGNAL_OF_KIND: Record<string, string> = {
  cloud: 'account.datacenter_ip',
  hosting: 'account.datacenter_ip',
  vpn: 'account.vpn',
  relay: 'account.vpn',
  tor: 'account.tor',
};

/** The network facts a reviewer reads in evidence (absent parts left out). */
export function networkEvidence(n: LoginNetwork | null | undefined): Record<string, unknown> | undefined {
  if (!n) return undefined;
  const out: Record<string, unknown> = {};
  if (n.asn) out.asn = n.asn;
  if (n.org) out.org = n.org;
  if (n.kind) out.kind = n.kind;
  if (n.provider) out.provider = n.provider;
  return Object.keys(out).length ? out : undefined;
}

/**
 * A successful login from a data centre, a VPN or relay, or a Tor exit, when the account's
 * earlier successful logins (the history window) never came from that kind of network: weak,
 * once per habit — a person on a VPN every day gives it on the first day only. A network fact:
 * the engine never lets it hold money or access (policy/engine.ts networkOrTravelOnly).
 */
export function detectNetworkKind(login: LoginFact, history: readonly LoginFact[]): Signal[] {
  const kind = login.network?.kind;
  if (!login.success || !kind) return [];
  const type = SIGNAL_OF_KIND[kind];
  if (!type) return [];
  const habitual = priorLogins(login, history).some((h) => h.success && h.network?.kind && SIGNAL_OF_KIND[h.network.kind] === type);
  if (habitual) return [];
  return [{ type, strength: 'weak', score: 0.3, evidence: { ...networkEvidence(login.network), ...(login.country ? { country: login.country } : {}) } }];
}
