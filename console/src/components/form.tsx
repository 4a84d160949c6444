// The form pieces the console's dialogs share: a select over a list of values, a segmented
// switch, the reason box, the dialog's Cancel/submit row, and the submit that closes the dialog
// once the server has accepted. One definition each, so every dialog behaves the same.
import type { FormEvent, ReactNode } from 'react';
import { humanize } from '../lib/format.ts';
import { Field } from './ui.tsx';

/**
 * A `<select>` over `options`; each option shows `optionLabel(value)` (humanized by default).
 * `onChange` receives the chosen value typed as one of `options`.
 */
export function OptionSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  optionLabel = humanize,
  disabled,
  title,
}: {
  label: string;
  value: T;
  options: readonly T[];
  onChange: (value: T) => void;
  optionLabel?: (value: T) => string;
  disabled?: boolean;
  title?: string;
}) {
  return (
    <select aria-label={label} value={value} disabled={disabled} title={title} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((o) => (
        <option key={o} value={o}>
          {optionLabel(o)}
        </option>
      ))}
    </select>
  );
}

/** Buttons of which one is on (`aria-pressed`), e.g. "Apply an action" / "Dismiss". */
export function Segmented<T extends string | number>({
  value,
  options,
  onChange,
  className = '',
}: {
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
  className?: string;
}) {
  return (
    <div className={`segmented ${className}`.trim()}>
      {options.map(([v, label]) => (
        <button key={v} type="button" aria-pressed={value === v} className={value === v ? 'on' : ''} onClick={() => onChange(v)}>
          {label}
        </button>
      ))}
    </div>
  );
}

/** The required reason a reviewer writes; its accessible name is always "Reason". */
export function ReasonField({ value, onChange, hint, label = 'Reason' }: { value: string; onChange: (value: string) => void; hint?: string; label?: string }) {
  return (
    <Field label={label} hint={hint}>
      <textarea aria-label="Reason" rows={3} required value={value} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
}

/** A dialog's last row: Cancel, then the submit button (`tone` picks its colour). */
export function DialogActions({
  onCancel,
  disabled,
  tone = 'primary',
  children,
}: {
  onCancel: () => void;
  disabled?: boolean;
  tone?: 'primary' | 'danger';
  children: ReactNode;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" className="btn btn-ghost" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className={`btn btn-${tone}`} disabled={disabled}>
        {children}
      </button>
    </div>
  );
}

/**
 * A form's submit handler: runs `run` and, when it returned something (the server accepted),
 * calls each of `then` in order (typically the dialog's onClose, then onDone).
 */
export function submitThen(run: () => Promise<unknown>, ...then: (() => void)[]) {
  return async (e: FormEvent) => {
    e.preventDefault();
    if (await run()) for (const f of then) f();
  };
}
