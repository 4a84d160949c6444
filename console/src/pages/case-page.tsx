// One case, everything a reviewer needs to decide it on one screen: the content with what
// was flagged, who the account is, why Warden decided what it did, and the moves to make.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { SEVERITIES } from '../../../src/policy/schema.ts';
import { type ApiError, post, query } from '../api/client.ts';
import { useAction, useResource } from '../api/hooks.ts';
import { AccountOverview, useAccountResources } from '../components/account-overview.tsx';
import { HighlightedText } from '../components/highlighted-text.tsx';
import { LinkedAccountsCard } from '../components/linked-graph.tsx';
import { Card, Chip, Dialog, Empty, ErrorState, Field, InlineError, Loading, OutcomeChip, PriorityChip, StatusChip } from '../components/ui.tsx';
import { formatDate, formatDateTime, formatMoney, formatRelative, humanize, shortId } from '../lib/format.ts';
import type { Span } from '../lib/highlight.ts';
import { Link, useRouter } from '../lib/router.tsx';
import { loadAutoAdvance, saveAutoAdvance } from '../lib/saved-views.ts';
import { neighbourCase, useShortcuts } from '../lib/shortcuts.ts';
import {
  type AttachmentModel,
  type CaseDetail,
  type CaseList,
  type CaseModel,
  formatEvidence,
  type QueueSummary,
  toCaseList,
  toCaseModel,
} from '../models/cases.ts';
import {
  ACTION_LABELS,
  ACTION_TYPES,
  type ActionType,
  type ActionView,
  type AppealView,
  FEATURES,
  type PreviewNotice,
  type VerificationView,
} from '../models/enforcement.ts';
import { useSession } from '../session.tsx';
import { DisputeCard, DisputeDecisionDialog } from './dispute-card.tsx';

type Panel = 'resolve' | 'escalate' | null;

