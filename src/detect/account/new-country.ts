import type { Signal } from '../types.ts';
import { type LoginFact, priorLogins } from './login.ts';
import { networkEvidence } from './network.ts';

/** A successful login from a country the account never logged in from: weak (people travel, use VPNs). */
export function detectNewCountry(login: LoginFact, history: readonly LoginFact[]): Signal[] {
  if (!login.success || !login.country) return [];
  const known = new Set(
    priorLogins(login, history)
      .filter((h) => h.success && h.country)
      .map((h) => h.country),
  );
  if (known.size === 0 || known.has(login.country)) return [];
  const network = networkEvidence(login.network);
  return [
    {
      type: 'account.new_country',
      strength: 'weak',
      score: 0.3,
      evidence: { country: login.country, knownCountries: [...known].sort(), ...(network ? { network } : {}) },
    },
  ];
}
