// What the case is about, in the card that fits it: the flagged content (masked until a
// logged reveal), the user's appeal with what it appeals and its conversation, or an identity
// verification's documents.
import { type FormEvent, useState } from 'react';
import { post } from '../../api/client.ts';
import { useAction, useResource } from '../../api/hooks.ts';
import { Segmented } from '../../components/form.tsx';
import { HighlightedText } from '../../components/highlighted-text.tsx';
import { Card, Chip, Empty, ErrorState, Field, InlineError, Loading, StatusChip } from '../../components/ui.tsx';
import { formatDate, formatDateTime, formatRelative, humanize, plural, shortId } from '../../lib/format.ts';
import type { Span } from '../../lib/highlight.ts';
import { Link } from '../../lib/router.tsx';
import { type CaseDetail, type CaseModel, toCaseModel } from '../../models/cases.ts';
import { ACTION_LABELS, type ActionView, type MaskedAppealView, type ReviewerTurn, TURN_LABELS, type VerificationView } from '../../models/enforcement.ts';
import { useSession } from '../../session.tsx';

/** The audited reveal of hidden contact details: a button, then a chip saying they are shown and the reveal logged. */
function RevealControl({ hidden, revealed, pending, onReveal }: { hidden: number; revealed: boolean; pending: boolean; onReveal: () => void }) {
  if (hidden <= 0) return null;
  if (revealed) return <Chip tone="warn">Contact details shown · logged</Chip>;
  return (
    <button
      type="button"
      className="btn btn-small"
      onClick={onReveal}
      disabled={pending}
      title="Shows the hidden contact details; the reveal is written to the audit trail"
    >
      Reveal {hidden === 1 ? 'contact detail' : `${hidden} contact details`}
    </button>
  );
}

export function SubjectCard({ kase, onRevealed }: { kase: CaseModel; onRevealed: () => void }) {
  const { can } = useSession();
  // The server sends the text with contact details masked; a reveal swaps in the original
  // with spans into it, and is written to the audit trail.
  const [revealed, setRevealed] = useState<{ text: string | null; spans: Span[] } | null>(null);
  const reveal = useAction(() => post<{ text: string | null; spans: Span[] }>(`/v1/cases/${encodeURIComponent(kase.id)}/reveal`, {}));
  const text = revealed?.text ?? kase.subject.text;
  const spans = revealed?.spans ?? kase.spans;
  const onReveal = async () => {
    const r = await reveal.run();
    if (r) {
      setRevealed({ text: r.text, spans: r.spans });
      onRevealed(); // the audit trail now has the reveal
    }
  };
  const hidden = kase.subject.hiddenContacts;
  return (
    <Card
      title={`${humanize(kase.subject.type)} from ${kase.subject.accountId}${kase.subject.counterpartId ? ` to ${kase.subject.counterpartId}` : ''}`}
      actions={can.review ? <RevealControl hidden={hidden} revealed={revealed !== null} pending={reveal.pending} onReveal={onReveal} /> : null}
    >
      {text ? (
        <HighlightedText text={text} spans={spans} revealed={revealed !== null} />
      ) : (
        <p className="muted">
          No text was stored with this case ({kase.subject.type} {kase.subject.id}).
        </p>
      )}
      <InlineError error={reveal.error} />
      {spans.length > 0 && (
        <div className="legend-inline small muted">
          Highlighted:{' '}
          {[...new Set(spans.map((s) => s.type))].map((t) => (
            <code key={t} className="code-chip">
              {t}
            </code>
          ))}
        </div>
      )}
    </Card>
  );
}

