// How review is going: where cases come from, how fast they move, what they end in, and
// how often appeals prove a policy wrong.
import { useState } from 'react';
import { query } from '../api/client.ts';
import { useResource } from '../api/hooks.ts';
import { BarList, DailyColumns, type DayDatum, Legend, ShareRing } from '../components/charts.tsx';
import { Card, ErrorState, Loading, Stat } from '../components/ui.tsx';
import { formatAge, formatPercent, humanize, plural } from '../lib/format.ts';
import type { toCaseList } from '../models/cases.ts';
import type { MetricsSummary } from '../models/metrics.ts';

const DAYS = 14;

export function perDay(rows: { openedAt: string; resolvedAt: string | null }[], days: number, now = new Date()): DayDatum[] {
  const out: DayDatum[] = [];
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days + 1));
  for (let i = 0; i < days; i++) out.push({ day: new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10), opened: 0, closed: 0 });
  const index = new Map(out.map((d, i) => [d.day, i]));
  for (const r of rows) {
    const o = index.get(r.openedAt.slice(0, 10));
    if (o !== undefined) out[o].opened++;
    const c = r.resolvedAt ? index.get(r.resolvedAt.slice(0, 10)) : undefined;
    if (c !== undefined) out[c].closed++;
  }
  return out;
}

export function DashboardPage() {
  const m = useResource<MetricsSummary>('/v1/metrics/summary');
  // Fixed at mount: a fresh timestamp per render would make a new request per render.
  const [since] = useState(() => new Date(Date.now() - DAYS * 86_400_000).toISOString());
  const recent = useResource<
    Parameters<typeof toCaseList>[0] & { cases: { resolvedAt: string | null }[] },
    { rows: { openedAt: string; resolvedAt: string | null }[] }
  >(`/v1/cases${query({ status: 'all', createdAfter: since, sort: 'newest', limit: 500 })}`, (r) => ({
    rows: r.cases.map((c) => ({ openedAt: c.openedAt, resolvedAt: c.resolvedAt })),
  }));
  if (m.error) return <div className="page">{<ErrorState error={m.error} onRetry={m.reload} />}</div>;
  if (!m.data) return <Loading label="Measuring…" />;
  const d = m.data;
  const openTotal = d.openByQueue.reduce((n, q) => n + q.open, 0);
  const overdue = d.openByQueue.reduce((n, q) => n + q.overdue, 0);
  return (
    <div className="page">
      <header className="page-head">
        <div>
          <h1>Dashboard</h1>
          <p className="lead">Review health: where investigations come from, how quickly people act, and how often appeals overturn a policy.</p>
        </div>
      </header>
      <div className="stats stats-top">
        <Stat label="Open cases" value={openTotal} hint={overdue ? `${overdue} overdue` : 'none overdue'} tone={overdue ? 'warn' : undefined} />
        <Stat
          label="Median time to first action"
          value={formatAge(d.timeToFirstActionSeconds.median)}
          hint={`p90 ${formatAge(d.timeToFirstActionSeconds.p90)} · ${plural(d.timeToFirstActionSeconds.measured, 'case')}`}
        />
        <Stat
          label="Cases opened"
          value={d.cases.total}
          hint={Object.entries(d.cases.bySource)
            .map(([k, v]) => `${v} ${k}`)
            .join(' · ')}
        />
        <Stat label="Community reports" value={d.reports.total} hint={`${d.reports.upheld} upheld · ${d.reports.muted} muted`} />
      </div>
      <div className="dash-grid">
        <Card title="Proactive share of investigations">
          <div className="ring-wrap">
            <ShareRing value={d.cases.proactiveShare} target={d.cases.proactiveTarget} label="Proactive share" />
            <p className="small">
              Cases opened by Warden’s own detections among detections and reports.{' '}
              {d.cases.meetsTarget === null
                ? 'No cases yet.'
                : d.cases.meetsTarget
                  ? 'On target.'
                  : 'Below the target: detections are missing what users report.'}
            </p>
          </div>
        </Card>
        <Card title={`Cases opened and closed, last ${plural(DAYS, 'day')}`} className="span-2">
          {recent.data ? <DailyColumns data={perDay(recent.data.rows, DAYS)} /> : recent.error ? <ErrorState error={recent.error} /> : <Loading />}
          <Legend
            items={[
              { label: 'Opened', color: 'a' },
              { label: 'Closed', color: 'b' },
            ]}
          />
        </Card>
        <Card title="Oldest open case per queue">
          <BarList
            data={d.openByQueue
              .filter((q) => q.open > 0)
              .map((q) => ({
                label: humanize(q.queue),
                value: q.oldestAgeSeconds ?? 0,
                display: formatAge(q.oldestAgeSeconds),
                tone: q.overdue ? 'bad' : 'a',
              }))}
            empty="Every queue is clear."
          />
        </Card>
        <Card title="Action rate per policy">
          <BarList
            data={d.actionRate.byPolicy.map((p) => ({ label: p.policy, value: p.rate ?? 0, display: `${formatPercent(p.rate)} of ${p.resolved}` }))}
            max={1}
            empty="No resolved cases yet."
          />
        </Card>
        <Card title="Overturn rate on appeal per policy">
          <BarList
            data={d.appeals.byPolicy.map((p) => ({
              label: p.policy,
              value: p.overturnRate ?? 0,
              display: `${formatPercent(p.overturnRate)} of ${p.decided}`,
              tone: (p.overturnRate ?? 0) > 0.2 ? 'bad' : 'warn',
            }))}
            max={1}
            empty="No appeals decided yet."
          />
        </Card>
        <Card title="Action rate per queue">
          <BarList
            data={d.actionRate.byQueue.map((q) => ({ label: humanize(q.queue), value: q.rate ?? 0, display: `${formatPercent(q.rate)} of ${q.resolved}` }))}
            max={1}
            empty="No resolved cases yet."
          />
        </Card>
      </div>
    </div>
  );
}
