// Finding cases for the console's search: by case id (or its start), the subject's id, the
// account's id, or words of the reason or of the subject's text; open cases first, newest first.
import { sql } from 'kysely';
import { maskReason, maskSubject, subjectSpans } from '../detect/contact/masking.ts';
import type { DbOrTx } from '../store/db.ts';
import { isoMs } from '../store/keyset.ts';
import './tables.ts';

/** Text matches are confirmed on the masked text: at most this many candidates per hit wanted are read. */
const CANDIDATES_PER_HIT = 5;

export interface CaseHit {
  id: string;
  reason: string;
  status: string;
  queue: string;
  source: string;
  priority: number;
  accountId: string;
  subject: { type: string; id: string };
  openedAt: string;
  matched: 'id' | 'subject' | 'account' | 'text';
}

/**
 * `like`: a LIKE pattern `%q%` with q's wildcards escaped; `prefix`: `q%` likewise. Words
 * match the reason and the subject's text as a reviewer reads them, contact details hidden:
 * the database narrows on the stored text, and a candidate stays only when the masked text
 * still holds the query, so a search for a hidden e-mail or a few of a hidden number's digits
 * never tells which case carries it (the audited reveal is the way to contact details).
 */
export async function searchCases(db: DbOrTx, q: string, patterns: { like: string; prefix: string }, limit: number): Promise<CaseHit[]> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'reason', 'status', 'queue', 'source', 'priority', 'account_id', 'subject_type', 'subject_id', 'opened_at', 'subject_text'])
    .where((eb) =>
      eb.or([
        eb('id', 'ilike', patterns.prefix),
        eb('subject_id', '=', q),
        eb('account_id', '=', q),
        eb('reason', 'ilike', patterns.like),
        eb('subject_text', 'ilike', patterns.like),
      ]),
    )
    .orderBy(sql`case when status = 'open' then 0 else 1 end`)
    .orderBy('opened_at', 'desc')
    .orderBy('id')
    .limit(limit * CANDIDATES_PER_HIT)
    .execute();
  const lower = q.toLowerCase();
  const holds = (text: string) => text.toLowerCase().includes(lower);
  const hits = rows.filter(
    (r) =>
      r.id.toLowerCase().startsWith(lower) ||
      r.subject_id === q ||
      r.account_id === q ||
      holds(maskReason(r.reason)) ||
      (r.subject_text !== null && holds(maskSubject(r.subject_text, subjectSpans(r.subject_text, [])).text)),
  );
  return hits.slice(0, limit).map((r) => ({
    id: r.id,
    reason: maskReason(r.reason),
    status: r.status,
    queue: r.queue,
    source: r.source,
    priority: r.priority,
    accountId: r.account_id,
    subject: { type: r.subject_type, id: r.subject_id },
    openedAt: isoMs(r.opened_at),
    matched: r.id.toLowerCase().startsWith(lower) ? 'id' : r.subject_id === q ? 'subject' : r.account_id === q ? 'account' : 'text',
  }));
}

/** The newest case about each of these subjects (subject id → case id). */
export async function casesForSubjects(db: DbOrTx, subjectIds: string[]): Promise<Map<string, string>> {
  if (!subjectIds.length) return new Map();
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'subject_id'])
    .where('subject_id', 'in', [...new Set(subjectIds)])
    .orderBy('opened_at', 'asc')
    .execute();
  return new Map(rows.map((r) => [r.subject_id, r.id]));
}
