import type { Signal } from '../types.ts';
import { type AccountSecurityConfig, DEFAULT_ACCOUNT_SECURITY_CONFIG, type LoginFact, priorLogins } from './login.ts';

/**
 * Many failed logins in a short window. Medium while it goes on (reported each time the count
 * reaches another multiple of the threshold, so a long burst is one finding per step, not one
 * per attempt); strong when a success follows the burst: someone may have got in.
 */
export function detectCredentialStuffing(
  login: LoginFact,
  history: readonly LoginFact[],
  cfg: AccountSecurityConfig = DEFAULT_ACCOUNT_SECURITY_CONFIG,
): Signal[] {
  const since = login.at.getTime() - cfg.stuffingWindowMinutes * 60_000;
  const recent = priorLogins(login, history).filter((h) => h.at.getTime() >= since);
  const evidence = (failures: number) => ({ failures, windowMinutes: cfg.stuffingWindowMinutes });
  if (login.success) {
    // Only the failures since the last success: the burst that this success ends.
    const lastSuccess = recent.findIndex((h) => h.success);
    const failures = (lastSuccess === -1 ? recent : recent.slice(0, lastSuccess)).length;
    if (failures < cfg.stuffingMinFailures) return [];
    return [{ type: 'account.credential_stuffing', strength: 'strong', score: 0.9, evidence: { ...evidence(failures), followedBySuccess: true } }];
  }
  const failures = recent.filter((h) => !h.success).length + 1;
  if (failures < cfg.stuffingMinFailures || failures % cfg.stuffingMinFailures !== 0) return [];
  return [{ type: 'account.credential_stuffing', strength: 'medium', score: 0.6, evidence: { ...evidence(failures), followedBySuccess: false } }];
}