export function CasePage({ id, onChanged }: { id: string; onChanged: () => void }) {
  const { can, me } = useSession();
  const [autoAdvance, setAutoAdvance] = useState(() => loadAutoAdvance(me.id));
  const nextId = neighbourCase(id, 1);
  const { navigate } = useRouter();
  const c = useResource<CaseDetail, CaseModel>(`/v1/cases/${encodeURIComponent(id)}`, toCaseModel);
  const [panel, setPanel] = useState<Panel>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const claim = useAction(() => post(`/v1/cases/${encodeURIComponent(id)}/claim`));
  const release = useAction(() => post(`/v1/cases/${encodeURIComponent(id)}/release`));
  const changed = () => {
    c.reload();
    onChanged();
  };
  /** After a resolution: the next case of the list the reviewer came from, when they want it; else this case again. */
  const resolved = () => {
    if (autoAdvance && nextId) {
      onChanged();
      navigate(`/cases/${encodeURIComponent(nextId)}`);
    } else changed();
  };
  const kase = c.data;
  const open = kase?.status === 'open';
  const doClaim = async () => {
    if (await claim.run()) changed();
  };
  useShortcuts({
    c: () => can.review && open && void doClaim(),
    n: () => noteRef.current?.focus(),
    r: () => can.review && open && setPanel('resolve'),
    e: () => can.route && open && setPanel('escalate'),
    u: () => navigate('/queues'),
    j: () => {
      const next = neighbourCase(id, 1);
      if (next) navigate(`/cases/${encodeURIComponent(next)}`);
    },
    k: () => {
      const prev = neighbourCase(id, -1);
      if (prev) navigate(`/cases/${encodeURIComponent(prev)}`);
    },
  });

  if (c.error) return <div className="page">{<ErrorState error={c.error} onRetry={c.reload} />}</div>;
  if (!kase) return <Loading label="Loading the case…" />;

  return (
    <div className="page page-case">
      <nav className="crumbs">
        <Link to={kase.source === 'appeal' ? '/appeals' : kase.queue === 'verification' ? '/verification' : '/queues'}>
          ← {kase.source === 'appeal' ? 'Appeals' : kase.queue === 'verification' ? 'Verification' : humanize(kase.queue)}
        </Link>
        <span className="muted small">Case #{shortId(kase.id)}</span>
      </nav>
      <header className="case-head">
        <div className="case-title">
          <h1>{kase.reason}</h1>
          <div className="chips">
            <StatusChip status={kase.status} />
            <PriorityChip band={kase.band} priority={kase.priority} />
            <Chip>{humanize(kase.queue)}</Chip>
            <Chip>{humanize(kase.source)}</Chip>
            <Chip tone={kase.severity === 'critical' || kase.severity === 'high' ? 'warn' : 'neutral'}>{humanize(kase.severity)} severity</Chip>
            {kase.escalated && <Chip tone="warn">Escalated</Chip>}
            {kase.overdue && <Chip tone="bad">Overdue</Chip>}
          </div>
          <p className="muted small">
            Opened {formatDateTime(kase.openedAt)} ({formatRelative(kase.openedAt)}){open && <> · SLA due {formatRelative(kase.slaDueAt)}</>}
            {kase.assignee ? (
              <>
                {' '}
                · held by <strong data-testid="assignee">{kase.assignee.name}</strong>
              </>
            ) : open ? (
              ' · unclaimed'
            ) : null}
          </p>
        </div>
        {open && (
          <div className="case-actions">
            {can.review && !kase.assignee && (
              <button type="button" className="btn btn-primary" onClick={doClaim} disabled={claim.pending}>
                Claim <kbd className="kbd">c</kbd>
              </button>
            )}
            {can.review && kase.assignee && (
              <button type="button" className="btn btn-ghost" onClick={async () => (await release.run()) && changed()}>
                Release
              </button>
            )}
            {can.route && (
              <button type="button" className="btn" onClick={() => setPanel('escalate')}>
                Escalate <kbd className="kbd">e</kbd>
              </button>
            )}
            {can.review && (
              <label className="auto-advance small" title="After you resolve this case, open the next one of the list you came from">
                <input
                  type="checkbox"
                  checked={autoAdvance}
                  onChange={(e) => {
                    setAutoAdvance(e.target.checked);
                    saveAutoAdvance(me.id, e.target.checked);
                  }}
                />{' '}
                Then next case{nextId ? '' : ' (none left)'}
              </label>
            )}
            {can.review && (
              <button type="button" className="btn btn-primary" onClick={() => setPanel('resolve')}>
                {kase.appealId ? 'Decide appeal' : kase.verificationId || kase.subject.type === 'dispute' ? 'Decide' : 'Resolve'} <kbd className="kbd">r</kbd>
              </button>
            )}
          </div>
        )}
      </header>
      <InlineError error={claim.error ?? release.error} />
      {kase.resolution && <ResolutionBanner kase={kase} />}

      <div className="case-grid">
        <div className="case-main">
          {kase.subject.type === 'dispute' ? (
            <DisputeCard key={kase.resolution?.at ?? 'open'} disputeId={kase.subject.id} />
          ) : kase.appealId ? (
            <AppealCard key={kase.resolution?.at ?? 'open'} appealId={kase.appealId} kase={kase} />
          ) : kase.verificationId ? (
            <VerificationCard key={kase.resolution?.at ?? 'open'} verificationId={kase.verificationId} />
          ) : (
            <SubjectCard kase={kase} onRevealed={c.reload} />
          )}
          <AttachmentsCard caseId={kase.id} />
          {/* An appeal or a verification explains itself in its own card. */}
          {(kase.decisions.length > 0 || (!kase.appealId && !kase.verificationId && kase.subject.type !== 'dispute')) && <DecisionsCard kase={kase} />}
          {kase.reports.length > 0 && <ReportsCard reports={kase.reports} />}
          <NotesCard kase={kase} noteRef={noteRef} onAdded={changed} />
          <AuditCard audit={kase.audit} />
        </div>
        <aside className="case-side">
          {/* Keyed on the resolution: resolving changes the standing and trust, so the panel reads them again. */}
          <AccountCard key={kase.resolution?.at ?? 'open'} kase={kase} />
          <LinkedAccountsCard key={`linked-${kase.resolution?.at ?? 'open'}`} accountId={kase.subject.accountId} compact />
        </aside>
      </div>

      {panel === 'resolve' && <ResolveDialog kase={kase} onClose={() => setPanel(null)} onDone={resolved} />}
      {panel === 'escalate' && <EscalateDialog kase={kase} onClose={() => setPanel(null)} onDone={changed} />}
    </div>
  );
}

/** Resolutions that give the user something back rather than take something away. */
const RESTORING_ACTIONS = new Set(['overturn', 'approve_verification']);

function ResolutionBanner({ kase }: { kase: CaseModel }) {
  const r = kase.resolution;
  if (!r) return null;
  return (
    <div className={`banner ${r.kind === 'action' && !RESTORING_ACTIONS.has(r.actionType ?? '') ? 'banner-warn' : 'banner-ok'}`} data-testid="resolution">
      <strong>Resolved: {r.kind === 'dismiss' ? 'dismissed' : humanize(r.actionType ?? 'action')}</strong> by {r.by.name ?? r.by.id} on {formatDateTime(r.at)}
      {r.reason && <span className="muted"> — “{r.reason}”</span>}
    </div>
  );
}

