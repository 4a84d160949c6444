// Reviewer accounts for the console: argon2id passwords, roles, opaque session tokens, and
// what admins do to them (disable, enable, reset a password, change a role), each audited.
import { randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { sql } from 'kysely';
import { conflictError, notFoundError, validationError, WardenError } from '../app/errors.ts';
import { type DbOrTx, type Tx, withTransaction } from '../store/db.ts';
import { type AccessActor, auditAccess } from './audit.ts';
import { hashSecret } from './keys.ts';
import { type Principal, ROLE_SCOPES, ROLES, type Role } from './scopes.ts';

const SESSION_PREFIX = 'wss_';
const SESSION_HOURS = 12;
/** Shortest password accepted, at creation and reset alike. */
export const MIN_PASSWORD_LENGTH = 10;

export interface UserInfo {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  /** When an admin disabled the account; null while it may log in. */
  disabledAt: string | null;
}

type UserRow = { id: string; email: string; name: string; role: string; created_at: Date; disabled_at: Date | null };

const toUserInfo = (r: UserRow): UserInfo => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role as Role,
  createdAt: new Date(r.created_at).toISOString(),
  disabledAt: r.disabled_at ? new Date(r.disabled_at).toISOString() : null,
});

export async function createUser(
  db: DbOrTx,
  input: { email: string; name: string; role: string; password: string },
  actor: AccessActor = { kind: 'cli', id: 'cli', name: 'warden CLI' },
): Promise<UserInfo> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw validationError('/email', 'must be an e-mail address');
  if (!ROLES.includes(input.role as Role)) throw validationError('/role', `must be one of ${ROLES.join(', ')}`);
  checkPassword(input.password);
  const exists = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (exists) throw conflictError(`a user with e-mail ${email} already exists`, 'UserExists');
  const passwordHash = await hash(input.password);
  return withTransaction(db, async (tx) => {
    const row = await tx
      .insertInto('users')
      .values({ id: randomUUID(), email, name: input.name.trim() || email, role: input.role, password_hash: passwordHash })
      .returningAll()
      .executeTakeFirstOrThrow();
    await auditAccess(tx, actor, 'user.created', row.id, { email, role: row.role });
    return toUserInfo(row);
  });
}

/** Every reviewer account, disabled ones included (`disabledAt` tells them apart), oldest first. */
export async function listUsers(db: DbOrTx): Promise<UserInfo[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(toUserInfo);
}

/** A reviewer account by id or e-mail (case-insensitive); NotFound otherwise. */
export async function getUser(db: DbOrTx, idOrEmail: string): Promise<UserInfo> {
  return toUserInfo(await findUser(db, idOrEmail));
}

async function findUser(db: DbOrTx, idOrEmail: string, lock = false): Promise<UserRow> {
  const email = idOrEmail.trim().toLowerCase();
  let q = db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'created_at', 'disabled_at'])
    .where((eb) => eb.or([eb('id', '=', idOrEmail), eb('email', '=', email)]));
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFoundError('reviewer', idOrEmail);
  return row;
}

function checkPassword(password: string, pointer = '/password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw validationError(pointer, `must be at least ${MIN_PASSWORD_LENGTH} characters`);
}

