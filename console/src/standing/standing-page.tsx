// The account-standing page a marketplace user opens from a signed link: in plain words,
// what is in force on their account, what counts against them and until when, what they
// can do now, and a form to appeal. It says nothing about how detection works.
import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import { useAction, useResource } from '../api/hooks.ts';
import { formatDate } from '../lib/format.ts';
import { ACTION_LABELS, type PublicStanding, STATUS_LABELS, STATUS_TONE } from '../models/enforcement.ts';

type Appealable = { kind: 'action' | 'strike'; id: string; label: string; by: string };

export function appealableItems(s: PublicStanding): Appealable[] {
  const out: Appealable[] = [];
  for (const step of s.whatYouCanDo) {
    if (step.kind !== 'appeal') continue;
    if (step.actionId) {
      const a = s.activeActions.find((x) => x.id === step.actionId);
      out.push({ kind: 'action', id: step.actionId, label: `${ACTION_LABELS[a?.type ?? ''] ?? 'Action'} of ${formatDate(a?.createdAt)}`, by: step.by ?? '' });
    } else if (step.strikeId) {
      const st = s.strikes.active.find((x) => x.id === step.strikeId);
      out.push({ kind: 'strike', id: step.strikeId, label: `Strike of ${formatDate(st?.createdAt)}`, by: step.by ?? '' });
    }
  }
  return out;
}

const STEP_ICONS: Record<string, string> = { appeal: '✎', verify_identity: '◎', wait: '◷', read_policy: '§', nothing: '✓' };

