// Queues, appeals and verification: the same list with different fixed filters. Filters
// and sorting live in the URL, so a view can be shared and survives a reload.

import { type FormEvent, useEffect, useMemo, useState } from 'react';
import type { CaseSource } from '../../../src/cases/service.ts';
import { SEVERITIES } from '../../../src/policy/schema.ts';
import { post, query } from '../api/client.ts';
import { useAction, useResource } from '../api/hooks.ts';
import { DialogActions, OptionSelect, ReasonField, Segmented } from '../components/form.tsx';
import { Chip, Dialog, Empty, ErrorState, Field, InlineError, Loading, PriorityChip, StatusChip } from '../components/ui.tsx';
import { formatAge, humanize, shortId } from '../lib/format.ts';
import { Link, useRouter } from '../lib/router.tsx';
import { deleteView, loadViews, type SavedView, saveView } from '../lib/saved-views.ts';
import { rememberCaseList, useShortcuts } from '../lib/shortcuts.ts';
import { type CaseList, type CaseRow, type QueueModel, type QueuesReply, toCaseList, toQueue } from '../models/cases.ts';
import { ACTION_LABELS, ACTION_TYPES, type ActionType } from '../models/enforcement.ts';
import { useSession } from '../session.tsx';

type Kind = 'queues' | 'appeals' | 'verification';

const TITLES: Record<Kind, { title: string; lead: string }> = {
  queues: { title: 'Queues', lead: 'Everything waiting for a person, most urgent first.' },
  appeals: { title: 'Appeals', lead: 'Users contesting an action or a strike. Overturning restores everything the action took.' },
  verification: { title: 'Verification', lead: 'Identity documents to compare: the ID photo against the selfie.' },
};

const ENTER = 'Enter';
// Keyed by the server's own type: a new case source fails the type-check until it is named here.
const SOURCE_LABELS: Record<CaseSource, string> = { detection: 'Detection', report: 'Report', appeal: 'Appeal', dispute: 'Dispute' };
const FILTER_KEYS = ['queue', 'status', 'policy', 'source', 'priorityMin', 'minAgeHours', 'assignee', 'sort'] as const;

