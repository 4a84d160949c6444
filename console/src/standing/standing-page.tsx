// The account-standing page a marketplace user opens from a signed link: in plain words,
// what is in force on their account, what counts against them and until when, what they
// can do now, and a form to appeal. It says nothing about how detection works.
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { useAction, useResource } from '../api/hooks.ts';
import { type PublicStanding, STATUS_TONE } from '../models/enforcement.ts';
import { localDate, type StandingText, standingText } from './messages.ts';

type Appealable = { kind: 'action' | 'strike'; id: string; label: string; by: string };

export function appealableItems(s: PublicStanding, t: StandingText = standingText(s.locale).t, locale = standingText(s.locale).locale): Appealable[] {
  const formatDate = (iso: string | null | undefined) => localDate(iso, locale);
  const out: Appealable[] = [];
  for (const step of s.whatYouCanDo) {
    if (step.kind !== 'appeal') continue;
    if (step.actionId) {
      const a = s.activeActions.find((x) => x.id === step.actionId);
      out.push({
        kind: 'action',
        id: step.actionId,
        label: t.actionOf(t.actions[a?.type ?? ''] ?? t.actions.warning, formatDate(a?.createdAt)),
        by: step.by ?? '',
      });
    } else if (step.strikeId) {
      const st = s.strikes.active.find((x) => x.id === step.strikeId);
      out.push({ kind: 'strike', id: step.strikeId, label: t.strikeOf(formatDate(st?.createdAt)), by: step.by ?? '' });
    }
  }
  return out;
}

const STEP_ICONS: Record<string, string> = { appeal: '✎', verify_identity: '◎', wait: '◷', read_policy: '§', nothing: '✓' };

