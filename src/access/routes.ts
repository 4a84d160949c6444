// Admin API for keys and reviewer accounts, and console login.
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../app/context.ts';
import { WardenError } from '../app/errors.ts';
import { literals, Open, problems } from '../app/schemas.ts';
import type { WardenApp } from '../app/server.ts';
import { actorOfPrincipal, listAccessAudit } from './audit.ts';
import { presentedSecret } from './auth.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './keys.ts';
import type { Principal } from './scopes.ts';
import { ROLES, SCOPES } from './scopes.ts';
import { rateLimitedError } from './throttle.ts';
import { createUser, disableUser, enableUser, getUser, listUsers, login, logout, MIN_PASSWORD_LENGTH, resetPassword, setRole } from './users.ts';

const tags = ['access'];

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const KeyInfo = Open({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters of the secret, to recognise it' }),
  scopes: Type.Array(literals(SCOPES)),
  createdAt: Type.String({ format: 'date-time' }),
  revokedAt: Nullable(Type.String({ format: 'date-time' })),
  lastUsedAt: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
});
const keyExample = {
  id: 'key_5f0c',
  name: 'backend',
  prefix: 'wdn_Xb3k',
  scopes: ['events:write', 'read'],
  createdAt: '2026-11-22T10:00:00.000Z',
  revokedAt: null,
  lastUsedAt: '2026-11-22T11:00:00.000Z',
};
const UserInfo = Open({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: literals(ROLES),
  createdAt: Type.String({ format: 'date-time' }),
  disabledAt: Nullable(Type.String({ format: 'date-time', description: 'When an admin disabled the account; null while it may log in' })),
});
const userExample = { id: 'usr_8d1e', email: 'ana@example.com', name: 'Ana', role: 'reviewer', createdAt: '2026-11-22T10:00:00.000Z', disabledAt: null };
const UserParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 320, description: "The reviewer's id or e-mail" }) });
const AuditEntry = Open({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actor: Open({ kind: literals(['key', 'user', 'cli']), id: Type.String(), name: Type.String() }),
  action: Type.String({
    description: 'user.created | user.disabled | user.enabled | user.password_reset | user.role_changed | key.created | key.revoked',
  }),
  targetId: Type.String({ description: 'The reviewer or API key acted on' }),
  detail: Type.Record(Type.String(), Type.Unknown()),
});
const auditExample = {
  id: 12,
  at: '2026-11-23T09:00:00.000Z',
  actor: { kind: 'user', id: 'usr_1a2b', name: 'Lead' },
  action: 'user.disabled',
  targetId: 'usr_8d1e',
  detail: { sessionsEnded: 2, reason: 'left the team' },
};
/** Who made the call, for the access trail (every admin route is authenticated). */
const actor = (p: Principal | undefined) => actorOfPrincipal(p ?? { kind: 'key', id: 'unknown', name: 'unknown', scopes: [] });
const PrincipalOut = Open(
  {
    kind: literals(['key', 'user']),
    id: Type.String(),
    name: Type.String(),
    scopes: Type.Array(literals(SCOPES)),
    role: Type.Optional(literals(ROLES)),
  },
  { examples: [{ kind: 'user', id: 'usr_8d1e', name: 'Ana', scopes: ['read', 'review'], role: 'reviewer' }] },
);

