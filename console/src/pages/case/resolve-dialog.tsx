// Resolving a case: the dialog that fits it (an action or a dismissal with the notice the user
// will read, an appeal's or a verification's two-way decision, a dispute's money outcome).
import { useEffect, useState } from 'react';
import { SEVERITIES } from '../../../../src/policy/schema.ts';
import { type ApiError, post } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { DialogActions, OptionSelect, ReasonField, Segmented, submitThen } from '../../components/form.tsx';
import { Dialog, Field, InlineError, Loading } from '../../components/ui.tsx';
import type { CaseModel } from '../../models/cases.ts';
import { ACTION_LABELS, ACTION_TYPES, type ActionType, FEATURES, type PreviewNotice } from '../../models/enforcement.ts';
import { DisputeDecisionDialog } from './dispute-card.tsx';

export function ResolveDialog({ kase, onClose, onDone }: { kase: CaseModel; onClose: () => void; onDone: () => void }) {
  if (kase.subject.type === 'dispute') return <DisputeDecisionDialog disputeId={kase.subject.id} onClose={onClose} onDone={onDone} />;
  if (kase.appealId) return <AppealDecisionDialog kase={kase} appealId={kase.appealId} onClose={onClose} onDone={onDone} />;
  if (kase.verificationId) return <VerificationDecisionDialog kase={kase} onClose={onClose} onDone={onDone} />;
  return <ActionDialog kase={kase} onClose={onClose} onDone={onDone} />;
}

function ActionDialog({ kase, onClose, onDone }: { kase: CaseModel; onClose: () => void; onDone: () => void }) {
  // Acting is never what the dialog suggests on a case no detection corroborates (reports alone,
  // network facts alone): it opens on dismiss, and says why.
  const uncorroborated = kase.evidence !== null && !kase.evidence.corroborated;
  const [mode, setMode] = useState<'action' | 'dismiss'>(uncorroborated ? 'dismiss' : 'action');
  const [type, setType] = useState<ActionType>('warning');
  const [feature, setFeature] = useState<string>('new_conversations');
  const [durationDays, setDuration] = useState<number>(7);
  const [severity, setSeverity] = useState<string>('low');
  const [reason, setReason] = useState('');
  // A permanent suspension is confirmed by typing the account id again (the server refuses it otherwise).
  const [confirm, setConfirm] = useState('');
  const [preview, setPreview] = useState<PreviewNotice | null>(null);
  const [previewError, setPreviewError] = useState<ApiError>();
  const permanent = type === 'permanent_suspension';
  const confirmed = !permanent || confirm.trim() === kase.subject.accountId;
  const timed = type === 'restriction' || type === 'suspension';
  const actionBody = { type, ...(type === 'restriction' ? { feature } : {}), ...(timed ? { durationDays } : {}), ...(type === 'warning' ? { severity } : {}) };
  const key = JSON.stringify(actionBody);
  useEffect(() => {
    if (mode !== 'action') return;
    let live = true;
    setPreviewError(undefined);
    post<PreviewNotice>('/v1/console/notice-preview', { caseId: kase.id, ...JSON.parse(key) })
      .then((p) => live && setPreview(p))
      .catch((e) => live && setPreviewError(e));
    return () => {
      live = false;
    };
  }, [key, mode, kase.id]);
  const resolve = useAction(() =>
    post(
      `/v1/cases/${encodeURIComponent(kase.id)}/resolve`,
      mode === 'dismiss'
        ? { resolution: 'dismiss', reason }
        : { resolution: 'action', action: permanent ? { ...actionBody, confirm: confirm.trim() } : actionBody, reason },
    ),
  );
  const submit = submitThen(resolve.run, onClose, onDone);
  return (
    <Dialog title="Resolve the case" onClose={onClose} wide>
      <form className="resolve" onSubmit={submit}>
        <div className="resolve-form">
          <Segmented
            value={mode}
            options={[
              ['action', 'Apply an action'],
              ['dismiss', 'Dismiss'],
            ]}
            onChange={setMode}
          />
          {uncorroborated && kase.evidence && (
            <p className="muted small" data-testid="resolve-evidence">
              {kase.evidence.summary}
            </p>
          )}
          {mode === 'action' && (
            <>
              <Field label="Action">
                <OptionSelect label="Action type" value={type} options={ACTION_TYPES} optionLabel={(t) => ACTION_LABELS[t]} onChange={setType} />
              </Field>
              {type === 'warning' && (
                <Field label="Strike severity" hint="How much the strike counts on the ladder">
                  <OptionSelect label="Strike severity" value={severity} options={SEVERITIES} onChange={setSeverity} />
                </Field>
              )}
              {type === 'restriction' && (
                <Field label="Feature">
                  <OptionSelect label="Feature" value={feature} options={FEATURES} onChange={setFeature} />
                </Field>
              )}
              {timed && (
                <Field label="Days">
                  <input type="number" min={1} max={3650} value={durationDays} onChange={(e) => setDuration(Number(e.target.value) || 1)} />
                </Field>
              )}
              {permanent && (
                <Field label="Confirm the account" hint={`A permanent suspension does not end by itself: type ${kase.subject.accountId} to confirm it.`}>
                  <input aria-label="Confirm the account id" autoComplete="off" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
                </Field>
              )}
            </>
          )}
          <ReasonField
            value={reason}
            onChange={setReason}
            hint={
              mode === 'action'
                ? 'Recorded on the case and the action; the user sees the notice on the right.'
                : 'Recorded on the case; reporters learn the outcome.'
            }
          />
          <InlineError error={resolve.error} />
          <DialogActions
            onCancel={onClose}
            tone={mode === 'action' ? 'danger' : 'primary'}
            disabled={resolve.pending || !reason.trim() || (mode === 'action' && !confirmed)}
          >
            {mode === 'action' ? `Apply ${ACTION_LABELS[type].toLowerCase()}` : 'Dismiss case'}
          </DialogActions>
        </div>
        {mode === 'action' && (
          <div className="notice-preview" data-testid="notice-preview">
            <div className="preview-label">Notice preview · what the user will read</div>
            {kase.subject.hiddenContacts > 0 && (
              <p className="small muted preview-hint">Contact details stay hidden here; the user’s notice quotes their message as they wrote it.</p>
            )}
            {previewError && <InlineError error={previewError} />}
            {!preview && !previewError && <Loading label="Rendering the notice…" />}
            {preview && (
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the notice renderer escapes user content and reviewer text
              <div className="notice notice-html notice-full" dangerouslySetInnerHTML={{ __html: preview.html }} />
            )}
          </div>
        )}
      </form>
    </Dialog>
  );
}

