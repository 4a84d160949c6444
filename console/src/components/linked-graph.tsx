// Linked accounts drawn as a graph a reviewer can walk: the account in the middle, the
// accounts sharing an identifier with it around it, lines coloured by what they share; a click
// (or Enter) on an account opens its page. The same links are listed below the drawing, for
// reading and for screen readers.
import { useState } from 'react';
import { useResource } from '../api/hooks.ts';
import { formatDate, humanize } from '../lib/format.ts';
import { Link, useRouter } from '../lib/router.tsx';
import { LINK_COLOURS, LINK_LABELS, type LinkedGraph, layoutLinked } from '../models/linked.ts';
import { Card, Loading } from './ui.tsx';

const BAD_STATUS = new Set(['suspended', 'on_hold', 'restricted']);

export function LinkedAccountsCard({ accountId, compact }: { accountId: string; compact?: boolean }) {
  const [depth, setDepth] = useState<1 | 2>(compact ? 1 : 2);
  const r = useResource<LinkedGraph>(`/v1/accounts/${encodeURIComponent(accountId)}/linked?depth=${depth}`);
  const { navigate } = useRouter();
  const size = compact ? 280 : 340;
  const others = (r.data?.nodes ?? []).filter((n) => n.accountId !== accountId);
  return (
    <Card
      title={`Linked accounts${r.data ? ` (${others.length})` : ''}`}
      className="linked-card"
      actions={
        !compact && (
          <div className="segmented small">
            {([1, 2] as const).map((d) => (
              <button key={d} type="button" aria-pressed={depth === d} className={depth === d ? 'on' : ''} onClick={() => setDepth(d)}>
                {d === 1 ? 'Direct' : 'Two steps'}
              </button>
            ))}
          </div>
        )
      }
    >
      {r.error && (
        <p className="small muted">{r.error.status === 404 || r.error.status === 403 ? 'Linked accounts are not available here.' : r.error.problem.title}</p>
      )}
      {!r.data && !r.error && <Loading label="Finding linked accounts…" />}
      {r.data && others.length === 0 && (
        <p className="small muted">No other account shares a device, address, phone, e-mail or payment detail with this one.</p>
      )}
      {r.data && others.length > 0 && <Graph g={r.data} size={size} onOpen={(id) => navigate(`/accounts/${encodeURIComponent(id)}`)} />}
      {r.data && others.length > 0 && (
        <ul className="linked-list small" data-testid="linked-list">
          {layoutLinked(r.data, size)
            .edges.filter((e) => !compact || e.from === accountId || e.to === accountId)
            .map((e) => {
              const [a, b] = e.from === accountId ? [e.from, e.to] : [e.to, e.from];
              return (
                <li key={`${e.from}-${e.to}`}>
                  <span className="linked-swatch" style={{ background: LINK_COLOURS[e.main] ?? '#64748b' }} aria-hidden="true" />
                  {a !== accountId && <Link to={`/accounts/${encodeURIComponent(a)}`}>{a}</Link>}
                  {a !== accountId && ' and '}
                  <Link to={`/accounts/${encodeURIComponent(b)}`}>{b}</Link> share {e.values.join(', ')}
                  <span className="muted">
                    {' '}
                    · seen {e.count}× · last {formatDate(e.lastSeenAt)}
                  </span>
                </li>
              );
            })}
        </ul>
      )}
      {r.data && others.length > 0 && (
        <div className="linked-legend small muted">
          {Object.entries(LINK_LABELS).map(([k, label]) => (
            <span key={k}>
              <span className="linked-swatch" style={{ background: LINK_COLOURS[k] }} aria-hidden="true" /> {label}
            </span>
          ))}
        </div>
      )}
    </Card>
  );
}

function Graph({ g, size, onOpen }: { g: LinkedGraph; size: number; onOpen: (id: string) => void }) {
  const { nodes, edges } = layoutLinked(g, size);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const label = (id: string) => (id.length > 14 ? `${id.slice(0, 13)}…` : id);
  return (
    <svg className="linked-graph" viewBox={`0 0 ${size} ${size}`} width="100%" aria-labelledby="linked-graph-title" data-testid="linked-graph">
      <title id="linked-graph-title">Linked accounts graph: select an account to open it</title>
      {edges.map((e) => {
        const a = at.get(e.from);
        const b = at.get(e.to);
        if (!a || !b) return null;
        return (
          <line
            key={`${e.from}-${e.to}`}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            stroke={LINK_COLOURS[e.main] ?? '#64748b'}
            strokeWidth={Math.min(1.5 + e.kinds.length, 5)}
            strokeOpacity={0.75}
          >
            <title>{`${e.from} – ${e.to}: ${e.values.join(', ')}`}</title>
          </line>
        );
      })}
      {nodes.map((n) => {
        const centre = n.depth === 0;
        const tone = n.status && BAD_STATUS.has(n.status) ? 'bad' : centre ? 'centre' : 'plain';
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it has the role, a name and keyboard handling
          <g
            key={n.id}
            className={`linked-node linked-node-${tone}`}
            transform={`translate(${n.x} ${n.y})`}
            role="button"
            tabIndex={centre ? -1 : 0}
            aria-label={`Open account ${n.id}${n.status ? ` (${humanize(n.status)})` : ''}`}
            data-account={n.id}
            onClick={() => !centre && onOpen(n.id)}
            onKeyDown={(e) => {
              if (!centre && (e.key === 'Enter' || e.key === ' ')) {
                e.preventDefault();
                onOpen(n.id);
              }
            }}
          >
            <circle r={centre ? 16 : n.depth === 1 ? 11 : 8} />
            <text y={centre ? 30 : n.depth === 1 ? 24 : 20} textAnchor="middle">
              {label(n.id)}
            </text>
            {n.role && !centre && (
              <text y={n.depth === 1 ? 36 : 31} textAnchor="middle" className="linked-role">
                {n.role}
                {n.status && n.status !== 'good' ? ` · ${humanize(n.status)}` : ''}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
