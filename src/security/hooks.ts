// Account security on ingestion: each new user.login is remembered, judged against the
// account's earlier logins (in time, so late events do not confuse it), and, when a detector
// finds something, decided by the policies for accounts (`account-security`) in the same
// transaction, with their cases and verification requests.
import { type AccountSecurityConfig, DEFAULT_ACCOUNT_SECURITY_CONFIG, detectAccountSignals } from '../detect/account/index.ts';
import type { EventOf } from '../events/schemas.ts';
import type { EventHook } from '../events/service.ts';
import { NetworkReputation } from '../network/reputation.ts';
import type { DecisionService } from '../policy/decide.ts';
import type { Tx } from '../store/db.ts';
import { loginsBefore, recordLogin, type StoredLogin } from './store.ts';

/** Enough rows for any real account's 90 days of successes plus a burst of failures. */
const HISTORY_LIMIT = 1000;

export interface SecurityVerdict {
  outcome: string;
  signals: string[];
  decisionId: string;
}

/**
 * The login as detectors see it. `reputation` adds the network's AS, organisation and kind,
 * and the country when the marketplace sent none (the marketplace's country wins: it may know
 * better, e.g. from the device).
 */
export function loginFromEvent(e: EventOf<'user.login'>, reputation: NetworkReputation = NetworkReputation.disabled()): StoredLogin {
  const ip = e.data.ip ?? e.actor.ip ?? null;
  const facts = reputation.lookup(ip);
  const sent = e.data.country?.toUpperCase() ?? null;
  return {
    eventId: e.id,
    accountId: e.actor.id,
    at: new Date(e.occurredAt),
    // A login without the flag is a successful one: marketplaces usually report only those.
    success: e.data.success !== false,
    ip,
    device: e.data.deviceId ?? e.actor.deviceId ?? e.data.userAgent ?? e.actor.userAgent ?? null,
    country: sent ?? facts?.country ?? null,
    network: facts
      ? { asn: facts.asn ?? null, org: facts.org ?? null, kind: facts.kind ?? null, provider: facts.provider ?? null, countryFromIp: !sent && !!facts.country }
      : null,
  };
}

export async function judgeLogin(
  tx: Tx,
  decisions: DecisionService,
  e: EventOf<'user.login'>,
  cfg: AccountSecurityConfig = DEFAULT_ACCOUNT_SECURITY_CONFIG,
  reputation: NetworkReputation = NetworkReputation.disabled(),
): Promise<SecurityVerdict | undefined> {
  const login = loginFromEvent(e, reputation);
  await recordLogin(tx, login);
  const history = await loginsBefore(tx, login, { historyDays: cfg.historyDays, failureWindowMinutes: cfg.stuffingWindowMinutes, limit: HISTORY_LIMIT });
  const signals = detectAccountSignals(login, history, cfg);
  if (signals.length === 0) return undefined;
  const decision = await decisions.decide(tx, {
    subject: { type: 'account', id: login.accountId },
    kind: 'account',
    accountId: login.accountId,
    signals,
    // Facts an analyst may write exemptions on (e.g. a login that passed MFA).
    context: {
      login: {
        success: login.success,
        country: login.country,
        mfa: e.data.mfa ?? null,
        earlierLogins: history.length,
        // Network facts, for exemptions and reviewers; the engine never holds on them alone.
        ...(login.network ? { network: { asn: login.network.asn, org: login.network.org, kind: login.network.kind } } : {}),
      },
    },
    eventId: e.id,
    at: login.at,
  });
  return { outcome: decision.outcome, signals: signals.map((s) => s.type), decisionId: decision.id };
}

export function securityHook(
  decisions: DecisionService,
  reputation: NetworkReputation = NetworkReputation.disabled(),
  cfg: AccountSecurityConfig = DEFAULT_ACCOUNT_SECURITY_CONFIG,
): EventHook {
  return async (tx, e) => {
    if (e.type !== 'user.login') return undefined;
    const security = await judgeLogin(tx, decisions, e, cfg, reputation);
    return security ? { security } : undefined;
  };
}