export function StandingPage({ token }: { token: string }) {
  const path = `/v1/standing/${encodeURIComponent(token)}`;
  const s = useResource<PublicStanding>(path);
  if (s.error) {
    const expired = s.error.status === 410;
    return (
      <div className="standing">
        <div className="standing-card standing-problem" role="alert">
          <h1>{expired ? 'This link has expired' : 'This link does not work'}</h1>
          <p>{s.error.problem.detail ?? s.error.problem.title}</p>
          <p className="muted">
            Links to your account standing are personal and last a few days. Open your account settings on the marketplace to get a new one.
          </p>
        </div>
      </div>
    );
  }
  if (!s.data) {
    return (
      <div className="standing">
        <div className="standing-card">
          <span className="spinner" aria-hidden="true" /> Loading your account standing…
        </div>
      </div>
    );
  }
  const d = s.data;
  const tone = STATUS_TONE[d.status];
  return (
    <div className="standing">
      <header className="standing-top">
        <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
          <path d="M16 2 4 7v8c0 7.5 5.1 13.2 12 15 6.9-1.8 12-7.5 12-15V7z" fill="#0f766e" />
        </svg>
        <span>Account standing</span>
      </header>
      <section className={`standing-hero tone-${tone}`} data-testid="standing-status">
        <span className="hero-label">Your account</span>
        <h1>{STATUS_LABELS[d.status]}</h1>
        <p>{d.summary}</p>
      </section>

      <section className="standing-card">
        <h2>What you can do now</h2>
        <ul className="steps" data-testid="next-steps">
          {d.whatYouCanDo.map((step) => (
            <li key={`${step.kind}-${step.actionId ?? step.strikeId ?? step.verificationId ?? step.text}`}>
              <span className={`step-icon step-${step.kind}`} aria-hidden="true">
                {STEP_ICONS[step.kind] ?? '•'}
              </span>
              <span>{step.text}</span>
            </li>
          ))}
        </ul>
      </section>

      {(d.activeActions.length > 0 || d.strikes.active.length > 0) && (
        <section className="standing-card">
          <h2>In force on your account</h2>
          <ul className="standing-list">
            {d.activeActions.map((a) => (
              <li key={a.id}>
                <div className="item-head">
                  <strong>{ACTION_LABELS[a.type] ?? a.type}</strong>
                  <span className="muted small">
                    since {formatDate(a.startsAt)}
                    {a.endsAt ? ` · until ${formatDate(a.endsAt)}` : ''}
                  </span>
                </div>
                <p className="small">Policy: {a.policy.name.replace(/[-_]/g, ' ')}</p>
                {a.evidence.quote && <blockquote className="quote">{a.evidence.quote}</blockquote>}
              </li>
            ))}
            {d.strikes.active.map((st) => (
              <li key={st.id}>
                <div className="item-head">
                  <strong>
                    Strike ({st.points} point{st.points === 1 ? '' : 's'})
                  </strong>
                  <span className="muted small">
                    {formatDate(st.createdAt)} · stops counting {formatDate(st.expiresAt)}
                  </span>
                </div>
              </li>
            ))}
          </ul>
          {d.strikes.next && (
            <p className="small muted">
              You have {d.strikes.points} point{d.strikes.points === 1 ? '' : 's'}. At {d.strikes.next.atPoints} the next step would be a{' '}
              {(ACTION_LABELS[d.strikes.next.action] ?? d.strikes.next.action).toLowerCase()}.
            </p>
          )}
        </section>
      )}

      <AppealForm token={token} standing={d} onFiled={s.reload} />

      {(d.appeals.open.length > 0 || d.appeals.decided.length > 0) && (
        <section className="standing-card">
          <h2>Your appeals</h2>
          <ul className="standing-list" data-testid="appeals">
            {[...d.appeals.open, ...d.appeals.decided].map((a) => (
              <li key={a.id}>
                <div className="item-head">
                  <strong>
                    {a.status === 'open' ? 'With a reviewer' : a.status === 'overturned' ? 'Accepted: the decision was reversed' : 'Not accepted'}
                  </strong>
                  <span className="muted small">filed {formatDate(a.createdAt)}</span>
                </div>
                <p className="small quote-soft">“{a.text}”</p>
                {a.decision?.reason && <p className="small">Reviewer: {a.decision.reason}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {d.notices.length > 0 && (
        <section className="standing-card">
          <h2>Notices</h2>
          <div className="notices" data-testid="notices">
            {d.notices.map((n) => (
              <details key={n.id} className="notice-item" open={n === d.notices[0]}>
                <summary>
                  <strong>{n.subject}</strong>
                  <span className="muted small">{formatDate(n.createdAt)}</span>
                </summary>
                {/* Rendered by enforcement's notice templates, which escape user content and reviewer text. */}
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: escaped by the notice renderer */}
                <div className="notice-html" dangerouslySetInnerHTML={{ __html: n.html }} />
              </details>
            ))}
          </div>
        </section>
      )}
      <footer className="standing-foot muted small">
        This page shows account {d.accountId} as of {formatDate(d.asOf)}. The link is personal; it works until {formatDate(d.linkExpiresAt)}.
      </footer>
    </div>
  );
}

function AppealForm({ token, standing, onFiled }: { token: string; standing: PublicStanding; onFiled: () => void }) {
  const items = appealableItems(standing);
  const [choice, setChoice] = useState(items[0] ? `${items[0].kind}:${items[0].id}` : '');
  const [text, setText] = useState('');
  const [filed, setFiled] = useState(false);
  const file = useAction(() => {
    const [kind, id] = choice.split(/:(.*)/s);
    return api('POST', `/v1/standing/${encodeURIComponent(token)}/appeals`, { ...(kind === 'action' ? { actionId: id } : { strikeId: id }), text });
  });
  if (!items.length)
    return filed ? <p className="standing-card ok-note">Your appeal was sent. A person will review it and you will get a notice with the decision.</p> : null;
  const max = 2000;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await file.run()) {
      setText('');
      setFiled(true);
      onFiled();
    }
  };
  const selected = items.find((i) => `${i.kind}:${i.id}` === choice);
  return (
    <section className="standing-card">
      <h2>Appeal a decision</h2>
      <p className="small muted">A person reads every appeal. Tell us what happened in your own words; you do not need to repeat the message we quoted.</p>
      <form className="stack" onSubmit={submit}>
        {items.length > 1 && (
          <label className="field">
            <span className="field-label">Decision</span>
            <select value={choice} onChange={(e) => setChoice(e.target.value)}>
              {items.map((i) => (
                <option key={`${i.kind}:${i.id}`} value={`${i.kind}:${i.id}`}>
                  {i.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {items.length === 1 && <p className="small">Appealing: {items[0].label}</p>}
        <label className="field">
          <span className="field-label">Why is this decision wrong?</span>
          <textarea aria-label="Your appeal" rows={5} maxLength={max} value={text} onChange={(e) => setText(e.target.value)} required />
          <span className="field-hint">
            {text.length}/{max} characters{selected?.by ? ` · appeal by ${formatDate(selected.by)}` : ''}
          </span>
        </label>
        {file.error && (
          <p className="inline-error" role="alert">
            {file.error.problem.detail ?? file.error.problem.title}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={file.pending || !text.trim()}>
          {file.pending ? 'Sending…' : 'Send appeal'}
        </button>
      </form>
    </section>
  );
}