function SubjectCard({ kase, onRevealed }: { kase: CaseModel; onRevealed: () => void }) {
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
      actions={
        hidden > 0 && can.review ? (
          revealed ? (
            <Chip tone="warn">Contact details shown · logged</Chip>
          ) : (
            <button
              type="button"
              className="btn btn-small"
              onClick={onReveal}
              disabled={reveal.pending}
              title="Shows the hidden contact details; the reveal is written to the audit trail"
            >
              Reveal {hidden === 1 ? 'contact detail' : `${hidden} contact details`}
            </button>
          )
        ) : null
      }
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

function AppealCard({ appealId, kase }: { appealId: string; kase: CaseModel }) {
  const appeal = useResource<AppealView>(`/v1/appeals/${encodeURIComponent(appealId)}`);
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
  return (
    <Card title="The user’s appeal" actions={<StatusChip status={a.status} />}>
      <blockquote className="appeal-text" data-testid="appeal-text">
        {a.text}
      </blockquote>
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
      {a.decision && (
        <p className="small">
          Decided {formatDateTime(a.decision.at)}: {a.decision.reason}
        </p>
      )}
    </Card>
  );
}

const DOCUMENT_LABELS: Record<string, string> = { id_document: 'ID document', selfie: 'Selfie' };

function VerificationCard({ verificationId }: { verificationId: string }) {
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
          Documents viewed {views.length === 1 ? 'once' : `${views.length} times`}; last by {views[views.length - 1]?.viewer.name ?? 'a reviewer'}{' '}
          {formatRelative(views[views.length - 1]?.at ?? '')}.
        </p>
      )}
    </Card>
  );
}

