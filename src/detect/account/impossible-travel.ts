import type { Signal } from '../types.ts';
import { areNeighbours, countryDistanceKm } from './geo.ts';
import { type AccountSecurityConfig, DEFAULT_ACCOUNT_SECURITY_CONFIG, type LoginFact, priorLogins } from './login.ts';
import { networkEvidence } from './network.ts';

const HOUR = 3_600_000;

/**
 * Two successful logins from countries too far apart for the time between them. Compared with
 * the latest earlier successful login that has a country; neighbours never count (a border city
 * is minutes from the other country while the countries' points are far apart).
 */
export function detectImpossibleTravel(
  login: LoginFact,
  history: readonly LoginFact[],
  cfg: AccountSecurityConfig = DEFAULT_ACCOUNT_SECURITY_CONFIG,
): Signal[] {
  if (!login.success || !login.country) return [];
  const previous = priorLogins(login, history).find((h) => h.success && h.country);
  if (!previous?.country || previous.country === login.country || areNeighbours(previous.country, login.country)) return [];
  const km = countryDistanceKm(previous.country, login.country);
  if (km === undefined || km < cfg.minTravelKm) return [];
  const hours = (login.at.getTime() - previous.at.getTime()) / HOUR;
  const speed = hours > 0 ? km / hours : Number.POSITIVE_INFINITY;
  if (speed <= cfg.maxSpeedKmh) return [];
  const strong = speed > cfg.maxSpeedKmh * cfg.strongSpeedFactor;
  // A VPN, relay, Tor or data-centre address at either end explains the jump: its country is the
  // exit's, not the person's. Kept as a weak fact for the reviewer, never a reason to ask.
  const via = login.network?.kind ? login.network : previous.network?.kind ? previous.network : null;
  const strength = via ? 'weak' : strong ? 'strong' : 'medium';
  const fromNetwork = networkEvidence(previous.network);
  const toNetwork = networkEvidence(login.network);
  return [
    {
      type: 'account.impossible_travel',
      strength,
      score: strength === 'weak' ? 0.3 : strong ? 0.85 : 0.6,
      evidence: {
        from: previous.country,
        to: login.country,
        distanceKm: Math.round(km),
        minutes: Math.round(hours * 60),
        speedKmh: Number.isFinite(speed) ? Math.round(speed) : null,
        ...(fromNetwork ? { fromNetwork } : {}),
        ...(toNetwork ? { toNetwork } : {}),
        ...(via ? { explainedBy: { side: via === login.network ? 'to' : 'from', kind: via.kind, provider: via.provider ?? via.org ?? null } } : {}),
      },
    },
  ];
}
