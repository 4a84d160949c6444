// The policy editor: a draft of a policy's next version, field by field, checked by the server
// as the analyst types (POST /v1/policies/{name}/validate: the same schema and checks as saving,
// never a second definition here), each problem shown beside its field; the diff against the
// live version; a backtest of the unsaved draft; saving as a new version that stays a draft,
// runs in shadow or goes live. Activation and rollback of saved versions are on the policy page.
import { type FormEvent, type ReactNode, useEffect, useMemo, useState } from 'react';
import { useAction, useResource } from '../api/hooks.ts';
import { apiClient, ok } from '../api/typed.ts';
import { Card, Empty, ErrorState, Field, InlineError, Loading } from '../components/ui.tsx';
import { diffJson, diffStats } from '../lib/json-diff.ts';
import { Link, useRouter } from '../lib/router.tsx';
import { type DraftProblem, type PolicyDetail, problemsByField, toPolicyDetail } from '../models/policies.ts';
import { useSession } from '../session.tsx';
import { BacktestCard, DiffView } from './policies.tsx';

type Doc = Record<string, unknown> & { rules?: Record<string, unknown>[] };

const OUTCOMES = ['allow', 'nudge', 'mask', 'hold', 'block'] as const;
const KINDS = ['message', 'job', 'proposal', 'profile', 'attachment', 'account'] as const;
/** How long typing pauses before the draft is sent for checking (ms). */
const VALIDATE_DELAY_MS = 300;

const NEW_RULE = {
  id: 'new-rule',
  description: 'What this rule catches, in words a user understands',
  when: { signal: { type: 'contact.*', minStrength: 'strong' } },
  outcome: 'nudge',
};

export function PolicyEditorPage({ name }: { name: string }) {
  const { can } = useSession();
  const p = useResource<unknown, PolicyDetail>(`/v1/policies/${encodeURIComponent(name)}`, toPolicyDetail);
  if (!can.editPolicies)
    return (
      <div className="page">
        <Empty title="Only admins and policy editors change policies" icon="§">
          Ask an admin for the policy editor role. <Link to={`/policies/${encodeURIComponent(name)}`}>Back to the policy</Link>
        </Empty>
      </div>
    );
  if (p.error) return <div className="page">{<ErrorState error={p.error} onRetry={p.reload} />}</div>;
  if (!p.data) return <Loading />;
  return <Editor key={p.data.versions[0]?.version} policy={p.data} />;
}

