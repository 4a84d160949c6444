// Finding accounts and the content they wrote, for the console's search: by id, name, e-mail
// domain, and by words or an identifier (an e-mail address, a phone number in any spacing)
// in what users wrote. Plain ILIKE scans, newest first, bounded by `limit`: meant for a
// reviewer looking something up, not for bulk export.
import { sql } from 'kysely';
import type { DbOrTx } from '../store/db.ts';
import { isoMs } from '../store/keyset.ts';
import { eventText } from './timeline.ts';

/** `%q%` for LIKE with q's own wildcards taken literally (escape character `\`). */
export function containsPattern(q: string): string {
  return `%${likeLiteral(q)}%`;
}

/** q with LIKE's wildcards and escape character taken literally. */
export const likeLiteral = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The digits of a query that reads as a phone number (at least 6 digits, nothing but digits, spaces and + ( ) . -), else null. */
export function phoneDigits(q: string): string | null {
  if (!/^[+\d\s().-]+$/.test(q)) return null;
  const digits = q.replace(/\D/g, '');
  return digits.length >= 6 ? digits : null;
}

export interface AccountHit {
  id: string;
  displayName: string | null;
  role: string | null;
  country: string | null;
  /** Which field matched: id, name or emailDomain. */
  matched: 'id' | 'name' | 'emailDomain';
}

export async function searchAccounts(db: DbOrTx, q: string, limit: number): Promise<AccountHit[]> {
  const like = containsPattern(q);
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'display_name', 'role', 'country', 'email_domain'])
    .where((eb) => eb.or([eb('id', 'ilike', like), eb('display_name', 'ilike', like), eb('email_domain', '=', q.toLowerCase().replace(/^.*@/, ''))]))
    // Exact ids first, then ids and names that start with the query, then the rest.
    .orderBy(
      sql`case when lower(id) = lower(${q}) then 0 when id ilike ${`${likeLiteral(q)}%`} or display_name ilike ${`${likeLiteral(q)}%`} then 1 else 2 end`,
    )
    .orderBy('id')
    .limit(limit)
    .execute();
  const lower = q.toLowerCase();
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    role: r.role,
    country: r.country,
    matched: r.id.toLowerCase().includes(lower) ? 'id' : (r.display_name ?? '').toLowerCase().includes(lower) ? 'name' : 'emailDomain',
  }));
}

export interface ContentHit {
  eventId: string;
  type: string;
  accountId: string;
  at: string;
  /** The id of what was written (message, proposal, job), which a case about it names as its subject. */
  subjectId: string;
  /** The user's words as written; whoever shows them to a reviewer hides the contact details. */
  text: string;
}

const TEXT_SQL = sql<string>`concat_ws(' ', payload->'data'->>'text', payload->'data'->>'title', payload->'data'->>'description', payload->'data'->>'coverLetter')`;

export async function searchContent(db: DbOrTx, q: string, limit: number): Promise<ContentHit[]> {
  const digits = phoneDigits(q);
  const rows = await db
    .selectFrom('events')
    .select(['id', 'type', 'actor_id', 'occurred_at', 'payload'])
    .where('type', '<>', 'user.login')
    .where((eb) =>
      eb.or([
        eb('id', '=', q),
        eb(TEXT_SQL, 'ilike', containsPattern(q)),
        ...(digits ? [eb(sql`regexp_replace(${TEXT_SQL}, '[^0-9]', '', 'g')`, 'like', `%${digits}%`)] : []),
      ]),
    )
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.flatMap((r) => {
    const data = ((r.payload as { data?: Record<string, unknown> })?.data ?? {}) as Record<string, unknown>;
    const text = eventText(data);
    if (text === undefined) return [];
    const subject = [data.messageId, data.proposalId, data.jobId, data.inviteId].find((v) => typeof v === 'string');
    return [{ eventId: r.id, type: r.type, accountId: r.actor_id, at: isoMs(r.occurred_at), subjectId: (subject as string | undefined) ?? r.id, text }];
  });
}
