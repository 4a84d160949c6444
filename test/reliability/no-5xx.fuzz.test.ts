// Property: no generated request on any route Fastify registered gets a 5xx, on either
// database. Bad input is a 4xx problem that names the field; a 500 is a bug. The routes come
// from Fastify's own route tree, not from the OpenAPI document, so hidden ones (/metrics, the
// standing page, the console's files, Swagger UI's) and HEAD are fuzzed too; documented
// operations get schema-shaped input, the others their path, query, headers and raw bodies.
// A route neither fuzzed nor in EXCLUDED (with its reason) fails the coverage test.
// Bounded: FUZZ_RUNS requests per route (default 20; HEAD a quarter of that), a fixed seed
// unless FUZZ_SEED is set.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../helpers/cases.ts';
import { ev } from '../helpers/events.ts';
import { type FuzzContext, fastifyPath, harvestIds, operationsForRoutes, operationsOf, registeredRoutes, requestFor } from '../helpers/fuzz.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

/**
 * Routes the fuzz leaves alone, as "METHOD /fastify/path" → why. None today: every route
 * Fastify registers is fuzzed. An entry must name a registered route (a stale one fails).
 */
const EXCLUDED: Record<string, string> = {};

/** Throttles that would answer 429 before the fuzz reaches the handlers (their own tests are in test/security/throttling.test.ts). */
const UNTHROTTLED = {
  rateLimitPerMinute: 1_000_000,
  unknownKeyLimitPerMinute: 1_000_000,
  publicRateLimitPerMinute: 1_000_000,
  loginMaxFailures: 1_000_000,
  loginMaxFailuresPerIp: 1_000_000,
};

