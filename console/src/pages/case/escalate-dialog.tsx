// Escalating a case to another queue, with the reason the next reviewer reads first.
import { useState } from 'react';
import { post } from '../../api/client.ts';
import { useAction, useResource } from '../../api/hooks.ts';
import { DialogActions, OptionSelect, ReasonField, submitThen } from '../../components/form.tsx';
import { Dialog, Field, InlineError } from '../../components/ui.tsx';
import type { CaseModel, QueueSummary } from '../../models/cases.ts';

export function EscalateDialog({ kase, onClose, onDone }: { kase: CaseModel; onClose: () => void; onDone: () => void }) {
  const queues = useResource<{ queues: QueueSummary[] }>('/v1/queues');
  const [queue, setQueue] = useState(kase.queue === 'senior' ? kase.queue : 'senior');
  const [reason, setReason] = useState('');
  const esc = useAction(() => post(`/v1/cases/${encodeURIComponent(kase.id)}/escalate`, { queue, reason }));
  const names = [...new Set(['senior', ...(queues.data?.queues.map((q) => q.queue) ?? [])])];
  const submit = submitThen(esc.run, onClose, onDone);
  return (
    <Dialog title="Escalate" onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <Field label="To queue">
          <OptionSelect label="Queue" value={queue} options={names} onChange={setQueue} />
        </Field>
        <ReasonField label="Why" value={reason} onChange={setReason} hint="The next reviewer reads this first." />
        <InlineError error={esc.error} />
        <DialogActions onCancel={onClose} disabled={esc.pending || !reason.trim()}>
          Escalate
        </DialogActions>
      </form>
    </Dialog>
  );
}
