// The account's logins as timeline entries (src/store/keyset.ts): when, from where, and whether they succeeded.

import type { DbOrTx } from '../store/db.ts';
import { afterCursor, isoMs, type StreamPage, streamOrder, type TimelineEntry } from '../store/keyset.ts';
import './tables.ts';

export async function accountLoginStream(db: DbOrTx, accountId: string, page: StreamPage): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('login_history')
    .select(['event_id', 'at', 'ip', 'device', 'country', 'success'])
    .where('account_id', '=', accountId)
    .where(afterCursor('login', 'at', 'event_id', page.cursor))
    .orderBy(streamOrder('at', 'event_id'))
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({
    at: isoMs(r.at),
    stream: 'login',
    key: r.event_id,
    kind: 'login',
    id: r.event_id,
    type: r.success ? 'success' : 'failure',
    summary: `${r.success ? 'Signed in' : 'Failed sign-in'}${r.country ? ` from ${r.country}` : ''}${r.ip ? ` · ${r.ip}` : ''}${r.device ? ` · device ${r.device}` : ''}`,
    status: r.success ? 'success' : 'failure',
    links: { eventId: r.event_id },
  }));
}
