// Policy versions in the database. Versions are immutable; a head says which is live and
// which runs in shadow. Default policies ship as files and are installed as version 1; a later
// release's files reach deployments that never edited them as new versions (upgradeShippedPolicies).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { type ValueError, ValueErrorType } from '@sinclair/typebox/errors';
import { sql } from 'kysely';
import { type InvalidParam, notFoundError, validationError, WardenError } from '../app/errors.ts';
import { SIGNAL_TYPES, signalPatternMatchesAny } from '../detect/types.ts';
import type { Db, DbOrTx } from '../store/db.ts';
import { contextPathHint, isContextPath } from './context.ts';
import type { PolicyVersion } from './engine.ts';
import { PolicyDocument } from './schema.ts';
import './tables.ts';

const DEFAULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'defaults');
const check = TypeCompiler.Compile(PolicyDocument);

type Node = Record<string, unknown>;
const isObj = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);
const quoted = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).join(', ');

/**
 * A TypeBox error as an editor reads it. A union of literals (outcome, minStrength, severity,
 * appliesTo) names the allowed values instead of "Expected union value"; a condition (a union of
 * object shapes) is judged by the branch its key picks (`signal`, `context`, `counter`, `all`,
 * `any`, `not`), so a wrong field deep inside it is reported at its own pointer.
 */
function shapeProblems(e: ValueError, base: string, out: InvalidParam[]): void {
  const branches = (e.schema as { anyOf?: TSchema[] }).anyOf;
  if (e.type === ValueErrorType.Union && branches) {
    if (branches.every((b) => 'const' in b)) {
      out.push({ pointer: `${base}${e.path}`, reason: `must be one of ${quoted(branches.map((b) => b.const))}, not ${JSON.stringify(e.value)}` });
      return;
    }
    const keysOf = (b: TSchema) => Object.keys((b as { properties?: object }).properties ?? {});
    const value = e.value;
    const i = isObj(value)
      ? branches.findIndex((b) => keysOf(b).length > 0 && Object.keys(value).every((k) => keysOf(b).includes(k)) && keysOf(b).some((k) => k in value))
      : -1;
    const sub = i >= 0 ? [...(e.errors[i] ?? [])] : [];
    if (sub.length === 0) {
      const kinds = branches.map((b) => keysOf(b)[0]).filter(Boolean);
      out.push({ pointer: `${base}${e.path}`, reason: `must be an object with one of the keys ${quoted(kinds)}` });
      return;
    }
    for (const s of sub) shapeProblems(s, base, out);
    return;
  }
  out.push({ pointer: `${base}${e.path}`, reason: e.message });
}

/**
 * Problems no shape check sees, because the rule is well formed but can never match: a signal
 * type no detector emits (SIGNAL_TYPES in detect/types.ts), a context path no decision fills
 * (CONTEXT_PATHS in ./context.ts), a counter over a rule the policy lacks. Walks the raw value
 * defensively, so these are reported beside shape errors elsewhere in the same draft.
 */
function conditionProblems(cond: unknown, at: string, ruleIds: ReadonlySet<string>, out: InvalidParam[]): void {
  if (!isObj(cond)) return;
  for (const key of ['all', 'any'] as const) {
    const list = cond[key];
    if (Array.isArray(list)) {
      list.forEach((c, i) => {
        conditionProblems(c, `${at}/${key}/${i}`, ruleIds, out);
      });
    }
  }
  if ('not' in cond) conditionProblems(cond.not, `${at}/not`, ruleIds, out);
  const signal = cond.signal;
  if (isObj(signal) && typeof signal.type === 'string' && signal.type !== '' && !signalPatternMatchesAny(signal.type)) {
    out.push({ pointer: `${at}/signal/type`, reason: unknownSignal(signal.type) });
  }
  if (typeof cond.context === 'string' && cond.context !== '' && !isContextPath(cond.context)) {
    out.push({ pointer: `${at}/context`, reason: `unknown context path "${cond.context}"; known: ${contextPathHint(cond.context).join(', ')}` });
  }
  const counter = cond.counter;
  if (isObj(counter) && Array.isArray(counter.rules)) {
    counter.rules.forEach((r, i) => {
      if (typeof r === 'string' && !ruleIds.has(r)) out.push({ pointer: `${at}/counter/rules/${i}`, reason: `no rule "${r}" in this policy` });
    });
  }
}