function Editor({ policy }: { policy: PolicyDetail }) {
  const { navigate } = useRouter();
  const live = policy.current.document as Doc;
  const latest = policy.versions[0]?.version ?? 0;
  const [draft, setDraft] = useState<Doc>(() => structuredClone(live));
  // Bumped when the draft is replaced wholesale (reset, a rule removed): JSON fields re-read it.
  const [revision, setRevision] = useState(0);
  // Fields whose text is not JSON yet: the draft keeps their last good value, saving waits.
  const [unparsed, setUnparsed] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<DraftProblem[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [comment, setComment] = useState('');
  const [activate, setActivate] = useState<'none' | 'shadow' | 'live'>('none');

  useEffect(() => {
    let current = true;
    setChecking(true);
    const t = setTimeout(() => {
      ok(apiClient.POST('/v1/policies/{name}/validate', { params: { path: { name: policy.name } }, body: { document: draft } }))
        .then((r) => current && setProblems(r.problems))
        .catch((err) => current && setProblems([{ pointer: '', reason: `could not be checked: ${(err as Error).message}` }]))
        .finally(() => current && setChecking(false));
    }, VALIDATE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(t);
    };
  }, [draft, policy.name]);

  const byField = useMemo(() => {
    const m = problemsByField(problems ?? []);
    for (const [field, reason] of Object.entries(unparsed)) m.set(field, [{ pointer: field, reason }, ...(m.get(field) ?? [])]);
    return m;
  }, [problems, unparsed]);
  const valid = problems !== null && problems.length === 0 && Object.keys(unparsed).length === 0 && !checking;
  const lines = useMemo(() => diffJson(live, draft), [live, draft]);
  const stats = diffStats(lines);
  const changed = stats.added + stats.removed > 0;

  const set = (key: string, value: unknown) =>
    setDraft((d) => {
      const next = { ...d };
      if (value === undefined || value === '') delete next[key];
      else next[key] = value;
      return next;
    });
  const rules = draft.rules ?? [];
  const setRule = (i: number, key: string, value: unknown) =>
    setDraft((d) => {
      const rs = [...(d.rules ?? [])];
      const r = { ...rs[i] };
      if (value === undefined || value === '') delete r[key];
      else r[key] = value;
      rs[i] = r;
      return { ...d, rules: rs };
    });
  const jsonError = (field: string, error: string | null) =>
    setUnparsed((u) => {
      const next = { ...u };
      if (error === null) delete next[field];
      else next[field] = error;
      return next;
    });
  const replaceRules = (rs: Record<string, unknown>[]) => {
    setDraft((d) => ({ ...d, rules: rs }));
    setUnparsed((u) => Object.fromEntries(Object.entries(u).filter(([k]) => !k.startsWith('rules/'))));
    setRevision((r) => r + 1);
  };
  const reset = () => {
    setDraft(structuredClone(live));
    setUnparsed({});
    setRevision((r) => r + 1);
  };

  const save = useAction(() =>
    ok(
      apiClient.POST('/v1/policies/{name}/versions', {
        params: { path: { name: policy.name } },
        body: { document: draft, baseVersion: latest, comment: comment.trim() || undefined, activate },
      }),
    ),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await save.run();
    if (r) navigate(`/policies/${encodeURIComponent(policy.name)}`);
  };

  const errorsOf = (field: string) => byField.get(field);
  const general = byField.get('') ?? [];
  const total = (problems?.length ?? 0) + Object.keys(unparsed).length;

  return (
    <div className="page policy-editor">
      <nav className="crumbs">
        <Link to="/policies">← Policies</Link> / <Link to={`/policies/${encodeURIComponent(policy.name)}`}>{policy.name}</Link>
      </nav>
      <header className="page-head">
        <div>
          <h1>Edit {String(live.title ?? policy.name)}</h1>
          <p className="lead">
            A draft of v{latest + 1}, based on live v{policy.liveVersion ?? '—'}. Nothing changes for users until a version is saved and made live.
          </p>
        </div>
        <div className="draft-status" data-testid="draft-status" aria-live="polite">
          {checking || problems === null ? (
            <span className="muted">Checking…</span>
          ) : total === 0 ? (
            <span className="tone-ok">✓ Valid</span>
          ) : (
            <span className="tone-bad">
              {total} problem{total === 1 ? '' : 's'}
            </span>
          )}
        </div>
      </header>
      {general.length > 0 && <FieldErrors problems={general} />}
      <div className="editor-grid">
        <div className="stack">
          <Card title="Policy">
            <EditorField label="Title" errors={errorsOf('title')}>
              <input value={String(draft.title ?? '')} onChange={(e) => set('title', e.target.value)} />
            </EditorField>
            <EditorField label="Description" errors={errorsOf('description')}>
              <textarea rows={2} value={String(draft.description ?? '')} onChange={(e) => set('description', e.target.value)} />
            </EditorField>
            <EditorField label="Where users read the rule (URL)" errors={errorsOf('url')}>
              <input value={String(draft.url ?? '')} onChange={(e) => set('url', e.target.value)} />
            </EditorField>
            <EditorField label="Applies to" errors={errorsOf('appliesTo')} group>
              <div className="checks">
                {KINDS.map((k) => {
                  const list = Array.isArray(draft.appliesTo) ? (draft.appliesTo as string[]) : [];
                  return (
                    <label key={k} className="check">
                      <input
                        type="checkbox"
                        checked={list.includes(k)}
                        onChange={(e) => set('appliesTo', e.target.checked ? [...list, k] : list.filter((x) => x !== k))}
                      />
                      {k}
                    </label>
                  );
                })}
              </div>
            </EditorField>
          </Card>
          <FieldErrors problems={errorsOf('rules') ?? []} />
          {rules.map((r, i) => (
            <RuleEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: rules are positional; the revision remounts them when one is removed
              key={`${revision}-${i}`}
              index={i}
              rule={r}
              errorsOf={errorsOf}
              onChange={(key, value) => setRule(i, key, value)}
              onJsonError={jsonError}
              onRemove={rules.length > 1 ? () => replaceRules(rules.filter((_, j) => j !== i)) : undefined}
            />
          ))}
          <button type="button" className="btn btn-ghost" onClick={() => replaceRules([...rules, { ...NEW_RULE, id: `new-rule-${rules.length + 1}` }])}>
            + Add a rule
          </button>
          <Card title="Exemptions and notices">
            <JsonField
              key={`ex-${revision}`}
              field="exemptions"
              label="Exemptions (who a rule does not apply to)"
              value={draft.exemptions}
              errors={errorsOf('exemptions')}
              onChange={(v) => set('exemptions', v)}
              onJsonError={jsonError}
            />
            <JsonField
              key={`no-${revision}`}
              field="notices"
              label="Notices (by id, then language)"
              value={draft.notices}
              errors={errorsOf('notices')}
              onChange={(v) => set('notices', v)}
              onJsonError={jsonError}
            />
          </Card>
        </div>
        <div className="stack editor-side">
          <Card
            title="Changes against the live version"
            actions={
              changed && (
                <button type="button" className="btn btn-small btn-ghost" onClick={reset}>
                  Discard changes
                </button>
              )
            }
          >
            {changed ? (
              <>
                <p className="small">
                  <span className="diff-add-count">+{stats.added}</span> <span className="diff-del-count">−{stats.removed}</span> lines against live v
                  {policy.liveVersion ?? '—'}
                </p>
                <DiffView lines={lines} testId="draft-diff" />
              </>
            ) : (
              <p className="small muted">No changes yet.</p>
            )}
          </Card>
          <BacktestCard policy={policy} draft={{ document: draft, valid }} />
          <Card title="Save">
            <form className="stack" onSubmit={submit}>
              <Field label="What changed and why">
                <input value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} placeholder="e.g. questions about contact are allowed" />
              </Field>
              <fieldset className="segmented" aria-label="After saving">
                {(
                  [
                    ['none', 'Keep as a draft'],
                    ['shadow', 'Run in shadow'],
                    ['live', 'Make live'],
                  ] as const
                ).map(([value, label]) => (
                  <label key={value} className={activate === value ? 'active' : ''}>
                    <input type="radio" name="activate" value={value} checked={activate === value} onChange={() => setActivate(value)} />
                    {label}
                  </label>
                ))}
              </fieldset>
              <button type="submit" className="btn btn-primary" disabled={!valid || !changed || save.pending}>
                {save.pending ? 'Saving…' : `Save v${latest + 1}`}
              </button>
              {!changed && <p className="small muted">Change something first.</p>}
              <InlineError error={save.error} />
            </form>
          </Card>
        </div>
      </div>
    </div>
  );
}

