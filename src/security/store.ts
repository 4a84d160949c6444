// Login history: written with each user.login event, read back as the detectors' history.
import type { LoginFact } from '../detect/account/index.ts';
import type { Tx } from '../store/db.ts';
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
    .select(['at', 'ip', 'device', 'country', 'success'])
    .where('account_id', '=', login.accountId)
    .where('event_id', '<>', login.eventId)
    .where('at', '<=', login.at)
    .where('at', '>=', historySince)
    .where((eb) => eb.or([eb('success', '=', true), eb('at', '>=', failuresSince)]))
    .orderBy('at', 'desc')
    .limit(opts.limit)
    .execute();
  return rows.map((r) => ({ at: new Date(r.at), ip: r.ip, device: r.device, country: r.country, success: r.success }));
}