function AppealDecisionDialog({ kase, appealId, onClose, onDone }: { kase: CaseModel; appealId: string; onClose: () => void; onDone: () => void }) {
  return (
    <TwoWayDecisionDialog
      title="Decide the appeal"
      options={[
        {
          value: 'overturned',
          label: 'Overturn',
          explanation: `Lift the action, remove the strike, restore what it took. Counted as a false positive of policy ${kase.policy ?? ''}.`,
        },
        { value: 'upheld', label: 'Uphold', explanation: 'Keep the decision; the user gets a notice with your reason.' },
      ]}
      reasonHint="The user reads this in their notice: write it for them."
      send={(outcome, reason) => post(`/v1/appeals/${encodeURIComponent(appealId)}/decide`, { outcome, reason })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

function VerificationDecisionDialog({ kase, onClose, onDone }: { kase: CaseModel; onClose: () => void; onDone: () => void }) {
  return (
    <TwoWayDecisionDialog
      title="Decide the verification"
      options={[
        {
          value: 'approve_verification',
          label: 'Approve',
          explanation: 'The ID and the selfie show the same person; a hold waiting on this is lifted.',
        },
        { value: 'reject_verification', label: 'Reject', explanation: 'Ask for new photos; the user is told why.' },
      ]}
      submitLabel="Confirm"
      send={(outcome, reason) => post(`/v1/cases/${encodeURIComponent(kase.id)}/resolve`, { resolution: 'action', action: { type: outcome }, reason })}
      onClose={onClose}
      onDone={onDone}
    />
  );
}

interface DecisionOption<T extends string> {
  value: T;
  label: string;
  explanation: string;
}

/**
 * A decision between two outcomes with a written reason. The first option starts chosen; without
 * a submitLabel the submit button repeats the chosen option's label, so the reviewer sees what
 * they are about to do.
 */
function TwoWayDecisionDialog<T extends string>({
  title,
  options,
  reasonHint,
  submitLabel,
  send,
  onClose,
  onDone,
}: {
  title: string;
  options: [DecisionOption<T>, DecisionOption<T>];
  reasonHint?: string;
  submitLabel?: string;
  send: (outcome: T, reason: string) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
}) {
  const [outcome, setOutcome] = useState<T>(options[0].value);
  const [reason, setReason] = useState('');
  const decide = useAction(() => send(outcome, reason));
  const submit = submitThen(decide.run, onClose, onDone);
  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <div className="choice-grid">
          {options.map((o) => (
            <button
              key={o.value}
              type="button"
              aria-pressed={outcome === o.value}
              className={`choice ${outcome === o.value ? 'on' : ''}`}
              onClick={() => setOutcome(o.value)}
            >
              <strong>{o.label}</strong>
              <span className="small muted">{o.explanation}</span>
            </button>
          ))}
        </div>
        <ReasonField value={reason} onChange={setReason} hint={reasonHint} />
        <InlineError error={decide.error} />
        <DialogActions onCancel={onClose} disabled={decide.pending || !reason.trim()}>
          {submitLabel ?? options.find((o) => o.value === outcome)?.label}
        </DialogActions>
      </form>
    </Dialog>
  );
}
