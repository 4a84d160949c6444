// Why the case exists: its attachments and their scan verdicts, the decisions with the
// signals and context the policies used, and the community reports.
import { useResource } from '../../api/hooks.ts';
import { Card, Chip, OutcomeChip, StatusChip } from '../../components/ui.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { type AttachmentModel, type CaseModel, formatEvidence } from '../../models/cases.ts';

export function AttachmentsCard({ caseId }: { caseId: string }) {
  const r = useResource<{ attachments: AttachmentModel[] }>(`/v1/console/cases/${encodeURIComponent(caseId)}/attachments`);
  if (!r.data?.attachments.length) return null;
  const tone = (v: string | null, status: string) => (v ?? status) as string;
  return (
    <Card title="Attachments">
      <ul className="attachments">
        {r.data.attachments.map((a) => (
          <li key={a.id}>
            <span className="file-icon" aria-hidden="true">
              ⎙
            </span>
            <div>
              <strong>{a.name}</strong>
              <span className="muted small">
                {a.mimeType ?? 'unknown type'}
                {a.sizeBytes != null && ` · ${Math.max(1, Math.round(a.sizeBytes / 1024))} KB`}
                {a.scannedAt && ` · scanned ${formatDateTime(a.scannedAt)}`}
              </span>
              {a.reasons.length > 0 && <span className="small">{a.reasons.join('; ')}</span>}
            </div>
            <span className="chips">
              <StatusChip status={tone(a.verdict, a.status)} />
              {a.quarantined && <Chip tone="bad">Quarantined</Chip>}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function DecisionsCard({ kase }: { kase: CaseModel }) {
  if (!kase.decisions.length) {
    return (
      <Card title="Why this case exists">
        <p>{kase.items.map((i) => i.reason).join(' · ') || kase.reason}</p>
        {kase.policies.length > 0 && (
          <p className="small muted">
            Policies:{' '}
            {kase.policies.map((p) => (
              <Link key={p} to={`/policies/${encodeURIComponent(p)}`} className="code-chip">
                {p}
              </Link>
            ))}
          </p>
        )}
      </Card>
    );
  }
  return (
    <Card title="Decision explanation">
      {kase.decisions.map((d) => (
        <div key={d.id} className="decision" data-testid="decision">
          <div className="decision-head">
            <OutcomeChip outcome={d.outcome} />
            <span className="small muted">{formatDateTime(d.createdAt)}</span>
          </div>
          <ul className="policy-hits">
            {d.policies
              .filter((p) => p.matched.length)
              .map((p) => (
                <li key={p.name}>
                  <Link to={`/policies/${encodeURIComponent(p.name)}`}>{p.name}</Link> <span className="muted">v{p.version}</span> →{' '}
                  <OutcomeChip outcome={p.outcome} />{' '}
                  <span className="small">
                    rules{' '}
                    {p.matched.map((m) => (
                      <code key={m} className="code-chip">
                        {m}
                      </code>
                    ))}
                  </span>
                </li>
              ))}
          </ul>
          {d.signals.length > 0 && (
            <table className="signals">
              <thead>
                <tr>
                  <th>Signal</th>
                  <th>Strength</th>
                  <th>Score</th>
                  <th>Evidence</th>
                </tr>
              </thead>
              <tbody>
                {d.signals.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: signals have no id and never reorder
                  <tr key={i}>
                    <td>
                      <code>{s.type}</code>
                    </td>
                    <td>
                      <span className={`strength strength-${s.strength}`}>{s.strength}</span>
                    </td>
                    <td>{s.score === null ? '—' : s.score.toFixed(2)}</td>
                    <td className="small" data-testid="evidence">
                      {s.text ? `“${s.text}”` : s.evidence ? formatEvidence(s.evidence) || '—' : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <ContextFacts context={d.context} />
        </div>
      ))}
    </Card>
  );
}

function ContextFacts({ context }: { context: Record<string, unknown> }) {
  const entries = Object.entries(context).filter(([k, v]) => k !== 'subjectText' && k !== 'counters' && (typeof v !== 'object' || v === null));
  const nested = Object.entries(context).filter(([k, v]) => k !== 'counters' && v && typeof v === 'object' && !Array.isArray(v));
  const flat = [
    ...entries,
    ...nested.flatMap(([k, v]) =>
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => typeof x !== 'object' || x === null)
        .map(([kk, x]) => [`${k}.${kk}`, x] as const),
    ),
  ];
  if (!flat.length) return null;
  return (
    <details className="context">
      <summary>Context the policies used ({flat.length} values)</summary>
      <dl className="facts facts-compact">
        {flat.map(([k, v]) => (
          <div key={k} className="fact">
            <dt>{k}</dt>
            <dd>{String(v)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function ReportsCard({ reports }: { reports: CaseModel['reports'] }) {
  return (
    <Card title={`Community reports (${reports.length})`}>
      <ul className="reports">
        {reports.map((r) => (
          <li key={r.id}>
            <div>
              <strong>{r.reasonLabel}</strong>{' '}
              <span className="muted small">
                by {r.reporterId} · {formatDateTime(r.createdAt)}
              </span>
            </div>
            {r.comment && <p className="small">“{r.comment}”</p>}
            <span className="chips">
              <Chip tone={r.reporterCredibility >= 0.7 ? 'ok' : r.reporterCredibility < 0.3 ? 'warn' : 'neutral'}>
                credibility {r.reporterCredibility.toFixed(2)}
              </Chip>
              {r.muted && <Chip tone="warn">muted reporter</Chip>}
              <StatusChip status={r.outcome ?? r.status} />
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
