// Search across accounts, cases and content: an id, a name, words someone wrote, or an
// identifier (an e-mail address, a phone number however it is spaced). The query lives in
// the URL, so a search can be shared; what users wrote comes back with contact details hidden.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { query } from '../api/client.ts';
import { useResource } from '../api/hooks.ts';
import { Card, Chip, Empty, ErrorState, Loading, StatusChip } from '../components/ui.tsx';
import { formatDateTime, humanize, shortId } from '../lib/format.ts';
import { Link, useRouter } from '../lib/router.tsx';
import { displayReason } from '../models/cases.ts';
import type { SearchResults } from '../models/search.ts';

export function SearchPage() {
  const { loc, navigate } = useRouter();
  const q = (loc.search.get('q') ?? '').trim();
  const [text, setText] = useState(q);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setText(q), [q]);
  useEffect(() => input.current?.focus(), []);
  const r = useResource<SearchResults>(q.length >= 2 ? `/v1/search${query({ q, limit: 20 })}` : null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/search${query({ q: text.trim() })}`, { replace: true });
  };
  const d = r.data;
  const none = d && !d.accounts.length && !d.cases.length && !d.content.length;
  return (
    <div className="page">
      <header className="page-head">
        <div>
          <h1>Search</h1>
          <p className="lead">Accounts, cases and content by id, name, words, or an identifier such as an e-mail address or a phone number.</p>
        </div>
      </header>
      <form className="search-form" onSubmit={submit}>
        <input
          ref={input}
          type="search"
          aria-label="Search"
          placeholder="fl-42, Ana Lima, whatsapp, +44 7911 123456, jane@…"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="btn btn-primary" disabled={text.trim().length < 2}>
          Search
        </button>
      </form>
      {q.length === 1 && <p className="small muted">Type at least two characters.</p>}
      {r.error && <ErrorState error={r.error} onRetry={r.reload} />}
      {r.loading && !d && <Loading label="Searching…" />}
      {none && (
        <Empty title={`Nothing matches “${q}”`} icon="⌕">
          Try an account id, part of a name, a word from a message, or an e-mail address.
        </Empty>
      )}
      {d && !none && (
        <div className="search-results" data-testid="search-results">
          {d.accounts.length > 0 && (
            <Card title={`Accounts (${d.accounts.length})`}>
              <ul className="result-list" data-testid="result-accounts">
                {d.accounts.map((a) => (
                  <li key={a.id}>
                    <Link to={`/accounts/${encodeURIComponent(a.id)}`}>
                      <strong>{a.displayName ?? a.id}</strong>
                    </Link>{' '}
                    <span className="muted small">
                      {a.id}
                      {a.role ? ` · ${a.role}` : ''}
                      {a.country ? ` · ${a.country}` : ''} · matched {a.matched === 'emailDomain' ? 'e-mail domain' : a.matched}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {d.cases.length > 0 && (
            <Card title={`Cases (${d.cases.length})`}>
              <ul className="result-list" data-testid="result-cases">
                {d.cases.map((c) => (
                  <li key={c.id}>
                    <Link to={`/cases/${encodeURIComponent(c.id)}`}>{displayReason(c.reason)}</Link> <StatusChip status={c.status} />{' '}
                    <span className="muted small">
                      #{shortId(c.id)} · {humanize(c.queue)} · {humanize(c.subject.type)} of{' '}
                      <Link to={`/accounts/${encodeURIComponent(c.accountId)}`}>{c.accountId}</Link> · {formatDateTime(c.openedAt)}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          )}
          {d.content.length > 0 && (
            <Card title={`Content (${d.content.length})`}>
              <ul className="result-list" data-testid="result-content">
                {d.content.map((c) => (
                  <li key={c.eventId}>
                    <blockquote className="result-quote">{c.excerpt}</blockquote>
                    <span className="muted small">
                      {humanize(c.type.replace('.', ' '))} by <Link to={`/accounts/${encodeURIComponent(c.accountId)}`}>{c.accountId}</Link> ·{' '}
                      {formatDateTime(c.at)}
                      {c.caseId && (
                        <>
                          {' '}
                          · <Link to={`/cases/${encodeURIComponent(c.caseId)}`}>case #{shortId(c.caseId)}</Link>
                        </>
                      )}
                    </span>{' '}
                    {!c.caseId && <Chip>no case</Chip>}
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      )}
    </div>
  );
}
