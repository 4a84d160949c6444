// An account's timeline for reviewers: what it did (events, logins), what Warden decided, the
// cases about it, and what enforcement did and told it (actions, strikes, notices, appeals,
// verifications), merged newest first into keyset pages (src/store/keyset.ts). Each capability
// reads its own tables; this only merges. The user's own words are shown with contact details
// hidden, as everywhere in the console (the original is read through a case's audited reveal).
import { notFoundError } from '../app/errors.ts';
import { accountCaseStream } from '../cases/timeline.ts';
import { maskSubject, subjectSpans } from '../detect/contact/masking.ts';
import type { EnforceConfig } from '../enforce/config.ts';
import { accountActionStream, accountAppealStream, accountNoticeStream, accountStrikeStream, accountVerificationStream } from '../enforce/timeline.ts';
import { accountEventStream } from '../events/timeline.ts';
import { accountDecisionStream } from '../policy/timeline.ts';
import { accountLoginStream } from '../security/timeline.ts';
import type { DbOrTx } from '../store/db.ts';
import { decodeCursor, mergeStreams, type StreamPage, type TimelineEntry } from '../store/keyset.ts';

export const TIMELINE_KINDS = ['event', 'decision', 'case', 'action', 'strike', 'notice', 'appeal', 'verification', 'login'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** The longest quote of the user's words an entry carries (characters); the case or event has the rest. */
export const TIMELINE_TEXT_MAX = 280;

export interface TimelinePage {
  accountId: string;
  entries: (Omit<TimelineEntry, 'stream' | 'key' | 'text'> & { text: string | null })[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** Hides the contact details of the user's words and shortens them at a word. */
export function maskedExcerpt(text: string, max = TIMELINE_TEXT_MAX): string {
  const masked = maskSubject(text, subjectSpans(text, [])).text;
  if (masked.length <= max) return masked;
  const cut = masked.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), Math.floor(max * 0.6))).trimEnd()}…`;
}

/**
 * A page of the account's timeline, newest first: `limit` entries (1–200) after `cursor`, of
 * the `kinds` asked for (all by default). 404 when Warden has no record of the account at all
 * (no events and no case); 400 naming `query:cursor` for a cursor it did not give out.
 */
export async function accountTimeline(
  db: DbOrTx,
  accountId: string,
  q: { cursor?: string; limit?: number; kinds?: readonly TimelineKind[] },
  cfg: EnforceConfig,
): Promise<TimelinePage> {
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 200);
  const page: StreamPage = { cursor: q.cursor ? decodeCursor(q.cursor) : null, limit: limit + 1 };
  const known =
    (await db.selectFrom('accounts').select('id').where('id', '=', accountId).executeTakeFirst()) ??
    (await db.selectFrom('cases').select('id').where('account_id', '=', accountId).limit(1).executeTakeFirst());
  if (!known) throw notFoundError('account', accountId);
  const wanted = new Set<TimelineKind>(q.kinds?.length ? q.kinds : TIMELINE_KINDS);
  const readers: Record<TimelineKind, () => Promise<TimelineEntry[]>> = {
    event: () => accountEventStream(db, accountId, page),
    decision: () => accountDecisionStream(db, accountId, page),
    case: () => accountCaseStream(db, accountId, page),
    action: () => accountActionStream(db, accountId, page),
    strike: () => accountStrikeStream(db, accountId, page),
    notice: () => accountNoticeStream(db, accountId, page, cfg),
    appeal: () => accountAppealStream(db, accountId, page),
    verification: () => accountVerificationStream(db, accountId, page),
    login: () => accountLoginStream(db, accountId, page),
  };
  // One after another: a pg pool or PGlite serves one query per connection anyway, and the
  // streams are small index range scans.
  const streams: TimelineEntry[][] = [];
  for (const kind of TIMELINE_KINDS) if (wanted.has(kind)) streams.push(await readers[kind]());
  const { entries, nextCursor } = mergeStreams(streams, limit);
  return {
    accountId,
    entries: entries.map(({ stream: _s, key: _k, text, ...e }) => ({ ...e, text: text ? maskedExcerpt(text) : null })),
    nextCursor,
  };
}
