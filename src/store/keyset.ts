// Keyset pages over several time-ordered streams merged into one (an account's timeline):
// every stream orders by (time, key) descending, the merged page by (time, stream, key)
// descending, and a cursor names the last entry given. Each stream then asks only for what
// sorts after the cursor, so pages neither repeat nor skip entries when several share a
// timestamp, however the streams interleave. Times compare at millisecond precision, the
// precision a cursor (and a JavaScript Date) carries.
import { type RawBuilder, sql } from 'kysely';
import { validationError } from '../app/errors.ts';

export interface StreamCursor {
  /** ISO 8601 time of the last entry given (milliseconds). */
  at: string;
  /** Its stream's name. */
  stream: string;
  /** Its key inside the stream (the row id). */
  key: string;
}

export function encodeCursor(c: StreamCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.stream, c.key]), 'utf8').toString('base64url');
}

/** Reads a cursor from a query string; a damaged one is a 400 naming the parameter. */
export function decodeCursor(raw: string, param = 'query:cursor'): StreamCursor {
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string') && !Number.isNaN(Date.parse(v[0])))
      return { at: new Date(v[0]).toISOString(), stream: v[1], key: v[2] };
  } catch {}
  throw validationError(param, 'is not a cursor this API gave out (use nextCursor from the previous page)');
}

/**
 * The condition "this stream's row sorts after the cursor" for a stream named `stream` whose
 * rows have the time column `atColumn` and the key column `keyColumn` (text). No cursor: true.
 */
export function afterCursor(stream: string, atColumn: string, keyColumn: string, cursor: StreamCursor | null): RawBuilder<boolean> {
  if (!cursor) return sql<boolean>`true`;
  const at = sql`date_trunc('milliseconds', ${sql.ref(atColumn)})`;
  const t = new Date(cursor.at);
  if (stream < cursor.stream) return sql<boolean>`${at} <= ${t}`;
  if (stream > cursor.stream) return sql<boolean>`${at} < ${t}`;
  return sql<boolean>`(${at} < ${t} or (${at} = ${t} and ${sql.ref(keyColumn)} collate "C" < ${cursor.key}))`;
}

/** The ORDER BY of a stream: time then key, descending, as `afterCursor` expects. */
export function streamOrder(atColumn: string, keyColumn: string): RawBuilder<unknown> {
  return sql`date_trunc('milliseconds', ${sql.ref(atColumn)}) desc, ${sql.ref(keyColumn)} collate "C" desc`;
}

export interface StreamEntry {
  at: string;
  stream: string;
  key: string;
}

/**
 * Merges streams (each already in its own order, each holding at least `limit` + 1 entries
 * when it has that many) into one page of `limit`, with the cursor of the next page (null on
 * the last). Entries of one stream keep the order the database gave them.
 */
export function mergeStreams<E extends StreamEntry>(streams: E[][], limit: number): { entries: E[]; nextCursor: string | null } {
  const heads = streams.map(() => 0);
  const out: E[] = [];
  while (out.length < limit + 1) {
    let best = -1;
    for (let i = 0; i < streams.length; i++) {
      const e = streams[i][heads[i]];
      if (!e) continue;
      const b = best < 0 ? undefined : streams[best][heads[best]];
      if (!b || e.at > b.at || (e.at === b.at && e.stream > b.stream)) best = i;
    }
    if (best < 0) break;
    out.push(streams[best][heads[best]++]);
  }
  const more = out.length > limit;
  const entries = out.slice(0, limit);
  const last = entries[entries.length - 1];
  return { entries, nextCursor: more && last ? encodeCursor({ at: last.at, stream: last.stream, key: last.key }) : null };
}

/**
 * One entry of an account's timeline, as each capability reports its own records: `kind` is
 * also the stream name. `text` is the user's own content when the record has some, as
 * written: whoever shows it to a reviewer masks its contact details first.
 */
export interface TimelineEntry extends StreamEntry {
  kind: 'event' | 'decision' | 'case' | 'action' | 'strike' | 'notice' | 'appeal' | 'verification' | 'login';
  id: string;
  /** What sort of record within the kind: an event type, an outcome, an action type, a notice kind … */
  type: string;
  summary: string;
  status: string | null;
  /** Records this one points at, by id: caseId, decisionId, actionId, strikeId, appealId, eventId, counterpartId. */
  links: Record<string, string>;
  text?: string;
}

export interface StreamPage {
  cursor: StreamCursor | null;
  /** How many rows to read: the page size plus one, so the merge knows whether more follow. */
  limit: number;
}

export const isoMs = (d: Date | string) => new Date(d).toISOString();
