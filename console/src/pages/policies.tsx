// Policies as data: the list, a policy's versions, a readable diff between two of them,
// what its shadow version would have decided, and a backtest over stored events.
import { type FormEvent, useState } from 'react';
import { useAction, useResource } from '../api/hooks.ts';
import { apiClient, ok } from '../api/typed.ts';
import { BarList } from '../components/charts.tsx';
import { Card, Chip, Empty, ErrorState, Field, InlineError, Loading, OutcomeChip, Stat } from '../components/ui.tsx';
import { formatDateTime, formatPercent } from '../lib/format.ts';
import { type DiffLine, diffJson, diffStats } from '../lib/json-diff.ts';
import { Link } from '../lib/router.tsx';
import {
  type BacktestReport,
  type PolicyDetail,
  type PolicyListItem,
  type PolicyVersion,
  type ShadowSummary,
  toPolicyDetail,
  toPolicyList,
  toPolicyVersion,
} from '../models/policies.ts';
import { useSession } from '../session.tsx';

export function PoliciesPage() {
  const list = useResource<{ policies: unknown[] }, PolicyListItem[]>('/v1/policies', toPolicyList);
  return (
    <div className="page">
      <header className="page-head">
        <div>
          <h1>Policies</h1>
          <p className="lead">
            Versioned rule sets that turn signals and context into outcomes. Every change is a new version; a draft can run in shadow first.
          </p>
        </div>
      </header>
      {list.error && <ErrorState error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.length === 0 && <Empty title="No policies" icon="§" />}
      <div className="policy-grid">
        {list.data?.map((p) => (
          <Link key={p.name} to={`/policies/${encodeURIComponent(p.name)}`} className="policy-card">
            <code className="code-chip">{p.name}</code>
            <strong>{p.title}</strong>
            <span className="chips">
              <Chip tone="ok">live v{p.liveVersion ?? '—'}</Chip>
              {p.shadowVersion ? <Chip tone="accent">shadow v{p.shadowVersion}</Chip> : null}
              <span className="muted small">
                {p.latestVersion} version{p.latestVersion === 1 ? '' : 's'}
              </span>
            </span>
          </Link>
        ))}
      </div>
    </div>
  );
}

export function PolicyPage({ name }: { name: string }) {
  const { can } = useSession();
  const p = useResource<unknown, PolicyDetail>(`/v1/policies/${encodeURIComponent(name)}`, toPolicyDetail);
  if (p.error) return <div className="page">{<ErrorState error={p.error} onRetry={p.reload} />}</div>;
  if (!p.data) return <Loading />;
  const d = p.data;
  const doc = (d.current.document ?? {}) as { title?: string; description?: string; rules?: { id: string; description?: string; outcome?: string }[] };
  return (
    <div className="page">
      <nav className="crumbs">
        <Link to="/policies">← Policies</Link>
      </nav>
      <header className="page-head">
        <div>
          <h1>{doc.title ?? d.name}</h1>
          <p className="lead">{doc.description}</p>
          <div className="chips">
            <code className="code-chip">{d.name}</code>
            <Chip tone="ok">live v{d.liveVersion ?? '—'}</Chip>
            {d.shadowVersion && <Chip tone="accent">shadow v{d.shadowVersion}</Chip>}
          </div>
        </div>
        {can.editPolicies && (
          <Link to={`/policies/${encodeURIComponent(d.name)}/edit`} className="btn btn-primary">
            Edit rules
          </Link>
        )}
      </header>
      <div className="two-col">
        <Card title={`Rules in v${d.current.version}`}>
          <ul className="rules">
            {(doc.rules ?? []).map((r) => (
              <li key={r.id}>
                <code className="code-chip">{r.id}</code> {r.description}
                {r.outcome && <OutcomeChip outcome={r.outcome} />}
              </li>
            ))}
          </ul>
        </Card>
        <VersionsCard policy={d} onChanged={p.reload} />
      </div>
      <VersionDiff policy={d} />
      {d.shadowVersion ? <ShadowCard name={d.name} /> : null}
      <BacktestCard policy={d} />
    </div>
  );
}

/**
 * The version list; policy editors make a version live (an older one: a rollback), run one in
 * shadow or stop the shadow run. Each change asks once more before it is sent.
 */