export async function accessRoutes(app: WardenApp, ctx: AppContext) {
  app.post(
    '/v1/auth/login',
    {
      config: { scope: null },
      schema: {
        tags,
        summary: 'Log a reviewer in (console); returns a session token, also set as a cookie',
        body: Type.Object(
          { email: Type.String({ minLength: 3, maxLength: 320 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Open(
            { token: Type.String({ description: 'Send as "Authorization: Bearer <token>"' }), expiresAt: Type.String({ format: 'date-time' }), user: UserInfo },
            { examples: [{ token: 'wds_q9Zr…', expiresAt: '2026-11-22T22:00:00.000Z', user: userExample }] },
          ),
          ...problems(401, 429),
        },
      },
    },
    async (req, reply) => {
      const { email, password } = req.body;
      // Failed attempts are counted per account and per address; past either limit the
      // answer is 429 before the password is even checked, so guessing gains nothing.
      const account = email.trim().toLowerCase();
      const { loginAccount, loginIp } = ctx.throttles;
      const wait = Math.max(loginAccount.wait(account), loginIp.wait(req.ip));
      if (wait) throw rateLimitedError(wait, 'too many failed logins for this account or from this address');
      let s: Awaited<ReturnType<typeof login>>;
      try {
        s = await login(ctx.db, email, password);
      } catch (err) {
        if (err instanceof WardenError && err.code === 'Unauthenticated') {
          loginAccount.hit(account);
          loginIp.hit(req.ip);
        }
        throw err;
      }
      loginAccount.clear(account);
      reply.header('set-cookie', `warden_session=${encodeURIComponent(s.token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200`);
      return s;
    },
  );
  app.post(
    '/v1/auth/logout',
    { config: { scope: 'read' }, schema: { tags, summary: 'End the session', response: { 204: Type.Null({ description: 'The session is closed' }) } } },
    async (req, reply) => {
      const t = presentedSecret(req);
      if (t) await logout(ctx.db, t);
      app.forgetPrincipals();
      reply.header('set-cookie', 'warden_session=; Path=/; Max-Age=0');
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/v1/auth/me',
    { config: { scope: 'read' }, schema: { tags, summary: 'Who is calling, with which scopes', response: { 200: PrincipalOut } } },
    async (req) => req.principal,
  );

  app.get(
    '/v1/admin/keys',
    {
      config: { scope: 'admin' },
      schema: {
        tags,
        summary: 'List API keys (never their secrets)',
        response: { 200: Open({ keys: Type.Array(KeyInfo) }, { examples: [{ keys: [keyExample] }] }) },
      },
    },
    async () => ({
      keys: await listApiKeys(ctx.db),
    }),
  );
  app.post(
    '/v1/admin/keys',
    {
      config: { scope: 'admin' },
      schema: {
        tags,
        summary: 'Create an API key; the secret is in this reply only',
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 100 }), scopes: Type.Array(Type.Union(SCOPES.map((s) => Type.Literal(s))), { minItems: 1 }) },
          { additionalProperties: false },
        ),
        response: {
          201: Open(
            { key: Type.String({ description: 'The secret; shown once' }), info: KeyInfo },
            { examples: [{ key: 'wdn_Xb3kR2…', info: { ...keyExample, lastUsedAt: null } }] },
          ),
        },
      },
    },
    async (req, reply) => {
      const { name, scopes } = req.body;
      return reply.status(201).send(await createApiKey(ctx.db, name, scopes, actor(req.principal)));
    },
  );
  app.delete(
    '/v1/admin/keys/:id',
    {
      config: { scope: 'admin' },
      schema: {
        tags,
        summary: 'Revoke an API key (by id or prefix)',
        params: Type.Object({ id: Type.String() }),
        response: { 200: { ...KeyInfo, examples: [{ ...keyExample, revokedAt: '2026-11-23T09:00:00.000Z' }] } },
      },
    },
    async (req) => {
      const info = await revokeApiKey(ctx.db, req.params.id, actor(req.principal));
      app.forgetPrincipals();
      return info;
    },
  );
  app.get(
    '/v1/admin/users',
    {
      config: { scope: 'admin' },
      schema: {
        tags,
        summary: 'List reviewer accounts, disabled ones included (disabledAt)',
        response: { 200: Open({ users: Type.Array(UserInfo) }, { examples: [{ users: [userExample] }] }) },
      },
    },
    async () => ({
      users: await listUsers(ctx.db),
    }),
  );
  app.post(
    '/v1/admin/users',
    {
      config: { scope: 'admin' },
      schema: {
        tags,
        summary: 'Create a reviewer account',
        body: Type.Object(
          {
            email: Type.String({ minLength: 3, maxLength: 320 }),
            name: Type.String({ maxLength: 200 }),
            role: Type.Union(ROLES.map((r) => Type.Literal(r))),
            password: Type.String({ minLength: 10, maxLength: 200 }),
          },
          { additionalProperties: false },
        ),
        response: { 201: { ...UserInfo, examples: [userExample] }, ...problems(409) },
      },
    },
    async (req, reply) => reply.status(201).send(await createUser(ctx.db, req.body, actor(req.principal))),
  );

  // Reviewer management: each change is audited (GET /v1/admin/audit) and takes effect on the
  // next request — the principal cache of this process is cleared, others follow within 5 s.
  app.get(
    '/v1/admin/users/:id',
    {
      config: { scope: 'admin' },
      schema: { tags, summary: 'A reviewer account, by id or e-mail', params: UserParams, response: { 200: { ...UserInfo, examples: [userExample] } } },
    },
    async (req) => getUser(ctx.db, req.params.id),
  );
  const Changed = Open(
    { ...UserInfo.properties, sessionsEnded: Type.Integer({ minimum: 0, description: 'Console sessions this change ended' }) },
    { examples: [{ ...userExample, disabledAt: '2026-11-23T09:00:00.000Z', sessionsEnded: 2 }] },
  );
  app.post(
    '/v1/admin/users/:id/disable',
    {
      config: { scope: 'admin' },
      schema: {
        tags,
        summary: 'Disable a reviewer: no more logins, their sessions end and the API keys they made stop working (idempotent)',
        params: UserParams,
        body: Type.Optional(Type.Object({ reason: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false })),
        response: { 200: Changed, ...problems(409) },
      },
    },
    async (req) => {
      const r = await disableUser(ctx.db, req.params.id, actor(req.principal), req.body?.reason);
      app.forgetPrincipals();
      return r;
    },
  );
  app.post(
    '/v1/admin/users/:id/enable',
    {
      config: { scope: 'admin' },
      schema: {
        tags,
        summary: 'Let a disabled reviewer log in again (their old sessions stay ended; idempotent)',
        params: UserParams,
        response: { 200: { ...UserInfo, examples: [userExample] } },
      },
    },
    async (req) => {
      const r = await enableUser(ctx.db, req.params.id, actor(req.principal));
      app.forgetPrincipals();
      return r;
    },
  );
  app.post(
    '/v1/admin/users/:id/reset-password',
    {
      config: { scope: 'admin' },
      schema: {
        tags,
        summary: "Set a reviewer's password and end their sessions; without a password a temporary one is made and returned once",
        params: UserParams,
        body: Type.Optional(
          Type.Object({ password: Type.Optional(Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: 200 })) }, { additionalProperties: false }),
        ),
        response: {
          200: Open(
            {
              user: UserInfo,
              sessionsEnded: Type.Integer({ minimum: 0 }),
              temporaryPassword: Type.Optional(Type.String({ description: 'Only when no password was sent; shown once, hand it over safely' })),
            },
            { examples: [{ user: userExample, sessionsEnded: 1, temporaryPassword: 'q3ZfT0uX8sKpL1mNvB2c' }] },
          ),
        },
      },
    },
    async (req) => {
      const r = await resetPassword(ctx.db, req.params.id, actor(req.principal), req.body?.password);
      app.forgetPrincipals();
      return r;
    },
  );
  app.post(
    '/v1/admin/users/:id/role',
    {
      config: { scope: 'admin' },
      schema: {
        tags,
        summary: "Change a reviewer's role (admin, reviewer or triage); their sessions and keys carry the new rights from the next request",
        params: UserParams,
        body: Type.Object({ role: literals(ROLES) }, { additionalProperties: false }),
        response: { 200: { ...UserInfo, examples: [{ ...userExample, role: 'triage' }] }, ...problems(409) },
      },
    },
    async (req) => {
      const r = await setRole(ctx.db, req.params.id, req.body.role, actor(req.principal));
      app.forgetPrincipals();
      return r;
    },
  );
  app.get(
    '/v1/admin/audit',
    {
      config: { scope: 'admin' },
      schema: {
        tags,
        summary: 'The access trail: what admins did to reviewer accounts and API keys, newest first',
        querystring: Type.Object(
          {
            targetId: Type.Optional(Type.String({ minLength: 1, maxLength: 320, description: 'Only entries about this reviewer or key id' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Open({ entries: Type.Array(AuditEntry) }, { examples: [{ entries: [auditExample] }] }) },
      },
    },
    async (req) => ({ entries: await listAccessAudit(ctx.db, req.query) }),
  );
}
