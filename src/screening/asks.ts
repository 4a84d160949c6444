// Both sides of a request to move off the platform (issue 14, item 11). Screening knows which
// decisions were such requests and between whom: a reply to one is never penalised (policy/decide.ts),
// its recipient gets guidance in the decision, and a recipient who declines it (a refusing reply,
// or a report of it) earns trust's positive fact (trust/declined-asks.ts).
import { sql } from 'kysely';
import type { Signal } from '../detect/types.ts';
import type { DbOrTx } from '../store/db.ts';

/** The signal types that are a request to move off the platform (to talk, interview or pay elsewhere). */
export const OFF_PLATFORM_ASKS = ['offplatform.solicitation', 'offplatform.interview_outside', 'offplatform.payment_outside'];
/** How long (7 days) a request stays one its recipient may answer or decline. */
export const ASK_WINDOW_MS = 7 * 86_400_000;

export const isAsk = (s: Pick<Signal, 'type'>) => OFF_PLATFORM_ASKS.includes(s.type);

/** The row recentAsk reads (a decision that was such a request). */
export interface AskRow {
  id: string;
  subject_type: string;
  subject_id: string;
  text: string | null;
  signals: unknown;
}

/**
 * The query of recentAsk as one JSON value (the row, or null), for a caller that reads it with
 * other facts in one statement (the screening path's prefetch); recentAskFrom reads the value.
 */
export function recentAskSql(askerId: string, senderId: string, at: Date) {
  return sql<AskRow | null>`(select to_json(a) from (
    select d.id, d.subject_type, d.subject_id, d.context->>'subjectText' as text, d.signals from decisions d
    where d.account_id = ${askerId} and d.counterpart_id = ${senderId} and d.shadow = false
      and d.created_at > ${new Date(at.getTime() - ASK_WINDOW_MS)} and d.created_at <= ${at}
      and exists (select 1 from jsonb_array_elements(d.signals) s where s->>'type' in (${sql.join(OFF_PLATFORM_ASKS)}))
    order by d.created_at desc limit 1) a)`;
}

/** recentAsk's answer from the row recentAskSql read. */
export function recentAskFrom(row: AskRow | null | undefined, askerId: string) {
  if (!row) return undefined;
  const signals = (typeof row.signals === 'string' ? JSON.parse(row.signals) : row.signals) as { type: string; strength: string }[];
  return {
    accountId: askerId,
    decisionId: row.id,
    subject: { type: row.subject_type, id: row.subject_id, ...(row.text ? { text: row.text } : {}) },
    signals: signals.filter(isAsk).map((s) => ({ type: s.type, strength: s.strength })),
  };
}

/** The other party's latest request (in the last 7 days) that this sender move off the platform or share contact. */
export async function recentAsk(db: DbOrTx, askerId: string, senderId: string, at: Date) {
  const r = await sql<{ ask: AskRow | null }>`select ${recentAskSql(askerId, senderId, at)} as ask`.execute(db);
  return recentAskFrom(r.rows[0]?.ask, askerId);
}

/** How many requests `askerId` sent `recipientId` in the 7 days up to `at` (stored decisions; the one being decided not included). */
export async function asksBetween(db: DbOrTx, askerId: string, recipientId: string, at: Date): Promise<number> {
  const r = await sql<{ n: number }>`
    select count(*)::int as n from decisions d
    where d.account_id = ${askerId} and d.counterpart_id = ${recipientId} and d.shadow = false
      and d.created_at > ${new Date(at.getTime() - ASK_WINDOW_MS)} and d.created_at <= ${at}
      and exists (select 1 from jsonb_array_elements(d.signals) s where s->>'type' in (${sql.join(OFF_PLATFORM_ASKS)}))`.execute(db);
  return r.rows[0]?.n ?? 0;
}

/** The decision that found a request to move off the platform in this subject, sent by `askerId` to `recipientId`; undefined when none. */
export async function askDecisionOn(
  db: DbOrTx,
  subject: { type: string; id: string },
  askerId: string,
  recipientId: string,
): Promise<{ id: string } | undefined> {
  const r = await sql<{ id: string }>`
    select d.id from decisions d
    where d.subject_type = ${subject.type} and d.subject_id = ${subject.id}
      and d.account_id = ${askerId} and d.counterpart_id = ${recipientId} and d.shadow = false
      and exists (select 1 from jsonb_array_elements(d.signals) s where s->>'type' in (${sql.join(OFF_PLATFORM_ASKS)}))
    order by d.created_at desc limit 1`.execute(db);
  return r.rows[0];
}

/**
 * How many distinct people `askerId` asked to move off the platform in the `windowDays` days up
 * to `at` (stored decisions, exempt ones included: an exemption does not make an ask vanish),
 * with `current` (this content's recipient when this content is itself an ask) counted too.
 */
export async function askedCounterparts(db: DbOrTx, askerId: string, at: Date, windowDays: number, current?: string): Promise<number> {
  const r = await sql<{ id: string }>`
    select distinct d.counterpart_id as id from decisions d
    where d.account_id = ${askerId} and d.counterpart_id is not null and d.shadow = false
      and d.created_at > ${new Date(at.getTime() - windowDays * 86_400_000)} and d.created_at <= ${at}
      and exists (select 1 from jsonb_array_elements(d.signals) s where s->>'type' in (${sql.join(OFF_PLATFORM_ASKS)}))`.execute(db);
  const ids = new Set(r.rows.map((x) => x.id));
  if (current) ids.add(current);
  return ids.size;
}
