// Authentication and scope checks for every route. A route declares what it needs in its
// config: `{ scope: 'read' }`, or `{ scope: null }` to be public.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { WardenError } from '../app/errors.ts';
import type { Db } from '../store/db.ts';
import { principalForKey, touchApiKey } from './keys.ts';
import { hasScope, type Principal, type Scope } from './scopes.ts';
import { rateLimitedError, type Throttle } from './throttle.ts';
import { principalForSession } from './users.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Scope the caller needs (any one of a list); null for a public route. Routes without it need `admin`. */
    scope?: Scope | readonly Scope[] | null;
    /** A fixed token this route also accepts as "Authorization: Bearer <token>" (compared in constant time). */
    bearerToken?: string;
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

/**
 * Authenticates every request that needs it. `unknownKeys` counts, per client address,
 * secrets that match nothing: past its limit such an address gets 429 before any lookup.
 */
export function registerAuth(app: FastifyInstance, db: Db, unknownKeys: Throttle) {
  // A short cache keeps a database round-trip off every request; revocation (which clears
  // it in this process) takes effect at once here and within CACHE_MS elsewhere.
  const cache = new Map<string, { p: Principal | null; at: number }>();
  const touched = new Map<string, number>();
  app.decorate('forgetPrincipals', () => cache.clear());

  app.addHook('onRequest', async (req) => {
    const scope = req.routeOptions.config?.scope;
    // The API reference (Swagger UI's routes come from a plugin without our config) is public.
    if (scope === null || req.routeOptions.url?.startsWith('/docs')) return;
    let secret: string | undefined;
    try {
      secret = presentedSecret(req);
    } catch (err) {
      unknownKeys.hit(req.ip);
      throw err;
    }
    if (!secret) throw new WardenError('Unauthenticated', 'send an API key as "Authorization: Bearer <key>"');
    // A route may also take one configured token (GET /metrics: WARDEN_METRICS_TOKEN for Prometheus).
    const routeToken = req.routeOptions.config?.bearerToken;
    if (routeToken && sameSecret(secret, routeToken)) return;
    const now = Date.now();
    let hit = cache.get(secret);
    if (!hit || now - hit.at > CACHE_MS) {
      // An address that keeps presenting unknown secrets waits before any more are looked up
      // (a key known to this process still passes: one guesser behind a NAT blocks little).
      const guessing = unknownKeys.wait(req.ip);
      if (guessing && !hit?.p) throw rateLimitedError(guessing, 'too many requests with unknown API keys from this address');
      const p = (await principalForKey(db, secret)) ?? (await principalForSession(db, secret));
      hit = { p, at: now };
      if (cache.size > 10_000) cache.clear();
      cache.set(secret, hit);
    }
    if (!hit.p) {
      unknownKeys.hit(req.ip);
      throw new WardenError('Unauthenticated', 'the API key or session is unknown, expired or revoked');
    }
    req.principal = hit.p;
    const needed: readonly Scope[] = typeof scope === 'string' ? [scope] : (scope ?? ['admin']);
    const principal = hit.p;
    if (!needed.some((s) => hasScope(principal, s))) throw new WardenError('Forbidden', `this needs the ${needed.map((s) => `"${s}"`).join(' or ')} scope`);
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

/** Constant-time comparison of two secrets of any length (their SHA-256 digests are compared). */
function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}
