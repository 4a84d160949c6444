// Report triage: community reports waiting before anyone investigates an account
// (src/cases/triage.ts). A triage reviewer reads each one and escalates it into a case or
// closes it; reports a detection or a second reporter corroborates leave the queue by themselves.
import { useState } from 'react';
import type { ReportView, TriageReason } from '../../../src/cases/triage.ts';
import { post } from '../api/client.ts';
import { useAction, useResource } from '../api/hooks.ts';
import { DialogActions, ReasonField, submitThen } from '../components/form.tsx';
import { Chip, Dialog, Empty, ErrorState, InlineError, Loading } from '../components/ui.tsx';
import { formatAge, humanize } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { useSession } from '../session.tsx';

// Keyed by the server's own type: a new reason fails the type-check until it is named here.
const REASON_LABELS: Record<TriageReason, string> = {
  muted: 'Reporter muted',
  low_accuracy: 'Reporter’s reports often rejected',
  burst: 'Burst of reports',
  stranger: 'Never dealt with them',
  mass_reporting: 'Reports many strangers',
  linked_reporters: 'Linked to another reporter',
  same_network: 'Same network as another reporter',
  retaliation: 'Filed after a dispute with them',
};

type Decision = 'escalate' | 'close';

export function ReportTriagePage({ onChanged }: { onChanged: () => void }) {
  const { can } = useSession();
  const list = useResource<{ reports: ReportView[]; total: number }>('/v1/reports?triage=queued&limit=100');
  const [deciding, setDeciding] = useState<{ report: ReportView; decision: Decision } | null>(null);
  const now = Date.now();
  const rows = list.data?.reports ?? [];
  return (
    <div className="page report-triage-page">
      <header className="page-head">
        <div>
          <h1>Report triage</h1>
          <p className="lead">
            Reports nothing corroborates yet, from reporters whose word is weak. They are not investigations: read what was reported, then escalate it into a
            case or close it. A detection on the account or an independent second reporter escalates them on their own.
          </p>
        </div>
      </header>
      {list.loading && !list.data && <Loading />}
      {list.error && <ErrorState error={list.error} onRetry={list.reload} />}
      {list.data && rows.length === 0 && <Empty title="No reports waiting">Reports that need a first look land here.</Empty>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="cases" data-testid="report-triage">
            <thead>
              <tr>
                <th>Reported</th>
                <th>What was reported</th>
                <th>Reason</th>
                <th>Why it waits</th>
                <th>Reporter</th>
                <th>Waiting</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/accounts/${encodeURIComponent(r.subject.accountId)}`}>{r.subject.accountId}</Link>
                  </td>
                  <td>
                    <span className="muted small">{humanize(r.subject.type)}</span>
                    {r.subject.text ? (
                      <p className="small">{r.subject.text}</p>
                    ) : r.subject.type === 'account' ? (
                      <p className="muted small">Nothing to read: the account itself was reported.</p>
                    ) : (
                      // The marketplace may report a message, job or file without its text: say so,
                      // instead of claiming the account itself was reported.
                      <p className="muted small">The report did not include the reported text: read it on the account’s page.</p>
                    )}
                    {r.comment ? <p className="small">“{r.comment}”</p> : null}
                  </td>
                  <td>{r.reasonLabel}</td>
                  <td>
                    {r.triageReasons.map((x) => (
                      <Chip key={x} tone="warn">
                        {REASON_LABELS[x as TriageReason] ?? humanize(x)}
                      </Chip>
                    ))}
                  </td>
                  <td>
                    <Link to={`/accounts/${encodeURIComponent(r.reporterId)}`}>{r.reporterId}</Link>
                    <span className="muted small"> accuracy {Math.round(r.reporterCredibility * 100)} %</span>
                  </td>
                  <td>{formatAge(Math.round((now - Date.parse(r.createdAt)) / 1000))}</td>
                  <td>
                    {can.route && (
                      <span className="row-actions">
                        <button type="button" className="btn btn-small" onClick={() => setDeciding({ report: r, decision: 'escalate' })}>
                          Escalate
                        </button>
                        <button type="button" className="btn btn-small btn-ghost" onClick={() => setDeciding({ report: r, decision: 'close' })}>
                          Close
                        </button>
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="table-foot muted small">
            {rows.length} of {list.data?.total} waiting, oldest first.
          </p>
        </div>
      )}
      {deciding && (
        <DecideDialog
          report={deciding.report}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
          onDone={() => {
            list.reload();
            onChanged();
          }}
        />
      )}
    </div>
  );
}

function DecideDialog({ report, decision, onClose, onDone }: { report: ReportView; decision: Decision; onClose: () => void; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const act = useAction(() => post(`/v1/reports/${encodeURIComponent(report.id)}/triage`, { decision, reason }));
  const submit = submitThen(act.run, onClose, onDone);
  return (
    <Dialog title={decision === 'escalate' ? 'Escalate into a case' : 'Close the report'} onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <p className="small">
          {decision === 'escalate'
            ? 'Opens an investigation case on what was reported, with this report in it.'
            : 'No case is opened. The reporter is told no violation was found, and the report counts as not upheld for them.'}
        </p>
        <ReasonField value={reason} onChange={setReason} hint="What you read in the report." />
        <InlineError error={act.error} />
        <DialogActions onCancel={onClose} disabled={act.pending || !reason.trim()}>
          {decision === 'escalate' ? 'Escalate' : 'Close'}
        </DialogActions>
      </form>
    </Dialog>
  );
}