/** Ends every session of a reviewer; returns how many there were. */
async function endSessions(tx: DbOrTx, userId: string): Promise<number> {
  const r = await tx.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/**
 * Refuses a change that would leave no active admin (nobody could manage reviewers from the
 * console any more). Serialised by a transaction-wide advisory lock, so two admins disabling
 * each other at once cannot both succeed.
 */
async function keepAnAdmin(tx: Tx, user: UserRow, what: string): Promise<void> {
  if (user.role !== 'admin' || user.disabled_at) return;
  await sql`select pg_advisory_xact_lock(7263402)`.execute(tx);
  const others = await tx
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .where('id', '!=', user.id)
    .executeTakeFirstOrThrow();
  if (Number(others.n) === 0) throw conflictError(`${user.email} is the last active admin and cannot be ${what}; make another admin first`, 'LastAdmin');
}

/**
 * Disables a reviewer: they can no longer log in, their sessions end and the API keys they
 * made stop working (the caller clears its principal cache for "at once"). Disabling a
 * disabled reviewer changes nothing and is not audited again. Errors: NotFound, Conflict
 * (disabling oneself), LastAdmin.
 */
export async function disableUser(db: DbOrTx, idOrEmail: string, actor: AccessActor, reason?: string): Promise<UserInfo & { sessionsEnded: number }> {
  return withTransaction(db, async (tx) => {
    const user = await findUser(tx, idOrEmail, true);
    if (user.disabled_at) return { ...toUserInfo(user), sessionsEnded: 0 };
    if (actor.kind === 'user' && actor.id === user.id) throw conflictError('you cannot disable your own account; ask another admin', 'CannotDisableSelf');
    await keepAnAdmin(tx, user, 'disabled');
    const row = await tx.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', user.id).returningAll().executeTakeFirstOrThrow();
    const sessionsEnded = await endSessions(tx, user.id);
    await auditAccess(tx, actor, 'user.disabled', user.id, { sessionsEnded, ...(reason?.trim() ? { reason: reason.trim() } : {}) });
    return { ...toUserInfo(row), sessionsEnded };
  });
}

/** Lets a disabled reviewer log in again (old sessions stay ended). Enabling an active reviewer changes nothing. */
export async function enableUser(db: DbOrTx, idOrEmail: string, actor: AccessActor): Promise<UserInfo> {
  return withTransaction(db, async (tx) => {
    const user = await findUser(tx, idOrEmail, true);
    if (!user.disabled_at) return toUserInfo(user);
    const row = await tx.updateTable('users').set({ disabled_at: null }).where('id', '=', user.id).returningAll().executeTakeFirstOrThrow();
    await auditAccess(tx, actor, 'user.enabled', user.id, { disabledSince: new Date(user.disabled_at).toISOString() });
    return toUserInfo(row);
  });
}

/**
 * Sets a new password and ends the reviewer's sessions. Without `password` a random one of
 * 20 characters is made and returned (once) as `temporaryPassword`, to hand over. The
 * password itself is never audited. Errors: NotFound, ValidationFailed (/password, < 10 characters).
 */
export async function resetPassword(
  db: DbOrTx,
  idOrEmail: string,
  actor: AccessActor,
  password?: string,
): Promise<{ user: UserInfo; sessionsEnded: number; temporaryPassword?: string }> {
  const generated = password === undefined ? randomBytes(15).toString('base64url') : undefined;
  const next = password ?? (generated as string);
  checkPassword(next);
  const passwordHash = await hash(next);
  return withTransaction(db, async (tx) => {
    const user = await findUser(tx, idOrEmail, true);
    await tx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', user.id).execute();
    const sessionsEnded = await endSessions(tx, user.id);
    await auditAccess(tx, actor, 'user.password_reset', user.id, { sessionsEnded, generated: generated !== undefined });
    return { user: toUserInfo(user), sessionsEnded, ...(generated ? { temporaryPassword: generated } : {}) };
  });
}

/** Changes a reviewer's role (their sessions carry the new scopes from the next request). Errors: NotFound, ValidationFailed (/role), LastAdmin. */
export async function setRole(db: DbOrTx, idOrEmail: string, role: string, actor: AccessActor): Promise<UserInfo> {
  if (!ROLES.includes(role as Role)) throw validationError('/role', `must be one of ${ROLES.join(', ')}`);
  return withTransaction(db, async (tx) => {
    const user = await findUser(tx, idOrEmail, true);
    if (user.role === role) return toUserInfo(user);
    if (role !== 'admin') await keepAnAdmin(tx, user, `made ${role}`);
    const row = await tx.updateTable('users').set({ role }).where('id', '=', user.id).returningAll().executeTakeFirstOrThrow();
    await auditAccess(tx, actor, 'user.role_changed', user.id, { from: user.role, to: role });
    return toUserInfo(row);
  });
}

/** Checks a password and opens a session; the same error for unknown e-mail, bad password and disabled account. */
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
  return { token, expiresAt: expiresAt.toISOString(), user: toUserInfo(row) };
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