function AttachmentsCard({ caseId }: { caseId: string }) {
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

function DecisionsCard({ kase }: { kase: CaseModel }) {
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

function ReportsCard({ reports }: { reports: CaseModel['reports'] }) {
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

function NotesCard({ kase, noteRef, onAdded }: { kase: CaseModel; noteRef: React.RefObject<HTMLTextAreaElement | null>; onAdded: () => void }) {
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

function AuditCard({ audit }: { audit: CaseModel['audit'] }) {
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

function AccountCard({ kase }: { kase: CaseModel }) {
  const acc = kase.subject.accountId;
  const r = useAccountResources(acc);
  const prior = useResource<Parameters<typeof toCaseList>[0], CaseList>(
    `/v1/cases${query({ accountId: acc, status: 'all', sort: 'newest', limit: 6 })}`,
    toCaseList,
  );
  const rel = r.account.data?.relationships.find((x) => x.counterpartId === kase.subject.counterpartId);
  const others = (prior.data?.rows ?? []).filter((x) => x.id !== kase.id);
  return (
    <Card title="Account" className="account-card">
      <AccountOverview accountId={acc} r={r} link>
        {kase.subject.counterpartId && (
          <div className="relationship">
            <h3>
              With <Link to={`/accounts/${encodeURIComponent(kase.subject.counterpartId)}`}>{kase.subject.counterpartId}</Link>
            </h3>
            {rel ? (
              <p className="small">
                {rel.messages} message{rel.messages === 1 ? '' : 's'} since {formatDate(rel.firstMessageAt)} ·{' '}
                {rel.contractsStarted ? `${rel.contractsStarted} contract(s), ${formatMoney(rel.totalPaidCents)} paid` : <strong>no contract</strong>}
              </p>
            ) : (
              <p className="small muted">No earlier contact between them.</p>
            )}
          </div>
        )}
        <div className="prior">
          <h3>Prior cases</h3>
          {others.length === 0 ? (
            <p className="small muted">None: this is the first.</p>
          ) : (
            <ul>
              {others.map((x) => (
                <li key={x.id}>
                  <Link to={`/cases/${encodeURIComponent(x.id)}`}>{x.reason}</Link>
                  <span className="small muted">
                    {' '}
                    {formatDate(x.openedAt)} · {x.resolution ? humanize(x.resolution) : humanize(x.status)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </AccountOverview>
    </Card>
  );
}

function ResolveDialog({ kase, onClose, onDone }: { kase: CaseModel; onClose: () => void; onDone: () => void }) {
  if (kase.subject.type === 'dispute') return <DisputeDecisionDialog disputeId={kase.subject.id} onClose={onClose} onDone={onDone} />;
  if (kase.appealId) return <AppealDecisionDialog kase={kase} appealId={kase.appealId} onClose={onClose} onDone={onDone} />;
  if (kase.verificationId) return <VerificationDecisionDialog kase={kase} onClose={onClose} onDone={onDone} />;
  return <ActionDialog kase={kase} onClose={onClose} onDone={onDone} />;
}

function ActionDialog({ kase, onClose, onDone }: { kase: CaseModel; onClose: () => void; onDone: () => void }) {
  const [mode, setMode] = useState<'action' | 'dismiss'>('action');
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
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await resolve.run()) {
      onClose();
      onDone();
    }
  };
  return (
    <Dialog title="Resolve the case" onClose={onClose} wide>
      <form className="resolve" onSubmit={submit}>
        <div className="resolve-form">
          <div className="segmented">
            <button type="button" aria-pressed={mode === 'action'} className={mode === 'action' ? 'on' : ''} onClick={() => setMode('action')}>
              Apply an action
            </button>
            <button type="button" aria-pressed={mode === 'dismiss'} className={mode === 'dismiss' ? 'on' : ''} onClick={() => setMode('dismiss')}>
              Dismiss
            </button>
          </div>
          {mode === 'action' && (
            <>
              <Field label="Action">
                <select aria-label="Action type" value={type} onChange={(e) => setType(e.target.value as ActionType)}>
                  {ACTION_TYPES.map((t) => (
                    <option key={t} value={t}>
                      {ACTION_LABELS[t]}
                    </option>
                  ))}
                </select>
              </Field>
              {type === 'warning' && (
                <Field label="Strike severity" hint="How much the strike counts on the ladder">
                  <select aria-label="Strike severity" value={severity} onChange={(e) => setSeverity(e.target.value)}>
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {humanize(s)}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
              {type === 'restriction' && (
                <Field label="Feature">
                  <select aria-label="Feature" value={feature} onChange={(e) => setFeature(e.target.value)}>
                    {FEATURES.map((f) => (
                      <option key={f} value={f}>
                        {humanize(f)}
                      </option>
                    ))}
                  </select>
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
          <Field
            label="Reason"
            hint={
              mode === 'action'
                ? 'Recorded on the case and the action; the user sees the notice on the right.'
                : 'Recorded on the case; reporters learn the outcome.'
            }
          >
            <textarea aria-label="Reason" rows={3} required value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <InlineError error={resolve.error} />
          <div className="dialog-actions">
            <button type="button" className="btn btn-ghost" onClick={onClose}>
              Cancel
            </button>
            <button
              type="submit"
              className={`btn ${mode === 'action' ? 'btn-danger' : 'btn-primary'}`}
              disabled={resolve.pending || !reason.trim() || (mode === 'action' && !confirmed)}
            >
              {mode === 'action' ? `Apply ${ACTION_LABELS[type].toLowerCase()}` : 'Dismiss case'}
            </button>
          </div>
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
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await decide.run()) {
      onClose();
      onDone();
    }
  };
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
        <Field label="Reason" hint={reasonHint}>
          <textarea aria-label="Reason" rows={3} required value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <InlineError error={decide.error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={decide.pending || !reason.trim()}>
            {submitLabel ?? options.find((o) => o.value === outcome)?.label}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function EscalateDialog({ kase, onClose, onDone }: { kase: CaseModel; onClose: () => void; onDone: () => void }) {
  const queues = useResource<{ queues: QueueSummary[] }>('/v1/queues');
  const [queue, setQueue] = useState(kase.queue === 'senior' ? kase.queue : 'senior');
  const [reason, setReason] = useState('');
  const esc = useAction(() => post(`/v1/cases/${encodeURIComponent(kase.id)}/escalate`, { queue, reason }));
  const names = [...new Set(['senior', ...(queues.data?.queues.map((q) => q.queue) ?? [])])];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await esc.run()) {
      onClose();
      onDone();
    }
  };
  return (
    <Dialog title="Escalate" onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <Field label="To queue">
          <select aria-label="Queue" value={queue} onChange={(e) => setQueue(e.target.value)}>
            {names.map((q) => (
              <option key={q} value={q}>
                {humanize(q)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Why" hint="The next reviewer reads this first.">
          <textarea aria-label="Reason" rows={3} required value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <InlineError error={esc.error} />
        <div className="dialog-actions">
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={esc.pending || !reason.trim()}>
            Escalate
          </button>
        </div>
      </form>
    </Dialog>
  );
}
