// The events an account sent, as entries of its timeline (src/store/keyset.ts). Logins are
// left to security's login history, which knows whether they succeeded.

import type { DbOrTx } from '../store/db.ts';
import { afterCursor, isoMs, type StreamPage, streamOrder, type TimelineEntry } from '../store/keyset.ts';

/** The fields of an event's data that hold what the user wrote. */
const TEXT_FIELDS = ['text', 'description', 'title', 'coverLetter'] as const;

/** The user's own words in an event's data (the first text field it has), or undefined. */
export function eventText(data: Record<string, unknown>): string | undefined {
  for (const f of TEXT_FIELDS) if (typeof data[f] === 'string' && data[f]) return data[f] as string;
  return undefined;
}

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

function summarize(type: string, d: Record<string, unknown>): { summary: string; links: Record<string, string> } {
  const links: Record<string, string> = {};
  const counterpart = str(d.recipientId) ?? str(d.freelancerId) ?? str(d.toId) ?? str(d.clientId);
  if (counterpart) links.counterpartId = counterpart;
  const cents = typeof d.amountCents === 'number' ? ` (${(d.amountCents / 100).toFixed(2)} USD)` : '';
  switch (type) {
    case 'message.sent':
      return { summary: `Message to ${d.recipientId ?? 'someone'}`, links };
    case 'proposal.submitted':
      return { summary: `Proposal on job ${d.jobId ?? '?'}`, links };
    case 'job.posted':
      return { summary: `Job posted: ${str(d.title) ?? d.jobId ?? ''}`.trim(), links };
    case 'invite.sent':
      return { summary: `Invited ${d.freelancerId ?? 'a freelancer'} to job ${d.jobId ?? '?'}`, links };
    case 'contract.started':
      return { summary: `Contract ${d.contractId ?? ''} started${cents}`, links };
    case 'contract.ended':
      return { summary: `Contract ${d.contractId ?? ''} ended${str(d.reason) ? `: ${d.reason}` : ''}`, links };
    case 'feedback.left':
      return { summary: `Feedback to ${d.toId ?? '?'}${typeof d.stars === 'number' ? `: ${d.stars}★` : ''}`, links };
    default:
      return { summary: `${type}${cents}`, links };
  }
}

/** The account's events, newest first, after the cursor (stream "event"). */
export async function accountEventStream(db: DbOrTx, accountId: string, page: StreamPage): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('events')
    .select(['id', 'type', 'occurred_at', 'payload'])
    .where('actor_id', '=', accountId)
    .where('type', '<>', 'user.login')
    .where(afterCursor('event', 'occurred_at', 'id', page.cursor))
    .orderBy(streamOrder('occurred_at', 'id'))
    .limit(page.limit)
    .execute();
  return rows.map((r) => {
    const data = ((r.payload as { data?: Record<string, unknown> })?.data ?? {}) as Record<string, unknown>;
    const { summary, links } = summarize(r.type, data);
    return {
      at: isoMs(r.occurred_at),
      stream: 'event',
      key: r.id,
      kind: 'event',
      id: r.id,
      type: r.type,
      summary,
      status: null,
      links,
      text: eventText(data),
    };
  });
}
