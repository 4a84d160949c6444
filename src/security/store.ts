// Login history: written with each user.login event, read back as the detectors' history.
import type { LoginFact } from '../detect/account/index.ts';
import type { DbOrTx, Tx } from '../store/db.ts';
import './tables.ts';

export interface StoredLogin extends LoginFact {
  eventId: string;
  accountId: string;
}

export async function recordLogin(tx: Tx, login: StoredLogin): Promise<void> {
  await tx
    .insertInto('login_history')
    .values({
      event_id: login.eventId,
      account_id: login.accountId,
      at: login.at,
      ip: login.ip ?? null,
      device: login.device ?? null,
      country: login.country ?? null,
      success: login.success,
      asn: login.network?.asn ?? null,
      network_org: login.network?.org ?? null,
      network_kind: login.network?.kind ?? null,
      country_source: login.country ? (login.network?.countryFromIp ? 'ip' : 'event') : null,
    })
    .execute();
}

/**
 * The logins before `login` in time that a detector can use: successes over the history
 * window (for devices, countries, travel) and failures over the stuffing window only. Bounded,
 * so an account under a flood of attempts costs the same as any other.
 */
export async function loginsBefore(
  tx: Tx,
  login: StoredLogin,
  opts: { historyDays: number; failureWindowMinutes: number; limit: number },
): Promise<LoginFact[]> {
  const historySince = new Date(login.at.getTime() - opts.historyDays * 86_400_000);
  const failuresSince = new Date(login.at.getTime() - opts.failureWindowMinutes * 60_000);
  const rows = await tx
    .selectFrom('login_history')
    .select(['at', 'ip', 'device', 'country', 'success', 'asn', 'network_org', 'network_kind', 'country_source'])
    .where('account_id', '=', login.accountId)
    .where('event_id', '<>', login.eventId)
    .where('at', '<=', login.at)
    .where('at', '>=', historySince)
    .where((eb) => eb.or([eb('success', '=', true), eb('at', '>=', failuresSince)]))
    .orderBy('at', 'desc')
    .limit(opts.limit)
    .execute();
  return rows.map(toLoginFact);
}

function toLoginFact(r: {
  at: Date | string;
  ip: string | null;
  device: string | null;
  country: string | null;
  success: boolean;
  asn: string | null;
  network_org: string | null;
  network_kind: string | null;
  country_source: string | null;
}): LoginFact {
  return {
    at: new Date(r.at),
    ip: r.ip,
    device: r.device,
    country: r.country,
    success: r.success,
    network:
      r.asn !== null || r.network_kind !== null
        ? { asn: r.asn === null ? null : Number(r.asn), org: r.network_org, kind: r.network_kind, countryFromIp: r.country_source === 'ip' }
        : null,
  };
}

/**
 * An account's successful logins at or before `until`, newest first, over `days` (at most
 * `limit`): what payment risk reads to say which network a payout's session came from.
 */
export async function successfulLoginsUntil(db: DbOrTx, accountId: string, until: Date, days: number, limit: number): Promise<LoginFact[]> {
  const rows = await db
    .selectFrom('login_history')
    .select(['at', 'ip', 'device', 'country', 'success', 'asn', 'network_org', 'network_kind', 'country_source'])
    .where('account_id', '=', accountId)
    .where('success', '=', true)
    .where('at', '<=', until)
    .where('at', '>=', new Date(until.getTime() - days * 86_400_000))
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toLoginFact);
}
