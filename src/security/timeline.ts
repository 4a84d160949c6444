// The account's logins as timeline entries (src/store/keyset.ts): when, from where, and whether they succeeded.

import type { DbOrTx } from '../store/db.ts';
import { afterCursor, isoMs, type StreamPage, streamOrder, type TimelineEntry } from '../store/keyset.ts';
import './tables.ts';

export async function accountLoginStream(db: DbOrTx, accountId: string, page: StreamPage): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('login_history')
    .select(['event_id', 'at', 'ip', 'device', 'country', 'success', 'asn', 'network_org', 'network_kind', 'country_source'])
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
    summary: `${r.success ? 'Signed in' : 'Failed sign-in'}${r.country ? ` from ${r.country}${r.country_source === 'ip' ? ' (by IP)' : ''}` : ''}${r.ip ? ` · ${r.ip}` : ''}${networkSummary(r)}${r.device ? ` · device ${r.device}` : ''}`,
    status: r.success ? 'success' : 'failure',
    links: { eventId: r.event_id },
  }));
}

/** "AS24940 Hetzner Online GmbH (hosting)": the network a reviewer reads next to the address. */
function networkSummary(r: { asn: string | null; network_org: string | null; network_kind: string | null }): string {
  if (r.asn === null && !r.network_kind) return '';
  const as = r.asn !== null ? `AS${r.asn}${r.network_org ? ` ${r.network_org}` : ''}` : (r.network_org ?? '');
  return ` · ${as}${r.network_kind ? ` (${r.network_kind})` : ''}`;
}