function VersionsCard({ policy, onChanged }: { policy: PolicyDetail; onChanged: () => void }) {
  const { can } = useSession();
  const [confirm, setConfirm] = useState<{ version: number | null; mode: 'live' | 'shadow' } | null>(null);
  const act = useAction((version: number | null, mode: 'live' | 'shadow') =>
    ok(apiClient.POST('/v1/policies/{name}/activate', { params: { path: { name: policy.name } }, body: { version, mode } })),
  );
  const send = async () => {
    if (!confirm) return;
    const done = await act.run(confirm.version, confirm.mode);
    setConfirm(null);
    if (done) onChanged();
  };
  const label = (c: { version: number | null; mode: 'live' | 'shadow' }) =>
    c.version === null
      ? 'Stop the shadow run'
      : c.mode === 'shadow'
        ? `Run v${c.version} in shadow`
        : policy.liveVersion !== null && c.version < policy.liveVersion
          ? `Roll back to v${c.version}`
          : `Make v${c.version} live`;
  return (
    <Card title="Versions">
      <ol className="versions" data-testid="policy-versions">
        {policy.versions.map((v) => (
          <li key={v.version} data-version={v.version}>
            <strong>v{v.version}</strong>
            {v.version === policy.liveVersion && <Chip tone="ok">live</Chip>}
            {v.version === policy.shadowVersion && <Chip tone="accent">shadow</Chip>}
            <span className="muted small">
              {formatDateTime(v.createdAt)}
              {v.createdBy ? ` · ${v.createdBy}` : ''}
            </span>
            {v.comment && <div className="small">{v.comment}</div>}
            {can.editPolicies && (
              <div className="version-actions">
                {v.version !== policy.liveVersion && (
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => setConfirm({ version: v.version, mode: 'live' })}>
                    {label({ version: v.version, mode: 'live' })}
                  </button>
                )}
                {v.version !== policy.liveVersion && v.version !== policy.shadowVersion && (
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => setConfirm({ version: v.version, mode: 'shadow' })}>
                    Run in shadow
                  </button>
                )}
                {v.version === policy.shadowVersion && (
                  <button type="button" className="btn btn-small btn-ghost" onClick={() => setConfirm({ version: null, mode: 'shadow' })}>
                    Stop shadow
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
      {confirm && (
        <div className="confirm-bar" role="alertdialog" aria-label="Confirm the change">
          <span>
            {label(confirm)}?{' '}
            {confirm.mode === 'live' ? 'Every new decision uses it at once.' : 'Decisions stay as they are; its outcomes are recorded beside them.'}
          </span>
          <button type="button" className="btn btn-primary btn-small" onClick={send} disabled={act.pending}>
            Confirm
          </button>
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setConfirm(null)}>
            Cancel
          </button>
        </div>
      )}
      <InlineError error={act.error} />
    </Card>
  );
}

function VersionDiff({ policy }: { policy: PolicyDetail }) {
  const versions = policy.versions.map((v) => v.version);
  const newest = versions[0];
  const [from, setFrom] = useState(versions[1] ?? newest);
  const [to, setTo] = useState(newest);
  const a = useResource<unknown, PolicyVersion>(`/v1/policies/${encodeURIComponent(policy.name)}/versions/${from}`, toPolicyVersion);
  const b = useResource<unknown, PolicyVersion>(`/v1/policies/${encodeURIComponent(policy.name)}/versions/${to}`, toPolicyVersion);
  const lines: DiffLine[] | null = a.data && b.data ? diffJson(a.data.document, b.data.document) : null;
  const stats = lines ? diffStats(lines) : null;
  return (
    <Card
      title="Compare versions"
      actions={
        <span className="diff-pick">
          <select aria-label="From version" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v} value={v}>
                v{v}
              </option>
            ))}
          </select>
          →
          <select aria-label="To version" value={to} onChange={(e) => setTo(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v} value={v}>
                v{v}
              </option>
            ))}
          </select>
        </span>
      }
    >
      {(a.error || b.error) && <ErrorState error={(a.error ?? b.error)!} />}
      {!lines && !a.error && !b.error && <Loading />}
      {lines && stats && (
        <>
          <p className="small">
            {from === to ? (
              'The same version: pick two different ones.'
            ) : stats.added + stats.removed === 0 ? (
              'No differences.'
            ) : (
              <>
                <span className="diff-add-count">+{stats.added}</span> <span className="diff-del-count">−{stats.removed}</span> lines
              </>
            )}
          </p>
          <DiffView lines={lines} testId="policy-diff" />
        </>
      )}
    </Card>
  );
}

/** A line diff of two policy documents (lib/json-diff.ts), with unchanged stretches folded. */
export function DiffView({ lines, testId }: { lines: DiffLine[]; testId?: string }) {
  return (
    <pre className="diff" data-testid={testId}>
      {lines.map((l, i) =>
        l.kind === 'fold' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: diff lines are positional
          <div key={i} className="diff-fold">
            ⋯ {l.count} unchanged line{l.count === 1 ? '' : 's'}
          </div>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: diff lines are positional
          <div key={i} className={`diff-line diff-${l.kind}`}>
            <span className="diff-no">{l.oldNo ?? ''}</span>
            <span className="diff-no">{l.newNo ?? ''}</span>
            <span className="diff-sign">{l.kind === 'added' ? '+' : l.kind === 'removed' ? '−' : ' '}</span>
            {l.text}
          </div>
        ),
      )}
    </pre>
  );
}

