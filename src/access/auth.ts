// Authentication and scope checks for every route. A route declares what it needs in its
// config: `{ scope: 'read' }`, or `{ scope: null }` to be public.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { WardenError } from '../app/errors.ts';
import type { Db } from '../store/db.ts';
import { principalForKey, touchApiKey } from './keys.ts';
import { hasScope, type Principal, type Scope } from './scopes.ts';
import { principalForSession } from './users.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Scope the caller needs; null for a public route. Routes without it need `admin`. */
    scope?: Scope | null;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

const CACHE_MS = 5_000;
const TOUCH_MS = 60_000;

/** Secrets are printable ASCII; anything else cannot be a key or session (and must not reach a query). */
const PLAUSIBLE_SECRET = /^[\x21-\x7e]{1,512}$/;

/** The key or session the caller presents; a malformed one is a 401, never a 500. */
export function presentedSecret(req: FastifyRequest): string | undefined {
  const secret = presentedRaw(req);
  if (secret && !PLAUSIBLE_SECRET.test(secret)) throw new WardenError('Unauthenticated', 'the API key or session is malformed');
  return secret || undefined;
}

function presentedRaw(req: FastifyRequest): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const key = req.headers['x-api-key'];
  if (typeof key === 'string') return key.trim();
  const cookie = req.headers.cookie;
  const m = cookie?.match(/(?:^|;\s*)warden_session=([^;]+)/);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    throw new WardenError('Unauthenticated', 'the warden_session cookie is malformed; log in again');
  }
}

export function registerAuth(app: FastifyInstance, db: Db) {
  // A short cache keeps a database round-trip off every request; revocation (which clears
  // it in this process) takes effect at once here and within CACHE_MS elsewhere.
  const cache = new Map<string, { p: Principal | null; at: number }>();
  const touched = new Map<string, number>();
  app.decorate('forgetPrincipals', () => cache.clear());

  app.addHook('onRequest', async (req) => {
    const scope = req.routeOptions.config?.scope;
    // The API reference (Swagger UI's routes come from a plugin without our config) is public.
    if (scope === null || req.routeOptions.url?.startsWith('/docs')) return;
    const secret = presentedSecret(req);
    if (!secret) throw new WardenError('Unauthenticated', 'send an API key as "Authorization: Bearer <key>"');
    const now = Date.now();
    let hit = cache.get(secret);
    if (!hit || now - hit.at > CACHE_MS) {
      const p = (await principalForKey(db, secret)) ?? (await principalForSession(db, secret));
      hit = { p, at: now };
      if (cache.size > 10_000) cache.clear();
      cache.set(secret, hit);
    }
    if (!hit.p) throw new WardenError('Unauthenticated', 'the API key or session is unknown, expired or revoked');
    req.principal = hit.p;
    const needed: Scope = scope ?? 'admin';
    if (!hasScope(hit.p, needed)) throw new WardenError('Forbidden', `this needs the "${needed}" scope`);
    if (hit.p.kind === 'key' && now - (touched.get(hit.p.id) ?? 0) > TOUCH_MS) {
      touched.set(hit.p.id, now);
      touchApiKey(db, hit.p.id).catch((err) => req.log.warn({ err }, 'could not record key use'));
    }
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    forgetPrincipals(): void;
  }
}
