// Admin API for keys and reviewer accounts, and console login.
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../app/context.ts';
import type { WardenApp } from '../app/server.ts';
import { presentedSecret } from './auth.ts';
import { createApiKey, listApiKeys, revokeApiKey } from './keys.ts';
import { ROLES, SCOPES } from './scopes.ts';
import { createUser, listUsers, login, logout } from './users.ts';

const tags = ['access'];

export async function accessRoutes(app: WardenApp, ctx: AppContext) {
  app.post(
    '/v1/auth/login',
    {
      config: { scope: null },
      schema: {
        tags,
        summary: 'Log a reviewer in (console); returns a session token, also set as a cookie',
        body: Type.Object({ email: Type.String({ minLength: 3 }), password: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
      },
    },
    async (req, reply) => {
      const { email, password } = req.body;
      const s = await login(ctx.db, email, password);
      reply.header('set-cookie', `warden_session=${encodeURIComponent(s.token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200`);
      return s;
    },
  );
  app.post('/v1/auth/logout', { config: { scope: 'read' }, schema: { tags, summary: 'End the session' } }, async (req, reply) => {
    const t = presentedSecret(req);
    if (t) await logout(ctx.db, t);
    app.forgetPrincipals();
    reply.header('set-cookie', 'warden_session=; Path=/; Max-Age=0');
    return reply.status(204).send();
  });
  app.get('/v1/auth/me', { config: { scope: 'read' }, schema: { tags, summary: 'Who is calling, with which scopes' } }, async (req) => req.principal);

  app.get('/v1/admin/keys', { config: { scope: 'admin' }, schema: { tags, summary: 'List API keys (never their secrets)' } }, async () => ({
    keys: await listApiKeys(ctx.db),
  }));
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
      },
    },
    async (req, reply) => {
      const { name, scopes } = req.body;
      return reply.status(201).send(await createApiKey(ctx.db, name, scopes));
    },
  );
  app.delete(
    '/v1/admin/keys/:id',
    { config: { scope: 'admin' }, schema: { tags, summary: 'Revoke an API key (by id or prefix)', params: Type.Object({ id: Type.String() }) } },
    async (req) => {
      const info = await revokeApiKey(ctx.db, req.params.id);
      app.forgetPrincipals();
      return info;
    },
  );
  app.get('/v1/admin/users', { config: { scope: 'admin' }, schema: { tags, summary: 'List reviewer accounts' } }, async () => ({
    users: await listUsers(ctx.db),
  }));
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
      },
    },
    async (req, reply) => reply.status(201).send(await createUser(ctx.db, req.body)),
  );
}
