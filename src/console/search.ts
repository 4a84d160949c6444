// The console's search: accounts, cases and content in one answer, each list bounded. What
// users wrote comes back as an excerpt around the match with contact details hidden, so a
// search for an e-mail address finds the messages that carry it without showing it.

import { type CaseHit, casesForSubjects, searchCases } from '../cases/search.ts';
import { maskSubject, subjectSpans } from '../detect/contact/masking.ts';
import { type AccountHit, containsPattern, likeLiteral, searchAccounts, searchContent } from '../events/search.ts';
import type { DbOrTx } from '../store/db.ts';

export const SEARCH_KINDS = ['account', 'case', 'content'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface ContentResult {
  eventId: string;
  type: string;
  accountId: string;
  at: string;
  subjectId: string;
  /** The newest case about this content, when there is one. */
  caseId: string | null;
  /** An excerpt around the match, contact details hidden. */
  excerpt: string;
}

export interface SearchResults {
  q: string;
  accounts: AccountHit[];
  cases: CaseHit[];
  content: ContentResult[];
}

const EXCERPT = 240;

/** Up to EXCERPT characters of the masked text around the first place it shows the query. */
export function excerptAround(text: string, q: string): string {
  const masked = maskSubject(text, subjectSpans(text, [])).text;
  if (masked.length <= EXCERPT) return masked;
  const at = masked.toLowerCase().indexOf(q.toLowerCase());
  const start = at < 0 ? 0 : Math.max(0, at - 60);
  const end = Math.min(masked.length, start + EXCERPT);
  return `${start > 0 ? '…' : ''}${masked.slice(start, end).trim()}${end < masked.length ? '…' : ''}`;
}

export async function search(db: DbOrTx, input: { q: string; kinds?: readonly SearchKind[]; limit?: number }): Promise<SearchResults> {
  const q = input.q.trim();
  const limit = Math.min(Math.max(input.limit ?? 10, 1), 50);
  const kinds = new Set<SearchKind>(input.kinds?.length ? input.kinds : SEARCH_KINDS);
  const accounts = kinds.has('account') ? await searchAccounts(db, q, limit) : [];
  const cases = kinds.has('case') ? await searchCases(db, q, { like: containsPattern(q), prefix: `${likeLiteral(q)}%` }, limit) : [];
  const hits = kinds.has('content') ? await searchContent(db, q, limit) : [];
  const caseOf = await casesForSubjects(
    db,
    hits.map((h) => h.subjectId),
  );
  return {
    q,
    accounts,
    cases,
    content: hits.map((h) => ({
      eventId: h.eventId,
      type: h.type,
      accountId: h.accountId,
      at: h.at,
      subjectId: h.subjectId,
      caseId: caseOf.get(h.subjectId) ?? null,
      excerpt: excerptAround(h.text, q),
    })),
  };
}
