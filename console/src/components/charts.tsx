// Hand-rolled SVG charts: enough for the dashboard, light enough to need no library.
import { formatPercent } from '../lib/format.ts';

const PALETTE = { a: '#0f766e', b: '#94a3b8', warn: '#d97706', bad: '#dc2626', grid: '#e2e8f0', text: '#64748b' };

/** A ring showing a share against a target (the proactive share against 90%). */
export function ShareRing({ value, target, label }: { value: number | null; target?: number; label: string }) {
  const r = 52;
  const c = 2 * Math.PI * r;
  const v = Math.max(0, Math.min(1, value ?? 0));
  const meets = target === undefined || (value ?? 0) >= target;
  const t = target ?? 0;
  const angle = t * 2 * Math.PI - Math.PI / 2;
  return (
    <svg viewBox="0 0 140 140" className="chart-ring" role="img" aria-label={`${label}: ${formatPercent(value)}`}>
      <circle cx="70" cy="70" r={r} fill="none" stroke={PALETTE.grid} strokeWidth="14" />
      <circle
        cx="70"
        cy="70"
        r={r}
        fill="none"
        stroke={value === null ? PALETTE.grid : meets ? PALETTE.a : PALETTE.warn}
        strokeWidth="14"
        strokeDasharray={`${v * c} ${c}`}
        strokeLinecap="round"
        transform="rotate(-90 70 70)"
      />
      {target !== undefined && (
        <line
          x1={70 + (r - 11) * Math.cos(angle)}
          y1={70 + (r - 11) * Math.sin(angle)}
          x2={70 + (r + 11) * Math.cos(angle)}
          y2={70 + (r + 11) * Math.sin(angle)}
          stroke="#0f172a"
          strokeWidth="2"
        />
      )}
      <text x="70" y="72" textAnchor="middle" className="ring-value">
        {value === null ? '—' : formatPercent(value)}
      </text>
      {target !== undefined && (
        <text x="70" y="92" textAnchor="middle" className="ring-sub">
          target {formatPercent(target)}
        </text>
      )}
    </svg>
  );
}

export interface BarDatum {
  label: string;
  value: number;
  display?: string;
  tone?: 'a' | 'b' | 'warn' | 'bad';
}

/** Horizontal bars with labels: queue ages, action rates, overturn rates. */
export function BarList({ data, max, empty = 'No data yet' }: { data: BarDatum[]; max?: number; empty?: string }) {
  if (!data.length) return <p className="muted chart-empty">{empty}</p>;
  const top = max ?? Math.max(...data.map((d) => d.value), 1);
  return (
    <div className="barlist">
      {data.map((d) => (
        <div className="barlist-row" key={d.label}>
          <span className="barlist-label" title={d.label}>
            {d.label}
          </span>
          <span className="barlist-track">
            <span className={`barlist-fill fill-${d.tone ?? 'a'}`} style={{ width: `${Math.max(top ? (d.value / top) * 100 : 0, d.value > 0 ? 2 : 0)}%` }} />
          </span>
          <span className="barlist-value">{d.display ?? d.value}</span>
        </div>
      ))}
    </div>
  );
}

export interface DayDatum {
  day: string;
  opened: number;
  closed: number;
}

/** Paired columns per day: cases opened and closed. */
export function DailyColumns({ data }: { data: DayDatum[] }) {
  const w = 640;
  const h = 200;
  const pad = { l: 28, r: 8, t: 12, b: 28 };
  const top = Math.max(1, ...data.map((d) => Math.max(d.opened, d.closed)));
  const slot = (w - pad.l - pad.r) / Math.max(1, data.length);
  const bw = Math.max(3, Math.min(14, slot / 2 - 3));
  const y = (v: number) => pad.t + (h - pad.t - pad.b) * (1 - v / top);
  const ticks = [0, Math.ceil(top / 2), top];
  return (
    <svg viewBox={`0 0 ${w} ${h}`} className="chart-columns" role="img" aria-label="Cases opened and closed per day">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={pad.l} x2={w - pad.r} y1={y(t)} y2={y(t)} stroke={PALETTE.grid} />
          <text x={pad.l - 6} y={y(t) + 4} textAnchor="end" className="axis">
            {t}
          </text>
        </g>
      ))}
      {data.map((d, i) => {
        const x = pad.l + i * slot + slot / 2;
        return (
          <g key={d.day}>
            <rect x={x - bw - 1} y={y(d.opened)} width={bw} height={y(0) - y(d.opened)} rx="2" fill={PALETTE.a}>
              <title>{`${d.day}: ${d.opened} opened`}</title>
            </rect>
            <rect x={x + 1} y={y(d.closed)} width={bw} height={y(0) - y(d.closed)} rx="2" fill={PALETTE.b}>
              <title>{`${d.day}: ${d.closed} closed`}</title>
            </rect>
            {(i % Math.ceil(data.length / 7) === 0 || i === data.length - 1) && (
              <text x={x} y={h - 8} textAnchor="middle" className="axis">
                {d.day.slice(5)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

export function Legend({ items }: { items: { label: string; color: 'a' | 'b' | 'warn' | 'bad' }[] }) {
  return (
    <div className="legend">
      {items.map((i) => (
        <span key={i.label}>
          <span className={`swatch fill-${i.color}`} />
          {i.label}
        </span>
      ))}
    </div>
  );
}