export function StandingPage({ token }: { token: string }) {
  const path = `/v1/standing/${encodeURIComponent(token)}`;
  const s = useResource<PublicStanding>(path);
  // Before the standing arrives (or when the link fails) the browser's language is the best guess.
  const { locale, t } = standingText(s.data?.locale ?? navigator.language);
  const formatDate = (iso: string | null | undefined) => localDate(iso, locale);
  // The document's language and title follow the page's, so screen readers and tabs read it right.
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.title;
  }, [locale, t.title]);
  if (s.error) {
    const expired = s.error.status === 410;
    return (
      <div className="standing">
        <div className="standing-card standing-problem" role="alert">
          <h1>{expired ? t.expired : t.broken}</h1>
          <p>{s.error.problem.detail ?? s.error.problem.title}</p>
          <p className="muted">{t.newLink}</p>
        </div>
      </div>
    );
  }
  if (!s.data) {
    return (
      <div className="standing">
        <div className="standing-card">
          <span className="spinner" aria-hidden="true" /> {t.loading}
        </div>
      </div>
    );
  }
  const d = s.data;
  const tone = STATUS_TONE[d.status];
  return (
    <div className="standing" lang={locale}>
      <header className="standing-top">
        <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
          <path d="M16 2 4 7v8c0 7.5 5.1 13.2 12 15 6.9-1.8 12-7.5 12-15V7z" fill="#0f766e" />
        </svg>
        <span>{t.title}</span>
      </header>
      <section className={`standing-hero tone-${tone}`} data-testid="standing-status">
        <span className="hero-label">{t.yourAccount}</span>
        <h1>{t.status[d.status]}</h1>
        <p>{d.summary}</p>
      </section>

      <section className="standing-card">
        <h2>{t.whatNow}</h2>
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
          <h2>{t.inForce}</h2>
          <ul className="standing-list">
            {d.activeActions.map((a) => (
              <li key={a.id}>
                <div className="item-head">
                  <strong>{t.actions[a.type] ?? a.type}</strong>
                  <span className="muted small">
                    {t.since} {formatDate(a.startsAt)}
                    {a.endsAt ? ` · ${t.until} ${formatDate(a.endsAt)}` : ''}
                  </span>
                </div>
                <p className="small">
                  {t.policy}: {a.policy.name.replace(/[-_]/g, ' ')}
                </p>
                {a.evidence.quote && <blockquote className="quote">{a.evidence.quote}</blockquote>}
              </li>
            ))}
            {d.strikes.active.map((st) => (
              <li key={st.id}>
                <div className="item-head">
                  <strong>{t.strike(st.points)}</strong>
                  <span className="muted small">
                    {formatDate(st.createdAt)} · {t.stopsCounting} {formatDate(st.expiresAt)}
                  </span>
                </div>
              </li>
            ))}
          </ul>
          {d.strikes.next && (
            <p className="small muted">{t.nextStep(d.strikes.points, d.strikes.next.atPoints, t.actions[d.strikes.next.action] ?? d.strikes.next.action)}</p>
          )}
        </section>
      )}

      <AppealForm token={token} standing={d} onFiled={s.reload} t={t} locale={locale} />

      {(d.appeals.open.length > 0 || d.appeals.decided.length > 0) && (
        <section className="standing-card">
          <h2>{t.yourAppeals}</h2>
          <ul className="standing-list" data-testid="appeals">
            {[...d.appeals.open, ...d.appeals.decided].map((a) => (
              <li key={a.id}>
                <div className="item-head">
                  <strong>{a.status === 'open' ? t.withReviewer : a.status === 'overturned' ? t.accepted : t.notAccepted}</strong>
                  <span className="muted small">
                    {t.filed} {formatDate(a.createdAt)}
                  </span>
                </div>
                <p className="small quote-soft">“{a.text}”</p>
                {a.decision?.reason && (
                  <p className="small">
                    {t.reviewer}: {a.decision.reason}
                  </p>
                )}
                <AppealConversation token={token} appeal={a} onSent={s.reload} t={t} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {d.notices.length > 0 && (
        <section className="standing-card">
          <h2>{t.notices}</h2>
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
      <footer className="standing-foot muted small">{t.footer(d.accountId, formatDate(d.asOf), formatDate(d.linkExpiresAt))}</footer>
    </div>
  );
}

type PublicAppeal = PublicStanding['appeals']['open'][number];

/**
 * An appeal's conversation, oldest turn first: the user's statements, evidence and answers and
 * the reviewer's questions and replies ("Reviewer", never a name). While the appeal is open the
 * user adds to it here — an answer when the last word is the reviewer's question.
 */
function AppealConversation({
  token,
  appeal,
  onSent,
  t,
  locale,
}: {
  token: string;
  appeal: PublicAppeal;
  onSent: () => void;
  t: StandingText;
  locale: string;
}) {
  const [text, setText] = useState('');
  const kind = appeal.awaitingUser ? 'answer' : 'statement';
  const send = useAction(() =>
    api('POST', `/v1/standing/${encodeURIComponent(token)}/appeals/${encodeURIComponent(appeal.id)}/messages`, { kind, text: text.trim() }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await send.run()) {
      setText('');
      onSent();
    }
  };
  const turns = t.turns as Record<string, string>;
  return (
    <div className="conversation" data-testid={`conversation-${appeal.id}`}>
      {appeal.messages.length > 0 && (
        <>
          <h3 className="small">{t.conversation}</h3>
          <ol className="turns">
            {appeal.messages.map((m) => (
              <li key={m.id} className={`turn turn-${m.author}`} data-kind={m.kind}>
                <div className="turn-head small muted">
                  <strong>{m.author === 'user' ? t.you : t.aReviewer}</strong> · {turns[m.kind] ?? m.kind} · {localDate(m.createdAt, locale)}
                </div>
                <p className="turn-text">{m.text}</p>
              </li>
            ))}
          </ol>
        </>
      )}
      {appeal.status === 'open' && (
        <form className="stack" onSubmit={submit}>
          {appeal.awaitingUser && <p className="small awaiting">{t.awaitingYou}</p>}
          <label className="field">
            <span className="field-label">{appeal.awaitingUser ? t.yourAnswer : t.addStatement}</span>
            <textarea rows={3} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} required />
          </label>
          {send.error && (
            <p className="inline-error" role="alert">
              {send.error.problem.detail ?? send.error.problem.title}
            </p>
          )}
          <button type="submit" className="btn btn-ghost" disabled={send.pending || !text.trim()}>
            {send.pending ? t.sending : appeal.awaitingUser ? t.sendAnswer : t.sendStatement}
          </button>
        </form>
      )}
    </div>
  );
}

function AppealForm({
  token,
  standing,
  onFiled,
  t,
  locale,
}: {
  token: string;
  standing: PublicStanding;
  onFiled: () => void;
  t: StandingText;
  locale: string;
}) {
  const items = appealableItems(standing, t, locale);
  const [choice, setChoice] = useState(items[0] ? `${items[0].kind}:${items[0].id}` : '');
  const [text, setText] = useState('');
  const [filed, setFiled] = useState(false);
  const file = useAction(() => {
    const [kind, id] = choice.split(/:(.*)/s);
    return api('POST', `/v1/standing/${encodeURIComponent(token)}/appeals`, { ...(kind === 'action' ? { actionId: id } : { strikeId: id }), text });
  });
  if (!items.length) return filed ? <p className="standing-card ok-note">{t.sent}</p> : null;
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
      <h2>{t.appealTitle}</h2>
      <p className="small muted">{t.appealLead}</p>
      <form className="stack" onSubmit={submit}>
        {items.length > 1 && (
          <label className="field">
            <span className="field-label">{t.decision}</span>
            <select value={choice} onChange={(e) => setChoice(e.target.value)}>
              {items.map((i) => (
                <option key={`${i.kind}:${i.id}`} value={`${i.kind}:${i.id}`}>
                  {i.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {items.length === 1 && (
          <p className="small">
            {t.appealing}: {items[0].label}
          </p>
        )}
        <label className="field">
          <span className="field-label">{t.whyWrong}</span>
          <textarea aria-label={t.yourAppeal} rows={5} maxLength={max} value={text} onChange={(e) => setText(e.target.value)} required />
          <span className="field-hint">
            {text.length}/{max} {t.characters}
            {selected?.by ? ` · ${t.appealBy} ${localDate(selected.by, locale)}` : ''}
          </span>
        </label>
        {file.error && (
          <p className="inline-error" role="alert">
            {file.error.problem.detail ?? file.error.problem.title}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={file.pending || !text.trim()}>
          {file.pending ? t.sending : t.send}
        </button>
      </form>
    </section>
  );
}