export function AppealCard({ appealId, kase, onRevealed }: { appealId: string; kase: CaseModel; onRevealed?: () => void }) {
  const { can } = useSession();
  const appeal = useResource<MaskedAppealView>(`/v1/appeals/${encodeURIComponent(appealId)}`);
  // The server sends the user's words (the appeal and their messages) with contact details masked;
  // a reveal, written to the case's audit trail, swaps in the originals.
  const [revealed, setRevealed] = useState<{ text: string; messages: Record<string, string> } | null>(null);
  const reveal = useAction(() =>
    post<{ text: string; messages: { id: string; text: string }[]; contacts: number }>(`/v1/appeals/${encodeURIComponent(appealId)}/reveal`, {}),
  );
  const action = useResource<ActionView>(appeal.data?.actionId ? `/v1/actions/${encodeURIComponent(appeal.data.actionId)}` : null);
  // The content is quoted from the original case, which arrives with contact details masked.
  const caseId = action.data?.caseId ?? null;
  const original = useResource<CaseDetail, CaseModel>(caseId ? `/v1/cases/${encodeURIComponent(caseId)}` : null, toCaseModel);
  if (appeal.error) return <ErrorState error={appeal.error} onRetry={appeal.reload} />;
  if (!appeal.data) return <Loading />;
  const a = appeal.data;
  const by = original.data?.resolution?.by;
  // The content: from the original case when there is one; else the appeal case's own quote
  // (an automatic action or a strike has no original case to quote from).
  const quoted = original.data?.subject.text
    ? { text: original.data.subject.text, spans: original.data.spans }
    : (caseId && !original.error && !original.data) || !kase.subject.text
      ? null
      : { text: kase.subject.text, spans: kase.spans };
  const appliedBy = action.data?.appliedBy ? (by && by.id === action.data.appliedBy ? (by.name ?? by.id) : action.data.appliedBy) : null;
  const onReveal = async () => {
    const r = await reveal.run();
    if (r) {
      setRevealed({ text: r.text, messages: Object.fromEntries(r.messages.map((m) => [m.id, m.text])) });
      onRevealed?.();
    }
  };
  const hidden = a.hiddenContacts ?? 0;
  return (
    <Card
      title="The user’s appeal"
      actions={
        <>
          {can.review && <RevealControl hidden={hidden} revealed={revealed !== null} pending={reveal.pending} onReveal={onReveal} />}
          <StatusChip status={a.status} />
        </>
      }
    >
      <blockquote className="appeal-text" data-testid="appeal-text">
        {revealed?.text ?? a.text}
      </blockquote>
      <InlineError error={reveal.error} />
      <p className="muted small">
        Filed {formatDateTime(a.createdAt)} by account {a.accountId}
      </p>
      {action.data && (
        <div className="appealed">
          <h3>What they appeal</h3>
          <dl className="facts">
            <dt>Action</dt>
            <dd>
              {ACTION_LABELS[action.data.type] ?? action.data.type} <StatusChip status={action.data.status} />
            </dd>
            <dt>Policy</dt>
            <dd>
              <Link to={`/policies/${encodeURIComponent(action.data.policy.name)}`}>{action.data.policy.name}</Link>
              {action.data.policy.version ? ` v${action.data.policy.version}` : ''}
            </dd>
            <dt>Reviewer’s reason</dt>
            <dd>{action.data.reason}</dd>
            <dt>Applied</dt>
            <dd>
              {formatDateTime(action.data.createdAt)} {action.data.automatic ? '(automatically)' : appliedBy ? `by ${appliedBy}` : ''}
            </dd>
            {caseId && (
              <>
                <dt>Original case</dt>
                <dd>
                  <Link to={`/cases/${encodeURIComponent(caseId)}`}>#{shortId(caseId)}</Link>
                </dd>
              </>
            )}
          </dl>
          {quoted && (
            <>
              <h3>Their content</h3>
              <HighlightedText text={quoted.text} spans={quoted.spans} revealed={false} />
            </>
          )}
        </div>
      )}
      {/* No action to show (an appealed strike): the appeal case quotes the content itself. */}
      {!action.data && !action.loading && quoted && (
        <div className="appealed">
          <h3>What they appeal{a.strikeId ? ': a strike' : ''}</h3>
          <HighlightedText text={quoted.text} spans={quoted.spans} revealed={false} />
        </div>
      )}
      <AppealConversation appeal={a} revealed={revealed?.messages ?? null} onSent={appeal.reload} />
      {a.decision && (
        <p className="small">
          Decided {formatDateTime(a.decision.at)}: {a.decision.reason}
        </p>
      )}
    </Card>
  );
}

const REVIEWER_TURN_OPTIONS: readonly (readonly [ReviewerTurn, string])[] = [
  ['question', 'Ask a question'],
  ['reply', 'Reply'],
];

/**
 * The appeal as a conversation: what the user added since filing it and what reviewers asked or
 * replied, oldest first; and, for a reviewer, the form that asks the user a question or replies.
 * Each reviewer turn reaches the user as a notice in their language; a decided appeal is closed.
 */
