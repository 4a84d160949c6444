// Reviewer accounts for the console: argon2id passwords, roles, and opaque session tokens.
import { randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { conflictError, validationError, WardenError } from '../app/errors.ts';
import type { DbOrTx } from '../store/db.ts';
import { hashSecret } from './keys.ts';
import { type Principal, ROLE_SCOPES, ROLES, type Role } from './scopes.ts';

const SESSION_PREFIX = 'wss_';
const SESSION_HOURS = 12;

export interface UserInfo {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export async function createUser(db: DbOrTx, input: { email: string; name: string; role: string; password: string }): Promise<UserInfo> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw validationError('/email', 'must be an e-mail address');
  if (!ROLES.includes(input.role as Role)) throw validationError('/role', `must be one of ${ROLES.join(', ')}`);
  if (input.password.length < 10) throw validationError('/password', 'must be at least 10 characters');
  const exists = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (exists) throw conflictError(`a user with e-mail ${email} already exists`, 'UserExists');
  const row = await db
    .insertInto('users')
    .values({ id: randomUUID(), email, name: input.name.trim() || email, role: input.role, password_hash: await hash(input.password) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { id: row.id, email: row.email, name: row.name, role: row.role as Role, createdAt: new Date(row.created_at).toISOString() };
}

export async function listUsers(db: DbOrTx): Promise<UserInfo[]> {
  const rows = await db.selectFrom('users').selectAll().where('disabled_at', 'is', null).orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, email: r.email, name: r.name, role: r.role as Role, createdAt: new Date(r.created_at).toISOString() }));
}

/** Checks a password and opens a session; the same error for unknown e-mail and bad password. */
export async function login(db: DbOrTx, email: string, password: string): Promise<{ token: string; user: UserInfo; expiresAt: string }> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).where('disabled_at', 'is', null).executeTakeFirst();
  const ok = row ? await verify(row.password_hash, password) : false;
  if (!row || !ok) throw new WardenError('Unauthenticated', 'e-mail or password is wrong');
  const token = SESSION_PREFIX + randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await db
    .insertInto('sessions')
    .values({ token_hash: hashSecret(token), user_id: row.id, expires_at: expiresAt })
    .execute();
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    user: { id: row.id, email: row.email, name: row.name, role: row.role as Role, createdAt: new Date(row.created_at).toISOString() },
  };
}

export async function logout(db: DbOrTx, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashSecret(token)).execute();
}

export async function principalForSession(db: DbOrTx, token: string): Promise<Principal | null> {
  if (!token.startsWith(SESSION_PREFIX)) return null;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.name', 'users.email', 'users.role', 'sessions.expires_at', 'users.disabled_at'])
    .where('sessions.token_hash', '=', hashSecret(token))
    .executeTakeFirst();
  if (!row || row.disabled_at || new Date(row.expires_at) < new Date()) return null;
  const role = row.role as Role;
  return { kind: 'user', id: row.id, name: row.name || row.email, scopes: ROLE_SCOPES[role], role };
}
