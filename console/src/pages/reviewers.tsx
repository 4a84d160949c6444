// Reviewer management (admins): who can sign in to the console and with which role; disable
// or enable an account, reset a password (a temporary one is shown once), change a role, add
// a reviewer — each change in the access trail below (src/access/routes.ts). The API refuses
// what would leave no admin.

import { type FormEvent, useState } from 'react';
import { ROLES, type Role } from '../../../src/access/scopes.ts';
import { post } from '../api/client.ts';
import { useAction, useResource } from '../api/hooks.ts';
import { DialogActions, OptionSelect, submitThen } from '../components/form.tsx';
import { Card, Chip, Dialog, Empty, ErrorState, Field, InlineError, Loading } from '../components/ui.tsx';
import { formatDate, formatDateTime, humanize } from '../lib/format.ts';
import { useSession } from '../session.tsx';

// The server's own list, so a new role cannot be missing here.
const ROLE_HINTS: Record<Role, string> & Record<string, string | undefined> = {
  admin: 'everything, reviewers and keys included',
  reviewer: 'claims and decides cases, applies actions',
  triage: 'reads, notes and routes cases; decides nothing',
  'policy-editor': 'reads everything, edits, backtests and activates policies; decides no case',
};

interface Reviewer {
  id: string;
  email: string;
  name: string;
  role: string;
  createdAt: string;
  disabledAt: string | null;
}

interface AuditEntry {
  id: number;
  at: string;
  actor: { kind: string; id: string; name: string };
  action: string;
  targetId: string;
  detail: Record<string, unknown>;
}

