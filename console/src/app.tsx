// The console shell: session check, login, navigation and the page for the current route.
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { api, onUnauthenticated } from './api/client.ts';
import { useResource } from './api/hooks.ts';
import { ShortcutHelp } from './components/help.tsx';
import { Loading } from './components/ui.tsx';
import { Link, match, Router, useRouter } from './lib/router.tsx';
import { useShortcuts } from './lib/shortcuts.ts';
import type { QueuesReply } from './models/cases.ts';
import { toQueue } from './models/cases.ts';
import { AccountPage } from './pages/account-page.tsx';
import { CasePage } from './pages/case/case-page.tsx';
import { CaseListPage } from './pages/case-list.tsx';
import { DashboardPage } from './pages/dashboard.tsx';
import { LoginPage } from './pages/login.tsx';
import { PoliciesPage, PolicyPage } from './pages/policies.tsx';
import { PolicyEditorPage } from './pages/policy-editor.tsx';
import { ReportTriagePage } from './pages/report-triage.tsx';
import { ReviewersPage } from './pages/reviewers.tsx';
import { SearchPage } from './pages/search.tsx';
import { abilitiesOf, type Me, SessionContext, useSession } from './session.tsx';

export function App() {
  return (
    <Router>
      <Session />
    </Router>
  );
}

function Session() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const check = useCallback(() => {
    api<Me>('GET', '/v1/auth/me', undefined, { silent401: true })
      .then(setMe)
      .catch(() => setMe(null));
  }, []);
  useEffect(() => check(), [check]);
  useEffect(() => onUnauthenticated(() => setMe(null)), []);
  const logout = useCallback(() => {
    api('POST', '/v1/auth/logout', {}, { silent401: true }).finally(() => setMe(null));
  }, []);
  if (me === undefined) return <Loading label="Opening the console…" />;
  if (me === null) return <LoginPage onSignedIn={setMe} />;
  return (
    <SessionContext.Provider value={{ me, can: abilitiesOf(me), logout }}>
      <Shell />
    </SessionContext.Provider>
  );
}

const NAV: { to: string; label: string; icon: string; match: (p: string) => boolean; admin?: boolean }[] = [
  { to: '/queues', label: 'Queues', icon: '▤', match: (p) => p === '/' || p.startsWith('/queues') || p.startsWith('/cases') },
  { to: '/reports', label: 'Report triage', icon: '⚑', match: (p) => p.startsWith('/reports') },
  { to: '/appeals', label: 'Appeals', icon: '⚖', match: (p) => p.startsWith('/appeals') },
  { to: '/verification', label: 'Verification', icon: '◎', match: (p) => p.startsWith('/verification') },
  { to: '/search', label: 'Search', icon: '⌕', match: (p) => p.startsWith('/search') || p.startsWith('/accounts') },
  { to: '/policies', label: 'Policies', icon: '§', match: (p) => p.startsWith('/policies') },
  { to: '/dashboard', label: 'Dashboard', icon: '◔', match: (p) => p.startsWith('/dashboard') },
  { to: '/reviewers', label: 'Reviewers', icon: '☺', match: (p) => p.startsWith('/reviewers'), admin: true },
];

function Shell() {
  const { me, logout, can } = useSession();
  const { loc, navigate } = useRouter();
  const [help, setHelp] = useState(false);
  const queues = useResource<QueuesReply, { queues: ReturnType<typeof toQueue>[]; triage: number | undefined }>('/v1/queues', (r) => ({
    queues: r.queues.map(toQueue),
    triage: r.reportTriage?.queued,
  }));
  const pendingG = useRef(0);
  useShortcuts({
    '?': () => setHelp((h) => !h),
    g: () => {
      pendingG.current = Date.now();
    },
    q: () => Date.now() - pendingG.current < 1200 && navigate('/queues'),
    d: () => Date.now() - pendingG.current < 1200 && navigate('/dashboard'),
    p: () => Date.now() - pendingG.current < 1200 && navigate('/policies'),
    '/': () => (loc.path === '/search' ? document.querySelector<HTMLInputElement>('input[type=search]')?.focus() : navigate('/search')),
  });
  const count = (name: string) => queues.data?.queues.find((q) => q.name === name)?.open;
  const totalOpen = queues.data?.queues.reduce((n, q) => n + q.open, 0);
  const badge: Record<string, number | undefined> = {
    '/queues': totalOpen,
    '/reports': queues.data?.triage,
    '/appeals': count('appeals'),
    '/verification': count('verification'),
  };
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
            <path d="M16 2 4 7v8c0 7.5 5.1 13.2 12 15 6.9-1.8 12-7.5 12-15V7z" fill="#14b8a6" />
            <path d="m11 16 3.5 3.5L21 13" stroke="#fff" strokeWidth="2.4" fill="none" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>Warden</span>
        </div>
        <nav aria-label="Main">
          {NAV.filter((n) => !n.admin || can.admin).map((n) => (
            <Link key={n.to} to={n.to} className={`nav-item ${n.match(loc.path) ? 'active' : ''}`}>
              <span className="nav-icon" aria-hidden="true">
                {n.icon}
              </span>
              {n.label}
              {badge[n.to] ? <span className="nav-count">{badge[n.to]}</span> : null}
            </Link>
          ))}
        </nav>
        <div className="sidebar-foot">
          <div className="me">
            <span className="avatar" aria-hidden="true">
              {me.name.slice(0, 1).toUpperCase()}
            </span>
            <div>
              <div className="me-name">{me.name}</div>
              <div className="me-role">{me.role ?? (me.kind === 'key' ? 'API key' : 'user')}</div>
            </div>
          </div>
          <div className="foot-actions">
            <button type="button" className="btn-link" onClick={() => setHelp(true)}>
              Shortcuts <kbd className="kbd">?</kbd>
            </button>
            <button type="button" className="btn-link" onClick={logout}>
              Sign out
            </button>
          </div>
        </div>
      </aside>
      <main className="main">
        <Page path={loc.path} onChanged={queues.reload} />
      </main>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}

function Page({ path, onChanged }: { path: string; onChanged: () => void }): ReactNode {
  if (path === '/' || path === '/queues') return <CaseListPage kind="queues" />;
  if (path === '/reports') return <ReportTriagePage onChanged={onChanged} />;
  if (path === '/appeals') return <CaseListPage kind="appeals" />;
  if (path === '/verification') return <CaseListPage kind="verification" />;
  const kase = match('/cases/:id', path);
  if (kase) return <CasePage key={kase.id} id={kase.id} onChanged={onChanged} />;
  if (path === '/search') return <SearchPage />;
  if (path === '/reviewers') return <ReviewersPage />;
  const account = match('/accounts/:id', path);
  if (account) return <AccountPage key={account.id} id={account.id} />;
  if (path === '/policies') return <PoliciesPage />;
  const editing = match('/policies/:name/edit', path);
  if (editing) return <PolicyEditorPage key={editing.name} name={editing.name} />;
  const policy = match('/policies/:name', path);
  if (policy) return <PolicyPage key={policy.name} name={policy.name} />;
  if (path === '/dashboard') return <DashboardPage />;
  return (
    <div className="page">
      <h1>Not found</h1>
      <p>
        There is no console page at <code>{path}</code>. <Link to="/queues">Go to the queues</Link>.
      </p>
    </div>
  );
}
