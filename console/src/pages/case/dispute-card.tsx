// A dispute case: the claim, the money, each party's deadline and evidence, and the decision
// form (release, refund or split, with the reason the marketplace receives).
import { useState } from 'react';
import { post } from '../../api/client.ts';
import { useAction, useResource } from '../../api/hooks.ts';
import { DialogActions, ReasonField, submitThen } from '../../components/form.tsx';
import { Card, Chip, Dialog, Empty, ErrorState, Field, InlineError, Loading, StatusChip } from '../../components/ui.tsx';
import { formatDateTime, formatMoney, formatRelative, humanize } from '../../lib/format.ts';
import { DEADLINE_LABELS, type DisputeOutcome, type DisputeView, disputeScope, OUTCOME_LABELS } from '../../models/disputes.ts';

const path = (id: string) => `/v1/disputes/${encodeURIComponent(id)}`;

export function DisputeCard({ disputeId }: { disputeId: string }) {
  const d = useResource<DisputeView>(path(disputeId));
  if (d.error) return <ErrorState error={d.error} onRetry={d.reload} />;
  if (!d.data) return <Loading />;
  const x = d.data;
  return (
    <Card title="Payment dispute" actions={<StatusChip status={x.status} />}>
      <p data-testid="dispute-claim">
        <strong>{humanize(x.openedBy)}</strong> disputes {formatMoney(x.amountCents)} of {disputeScope(x)} on contract {x.contractId} ({humanize(x.claim.kind)}
        ): {x.claim.text}
      </p>
      <dl className="facts">
        <dt>Client</dt>
        <dd>{x.clientId}</dd>
        <dt>Freelancer</dt>
        <dd>{x.freelancerId}</dd>
        <dt>Opened</dt>
        <dd>{formatDateTime(x.openedAt)}</dd>
        <dt>If the other party stays silent</dt>
        <dd>{OUTCOME_LABELS[x.ifRespondentSilent]}</dd>
      </dl>
      <h3>Deadlines</h3>
      <ul className="dispute-list" data-testid="dispute-deadlines">
        {x.deadlines.map((dl) => (
          <li key={`${dl.party}-${dl.what}`}>
            {humanize(dl.party)} {DEADLINE_LABELS[dl.what]} by {formatDateTime(dl.dueAt)}{' '}
            {dl.metAt ? (
              <Chip tone={dl.missed ? 'warn' : 'ok'}>{dl.missed ? 'late' : 'done'}</Chip>
            ) : dl.missed ? (
              <Chip tone="bad">missed</Chip>
            ) : (
              <span className="muted small">{formatRelative(dl.dueAt)}</span>
            )}
          </li>
        ))}
      </ul>
      <h3>Evidence</h3>
      {x.evidence.length === 0 ? (
        <Empty title="No evidence yet" icon="◎" />
      ) : (
        <ul className="dispute-list" data-testid="dispute-evidence">
          {x.evidence.map((e) => (
            <li key={e.id}>
              <strong>{humanize(e.party)}</strong> · {humanize(e.kind)}
              {e.reference ? ` ${e.reference}` : ''} · {formatDateTime(e.submittedAt)} {e.late && <Chip tone="warn">late</Chip>}
              {e.text && <blockquote>{e.text}</blockquote>}
            </li>
          ))}
        </ul>
      )}
      {x.decision && (
        <p data-testid="dispute-decision">
          Decided: <strong>{OUTCOME_LABELS[x.decision.outcome]}</strong> — {formatMoney(x.decision.releaseCents)} to the freelancer,{' '}
          {formatMoney(x.decision.refundCents)} back to the client, by {x.decision.by.name ?? x.decision.by.id}: {x.decision.reason}
        </p>
      )}
    </Card>
  );
}

const OUTCOMES: DisputeOutcome[] = ['release', 'refund', 'split'];

export function DisputeDecisionDialog({ disputeId, onClose, onDone }: { disputeId: string; onClose: () => void; onDone: () => void }) {
  const d = useResource<DisputeView>(path(disputeId));
  const [outcome, setOutcome] = useState<DisputeOutcome>('release');
  const [release, setRelease] = useState('');
  const [reason, setReason] = useState('');
  const decide = useAction(() =>
    post(`${path(disputeId)}/decision`, {
      outcome,
      reason,
      ...(outcome === 'split' ? { releaseCents: Math.round(Number(release) * 100) } : {}),
    }),
  );
  const submit = submitThen(decide.run, onClose, onDone);
  const amount = d.data?.amountCents ?? 0;
  return (
    <Dialog title="Decide the dispute" onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <p className="muted small">{d.data ? `${formatMoney(amount)} of ${disputeScope(d.data)} is in dispute.` : 'Loading the dispute…'}</p>
        <div className="choice-grid">
          {OUTCOMES.map((o) => (
            <button key={o} type="button" aria-pressed={outcome === o} className={`choice ${outcome === o ? 'on' : ''}`} onClick={() => setOutcome(o)}>
              <strong>{OUTCOME_LABELS[o]}</strong>
            </button>
          ))}
        </div>
        {outcome === 'split' && (
          <Field label="To the freelancer (USD)" hint={`The rest of ${formatMoney(amount)} goes back to the client.`}>
            <input aria-label="To the freelancer (USD)" inputMode="decimal" required value={release} onChange={(e) => setRelease(e.target.value)} />
          </Field>
        )}
        <ReasonField value={reason} onChange={setReason} hint="Sent to the marketplace with the money outcome: write it for both parties." />
        <InlineError error={decide.error} />
        <DialogActions onCancel={onClose} disabled={decide.pending || !reason.trim()}>
          {OUTCOME_LABELS[outcome]}
        </DialogActions>
      </form>
    </Dialog>
  );
}