export function CaseListPage({ kind }: { kind: Kind }) {
  const { loc, navigate } = useRouter();
  const { can, me } = useSession();
  const params = Object.fromEntries(FILTER_KEYS.map((k) => [k, loc.search.get(k) ?? ''])) as Record<(typeof FILTER_KEYS)[number], string>;
  const fixed = kind === 'appeals' ? { source: 'appeal' } : kind === 'verification' ? { queue: 'verification' } : {};
  const apiQuery = query({ ...params, status: params.status || 'open', sort: params.sort || 'priority', limit: 100, ...fixed });
  const list = useResource<Parameters<typeof toCaseList>[0], CaseList>(`/v1/cases${apiQuery}`, toCaseList);
  const queuesReply = useResource<QueuesReply, { queues: QueueModel[]; triage: QueuesReply['reportTriage'] }>(kind === 'queues' ? '/v1/queues' : null, (r) => ({
    queues: r.queues.map(toQueue),
    triage: r.reportTriage,
  }));
  const queues = { ...queuesReply, data: queuesReply.data?.queues };
  const triage = queuesReply.data?.triage;
  const policies = useResource<{ policies: { name: string }[] }, string[]>('/v1/policies', (r) => r.policies.map((p) => p.name));
  const [selected, setSelected] = useState(0);
  const claim = useAction((id: string) => post(`/v1/cases/${encodeURIComponent(id)}/claim`));
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);
  const [views, setViews] = useState<SavedView[]>(() => loadViews(me.id));

  const rows = list.data?.rows ?? [];
  useEffect(() => {
    rememberCaseList(rows.map((r) => r.id));
    setSelected((s) => Math.min(s, Math.max(0, rows.length - 1)));
    // A bulk selection holds only cases the list still shows.
    setPicked((p) => {
      const shown = new Set(rows.map((r) => r.id));
      const kept = [...p].filter((id) => shown.has(id));
      return kept.length === p.size ? p : new Set(kept);
    });
  }, [rows]);
  const toggle = (id: string) =>
    setPicked((p) => {
      const n = new Set(p);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const openRows = rows.filter((r) => r.status === 'open');
  const allPicked = openRows.length > 0 && openRows.every((r) => picked.has(r.id));
  const here = `${loc.path === '/' ? '/queues' : loc.path}${loc.search.toString() ? `?${loc.search.toString()}` : ''}`;
  const viewsHere = views.filter((v) => v.to.split('?')[0] === here.split('?')[0]);

  const setFilter = (k: string, v: string) => {
    const next = new URLSearchParams(loc.search);
    if (v) next.set(k, v);
    else next.delete(k);
    const s = next.toString();
    navigate(`${loc.path === '/' ? '/queues' : loc.path}${s ? `?${s}` : ''}`, { replace: true });
  };
  const open = (i: number) => rows[i] && navigate(`/cases/${encodeURIComponent(rows[i].id)}`);
  const claimSelected = async () => {
    const row = rows[selected];
    if (!row || !can.review) return;
    if (await claim.run(row.id)) navigate(`/cases/${encodeURIComponent(row.id)}`);
  };
  useShortcuts({
    j: () => setSelected((s) => Math.min(rows.length - 1, s + 1)),
    k: () => setSelected((s) => Math.max(0, s - 1)),
    [ENTER]: () => open(selected),
    o: () => open(selected),
    c: () => void claimSelected(),
    x: () => can.review && rows[selected]?.status === 'open' && toggle(rows[selected].id),
  });
  useEffect(() => {
    document.querySelector('tr.selected')?.scrollIntoView({ block: 'nearest' });
  });

  const t = TITLES[kind];
  const queueNames = useMemo(() => (queues.data ?? []).map((q) => q.name), [queues.data]);
  return (
    <div className="page">
      <header className="page-head">
        <div>
          <h1>{t.title}</h1>
          <p className="lead">{t.lead}</p>
        </div>
      </header>

      {kind === 'queues' && (
        <div className="queue-grid" data-testid="queues">
          {queues.loading && !queues.data && <Loading />}
          {queues.error && <ErrorState error={queues.error} onRetry={queues.reload} />}
          {queues.data?.map((q) => (
            <button
              type="button"
              key={q.name}
              className={`queue-card ${params.queue === q.name ? 'active' : ''} ${q.open === 0 ? 'is-empty' : ''}`}
              onClick={() => setFilter('queue', params.queue === q.name ? '' : q.name)}
            >
              <span className="queue-name">{humanize(q.name)}</span>
              <span className="queue-count">{q.open}</span>
              <span className="queue-meta">
                {q.open ? (
                  <>
                    <span>oldest {formatAge(q.oldestAgeSeconds)}</span>
                    {q.overdue ? <Chip tone="bad">{q.overdue} overdue</Chip> : null}
                    {q.unassigned ? <span className="muted">{q.unassigned} unclaimed</span> : null}
                  </>
                ) : (
                  <span className="muted">clear</span>
                )}
              </span>
            </button>
          ))}
          {triage && (
            // Reports waiting in report triage are not cases: the card leads to their own page.
            <Link to="/reports" className={`queue-card triage-card ${triage.queued === 0 ? 'is-empty' : ''}`} data-testid="report-triage-card">
              <span className="queue-name">Report triage</span>
              <span className="queue-count">{triage.queued}</span>
              <span className="queue-meta">
                {triage.queued ? <span>oldest {formatAge(triage.oldestAgeSeconds)}</span> : <span className="muted">clear</span>}
              </span>
            </Link>
          )}
        </div>
      )}

      <div className="filters">
        {kind === 'queues' && (
          <select aria-label="Queue" value={params.queue} onChange={(e) => setFilter('queue', e.target.value)}>
            <option value="">All queues</option>
            {queueNames.map((q) => (
              <option key={q} value={q}>
                {humanize(q)}
              </option>
            ))}
          </select>
        )}
        <select aria-label="Status" value={params.status} onChange={(e) => setFilter('status', e.target.value)}>
          <option value="">Open</option>
          <option value="resolved">Resolved</option>
          <option value="all">All statuses</option>
        </select>
        <select aria-label="Policy" value={params.policy} onChange={(e) => setFilter('policy', e.target.value)}>
          <option value="">All policies</option>
          {(policies.data ?? []).map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        {kind === 'queues' && (
          <select aria-label="Source" value={params.source} onChange={(e) => setFilter('source', e.target.value)}>
            <option value="">All sources</option>
            {Object.entries(SOURCE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
        <select aria-label="Priority" value={params.priorityMin} onChange={(e) => setFilter('priorityMin', e.target.value)}>
          <option value="">Any priority</option>
          <option value="80">Urgent (80+)</option>
          <option value="60">High and up (60+)</option>
          <option value="30">Normal and up (30+)</option>
        </select>
        <select aria-label="Age" value={params.minAgeHours} onChange={(e) => setFilter('minAgeHours', e.target.value)}>
          <option value="">Any age</option>
          <option value="1">Older than 1 hour</option>
          <option value="24">Older than 1 day</option>
          <option value="72">Older than 3 days</option>
        </select>
        <select aria-label="Assignee" value={params.assignee} onChange={(e) => setFilter('assignee', e.target.value)}>
          <option value="">Anyone</option>
          <option value="none">Unclaimed</option>
          <option value="me">Mine</option>
        </select>
        <span className="filters-spacer" />
        <label className="sort">
          Sort
          <select aria-label="Sort" value={params.sort} onChange={(e) => setFilter('sort', e.target.value)}>
            <option value="">Priority</option>
            <option value="oldest">Oldest first</option>
            <option value="newest">Newest first</option>
            <option value="due">SLA due</option>
          </select>
        </label>
      </div>

      <div className="saved-views" data-testid="saved-views">
        {viewsHere.map((v) => (
          <span key={v.name} className={`saved-view ${v.to === here ? 'on' : ''}`}>
            <button type="button" className="btn-link" onClick={() => navigate(v.to, { replace: true })}>
              {v.name}
            </button>
            <button type="button" className="btn-icon small" aria-label={`Forget the view ${v.name}`} onClick={() => setViews(deleteView(me.id, v.name))}>
              ×
            </button>
          </span>
        ))}
        <button
          type="button"
          className="btn btn-small btn-ghost"
          onClick={() => {
            const name = window.prompt('Name this view (its filters and sort are saved in this browser)');
            if (name) setViews(saveView(me.id, { name, to: here }));
          }}
        >
          Save view
        </button>
      </div>

      {can.review && picked.size > 0 && (
        <section className="bulk-bar" aria-label="Bulk actions" data-testid="bulk-bar">
          <strong>{picked.size} selected</strong>
          <span className="muted small">
            {new Set(rows.filter((r) => picked.has(r.id)).map((r) => r.accountId)).size} account
            {new Set(rows.filter((r) => picked.has(r.id)).map((r) => r.accountId)).size === 1 ? '' : 's'}
          </span>
          <span className="filters-spacer" />
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setPicked(new Set())}>
            Clear
          </button>
          <button type="button" className="btn btn-primary btn-small" onClick={() => setBulkOpen(true)}>
            Resolve selected…
          </button>
        </section>
      )}
      {bulkOpen && (
        <BulkResolveDialog
          rows={rows.filter((r) => picked.has(r.id))}
          onClose={() => setBulkOpen(false)}
          onDone={() => {
            setPicked(new Set());
            list.reload();
            queues.reload();
          }}
        />
      )}

      <InlineError error={claim.error} />
      {list.error && <ErrorState error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Loading label="Loading cases…" />}
      {list.data && rows.length === 0 && (
        <Empty title="Nothing here" icon="✓">
          No case matches these filters. New detections, reports and appeals appear here as they arrive.
        </Empty>
      )}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="cases" data-testid="case-list">
            <thead>
              <tr>
                {can.review && (
                  <th className="pick">
                    <input
                      type="checkbox"
                      aria-label="Select every open case shown"
                      checked={allPicked}
                      onChange={() => setPicked(allPicked ? new Set() : new Set(openRows.map((r) => r.id)))}
                    />
                  </th>
                )}
                <th>Priority</th>
                <th>Case</th>
                <th>Queue</th>
                <th>Policy</th>
                <th>Source</th>
                <th>Age</th>
                <th>Assignee</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr
                  key={r.id}
                  className={`${i === selected ? 'selected' : ''} ${picked.has(r.id) ? 'picked' : ''}`}
                  onClick={() => setSelected(i)}
                  onDoubleClick={() => open(i)}
                >
                  {can.review && (
                    <td className="pick">
                      {r.status === 'open' && (
                        <input
                          type="checkbox"
                          aria-label={`Select case ${shortId(r.id)}`}
                          checked={picked.has(r.id)}
                          onChange={() => toggle(r.id)}
                          onClick={(e) => e.stopPropagation()}
                        />
                      )}
                    </td>
                  )}
                  <td>
                    <PriorityChip band={r.band} priority={r.priority} />
                  </td>
                  <td className="case-cell">
                    <Link to={`/cases/${encodeURIComponent(r.id)}`} className="case-link">
                      {r.reason}
                    </Link>
                    <span className="muted small">
                      {humanize(r.subjectType)} · account {r.accountId} · #{shortId(r.id)}
                    </span>
                  </td>
                  <td>{humanize(r.queue)}</td>
                  <td>{r.policy ? <code className="code-chip">{r.policy}</code> : <span className="muted">—</span>}</td>
                  <td>{humanize(r.source)}</td>
                  <td className={r.overdue ? 'overdue' : ''} title={r.overdue ? 'past its SLA' : undefined}>
                    {formatAge(r.ageSeconds)}
                  </td>
                  <td>{r.assignee ? r.assignee.name : <span className="muted">Unclaimed</span>}</td>
                  <td>
                    <span className="chips">
                      <StatusChip status={r.status} />
                      {r.escalated && <Chip tone="warn">Escalated</Chip>}
                      {r.overdue && <Chip tone="bad">Overdue</Chip>}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="table-foot muted small">
            {list.data?.total} case{list.data?.total === 1 ? '' : 's'} · <kbd className="kbd">j</kbd>/<kbd className="kbd">k</kbd> to move,{' '}
            <kbd className="kbd">Enter</kbd> to open{can.review ? ', ' : ''}
            {can.review && (
              <>
                <kbd className="kbd">c</kbd> to claim, <kbd className="kbd">x</kbd> to select for a bulk action
              </>
            )}
          </p>
        </div>
      )}
    </div>
  );
}

/**
 * One decision for many cases (POST /v1/cases/bulk-resolve). The engine's rule holds: one
 * incident, one consequence — when several selected cases are about one account, the action
 * is applied once and that account's other cases are resolved with the same action.
 */
function BulkResolveDialog({ rows, onClose, onDone }: { rows: CaseRow[]; onClose: () => void; onDone: () => void }) {
  const [mode, setMode] = useState<'dismiss' | 'action'>('dismiss');
  const [type, setType] = useState<ActionType>('warning');
  const [severity, setSeverity] = useState('low');
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<BulkResult | null>(null);
  const accounts = new Set(rows.map((r) => r.accountId)).size;
  const run = useAction(() =>
    post<BulkResult>('/v1/cases/bulk-resolve', {
      ids: rows.map((r) => r.id),
      resolution: mode,
      ...(mode === 'action' ? { action: { type, ...(type === 'warning' ? { severity } : {}) } } : {}),
      reason,
    }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run.run();
    if (r) {
      setResult(r);
      onDone();
    }
  };
  if (result)
    return (
      <Dialog title="Bulk resolution" onClose={onClose}>
        <div className="stack" data-testid="bulk-result">
          <p>
            <strong>{result.resolved}</strong> resolved{result.failed ? `, ${result.failed} not resolved` : ''}.
          </p>
          {result.results.some((r) => !r.ok) && (
            <ul className="small">
              {result.results
                .filter((r) => !r.ok)
                .map((r) => (
                  <li key={r.id}>
                    #{shortId(r.id)}: {r.detail ?? r.code}
                  </li>
                ))}
            </ul>
          )}
          <div className="dialog-actions">
            <button type="button" className="btn btn-primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      </Dialog>
    );
  return (
    <Dialog title={`Resolve ${rows.length} case${rows.length === 1 ? '' : 's'}`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <Segmented
          value={mode}
          options={[
            ['dismiss', 'Dismiss'],
            ['action', 'Apply an action'],
          ]}
          onChange={setMode}
        />
        {mode === 'action' && (
          <>
            <Field label="Action">
              <OptionSelect
                label="Action type"
                value={type}
                options={ACTION_TYPES.filter((t) => t === 'warning' || t === 'restriction')}
                optionLabel={(t) => ACTION_LABELS[t]}
                onChange={setType}
              />
            </Field>
            {type === 'warning' && (
              <Field label="Strike severity">
                <OptionSelect label="Strike severity" value={severity} options={SEVERITIES} onChange={setSeverity} />
              </Field>
            )}
            <p className="small muted" data-testid="bulk-once">
              One incident, one consequence: {rows.length} case{rows.length === 1 ? '' : 's'} about {accounts} account{accounts === 1 ? '' : 's'} → {accounts}{' '}
              {ACTION_LABELS[type].toLowerCase()}
              {accounts === 1 ? '' : 's'}. Each account gets its action once; its other selected cases are resolved with that same action. Holds and suspensions
              are decided case by case.
            </p>
          </>
        )}
        <ReasonField value={reason} onChange={setReason} hint="Recorded on every case (and, for an action, in the user's notice)." />
        <InlineError error={run.error} />
        <DialogActions onCancel={onClose} tone={mode === 'action' ? 'danger' : 'primary'} disabled={run.pending || !reason.trim()}>
          {mode === 'dismiss' ? `Dismiss ${rows.length}` : `Apply to ${accounts} account${accounts === 1 ? '' : 's'}`}
        </DialogActions>
      </form>
    </Dialog>
  );
}

interface BulkResult {
  results: { id: string; ok: boolean; code?: string; detail?: string }[];
  resolved: number;
  failed: number;
}
