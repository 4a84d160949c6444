// One case, everything a reviewer needs to decide it on one screen: the content with what
// was flagged, who the account is, why Warden decided what it did, and the moves to make.
// The cards and dialogs live beside this file, one file per part of the screen.
import { useRef, useState } from 'react';
import { post } from '../../api/client.ts';
import { useAction, useResource } from '../../api/hooks.ts';
import { LinkedAccountsCard } from '../../components/linked-graph.tsx';
import { Chip, ErrorState, InlineError, Loading, PriorityChip, StatusChip } from '../../components/ui.tsx';
import { formatDateTime, formatRelative, humanize, shortId } from '../../lib/format.ts';
import { Link, useRouter } from '../../lib/router.tsx';
import { loadAutoAdvance, saveAutoAdvance } from '../../lib/saved-views.ts';
import { neighbourCase, useShortcuts } from '../../lib/shortcuts.ts';
import { type CaseDetail, type CaseModel, toCaseModel } from '../../models/cases.ts';
import { useSession } from '../../session.tsx';
import { AccountCard } from './account-card.tsx';
import { AppealCard, SubjectCard, VerificationCard } from './content-cards.tsx';
import { DisputeCard } from './dispute-card.tsx';
import { EscalateDialog } from './escalate-dialog.tsx';
import { AttachmentsCard, DecisionsCard, ReportsCard } from './evidence-cards.tsx';
import { AuditCard, NotesCard } from './history-cards.tsx';
import { ResolveDialog } from './resolve-dialog.tsx';

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
      {!kase.resolution && <EvidenceBanner kase={kase} />}

      <div className="case-grid">
        <div className="case-main">
          {kase.subject.type === 'dispute' ? (
            <DisputeCard key={kase.resolution?.at ?? 'open'} disputeId={kase.subject.id} />
          ) : kase.appealId ? (
            <AppealCard key={kase.resolution?.at ?? 'open'} appealId={kase.appealId} kase={kase} onRevealed={c.reload} />
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

/**
 * What an open case stands on, above everything else: a case with no corroborating detection
 * (reports alone, network facts alone) says so, so acting on it is never what the page suggests.
 */
function EvidenceBanner({ kase }: { kase: CaseModel }) {
  const e = kase.evidence;
  if (!e || e.corroborated || kase.appealId || kase.subject.type === 'dispute') return null;
  return (
    <div className="banner banner-warn" data-testid="evidence">
      <strong>{e.reportsOnly ? 'No corroborating evidence' : e.networkOnly ? 'Network facts only' : 'Weak evidence'}</strong>
      <span className="muted"> — {e.summary}</span>
    </div>
  );
}

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
