// JSON bodies are typed: a number where a string belongs (or a string where a number or a
// boolean belongs) is a 400 problem naming the field, on every endpoint that takes a body.
// Query strings and path parameters are text on the wire, so they are still converted
// ("?limit=5" is the number 5). Error reasons say what was expected: the allowed values of a
// choice, the types of a union; query and path errors name the parameter as query:<name> and
// path:<name>.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../helpers/cases.ts';
import { ev } from '../helpers/events.ts';
import { type FuzzContext, operationsOf, resolve, validValueFor } from '../helpers/fuzz.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

/** A value of the wrong JSON type for a property of this schema type. */
const WRONG: Record<string, unknown> = { string: 12345, integer: '12', number: '1.5', boolean: 'true' };

describe('request bodies are not type-converted; query and path parameters are', () => {
  let w: TestWarden;
  let session: string;
  let standingToken: string;
  beforeAll(async () => {
    w = await startTestWarden('pglite', { rateLimitPerMinute: 1_000_000 });
    session = (await loginAs(w, 'admin', 'Body Types Admin')).token;
    expect((await w.call('POST', '/v1/events', ev.registered('fl-1', 'freelancer'))).status).toBe(201);
    // The standing page's routes check their link before the body.
    standingToken = (await w.call('POST', '/v1/accounts/fl-1/standing-link', {})).body.token;
  });
  afterAll(() => w?.close());

  it('a wrongly typed top-level field is 400 naming it, on every endpoint with a JSON body', async () => {
    await w.app.ready();
    const doc = w.app.swagger() as any;
    const ctx: FuzzContext = { knownIds: ['fl-1', 'cl-1'], components: doc.components?.schemas ?? {} };
    const checked: string[] = [];
    const failures: string[] = [];
    for (const op of operationsOf(doc)) {
      // Events are checked per type by their own validator (src/events/validate.ts), never converted.
      if (!op.body || op.path.startsWith('/v1/events')) continue;
      const body = resolve(op.body, ctx);
      for (const [prop, raw] of Object.entries<any>(body.properties ?? {})) {
        const s = resolve(raw, ctx);
        const type = typeof s.type === 'string' ? s.type : undefined;
        if (!type || !(type in WRONG)) continue;
        // A body the schema accepts, then one field of the wrong type.
        const [valid] = fc.sample(validValueFor(op.body, ctx), { numRuns: 1, seed: 7 }) as Record<string, unknown>[];
        let url = op.path;
        for (const p of op.parameters.filter((q) => q.in === 'path'))
          url = url.replace(`{${p.name}}`, p.name === 'token' ? standingToken : p.schema?.type === 'integer' ? '1' : 'x-1');
        const payload = JSON.stringify({ ...valid, [prop]: WRONG[type] });
        const res = await w.app.inject({
          method: op.method as 'POST',
          url,
          payload,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${session}` },
        });
        const what = `${op.method} ${op.path} ${prop}: ${type} given ${JSON.stringify(WRONG[type])}`;
        checked.push(what);
        const problem = res.json();
        if (res.statusCode !== 400 || !String(res.headers['content-type']).startsWith('application/problem+json')) {
          failures.push(`${what} → ${res.statusCode} ${res.body.slice(0, 160)}`);
        } else if (problem.invalidParams?.[0]?.pointer !== `/${prop}` || !problem.invalidParams[0].reason.includes(type)) {
          failures.push(`${what} → 400 but names ${JSON.stringify(problem.invalidParams)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // Most endpoints that take a body: screening, reports, actions, appeals, disputes, reviewers, policies ...
    expect(checked.length).toBeGreaterThan(40);
    expect(new Set(checked.map((c) => c.split(' ')[1])).size).toBeGreaterThan(20);
  });

  it('named cases: /v1/screen text, an appeal statement, an admin user name, a dispute amount', async () => {
    const screen = await w.call('POST', '/v1/screen', { text: 12345, kind: 'message' });
    expect(screen.status).toBe(400);
    expect(screen.body.invalidParams[0]).toEqual({ pointer: '/text', reason: 'must be string' });
    const user = await w.call('POST', '/v1/admin/users', { email: 'a@example.test', name: 42, role: 'reviewer', password: 'correct horse battery' });
    expect(user.status).toBe(400);
    expect(user.body.invalidParams[0].pointer).toBe('/name');
    // A scalar is not wrapped into an array either.
    const key = await w.call('POST', '/v1/admin/keys', { name: 'k', scopes: 'read' });
    expect(key.status).toBe(400);
    expect(key.body.invalidParams[0]).toEqual({ pointer: '/scopes', reason: 'must be array' });
  });

  it('a value outside a choice lists the allowed values', async () => {
    const role = await w.call('POST', '/v1/admin/users', { email: 'b@example.test', name: 'B', role: 'king', password: 'correct horse battery' });
    expect(role.status).toBe(400);
    expect(role.body.invalidParams[0].pointer).toBe('/role');
    expect(role.body.invalidParams[0].reason).toMatch(/must be one of: .*'admin'.*'reviewer'.*'triage'/);
    expect(role.body.detail).toContain("'triage'");
    const kind = await w.call('POST', '/v1/screen', { text: 'hello', kind: 'tweet' });
    expect(kind.status).toBe(400);
    expect(kind.body.invalidParams[0].pointer).toBe('/kind');
    expect(kind.body.invalidParams[0].reason).toMatch(/^must be one of: 'message'/);
  });

  it('query and path parameters are still converted from text, and errors name them as query:<name> / path:<name>', async () => {
    const page = await w.call('GET', '/v1/search/freelancers?limit=5&offset=0');
    expect(page.status).toBe(200);
    const badQuery = await w.call('GET', '/v1/search/freelancers?limit=many');
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.invalidParams[0].pointer).toBe('query:limit');
    expect(badQuery.body.detail).toMatch(/^query parameter limit /);
    const badPath = await w.call('GET', '/v1/policies/contact-sharing/versions/first');
    expect(badPath.status).toBe(400);
    expect(badPath.body.invalidParams[0].pointer).toBe('path:version');
    expect(badPath.body.detail).toMatch(/^path parameter version /);
    const badChoice = await w.call('GET', '/v1/cases?status=pending-ish');
    expect(badChoice.status).toBe(400);
    expect(badChoice.body.invalidParams[0].pointer).toBe('query:status');
    expect(badChoice.body.invalidParams[0].reason).toMatch(/^must be one of: /);
  });
});
