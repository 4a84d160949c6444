// The account's cases as timeline entries (src/store/keyset.ts), at the time each was opened,
// with its current status and how it ended.

import { maskReason } from '../detect/contact/masking.ts';
import type { DbOrTx } from '../store/db.ts';
import { afterCursor, isoMs, type StreamPage, streamOrder, type TimelineEntry } from '../store/keyset.ts';
import './tables.ts';

export async function accountCaseStream(db: DbOrTx, accountId: string, page: StreamPage): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'source', 'queue', 'status', 'reason', 'resolution', 'action_type', 'action_id', 'resolved_at', 'opened_at', 'appeal_id'])
    .where('account_id', '=', accountId)
    .where(afterCursor('case', 'opened_at', 'id', page.cursor))
    .orderBy(streamOrder('opened_at', 'id'))
    .limit(page.limit)
    .execute();
  return rows.map((r) => {
    const ended =
      r.status === 'resolved'
        ? ` · resolved ${r.resolution === 'action' ? `with ${(r.action_type ?? 'an action').replace(/_/g, ' ')}` : 'as dismissed'} on ${isoMs(r.resolved_at ?? r.opened_at).slice(0, 10)}`
        : '';
    return {
      at: isoMs(r.opened_at),
      stream: 'case',
      key: r.id,
      kind: 'case',
      id: r.id,
      type: r.source,
      summary: `${r.source === 'appeal' ? 'Appeal case' : r.source === 'report' ? 'Report case' : 'Case'} in ${r.queue}: ${maskReason(r.reason)}${ended}`,
      status: r.status === 'resolved' ? (r.resolution ?? 'resolved') : 'open',
      links: { caseId: r.id, ...(r.action_id ? { actionId: r.action_id } : {}), ...(r.appeal_id ? { appealId: r.appeal_id } : {}) },
    };
  });
}
