// The account's decisions (live, not shadow) as timeline entries (src/store/keyset.ts): the
// outcome, the policies that matched and the signal types behind it.
import type { DbOrTx } from '../store/db.ts';
import { afterCursor, isoMs, type StreamPage, streamOrder, type TimelineEntry } from '../store/keyset.ts';

export async function accountDecisionStream(db: DbOrTx, accountId: string, page: StreamPage): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('decisions')
    .select(['id', 'event_id', 'subject_type', 'subject_id', 'outcome', 'policy_versions', 'signals', 'created_at'])
    .where('account_id', '=', accountId)
    .where('shadow', '=', false)
    .where(afterCursor('decision', 'created_at', 'id', page.cursor))
    .orderBy(streamOrder('created_at', 'id'))
    .limit(page.limit)
    .execute();
  return rows.map((r) => {
    const matched = (Array.isArray(r.policy_versions) ? r.policy_versions : [])
      .filter((p): p is { name: string; matched: unknown[] } => !!p && typeof p === 'object' && Array.isArray((p as { matched?: unknown }).matched))
      .filter((p) => p.matched.length > 0)
      .map((p) => p.name);
    const signals = [
      ...new Set((Array.isArray(r.signals) ? r.signals : []).map((s) => (s as { type?: unknown })?.type).filter((t): t is string => typeof t === 'string')),
    ];
    return {
      at: isoMs(r.created_at),
      stream: 'decision',
      key: r.id,
      kind: 'decision',
      id: r.id,
      type: r.outcome,
      summary: `${r.outcome} on ${r.subject_type} ${r.subject_id}${matched.length ? ` by ${matched.join(', ')}` : ''}${signals.length ? ` (${signals.slice(0, 4).join(', ')}${signals.length > 4 ? ', …' : ''})` : ''}`,
      status: r.outcome,
      links: { decisionId: r.id, ...(r.event_id ? { eventId: r.event_id } : {}) },
    };
  });
}
