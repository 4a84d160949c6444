import type { Signal } from '../types.ts';
import { type LoginFact, priorLogins } from './login.ts';

/**
 * A successful login from a device the account never logged in from. Weak on its own (people
 * buy phones); silent on the first login and when earlier logins carried no device at all.
 */
export function detectNewDevice(login: LoginFact, history: readonly LoginFact[]): Signal[] {
  if (!login.success || !login.device) return [];
  const known = new Set(
    priorLogins(login, history)
      .filter((h) => h.success && h.device)
      .map((h) => h.device),
  );
  if (known.size === 0 || known.has(login.device)) return [];
  return [{ type: 'account.new_device', strength: 'weak', score: 0.3, evidence: { device: login.device, knownDevices: known.size } }];
}
