// API keys: 192-bit random secrets shown once; only their SHA-256 is stored (a slow hash adds
// nothing for secrets this long, and every request checks one).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { notFoundError, validationError } from '../app/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { type AccessActor, auditAccess } from './audit.ts';
import { hasScope, type Principal, ROLE_SCOPES, type Role, SCOPES, type Scope } from './scopes.ts';

const KEY_PREFIX = 'wdn_';

export interface ApiKeyInfo {
  id: string;
  name: string;
  prefix: string;
  scopes: Scope[];
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * Makes a key. `actor` is who asked (audited); when it is a reviewer's session the key is
 * theirs: it stops working when they are disabled and never carries more than their role.
 */
/** A key's name and scopes as createApiKey accepts them; throws the 400 naming the field. Callers may check before opening anything. */
export function validateKeyInput(name: string, scopes: string[]): void {
  if (!name.trim()) throw validationError('/name', 'must not be empty');
  if (scopes.length === 0) throw validationError('/scopes', 'must name at least one scope');
  for (const [i, s] of scopes.entries()) {
    if (!SCOPES.includes(s as Scope)) throw validationError(`/scopes/${i}`, `unknown scope "${s}"; known scopes: ${SCOPES.join(', ')}`);
  }
}

export async function createApiKey(db: DbOrTx, name: string, scopes: string[], actor?: AccessActor): Promise<{ key: string; info: ApiKeyInfo }> {
  validateKeyInput(name, scopes);
  const key = KEY_PREFIX + randomBytes(24).toString('base64url');
  const row = await db
    .insertInto('api_keys')
    .values({
      id: randomUUID(),
      name: name.trim(),
      prefix: key.slice(0, 10),
      key_hash: hashSecret(key),
      scopes: [...new Set(scopes)],
      user_id: actor?.kind === 'user' ? actor.id : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (actor) await auditAccess(db, actor, 'key.created', row.id, { name: row.name, scopes: row.scopes });
  return { key, info: toInfo(row) };
}

export async function listApiKeys(db: DbOrTx): Promise<ApiKeyInfo[]> {
  const rows = await db.selectFrom('api_keys').selectAll().orderBy('created_at').execute();
  return rows.map(toInfo);
}

export async function revokeApiKey(db: DbOrTx, idOrPrefix: string, actor?: AccessActor): Promise<ApiKeyInfo> {
  const row = await db
    .updateTable('api_keys')
    .set({ revoked_at: new Date() })
    .where((eb) => eb.or([eb('id', '=', idOrPrefix), eb('prefix', '=', idOrPrefix)]))
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw notFoundError('active API key', idOrPrefix);
  if (actor) await auditAccess(db, actor, 'key.revoked', row.id, { name: row.name });
  return toInfo(row);
}

/** All keys ever made, revoked ones included (first start is when there were none). */
export async function countApiKeysEver(db: DbOrTx): Promise<number> {
  const r = await db
    .selectFrom('api_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Looks a presented secret up; null when unknown or revoked, or when the reviewer who made it
 * is disabled. A reviewer's key carries at most what their role allows now.
 */
export async function principalForKey(db: DbOrTx, secret: string): Promise<Principal | null> {
  if (!secret.startsWith(KEY_PREFIX)) return null;
  const row = await db
    .selectFrom('api_keys')
    .leftJoin('users', 'users.id', 'api_keys.user_id')
    .select(['api_keys.id', 'api_keys.name', 'api_keys.scopes', 'api_keys.revoked_at', 'api_keys.user_id', 'users.role', 'users.disabled_at'])
    .where('api_keys.key_hash', '=', hashSecret(secret))
    .executeTakeFirst();
  if (!row || row.revoked_at) return null;
  let scopes = row.scopes as Scope[];
  if (row.user_id) {
    if (!row.role || row.disabled_at) return null;
    const owner: Principal = { kind: 'user', id: row.user_id, name: '', scopes: ROLE_SCOPES[row.role as Role] ?? [] };
    scopes = scopes.filter((s) => hasScope(owner, s));
    if (scopes.length === 0) return null;
  }
  return { kind: 'key', id: row.id, name: row.name, scopes };
}

export async function touchApiKey(db: DbOrTx, id: string): Promise<void> {
  await db.updateTable('api_keys').set({ last_used_at: new Date() }).where('id', '=', id).execute();
}

function toInfo(r: {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  created_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
}): ApiKeyInfo {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    scopes: r.scopes as Scope[],
    createdAt: new Date(r.created_at).toISOString(),
    revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
    lastUsedAt: r.last_used_at ? new Date(r.last_used_at).toISOString() : null,
  };
}