function unknownSignal(type: string): string {
  const ns = type.split('.')[0];
  const same = SIGNAL_TYPES.filter((t) => t.startsWith(`${ns}.`));
  const hint = same.length
    ? `known in "${ns}": ${same.join(', ')}`
    : `known namespaces: ${[...new Set(SIGNAL_TYPES.map((t) => `${t.split('.')[0]}.*`))].join(', ')}`;
  return `unknown signal type "${type}", no detector emits it; ${hint}`;
}

/**
 * Every problem of a policy document at once, each at its JSON pointer (prefixed with `base`):
 * shape errors from the one TypeBox schema (./schema.ts), with the allowed values of enums; then
 * what makes a well-formed rule wrong: duplicate rule ids, notices the rules name but the
 * document lacks, exemptions and counters naming unknown rules, signal types no detector emits,
 * context paths no decision fills (see `conditionProblems`). At most `limit` problems (an
 * editor shows them beside their fields; a long list helps nobody).
 */
export function policyProblems(raw: unknown, base = '/document', limit = 50): InvalidParam[] {
  const out: InvalidParam[] = [];
  if (!check.Check(raw)) for (const e of check.Errors(raw)) shapeProblems(e, base, out);
  const doc = isObj(raw) ? raw : {};
  const rules = Array.isArray(doc.rules) ? doc.rules : [];
  const exemptions = Array.isArray(doc.exemptions) ? doc.exemptions : [];
  const notices = isObj(doc.notices) ? doc.notices : {};
  const ids = new Set<string>();
  rules.forEach((r, i) => {
    if (isObj(r) && typeof r.id === 'string') {
      if (ids.has(r.id)) out.push({ pointer: `${base}/rules/${i}/id`, reason: `duplicate rule id "${r.id}"` });
      ids.add(r.id);
    }
  });
  rules.forEach((r, i) => {
    if (!isObj(r)) return;
    conditionProblems(r.when, `${base}/rules/${i}/when`, ids, out);
    if (Array.isArray(r.mask)) {
      r.mask.forEach((t, j) => {
        if (typeof t === 'string' && !signalPatternMatchesAny(t)) out.push({ pointer: `${base}/rules/${i}/mask/${j}`, reason: unknownSignal(t) });
      });
    }
    if (typeof r.notice === 'string' && !isObj(notices[r.notice]))
      out.push({ pointer: `${base}/rules/${i}/notice`, reason: `no notice "${r.notice}" in /notices` });
    if (Array.isArray(r.effects)) {
      r.effects.forEach((ef, j) => {
        const notice = isObj(ef) && isObj(ef.notify) ? ef.notify.notice : undefined;
        if (typeof notice === 'string' && !isObj(notices[notice]))
          out.push({ pointer: `${base}/rules/${i}/effects/${j}/notify/notice`, reason: `no notice "${notice}" in /notices` });
      });
    }
  });
  exemptions.forEach((ex, i) => {
    if (!isObj(ex)) return;
    conditionProblems(ex.when, `${base}/exemptions/${i}/when`, ids, out);
    if (Array.isArray(ex.rules)) {
      ex.rules.forEach((r, j) => {
        if (typeof r === 'string' && !ids.has(r)) out.push({ pointer: `${base}/exemptions/${i}/rules/${j}`, reason: `no rule "${r}" in this policy` });
      });
    }
  });
  // One problem per field and reason (a union can report the same field from two branches).
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(`${p.pointer}\n${p.reason}`) && seen.add(`${p.pointer}\n${p.reason}`)).slice(0, limit);
}

/**
 * Validates a policy document with `policyProblems`: the 400 (ValidationFailed) names the first
 * wrong field in its detail and lists every problem in `invalidParams`, each by JSON pointer.
 */