export function ShadowCard({ name }: { name: string }) {
  const s = useResource<ShadowSummary>(`/v1/policies/${encodeURIComponent(name)}/shadow`);
  return (
    <Card title="Shadow run on live traffic">
      {s.error && <ErrorState error={s.error} onRetry={s.reload} />}
      {!s.data && !s.error && <Loading />}
      {s.data && (
        <>
          <div className="stats">
            <Stat label="Decisions compared" value={s.data.evaluated} />
            <Stat label="Would differ" value={s.data.differing} tone={s.data.differing ? 'warn' : 'ok'} />
            <Stat label="Difference rate" value={formatPercent(s.data.differenceRate, 1)} />
          </div>
          <BarList
            data={s.data.transitions.map((t) => ({ label: `${t.from} → ${t.to}`, value: t.count }))}
            empty="The shadow version agrees with the live one so far."
          />
          {s.data.examples.length > 0 && (
            <table className="examples">
              <thead>
                <tr>
                  <th>Content</th>
                  <th>Live</th>
                  <th>Shadow</th>
                  <th>When</th>
                </tr>
              </thead>
              <tbody>
                {s.data.examples.map((e) => (
                  <tr key={e.decisionId}>
                    <td className="small">{e.text ?? '—'}</td>
                    <td>
                      <OutcomeChip outcome={e.live} />
                    </td>
                    <td>
                      <OutcomeChip outcome={e.shadow} />
                    </td>
                    <td className="small muted">{formatDateTime(e.at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Card>
  );
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Replays stored events through a saved version or, in the editor, through the unsaved draft
 * (`draft`: sent as `document`, reported as version 0), beside the live version.
 */
export function BacktestCard({ policy, draft }: { policy: PolicyDetail; draft?: { document: unknown; valid: boolean } }) {
  const { can } = useSession();
  const [version, setVersion] = useState(draft ? 0 : (policy.shadowVersion ?? policy.versions[0]?.version ?? 1));
  const [from, setFrom] = useState(isoDay(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(isoDay(new Date(Date.now() + 86_400_000)));
  const [report, setReport] = useState<BacktestReport | null>(null);
  const run = useAction(() =>
    ok(
      apiClient.POST('/v1/policies/{name}/backtest', {
        params: { path: { name: policy.name } },
        body: {
          ...(version === 0 && draft ? { document: draft.document } : { version }),
          from: new Date(`${from}T00:00:00Z`).toISOString(),
          to: new Date(`${to}T00:00:00Z`).toISOString(),
        },
      }),
    ),
  );
  if (!can.review && !can.editPolicies) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run.run();
    if (r) setReport(r);
  };
  const draftInvalid = version === 0 && draft !== undefined && !draft.valid;
  return (
    <Card title="Backtest">
      <form className="inline-form" onSubmit={submit}>
        <Field label="Version">
          <select aria-label="Backtest version" value={version} onChange={(e) => setVersion(Number(e.target.value))}>
            {draft && <option value={0}>this draft (unsaved)</option>}
            {policy.versions.map((v) => (
              <option key={v.version} value={v.version}>
                v{v.version}
              </option>
            ))}
          </select>
        </Field>
        <Field label="From">
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="To">
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
        <button type="submit" className="btn btn-primary" disabled={run.pending || draftInvalid} title={draftInvalid ? 'Fix the draft first' : undefined}>
          {run.pending ? 'Replaying…' : 'Run backtest'}
        </button>
      </form>
      <InlineError error={run.error} />
      {report && (
        <div className="backtest" data-testid="backtest">
          <p className="small muted">
            {report.candidateVersion === 0 ? 'The draft' : `v${report.candidateVersion}`} against{' '}
            {report.baselineVersion ? `live v${report.baselineVersion}` : 'no live version'}, {formatDateTime(report.from)} – {formatDateTime(report.to)}
          </p>
          <div className="stats">
            <Stat label="Events replayed" value={report.evaluated} />
            <Stat label="Outcomes changed" value={report.changed} tone={report.changed ? 'warn' : 'ok'} />
            <Stat label="Cases" value={`${report.cases.baseline} → ${report.cases.candidate}`} />
            <Stat label="Strikes" value={`${report.strikes.baseline} → ${report.strikes.candidate}`} />
          </div>
          <BarList data={report.transitions.map((t) => ({ label: `${t.from} → ${t.to}`, value: t.count }))} empty="No outcome would change." />
          {report.examples.length > 0 && (
            <table className="examples">
              <thead>
                <tr>
                  <th>Content</th>
                  <th>Live</th>
                  <th>Candidate</th>
                </tr>
              </thead>
              <tbody>
                {report.examples.map((e) => (
                  <tr key={e.eventId}>
                    <td className="small">{e.text}</td>
                    <td>
                      <OutcomeChip outcome={e.baseline} />
                    </td>
                    <td>
                      <OutcomeChip outcome={e.candidate} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.truncated && <p className="small muted">Stopped at the event limit; narrow the range for a complete replay.</p>}
        </div>
      )}
    </Card>
  );
}