function RuleEditor({
  index,
  rule,
  errorsOf,
  onChange,
  onJsonError,
  onRemove,
}: {
  index: number;
  rule: Record<string, unknown>;
  errorsOf: (field: string) => DraftProblem[] | undefined;
  onChange: (key: string, value: unknown) => void;
  onJsonError: (field: string, error: string | null) => void;
  onRemove?: () => void;
}) {
  const f = (k: string) => `rules/${index}/${k}`;
  const text = (k: string) => (typeof rule[k] === 'string' ? (rule[k] as string) : '');
  const outcome = text('outcome');
  return (
    <Card
      className="rule-editor"
      title={
        <>
          Rule {index + 1} <code className="code-chip">{text('id') || '—'}</code>
        </>
      }
      actions={
        onRemove && (
          <button type="button" className="btn btn-small btn-ghost" onClick={onRemove}>
            Remove
          </button>
        )
      }
    >
      <div data-testid={`rule-${index}`}>
        <FieldErrors problems={errorsOf(`rules/${index}`) ?? []} />
        <div className="rule-row">
          <EditorField label="Id" errors={errorsOf(f('id'))}>
            <input value={text('id')} onChange={(e) => onChange('id', e.target.value)} />
          </EditorField>
          <EditorField label="Outcome" errors={errorsOf(f('outcome'))}>
            <select value={outcome} onChange={(e) => onChange('outcome', e.target.value)}>
              {!(OUTCOMES as readonly string[]).includes(outcome) && <option value={outcome}>{outcome || '—'}</option>}
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </EditorField>
          <EditorField label="Group" errors={errorsOf(f('group'))}>
            <input value={text('group')} onChange={(e) => onChange('group', e.target.value)} placeholder="only the first match of a group applies" />
          </EditorField>
          <EditorField label="Notice" errors={errorsOf(f('notice'))}>
            <input value={text('notice')} onChange={(e) => onChange('notice', e.target.value)} placeholder="id in Notices" />
          </EditorField>
        </div>
        <EditorField label="Description" errors={errorsOf(f('description'))}>
          <input value={text('description')} onChange={(e) => onChange('description', e.target.value)} />
        </EditorField>
        <JsonField
          field={f('when')}
          label="When (condition)"
          value={rule.when}
          errors={errorsOf(f('when'))}
          onChange={(v) => onChange('when', v)}
          onJsonError={onJsonError}
        />
        <JsonField
          field={f('effects')}
          label="Effects (case, strike, verification, notice)"
          value={rule.effects}
          errors={errorsOf(f('effects'))}
          onChange={(v) => onChange('effects', v)}
          onJsonError={onJsonError}
          rows={4}
        />
        {rule.mask !== undefined && (
          <JsonField
            field={f('mask')}
            label="Masked signals"
            value={rule.mask}
            errors={errorsOf(f('mask'))}
            onChange={(v) => onChange('mask', v)}
            onJsonError={onJsonError}
            rows={2}
          />
        )}
      </div>
    </Card>
  );
}

