import type { Signal } from '../types.ts';
import { type AccountSecurityConfig, DEFAULT_ACCOUNT_SECURITY_CONFIG, type LoginFact, priorLogins } from './login.ts';
import { networkEvidence } from './network.ts';

/**
 * Failed sign-in attempts, still going on, from a device the account never signed in with:
 * the moment a marketplace asks for a step-up (a code sent to the owner's e-mail or phone)
 * before it accepts another attempt from that device — before a guesser gets in, not after.
 *
 * Fires on a failed attempt when the failures from that device within the stuffing window
 * (this one included) reach `challengeMinFailures` (3) and the attempt also comes from a
 * country or network (AS) the account never signed in from, or reach `sessionMinFailures` (5)
 * from a known place (someone at home with a new phone who forgot the password gets five
 * tries, as the usual 3–5 attempt lockout allows). Each further failure fires again: each
 * attempt is refused until the step-up. Medium: the failures are conduct; the device and
 * place only say it is not the owner's usual way in (alone they are a traveller's new phone).
 *
 * Silent on successes (failed-then-new-place and credential-stuffing judge those), on attempts
 * from a device the account signed in with before (the owner mistyping on their own laptop),
 * without a device, and when the account has no earlier successful sign-in with a device to
 * compare with. Evidence: failures from the device, the window, the threshold applied, whether
 * the place was new, the country and network.
 */
export function detectFailedLoginsNewDevice(
  login: LoginFact,
  history: readonly LoginFact[],
  cfg: AccountSecurityConfig = DEFAULT_ACCOUNT_SECURITY_CONFIG,
): Signal[] {
  if (login.success || !login.device) return [];
  const prior = priorLogins(login, history);
  const ok = prior.filter((h) => h.success);
  const devices = new Set(ok.map((h) => h.device).filter(Boolean));
  if (!devices.size || devices.has(login.device)) return [];
  const since = login.at.getTime() - cfg.stuffingWindowMinutes * 60_000;
  // Failures from this device since its last success (a device that once got in is known above).
  const failures = prior.filter((h) => !h.success && h.device === login.device && h.at.getTime() >= since).length + 1;
  const countries = new Set(ok.map((h) => h.country).filter(Boolean));
  const asns = new Set(ok.map((h) => h.network?.asn).filter(Boolean));
  const newCountry = !!login.country && countries.size > 0 && !countries.has(login.country);
  const asn = login.network?.asn;
  const newNetwork = !!asn && asns.size > 0 && !asns.has(asn);
  const newPlace = newCountry || newNetwork;
  const needed = newPlace ? cfg.challengeMinFailures : cfg.sessionMinFailures;
  if (failures < needed) return [];
  const network = networkEvidence(login.network);
  return [
    {
      type: 'account.failed_logins_new_device',
      strength: 'medium',
      score: 0.6,
      evidence: {
        failures,
        windowMinutes: cfg.stuffingWindowMinutes,
        threshold: needed,
        newPlace,
        knownDevices: devices.size,
        ...(login.country ? { country: login.country, knownCountries: [...countries].sort() } : {}),
        ...(network ? { network } : {}),
      },
    },
  ];
}
