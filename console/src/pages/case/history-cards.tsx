// What the team did on the case: internal notes (reviewers only) and the audit trail.
import { type FormEvent, useState } from 'react';
import { post } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { Card, InlineError } from '../../components/ui.tsx';
import { formatDateTime, humanize } from '../../lib/format.ts';
import type { CaseModel } from '../../models/cases.ts';
import { useSession } from '../../session.tsx';

export function NotesCard({ kase, noteRef, onAdded }: { kase: CaseModel; noteRef: React.RefObject<HTMLTextAreaElement | null>; onAdded: () => void }) {
  const { can } = useSession();
  const [body, setBody] = useState('');
  const add = useAction((text: string) => post(`/v1/cases/${encodeURIComponent(kase.id)}/notes`, { body: text }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    if (await add.run(body)) {
      setBody('');
      onAdded();
    }
  };
  return (
    <Card title={`Internal notes (${kase.notes.length})`}>
      {kase.notes.length === 0 && <p className="muted small">No notes yet. Notes are seen by reviewers only, never by the users involved.</p>}
      <ul className="notes">
        {kase.notes.map((n) => (
          <li key={n.id}>
            <span className="avatar avatar-small" aria-hidden="true">
              {n.author.name.slice(0, 1).toUpperCase()}
            </span>
            <div>
              <div className="small">
                <strong>{n.author.name}</strong> <span className="muted">{formatDateTime(n.createdAt)}</span>
              </div>
              <p>{n.body}</p>
            </div>
          </li>
        ))}
      </ul>
      {can.route && (
        <form className="note-form" onSubmit={submit}>
          <textarea
            ref={noteRef}
            aria-label="New note"
            placeholder="Add a note for the team (press n)"
            rows={2}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) void submit(e);
              if (e.key === 'Escape') e.currentTarget.blur();
            }}
          />
          <button type="submit" className="btn" disabled={add.pending || !body.trim()}>
            Add note
          </button>
        </form>
      )}
      <InlineError error={add.error} />
    </Card>
  );
}

export function AuditCard({ audit }: { audit: CaseModel['audit'] }) {
  return (
    <Card title="Audit trail">
      <ol className="timeline" data-testid="audit">
        {audit.map((a) => (
          <li key={a.id}>
            <span className={`tl-dot tl-${a.action}`} aria-hidden="true" />
            <div>
              <strong>{humanize(a.action)}</strong> <span className="muted">by {a.actor.name ?? a.actor.id}</span>
              <span className="muted small tl-time">{formatDateTime(a.at)}</span>
              {describeAudit(a.detail) && <div className="small muted">{describeAudit(a.detail)}</div>}
            </div>
          </li>
        ))}
      </ol>
    </Card>
  );
}

function describeAudit(d: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof d.reason === 'string') parts.push(`“${d.reason}”`);
  if (d.toQueue) parts.push(`to ${String(d.toQueue)}`);
  if (d.queue && !d.toQueue) parts.push(`queue ${String(d.queue)}`);
  const action = d.action as { type?: string } | null | undefined;
  if (d.resolution && !(d.resolution === 'action' && action?.type)) parts.push(String(d.resolution));
  if (action?.type) parts.push(humanize(action.type));
  if (d.policy) parts.push(`policy ${String(d.policy)}`);
  if (typeof d.contacts === 'number') parts.push(d.contacts === 1 ? '1 contact detail' : `${d.contacts} contact details`);
  return parts.join(' · ');
}
