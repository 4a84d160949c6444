// One account outside any case: who it is and where it stands, the accounts it is linked to,
// and everything on its timeline — what it did, what Warden decided, the cases, actions,
// notices and appeals — newest first, a page at a time.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, get, query } from '../api/client.ts';
import { AccountOverview, useAccountResources } from '../components/account-overview.tsx';
import { LinkedAccountsCard } from '../components/linked-graph.tsx';
import { Card, Empty, ErrorState, Loading, StatusChip } from '../components/ui.tsx';
import { formatDate, humanize } from '../lib/format.ts';
import { Link, useRouter } from '../lib/router.tsx';
import { byDay, entryLink, TIMELINE_KIND_LABELS, type TimelineEntry, type TimelinePage } from '../models/timeline.ts';

export function AccountPage({ id }: { id: string }) {
  const r = useAccountResources(id);
  const notFound = r.account.error?.status === 404;
  const name = r.account.data?.displayName;
  return (
    <div className="page page-account">
      <nav className="crumbs">
        <Link to="/search">← Search</Link>
        <span className="muted small">Account {id}</span>
      </nav>
      <header className="page-head">
        <div>
          <h1 data-testid="account-title">{name ?? id}</h1>
          <p className="lead">{notFound ? 'Warden has no events from this account.' : 'Everything Warden knows and did about this account.'}</p>
        </div>
      </header>
      <div className="case-grid">
        <div className="case-main">
          <TimelineCard accountId={id} />
        </div>
        <aside className="case-side">
          <Card title="Account" className="account-card">
            <AccountOverview accountId={id} r={r} full />
          </Card>
          <LinkedAccountsCard accountId={id} />
        </aside>
      </div>
    </div>
  );
}

const PAGE = 40;

function TimelineCard({ accountId }: { accountId: string }) {
  const { loc, navigate } = useRouter();
  const kind = loc.search.get('kind') ?? '';
  const [pages, setPages] = useState<TimelinePage[]>([]);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);
  const load = useCallback(
    async (cursor: string | null) => {
      setLoading(true);
      setError(undefined);
      try {
        const p = await get<TimelinePage>(
          `/v1/accounts/${encodeURIComponent(accountId)}/timeline${query({ limit: PAGE, cursor: cursor ?? undefined, kinds: kind || undefined })}`,
        );
        setPages((prev) => (cursor ? [...prev, p] : [p]));
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError({ title: 'Unexpected error', status: 0, detail: String(e) }));
      } finally {
        setLoading(false);
      }
    },
    [accountId, kind],
  );
  useEffect(() => {
    setPages([]);
    void load(null);
  }, [load]);
  const entries = pages.flatMap((p) => p.entries);
  const next = pages[pages.length - 1]?.nextCursor ?? null;
  const setKind = (k: string) => navigate(`/accounts/${encodeURIComponent(accountId)}${k ? `?kind=${k}` : ''}`, { replace: true });
  return (
    <Card
      title="Timeline"
      actions={
        <select aria-label="Show" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">Everything</option>
          {Object.entries(TIMELINE_KIND_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      }
    >
      {error && <ErrorState error={error} onRetry={() => load(null)} />}
      {!error && pages.length === 0 && <Loading label="Loading the timeline…" />}
      {pages.length > 0 && entries.length === 0 && <Empty title="Nothing here yet" icon="◷" />}
      <div className="account-timeline" data-testid="timeline">
        {byDay(entries).map((d) => (
          <section key={d.day}>
            <h3 className="tl-day">{formatDate(d.day)}</h3>
            <ol className="timeline">
              {d.entries.map((e) => (
                <TimelineItem key={`${e.kind}:${e.id}`} e={e} />
              ))}
            </ol>
          </section>
        ))}
      </div>
      {next && (
        <button type="button" className="btn btn-ghost" disabled={loading} onClick={() => load(next)}>
          {loading ? 'Loading…' : 'Older entries'}
        </button>
      )}
    </Card>
  );
}

function TimelineItem({ e }: { e: TimelineEntry }) {
  const to = entryLink(e);
  return (
    <li className={`tl-entry tl-kind-${e.kind}`} data-kind={e.kind}>
      <span className={`tl-dot tl-${e.kind}`} aria-hidden="true" />
      <div>
        <span className="tl-kind">{humanize(e.kind)}</span> {to ? <Link to={to}>{e.summary}</Link> : <span>{e.summary}</span>}
        {e.status && e.kind !== 'decision' && (
          <>
            {' '}
            <StatusChip status={e.status} />
          </>
        )}
        <span className="muted small tl-time">{new Date(e.at).toISOString().slice(11, 16)} UTC</span>
        {e.text && <div className="small tl-text">“{e.text}”</div>}
      </div>
    </li>
  );
}