export function ReviewersPage() {
  const { can, me } = useSession();
  const users = useResource<{ users: Reviewer[] }>(can.admin ? '/v1/admin/users' : null);
  const audit = useResource<{ entries: AuditEntry[] }>(can.admin ? '/v1/admin/audit?limit=30' : null);
  const [dialog, setDialog] = useState<{ kind: 'add' } | { kind: 'reset' | 'disable'; user: Reviewer } | null>(null);
  const [secret, setSecret] = useState<{ user: Reviewer; password: string } | null>(null);
  const changed = () => {
    users.reload();
    audit.reload();
  };
  const role = useAction((id: string, r: string) => post(`/v1/admin/users/${encodeURIComponent(id)}/role`, { role: r }));
  const enable = useAction((id: string) => post(`/v1/admin/users/${encodeURIComponent(id)}/enable`));
  if (!can.admin)
    return (
      <div className="page">
        <h1>Reviewers</h1>
        <p className="muted">Only admins manage reviewer accounts.</p>
      </div>
    );
  const names = new Map((users.data?.users ?? []).map((u) => [u.id, u.name]));
  return (
    <div className="page">
      <header className="page-head">
        <div>
          <h1>Reviewers</h1>
          <p className="lead">Who can sign in to the console, and what they may do. Every change is in the access trail.</p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setDialog({ kind: 'add' })}>
          Add a reviewer
        </button>
      </header>
      {users.error && <ErrorState error={users.error} onRetry={users.reload} />}
      {!users.data && !users.error && <Loading />}
      <InlineError error={role.error ?? enable.error} />
      {secret && (
        <div className="banner banner-warn" data-testid="temporary-password">
          Temporary password for <strong>{secret.user.name}</strong>: <code>{secret.password}</code> — shown once; hand it over safely.{' '}
          <button type="button" className="btn-link" onClick={() => setSecret(null)}>
            Hide
          </button>
        </div>
      )}
      {users.data && (
        <div className="table-wrap">
          <table className="cases reviewers" data-testid="reviewers">
            <thead>
              <tr>
                <th>Reviewer</th>
                <th>Role</th>
                <th>Since</th>
                <th>Status</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {users.data.users.map((u) => (
                <tr key={u.id} data-reviewer={u.email} className={u.disabledAt ? 'is-disabled' : ''}>
                  <td>
                    <strong>{u.name}</strong>
                    {u.id === me.id && <Chip tone="accent">you</Chip>}
                    <div className="muted small">{u.email}</div>
                  </td>
                  <td>
                    <OptionSelect
                      label={`Role of ${u.name}`}
                      value={u.role}
                      options={ROLES}
                      disabled={role.pending}
                      title={ROLE_HINTS[u.role]}
                      onChange={async (r) => {
                        if (await role.run(u.id, r)) changed();
                      }}
                    />
                  </td>
                  <td className="small">{formatDate(u.createdAt)}</td>
                  <td>{u.disabledAt ? <Chip tone="bad">Disabled {formatDate(u.disabledAt)}</Chip> : <Chip tone="ok">Active</Chip>}</td>
                  <td className="row-actions">
                    <button type="button" className="btn btn-small btn-ghost" onClick={() => setDialog({ kind: 'reset', user: u })}>
                      Reset password
                    </button>
                    {u.disabledAt ? (
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={async () => {
                          if (await enable.run(u.id)) changed();
                        }}
                      >
                        Enable
                      </button>
                    ) : (
                      <button type="button" className="btn btn-small btn-danger" onClick={() => setDialog({ kind: 'disable', user: u })}>
                        Disable
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Card title="Access trail">
        {audit.data?.entries.length === 0 && <Empty title="No changes yet" icon="◷" />}
        <ol className="timeline" data-testid="access-trail">
          {(audit.data?.entries ?? []).map((a) => (
            <li key={a.id}>
              <span className="tl-dot" aria-hidden="true" />
              <div>
                <strong>{humanize(a.action.replace('.', ' '))}</strong> <span className="muted">of {names.get(a.targetId) ?? a.targetId}</span>{' '}
                <span className="muted">by {a.actor.name}</span>
                <span className="muted small tl-time">{formatDateTime(a.at)}</span>
                {typeof a.detail.reason === 'string' && <div className="small muted">“{a.detail.reason}”</div>}
                {typeof a.detail.to === 'string' && (
                  <div className="small muted">
                    role {String(a.detail.from ?? '')} → {a.detail.to}
                  </div>
                )}
              </div>
            </li>
          ))}
        </ol>
      </Card>
      {dialog?.kind === 'add' && <AddDialog onClose={() => setDialog(null)} onDone={changed} />}
      {dialog?.kind === 'disable' && <DisableDialog user={dialog.user} onClose={() => setDialog(null)} onDone={changed} />}
      {dialog?.kind === 'reset' && (
        <ResetDialog
          user={dialog.user}
          onClose={() => setDialog(null)}
          onDone={(password) => {
            if (password) setSecret({ user: dialog.user, password });
            changed();
          }}
        />
      )}
    </div>
  );
}

function DisableDialog({ user, onClose, onDone }: { user: Reviewer; onClose: () => void; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const run = useAction(() => post(`/v1/admin/users/${encodeURIComponent(user.id)}/disable`, reason.trim() ? { reason: reason.trim() } : {}));
  const submit = submitThen(run.run, onClose, onDone);
  return (
    <Dialog title={`Disable ${user.name}`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <p className="small">They can no longer sign in; their open sessions end and the API keys they made stop working. You can enable them again.</p>
        <Field label="Reason" hint="Kept in the access trail.">
          <input aria-label="Reason" value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <InlineError error={run.error} />
        <DialogActions onCancel={onClose} tone="danger" disabled={run.pending}>
          Disable {user.name}
        </DialogActions>
      </form>
    </Dialog>
  );
}

function ResetDialog({ user, onClose, onDone }: { user: Reviewer; onClose: () => void; onDone: (temporary: string | null) => void }) {
  const [password, setPassword] = useState('');
  const run = useAction(() =>
    post<{ temporaryPassword?: string }>(`/v1/admin/users/${encodeURIComponent(user.id)}/reset-password`, password ? { password } : {}),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await run.run();
    if (r) {
      onClose();
      onDone(r.temporaryPassword ?? null);
    }
  };
  return (
    <Dialog title={`Reset the password of ${user.name}`} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <p className="small">Their sessions end. Leave the field empty to get a temporary password, shown once.</p>
        <Field label="New password" hint="At least 10 characters, or empty">
          <input aria-label="New password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <InlineError error={run.error} />
        <DialogActions onCancel={onClose} disabled={run.pending || (password.length > 0 && password.length < 10)}>
          Reset password
        </DialogActions>
      </form>
    </Dialog>
  );
}

function AddDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const [form, setForm] = useState({ name: '', email: '', role: 'reviewer', password: '' });
  const run = useAction(() => post('/v1/admin/users', form));
  const submit = submitThen(run.run, onClose, onDone);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  return (
    <Dialog title="Add a reviewer" onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <Field label="Name">
          <input aria-label="Name" required value={form.name} onChange={set('name')} />
        </Field>
        <Field label="Work email">
          <input aria-label="Work email" type="email" required value={form.email} onChange={set('email')} />
        </Field>
        <Field label="Role" hint={ROLE_HINTS[form.role]}>
          <OptionSelect label="Role" value={form.role} options={ROLES} onChange={(role) => setForm((f) => ({ ...f, role }))} />
        </Field>
        <Field label="Password" hint="At least 10 characters; they can be given a new one later">
          <input aria-label="Password" type="password" autoComplete="new-password" minLength={10} required value={form.password} onChange={set('password')} />
        </Field>
        <InlineError error={run.error} />
        <DialogActions onCancel={onClose} disabled={run.pending}>
          Add
        </DialogActions>
      </form>
    </Dialog>
  );
}