for (const backend of await backends()) {
  describe(`no 5xx on any endpoint (${backend})`, () => {
    let w: TestWarden;
    const ids = new Set<string>(['fl-1', 'cl-1']);
    const idsByField = new Map<string, Set<string>>([
      ['accountId', new Set(['fl-1', 'cl-1'])],
      ['contractId', new Set(['ct-1'])],
    ]);
    const credentials: string[] = [];
    const fuzzed = new Set<string>(); // "METHOD /fastify/path" of every route that got requests

    beforeAll(async () => {
      w = await startTestWarden(backend, UNTHROTTLED);
      // Something to point at: accounts, a masked message with a case, a report, a reviewer.
      for (const e of [
        ev.registered('fl-1', 'freelancer'),
        ev.registered('cl-1', 'client'),
        ev.contractStarted('ct-1', 'cl-1', 'fl-1'),
        ev.message('fl-1', 'cl-1', 'my whatsapp is +44 7911 123456, pay me outside at me@example.com'),
        ev.message('fl-1', 'cl-1', 'WhatsApp +44 7911 123457 send the money by western union now'),
      ]) {
        harvestIds((await w.call('POST', '/v1/events', e)).body, ids, idsByField);
      }
      harvestIds(
        (await w.call('POST', '/v1/reports', { reporterId: 'cl-1', subject: { type: 'account', id: 'fl-1' }, reason: 'scam_fraud' })).body,
        ids,
        idsByField,
      );
      harvestIds((await w.call('GET', '/v1/cases')).body, ids, idsByField);
      harvestIds((await w.call('GET', '/v1/policies')).body, ids, idsByField);
      harvestIds(
        (await w.call('POST', '/v1/actions', { accountId: 'fl-1', type: 'warning', policy: 'contact-sharing', reason: 'fuzz seed' })).body,
        ids,
        idsByField,
      );
      // A signed standing link, so the public standing page and its forms are reached with a valid token.
      harvestIds((await w.call('POST', '/v1/accounts/fl-1/standing-link', {})).body, ids, idsByField);
      const read = await w.call('POST', '/v1/admin/keys', { name: 'fuzz read', scopes: ['read'] });
      const reviewer = await loginAs(w, 'reviewer', 'Fuzz Reviewer');
      credentials.push(w.adminKey, w.adminKey, read.body.key, reviewer.token);
    });
    afterAll(() => w?.close());

    it('answers every generated request on every registered route with a status below 500', async () => {
      await w.app.ready();
      const doc = w.app.swagger() as any;
      const ctx: FuzzContext = { knownIds: [...ids], idsByField, components: doc.components?.schemas ?? {} };
      // Revoking keys, ending sessions and disabling or demoting reviewers last: before, they
      // would take the fuzzer's own credentials.
      const lockout = (o: { method: string; path: string }) =>
        o.path === '/v1/auth/logout' ||
        (o.method === 'DELETE' && o.path.startsWith('/v1/admin/')) ||
        /^\/v1\/admin\/users\/\{id\}\/(disable|reset-password|role)$/.test(o.path);
      const ops = operationsForRoutes(registeredRoutes(w.app), operationsOf(doc))
        .filter((o) => !(`${o.method} ${fastifyPath(o.path)}` in EXCLUDED))
        .sort((a, b) => Number(lockout(a)) - Number(lockout(b)));
      expect(ops.length).toBeGreaterThan(100);
      const failures: string[] = [];
      let sent = 0;
      const statuses = new Map<number, number>();
      const reached = new Map<string, number>(); // operation → replies below 300 (how deep the fuzzing gets)
      const started = Date.now();
      for (const op of ops) {
        fuzzed.add(`${op.method} ${fastifyPath(op.path)}`);
        await fc.assert(
          fc.asyncProperty(requestFor(op, ctx, credentials), async (req) => {
            const res = await w.app.inject({ method: req.method as 'GET', url: req.url, headers: req.headers, payload: req.payload });
            sent++;
            statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
            if (res.statusCode < 300) {
              reached.set(`${op.method} ${op.path}`, (reached.get(`${op.method} ${op.path}`) ?? 0) + 1);
              try {
                harvestIds(JSON.parse(res.body), ids, idsByField);
              } catch {}
            }
            if (res.statusCode >= 500) {
              failures.push(
                `${res.statusCode} ${req.method} ${req.url} ${JSON.stringify(req.headers)} ${JSON.stringify(String(req.payload ?? '').slice(0, 400))} → ${res.body.slice(0, 200)}`,
              );
            }
            return true; // every 5xx is collected, so one report shows them all
          }),
          { numRuns: op.method === 'HEAD' ? Math.max(1, Math.ceil(RUNS / 4)) : RUNS, seed: SEED },
        );
      }
      console.info(
        `${backend}: ${sent} requests on ${ops.length} routes (${ops.filter((o) => o.undocumented).length} not in the OpenAPI document) in ${Date.now() - started} ms; ${failures.length} with 5xx; by status ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
      if (process.env.FUZZ_VERBOSE) console.info(ops.map((o) => `${o.method} ${o.path}: ${reached.get(`${o.method} ${o.path}`) ?? 0} ok`).join('\n'));
      expect(failures).toEqual([]);
    }, 240_000);

    it('fuzzed every route Fastify registered, hidden ones included, or excludes it with a reason', async () => {
      const registered = registeredRoutes(w.app).map((r) => `${r.method} ${r.url}`);
      // The reading of the route tree is checked against what it must find: every documented
      // operation, and routes the OpenAPI document hides.
      const doc = w.app.swagger() as any;
      for (const o of operationsOf(doc)) expect(registered).toContain(`${o.method} ${fastifyPath(o.path)}`);
      for (const hidden of ['GET /metrics', 'GET /healthz', 'HEAD /healthz', 'GET /standing/:token', 'GET /console/*', 'POST /v1/attachments'])
        expect(registered).toContain(hidden);
      for (const [route, why] of Object.entries(EXCLUDED)) {
        expect(registered, `EXCLUDED names ${route}, which is not a route`).toContain(route);
        expect(why.length).toBeGreaterThan(10);
      }
      expect(registered.filter((r) => !fuzzed.has(r) && !(r in EXCLUDED))).toEqual([]);
    });
  });
}
