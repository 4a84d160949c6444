// What enforcement recorded on an account, as timeline entries (src/store/keyset.ts): actions,
// strikes, the notices the user was sent (subject in the language they got it in), appeals and
// identity verifications. One stream per table, so each pages by its own index.
import type { DbOrTx } from '../store/db.ts';
import { afterCursor, isoMs, type StreamPage, streamOrder, type TimelineEntry } from '../store/keyset.ts';
import type { EnforceConfig } from './config.ts';
import { type NoticeFacts, renderNotice } from './notices/render.ts';
import './tables.ts';

const words = (s: string | null | undefined) => (s ?? '').replace(/_/g, ' ');

export async function accountActionStream(db: DbOrTx, accountId: string, page: StreamPage): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('enforcement_actions')
    .select(['id', 'type', 'feature', 'status', 'policy', 'reason', 'automatic', 'case_id', 'strike_id', 'ends_at', 'created_at'])
    .where('account_id', '=', accountId)
    .where(afterCursor('action', 'created_at', 'id', page.cursor))
    .orderBy(streamOrder('created_at', 'id'))
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({
    at: isoMs(r.created_at),
    stream: 'action',
    key: r.id,
    kind: 'action',
    id: r.id,
    type: r.type,
    summary: `${r.status === 'proposed' ? 'Proposed' : r.automatic ? 'Automatic' : 'Reviewer'} ${words(r.type)}${r.feature ? ` of ${words(r.feature)}` : ''} under ${r.policy}${r.ends_at ? ` until ${isoMs(r.ends_at).slice(0, 10)}` : ''}: ${r.reason}`,
    status: r.status,
    links: { actionId: r.id, ...(r.case_id ? { caseId: r.case_id } : {}), ...(r.strike_id ? { strikeId: r.strike_id } : {}) },
  }));
}

export async function accountStrikeStream(db: DbOrTx, accountId: string, page: StreamPage): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('enforcement_strikes')
    .select(['id', 'policy', 'severity', 'points', 'status', 'case_id', 'decision_id', 'expires_at', 'created_at'])
    .where('account_id', '=', accountId)
    .where(afterCursor('strike', 'created_at', 'id', page.cursor))
    .orderBy(streamOrder('created_at', 'id'))
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({
    at: isoMs(r.created_at),
    stream: 'strike',
    key: r.id,
    kind: 'strike',
    id: r.id,
    type: r.severity,
    summary: `Strike under ${r.policy}: ${r.severity}, ${r.points} point${r.points === 1 ? '' : 's'}, counts until ${isoMs(r.expires_at).slice(0, 10)}`,
    status: r.status,
    links: { strikeId: r.id, ...(r.case_id ? { caseId: r.case_id } : {}), ...(r.decision_id ? { decisionId: r.decision_id } : {}) },
  }));
}

export async function accountNoticeStream(db: DbOrTx, accountId: string, page: StreamPage, cfg: EnforceConfig): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('enforcement_notices')
    .select(['id', 'kind', 'locale', 'facts', 'action_id', 'strike_id', 'appeal_id', 'created_at'])
    .where('account_id', '=', accountId)
    .where(afterCursor('notice', 'created_at', 'id', page.cursor))
    .orderBy(streamOrder('created_at', 'id'))
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({
    at: isoMs(r.created_at),
    stream: 'notice',
    key: r.id,
    kind: 'notice',
    id: r.id,
    type: r.kind,
    // What the user read, in the language they read it in.
    summary: `Notice sent (${r.locale}): ${renderNotice(r.facts as unknown as NoticeFacts, r.locale, cfg).subject}`,
    status: null,
    links: {
      ...(r.action_id ? { actionId: r.action_id } : {}),
      ...(r.strike_id ? { strikeId: r.strike_id } : {}),
      ...(r.appeal_id ? { appealId: r.appeal_id } : {}),
    },
  }));
}

export async function accountAppealStream(db: DbOrTx, accountId: string, page: StreamPage): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('appeals')
    .select(['id', 'status', 'text', 'action_id', 'strike_id', 'case_id', 'decided_at', 'created_at'])
    .where('account_id', '=', accountId)
    .where(afterCursor('appeal', 'created_at', 'id', page.cursor))
    .orderBy(streamOrder('created_at', 'id'))
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({
    at: isoMs(r.created_at),
    stream: 'appeal',
    key: r.id,
    kind: 'appeal',
    id: r.id,
    type: r.action_id ? 'action' : 'strike',
    summary: `Appealed ${r.action_id ? `action ${r.action_id}` : `strike ${r.strike_id}`}${r.status === 'open' ? '' : ` · ${r.status}${r.decided_at ? ` on ${isoMs(r.decided_at).slice(0, 10)}` : ''}`}`,
    status: r.status,
    links: {
      appealId: r.id,
      ...(r.action_id ? { actionId: r.action_id } : {}),
      ...(r.strike_id ? { strikeId: r.strike_id } : {}),
      ...(r.case_id ? { caseId: r.case_id } : {}),
    },
    text: r.text,
  }));
}

export async function accountVerificationStream(db: DbOrTx, accountId: string, page: StreamPage): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('verification_requests')
    .select(['id', 'trigger', 'reason', 'status', 'case_id', 'due_at', 'requested_at'])
    .where('account_id', '=', accountId)
    .where(afterCursor('verification', 'requested_at', 'id', page.cursor))
    .orderBy(streamOrder('requested_at', 'id'))
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({
    at: isoMs(r.requested_at),
    stream: 'verification',
    key: r.id,
    kind: 'verification',
    id: r.id,
    type: r.trigger,
    summary: `Identity verification requested (${words(r.trigger)}), due ${isoMs(r.due_at).slice(0, 10)}: ${r.reason}`,
    status: r.status,
    links: { verificationId: r.id, ...(r.case_id ? { caseId: r.case_id } : {}) },
  }));
}