export function parsePolicyDocument(raw: unknown, base = '/document'): PolicyDocument {
  const problems = policyProblems(raw, base);
  if (problems.length) {
    const [first] = problems;
    throw new WardenError('ValidationFailed', `${first.pointer} ${first.reason}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, {
      invalidParams: problems,
    });
  }
  return raw as PolicyDocument;
}

export function defaultPolicies(): PolicyDocument[] {
  return readdirSync(DEFAULTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parsePolicyDocument(JSON.parse(readFileSync(join(DEFAULTS_DIR, f), 'utf8')), `/${f}`));
}

/** Installs each shipped policy as version 1 when it has never existed; analysts' edits are kept. */
export async function installDefaultPolicies(db: Db): Promise<string[]> {
  const installed: string[] = [];
  for (const doc of defaultPolicies()) {
    await db.transaction().execute(async (tx) => {
      const r = await sql`insert into policy_heads (name, live_version) values (${doc.name}, 1) on conflict (name) do nothing returning name`.execute(tx);
      if (r.rows.length === 0) return;
      await tx
        .insertInto('policy_versions')
        .values({ name: doc.name, version: 1, document: JSON.stringify(doc), comment: 'shipped default', created_by: 'warden' })
        .execute();
      installed.push(doc.name);
    });
  }
  return installed;
}

/** JSON with object keys sorted: jsonb stores keys in its own order, so documents are compared in this form. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

export interface ShippedUpdate {
  name: string;
  version: number;
  /** `live`: only the notices changed (translations, wording) and the shipped version was live; `shadow`/`none`: decisions may change, an analyst promotes it. */
  activated: 'live' | 'shadow' | 'none';
}

/**
 * Brings deployments that never edited a shipped policy up to the files in ./defaults: when the
 * policy's latest version was written by Warden ('shipped default…') and differs from the file,
 * the file becomes a new version. A change to the notices only (a new language, better wording)
 * goes live at once if the shipped version was live; a change to rules or exemptions changes
 * decisions, so it runs in shadow (when the shadow slot is free) until an analyst promotes it.
 * A policy an analyst has edited (any later version by someone else) is left alone.
 */
export async function upgradeShippedPolicies(db: Db, docs: PolicyDocument[] = defaultPolicies()): Promise<ShippedUpdate[]> {
  const out: ShippedUpdate[] = [];
  for (const doc of docs) {
    await db.transaction().execute(async (tx) => {
      // Two instances starting together: the head row lock makes the second see the first's version.
      const head = await sql<{
        live_version: number | null;
        shadow_version: number | null;
      }>`select live_version, shadow_version from policy_heads where name = ${doc.name} for update`.execute(tx);
      if (head.rows.length === 0) return;
      const latest = await tx
        .selectFrom('policy_versions')
        .select(['version', 'document', 'created_by', 'comment'])
        .where('name', '=', doc.name)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      const shipped = latest?.created_by === 'warden' && (latest.comment ?? '').startsWith('shipped default');
      if (!latest || !shipped || canonical(latest.document) === canonical(doc)) return;
      const { notices: _a, ...before } = latest.document as PolicyDocument;
      const { notices: _b, ...after } = doc;
      const noticesOnly = canonical(before) === canonical(after);
      const { live_version, shadow_version } = head.rows[0];
      const activated: ShippedUpdate['activated'] =
        noticesOnly && live_version === latest.version ? 'live' : !noticesOnly && shadow_version === null ? 'shadow' : 'none';
      const v = await createVersion(
        tx,
        doc.name,
        { document: doc, comment: noticesOnly ? 'shipped default update (notices)' : 'shipped default update', activate: activated },
        'warden',
      );
      out.push({ name: doc.name, version: v.version, activated });
    });
  }
  return out;
}

export interface PolicySet {
  live: PolicyVersion[];
  shadow: PolicyVersion[];
}

export async function loadPolicySet(db: DbOrTx): Promise<PolicySet> {
  const heads = await db.selectFrom('policy_heads').selectAll().execute();
  const wanted = heads.flatMap((h) => [h.live_version, h.shadow_version].filter((v): v is number => v !== null).map((v) => ({ name: h.name, v })));
  if (wanted.length === 0) return { live: [], shadow: [] };
  const rows = await db
    .selectFrom('policy_versions')
    .selectAll()
    .where((eb) => eb.or(wanted.map((w) => eb.and([eb('name', '=', w.name), eb('version', '=', w.v)]))))
    .execute();
  const get = (name: string, v: number | null) => {
    const r = rows.find((x) => x.name === name && x.version === v);
    return r ? { name, version: r.version, document: r.document as PolicyDocument } : null;
  };
  return {
    live: heads.map((h) => get(h.name, h.live_version)).filter((p): p is PolicyVersion => p !== null),
    shadow: heads.map((h) => get(h.name, h.shadow_version)).filter((p): p is PolicyVersion => p !== null),
  };
}

/**
 * Keeps the policy set in memory: decisions run on every message, the set changes rarely.
 * A change in this process refreshes at once; other processes pick it up within maxAgeMs.
 */
export class PolicyCache {
  private set?: PolicySet;
  private at = 0;
  constructor(
    private readonly db: Db,
    private readonly maxAgeMs = 5_000,
  ) {}
  /** `conn`: the caller's transaction, if any (PGlite has one connection: reading outside the open transaction would wait for it forever). */
  async get(conn: DbOrTx = this.db): Promise<PolicySet> {
    if (!this.set || Date.now() - this.at > this.maxAgeMs) {
      this.set = await loadPolicySet(conn);
      this.at = Date.now();
    }
    return this.set;
  }
  invalidate(): void {
    this.set = undefined;
  }
}

export interface PolicySummary {
  name: string;
  title: string;
  liveVersion: number | null;
  shadowVersion: number | null;
  latestVersion: number;
  updatedAt: string;
}

export async function listPolicies(db: DbOrTx): Promise<PolicySummary[]> {
  const heads = await db.selectFrom('policy_heads').selectAll().orderBy('name').execute();
  const latest = await db
    .selectFrom('policy_versions')
    .select(['name', (eb) => eb.fn.max('version').as('latest')])
    .groupBy('name')
    .execute();
  const out: PolicySummary[] = [];
  for (const h of heads) {
    const v = h.live_version ?? Number(latest.find((l) => l.name === h.name)?.latest ?? 1);
    const row = await db.selectFrom('policy_versions').select('document').where('name', '=', h.name).where('version', '=', v).executeTakeFirst();
    out.push({
      name: h.name,
      title: (row?.document as PolicyDocument | undefined)?.title ?? h.name,
      liveVersion: h.live_version,
      shadowVersion: h.shadow_version,
      latestVersion: Number(latest.find((l) => l.name === h.name)?.latest ?? 0),
      updatedAt: new Date(h.updated_at).toISOString(),
    });
  }
  return out;
}

export async function getPolicyVersion(
  db: DbOrTx,
  name: string,
  version: number,
): Promise<PolicyVersion & { comment: string | null; createdBy: string | null; createdAt: string }> {
  const r = await db.selectFrom('policy_versions').selectAll().where('name', '=', name).where('version', '=', version).executeTakeFirst();
  if (!r) throw notFoundError('policy version', `${name}@${version}`);
  return {
    name,
    version,
    document: r.document as PolicyDocument,
    comment: r.comment,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

export async function listVersions(db: DbOrTx, name: string) {
  const rows = await db
    .selectFrom('policy_versions')
    .select(['version', 'comment', 'created_by', 'created_at'])
    .where('name', '=', name)
    .orderBy('version', 'desc')
    .execute();
  if (rows.length === 0) throw notFoundError('policy', name);
  return rows.map((r) => ({ version: r.version, comment: r.comment, createdBy: r.created_by, createdAt: new Date(r.created_at).toISOString() }));
}

/** Every change is a new immutable version; `activate` makes it live or shadow at once. */
export async function createVersion(
  db: DbOrTx,
  name: string,
  input: { document: unknown; comment?: string; activate?: 'live' | 'shadow' | 'none'; baseVersion?: number },
  by: string,
): Promise<PolicyVersion> {
  const doc = parsePolicyDocument(input.document);
  if (doc.name !== name) throw validationError('/document/name', `must be "${name}" (the policy in the URL)`);
  // One edit of a policy at a time: the head row is locked until this version commits, so
  // concurrent edits queue instead of colliding on the version number.
  await sql`insert into policy_heads (name) values (${name}) on conflict (name) do nothing`.execute(db);
  await sql`select name from policy_heads where name = ${name} for update`.execute(db);
  const prev = await db
    .selectFrom('policy_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('name', '=', name)
    .executeTakeFirst();
  const latest = Number(prev?.v ?? 0);
  if (input.baseVersion !== undefined && input.baseVersion !== latest) {
    throw new WardenError(
      'Conflict',
      `this edit is based on version ${input.baseVersion} but the latest is ${latest}: read it, merge, and send baseVersion ${latest}`,
      {
        extra: { latestVersion: latest },
      },
    );
  }
  const version = latest + 1;
  await db
    .insertInto('policy_versions')
    .values({ name, version, document: JSON.stringify(doc), comment: input.comment ?? null, created_by: by })
    .execute();
  if (input.activate && input.activate !== 'none') await activate(db, name, version, input.activate);
  return { name, version, document: doc };
}

export async function activate(db: DbOrTx, name: string, version: number | null, mode: 'live' | 'shadow'): Promise<void> {
  if (version !== null) await getPolicyVersion(db, name, version);
  const set = mode === 'live' ? { live_version: version, updated_at: new Date() } : { shadow_version: version, updated_at: new Date() };
  const r = await db.updateTable('policy_heads').set(set).where('name', '=', name).executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw notFoundError('policy', name);
  if (mode === 'live' && version !== null) {
    // Promoting the shadow version ends its shadow run.
    await db.updateTable('policy_heads').set({ shadow_version: null }).where('name', '=', name).where('shadow_version', '=', version).execute();
  }
}