function AppealConversation({ appeal, revealed, onSent }: { appeal: MaskedAppealView; revealed: Record<string, string> | null; onSent: () => void }) {
  const { can } = useSession();
  const [kind, setKind] = useState<ReviewerTurn>('question');
  const [text, setText] = useState('');
  const send = useAction((k: ReviewerTurn, t: string) => post(`/v1/appeals/${encodeURIComponent(appeal.id)}/questions`, { kind: k, text: t }));
  const decided = appeal.status !== 'open';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (decided || !text.trim()) return;
    if (await send.run(kind, text.trim())) {
      setText('');
      onSent();
    }
  };
  return (
    <section className="appeal-conversation" data-testid="appeal-conversation">
      <h3>Conversation</h3>
      {appeal.messages.length === 0 ? (
        <p className="muted small">Nothing added since the appeal was filed.</p>
      ) : (
        <ol className="turns">
          {appeal.messages.map((m) => (
            <li key={m.id} className={`turn turn-${m.author}`} data-kind={m.kind} data-author={m.author}>
              <div className="turn-head small muted">
                <strong>{m.author === 'user' ? `The user (${appeal.accountId})` : 'A reviewer'}</strong> {TURN_LABELS[m.kind] ?? humanize(m.kind)} ·{' '}
                {formatDateTime(m.createdAt)}
              </div>
              <p className="turn-text">{(m.author === 'user' && revealed?.[m.id]) || m.text}</p>
            </li>
          ))}
        </ol>
      )}
      {appeal.awaitingUser && <p className="small awaiting">Waiting for the user’s answer.</p>}
      {can.review && (
        <form className="appeal-reply" onSubmit={submit}>
          <fieldset className="stack" disabled={decided}>
            <Segmented value={kind} options={REVIEWER_TURN_OPTIONS} onChange={setKind} />
            <Field
              label={kind === 'question' ? 'Question to the user' : 'Reply to the user'}
              hint={
                decided
                  ? 'The appeal is decided: the conversation is closed.'
                  : 'The user gets it as a notice in their language and answers from their standing page.'
              }
            >
              <textarea aria-label="Message to the user" rows={3} maxLength={20_000} value={text} onChange={(e) => setText(e.target.value)} required />
            </Field>
            <InlineError error={send.error} />
            <div>
              <button type="submit" className="btn" disabled={send.pending || !text.trim()}>
                {kind === 'question' ? 'Send question' : 'Send reply'}
              </button>
            </div>
          </fieldset>
        </form>
      )}
    </section>
  );
}

const DOCUMENT_LABELS: Record<string, string> = { id_document: 'ID document', selfie: 'Selfie' };

export function VerificationCard({ verificationId }: { verificationId: string }) {
  const v = useResource<VerificationView>(`/v1/verifications/${encodeURIComponent(verificationId)}`);
  const [shown, setShown] = useState<Record<string, boolean>>({});
  if (v.error) return <ErrorState error={v.error} onRetry={v.reload} />;
  if (!v.data) return <Loading />;
  const docs = (v.data.documents ?? []).filter((d) => !d.purgedAt);
  const views = v.data.views ?? [];
  return (
    <Card title="Identity verification" actions={<StatusChip status={v.data.status} />}>
      <p>{v.data.reason}</p>
      <p className="muted small">
        Requested {formatDateTime(v.data.requestedAt)} · due {formatDate(v.data.dueAt)} · trigger {humanize(v.data.trigger)}
      </p>
      {docs.length === 0 ? (
        <Empty title="No documents yet" icon="◎" />
      ) : (
        <div className="doc-grid">
          {docs.map((d) => (
            <figure key={d.id} className="doc">
              {shown[d.id] ? (
                // Each view is logged by the server; reloading shows it in the views line below.
                <img
                  src={`/v1/verifications/${encodeURIComponent(verificationId)}/documents/${encodeURIComponent(d.id)}`}
                  alt={DOCUMENT_LABELS[d.kind] ?? humanize(d.kind)}
                  onLoad={v.reload}
                />
              ) : (
                <button type="button" className="doc-hidden" onClick={() => setShown((s) => ({ ...s, [d.id]: true }))}>
                  Show {DOCUMENT_LABELS[d.kind] ?? humanize(d.kind)}
                  <span className="small muted">every view is logged</span>
                </button>
              )}
              <figcaption>
                {DOCUMENT_LABELS[d.kind] ?? humanize(d.kind)} · {Math.round(d.sizeBytes / 1024)} KB
              </figcaption>
            </figure>
          ))}
        </div>
      )}
      {views.length > 0 && (
        <p className="small muted" data-testid="document-views">
          Documents viewed {views.length === 1 ? 'once' : plural(views.length, 'time')}; last by {views[views.length - 1]?.viewer.name ?? 'a reviewer'}{' '}
          {formatRelative(views[views.length - 1]?.at ?? '')}.
        </p>
      )}
    </Card>
  );
}
