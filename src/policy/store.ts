// Policy versions in the database. Versions are immutable; a head says which is live and
// which runs in shadow. Default policies ship as files and are installed as version 1; a later
// release's files reach deployments that never edited them as new versions (upgradeShippedPolicies).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { sql } from 'kysely';
import { type InvalidParam, notFoundError, validationError, WardenError } from '../app/errors.ts';
import type { Db, DbOrTx } from '../store/db.ts';
import type { PolicyVersion } from './engine.ts';
import { PolicyDocument } from './schema.ts';
import './tables.ts';

const DEFAULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'defaults');
const check = TypeCompiler.Compile(PolicyDocument);

/**
 * Every problem of a policy document, in document order: shape errors from the one TypeBox
 * schema (./schema.ts), then duplicate rule ids, notices the rules name but the document lacks,
 * and exemptions naming unknown rules. Pointers are JSON pointers prefixed with `base`. At most
 * `limit` problems (an editor shows them beside their fields; a long list helps nobody).
 */
export function policyProblems(raw: unknown, base = '/document', limit = 50): InvalidParam[] {
  const out: InvalidParam[] = [];
  if (!check.Check(raw)) {
    // One problem per field: a union (a condition) reports each branch it tried at the same path.
    const seen = new Set<string>();
    for (const e of check.Errors(raw)) {
      if (seen.has(e.path)) continue;
      seen.add(e.path);
      out.push({ pointer: `${base}${e.path}`, reason: e.message });
      if (out.length >= limit) break;
    }
    return out;
  }
  const doc = raw as PolicyDocument;
  const ids = new Set<string>();
  doc.rules.forEach((r, i) => {
    if (ids.has(r.id)) out.push({ pointer: `${base}/rules/${i}/id`, reason: `duplicate rule id "${r.id}"` });
    ids.add(r.id);
    if (r.notice && !doc.notices?.[r.notice]) out.push({ pointer: `${base}/rules/${i}/notice`, reason: `no notice "${r.notice}" in /notices` });
  });
  (doc.exemptions ?? []).forEach((ex, i) => {
    (ex.rules ?? []).forEach((r, j) => {
      if (!ids.has(r)) out.push({ pointer: `${base}/exemptions/${i}/rules/${j}`, reason: `no rule "${r}" in this policy` });
    });
  });
  return out.slice(0, limit);
}

/** Validates a policy document; a 400 names the first wrong field by JSON pointer. */
export function parsePolicyDocument(raw: unknown, base = '/document'): PolicyDocument {
  const [first] = policyProblems(raw, base, 1);
  if (first) throw validationError(first.pointer, first.reason);
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
