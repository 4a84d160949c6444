import type { Signal } from '../types.ts';
import { type AccountSecurityConfig, DEFAULT_ACCOUNT_SECURITY_CONFIG, type LoginFact, priorLogins } from './login.ts';
import { networkEvidence } from './network.ts';

/**
 * A success after several failed attempts (at least `sessionMinFailures`, fewer than the
 * credential-stuffing threshold, within its window) on a device the account never used, from a
 * country or an AS it never logged in from: someone guessing the password got in from elsewhere.
 * Medium. The failed attempts are conduct, not a network fact, so this is the second, independent
 * risk fact that a new device and a new place need before a reviewer looks (the device and place
 * alone are a traveller with a new phone). Silent when the account has no earlier successful
 * login with a device and a country or network to compare with. Evidence: the failures, the
 * window, the country, the network, how many devices and countries were known.
 */
export function detectFailedThenNewPlace(
  login: LoginFact,
  history: readonly LoginFact[],
  cfg: AccountSecurityConfig = DEFAULT_ACCOUNT_SECURITY_CONFIG,
): Signal[] {
  if (!login.success || !login.device) return [];
  const prior = priorLogins(login, history);
  const since = login.at.getTime() - cfg.stuffingWindowMinutes * 60_000;
  const recent = prior.filter((h) => h.at.getTime() >= since);
  const lastSuccess = recent.findIndex((h) => h.success);
  const failures = (lastSuccess === -1 ? recent : recent.slice(0, lastSuccess)).filter((h) => !h.success).length;
  // At the stuffing threshold credential_stuffing (strong) says it already.
  if (failures < cfg.sessionMinFailures || failures >= cfg.stuffingMinFailures) return [];
  const ok = prior.filter((h) => h.success);
  const devices = new Set(ok.map((h) => h.device).filter(Boolean));
  if (!devices.size || devices.has(login.device)) return [];
  const countries = new Set(ok.map((h) => h.country).filter(Boolean));
  const asns = new Set(ok.map((h) => h.network?.asn).filter(Boolean));
  const newCountry = !!login.country && countries.size > 0 && !countries.has(login.country);
  const asn = login.network?.asn;
  const newNetwork = !!asn && asns.size > 0 && !asns.has(asn);
  if (!newCountry && !newNetwork) return [];
  const network = networkEvidence(login.network);
  return [
    {
      type: 'account.failed_then_new_place',
      strength: 'medium',
      score: 0.6,
      evidence: {
        failures,
        windowMinutes: cfg.stuffingWindowMinutes,
        knownDevices: devices.size,
        ...(login.country ? { country: login.country, knownCountries: [...countries].sort() } : {}),
        ...(network ? { network } : {}),
      },
    },
  ];
}
