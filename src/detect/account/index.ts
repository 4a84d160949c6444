// Account-security detectors: pure functions of one login and the account's earlier logins.
import type { Signal } from '../types.ts';
import { detectCredentialStuffing } from './credential-stuffing.ts';
import { detectFailedLoginsNewDevice } from './failed-logins-new-device.ts';
import { detectFailedThenNewPlace } from './failed-then-new-place.ts';
import { detectImpossibleTravel } from './impossible-travel.ts';
import { type AccountSecurityConfig, DEFAULT_ACCOUNT_SECURITY_CONFIG, type LoginFact } from './login.ts';
import { detectNetworkKind } from './network.ts';
import { detectNewCountry } from './new-country.ts';
import { detectNewDevice } from './new-device.ts';

export {
  detectCredentialStuffing,
  detectFailedLoginsNewDevice,
  detectFailedThenNewPlace,
  detectImpossibleTravel,
  detectNetworkKind,
  detectNewCountry,
  detectNewDevice,
};
export { type AccountSecurityConfig, DEFAULT_ACCOUNT_SECURITY_CONFIG, type LoginFact, type LoginNetwork, priorLogins } from './login.ts';

export function detectAccountSignals(login: LoginFact, history: readonly LoginFact[], cfg: AccountSecurityConfig = DEFAULT_ACCOUNT_SECURITY_CONFIG): Signal[] {
  return [
    ...detectCredentialStuffing(login, history, cfg),
    ...detectFailedLoginsNewDevice(login, history, cfg),
    ...detectFailedThenNewPlace(login, history, cfg),
    ...detectImpossibleTravel(login, history, cfg),
    ...detectNewDevice(login, history),
    ...detectNewCountry(login, history),
    ...detectNetworkKind(login, history),
  ];
}