/** A JSON value edited as text; text that is not JSON keeps the last good value and says why. */
function JsonField({
  field,
  label,
  value,
  errors,
  onChange,
  onJsonError,
  rows = 6,
}: {
  field: string;
  label: string;
  value: unknown;
  errors?: DraftProblem[];
  onChange: (v: unknown) => void;
  onJsonError: (field: string, error: string | null) => void;
  rows?: number;
}) {
  const [text, setText] = useState(() => (value === undefined ? '' : JSON.stringify(value, null, 2)));
  const change = (t: string) => {
    setText(t);
    if (t.trim() === '') {
      onJsonError(field, null);
      onChange(undefined);
      return;
    }
    try {
      const v = JSON.parse(t);
      onJsonError(field, null);
      onChange(v);
    } catch (err) {
      onJsonError(field, `is not JSON: ${(err as Error).message}`);
    }
  };
  return (
    <EditorField label={label} errors={errors}>
      <textarea
        className="code-input"
        spellCheck={false}
        rows={Math.min(16, Math.max(rows, text.split('\n').length))}
        value={text}
        onChange={(e) => change(e.target.value)}
      />
    </EditorField>
  );
}

/**
 * A labelled control with its problems right under it. The problems sit outside the label so
 * the control's accessible name stays its label; the box carries aria-invalid.
 */
function EditorField({ label, errors, children, group }: { label: string; errors?: DraftProblem[]; children: ReactNode; group?: boolean }) {
  const bad = (errors?.length ?? 0) > 0;
  return (
    <div className={`field-box ${bad ? 'field-invalid' : ''}`} aria-invalid={bad || undefined}>
      {group ? (
        <fieldset className="field">
          <legend className="field-label">{label}</legend>
          {children}
        </fieldset>
      ) : (
        // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child
        <label className="field">
          <span className="field-label">{label}</span>
          {children}
        </label>
      )}
      <FieldErrors problems={errors ?? []} />
    </div>
  );
}

function FieldErrors({ problems }: { problems: DraftProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="field-errors" role="alert">
      {problems.map((p) => (
        <li key={`${p.pointer}:${p.reason}`} data-pointer={p.pointer}>
          {p.reason}
          {p.pointer.split('/').length > 4 && <code className="muted small"> at {p.pointer.replace(/^\/document/, '')}</code>}
        </li>
      ))}
    </ul>
  );
}
