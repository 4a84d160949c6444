// The console's small vocabulary of UI pieces: chips, cards, states, buttons, dialogs.
import { type ReactNode, useEffect, useRef } from 'react';
import type { ApiError } from '../api/client.ts';
import { humanize } from '../lib/format.ts';

export type Tone = 'neutral' | 'info' | 'ok' | 'warn' | 'bad' | 'accent';

export function Chip({ tone = 'neutral', children, title }: { tone?: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={`chip chip-${tone}`} title={title}>
      {children}
    </span>
  );
}

const STATUS_TONES: Record<string, Tone> = {
  open: 'info',
  resolved: 'ok',
  dismiss: 'neutral',
  action: 'warn',
  upheld: 'warn',
  overturned: 'ok',
  active: 'bad',
  lifted: 'ok',
  expired: 'neutral',
  removed: 'ok',
  proposed: 'accent',
  requested: 'info',
  submitted: 'accent',
  approved: 'ok',
  rejected: 'bad',
  clean: 'ok',
  infected: 'bad',
  suspicious: 'warn',
  pending: 'info',
  unscannable: 'warn',
};

export const StatusChip = ({ status }: { status: string }) => <Chip tone={STATUS_TONES[status] ?? 'neutral'}>{humanize(status)}</Chip>;

const BAND_TONES: Record<string, Tone> = { urgent: 'bad', high: 'warn', normal: 'info', low: 'neutral' };
export const PriorityChip = ({ band, priority }: { band: string; priority: number }) => (
  <Chip tone={BAND_TONES[band] ?? 'neutral'} title={`priority ${priority} of 100`}>
    <span className={`dot dot-${BAND_TONES[band] ?? 'neutral'}`} />
    {humanize(band)} · {priority}
  </Chip>
);

const OUTCOME_TONES: Record<string, Tone> = { allow: 'ok', nudge: 'info', mask: 'accent', hold: 'warn', block: 'bad' };
export const OutcomeChip = ({ outcome }: { outcome: string }) => <Chip tone={OUTCOME_TONES[outcome] ?? 'neutral'}>{outcome}</Chip>;

export function Card({ title, actions, children, className = '' }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={`card ${className}`}>
      {(title || actions) && (
        <header className="card-head">
          {title && <h2>{title}</h2>}
          {actions && <div className="card-actions">{actions}</div>}
        </header>
      )}
      <div className="card-body">{children}</div>
    </section>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state-loading" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <strong>{error.problem.title}</strong>
      {error.problem.detail && <p>{error.problem.detail}</p>}
      {error.problem.invalidParams?.length ? (
        <ul>
          {error.problem.invalidParams.map((p) => (
            <li key={p.pointer}>
              <code>{p.pointer}</code> {p.reason}
            </li>
          ))}
        </ul>
      ) : null}
      {onRetry && (
        <button type="button" className="btn btn-ghost" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function InlineError({ error }: { error: ApiError | undefined }) {
  if (!error) return null;
  return (
    <p className="inline-error" role="alert">
      {error.problem.detail ?? error.problem.title}
    </p>
  );
}

export function Empty({ title, children, icon = '✓' }: { title: string; children?: ReactNode; icon?: string }) {
  return (
    <div className="state state-empty">
      <div className="empty-icon" aria-hidden="true">
        {icon}
      </div>
      <strong>{title}</strong>
      {children && <p>{children}</p>}
    </div>
  );
}

export function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="kbd">{children}</kbd>;
}

export function Dialog({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    ref.current?.querySelector<HTMLElement>('textarea, input, select, button')?.focus();
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click on the backdrop closes; Escape does the same from the keyboard
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className={`dialog ${wide ? 'dialog-wide' : ''}`} role="dialog" aria-modal="true" aria-label={title} ref={ref}>
        <header className="dialog-head">
          <h2>{title}</h2>
          <button type="button" className="btn-icon" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        <div className="dialog-body">{children}</div>
      </div>
    </div>
  );
}

export function Field({ label, hint, children }: { label: string; hint?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child
    <label className="field">
      <span className="field-label">{label}</span>
      {children}
      {hint && <span className="field-hint">{hint}</span>}
    </label>
  );
}

export function Stat({ label, value, hint, tone }: { label: string; value: ReactNode; hint?: ReactNode; tone?: Tone }) {
  return (
    <div className={`stat ${tone ? `stat-${tone}` : ''}`}>
      <span className="stat-label">{label}</span>
      <span className="stat-value">{value}</span>
      {hint && <span className="stat-hint">{hint}</span>}
    </div>
  );
}
