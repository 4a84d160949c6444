// Each kind of bad input the fuzzing found answered 500; each is a 4xx problem naming the
// field (or 401 for a malformed credential), on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, event } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

for (const backend of await backends()) {
  describe(`bad input is a 4xx, never a 500 (${backend})`, () => {
    let w: TestWarden;
    beforeAll(async () => {
      w = await startTestWarden(backend);
    });
    afterAll(() => w?.close());

    const raw = (method: string, url: string, headers: Record<string, string>, payload?: string) =>
      w.app.inject({ method: method as 'GET', url, headers, payload }).then((r) => ({ status: r.statusCode, body: r.json() }));

    it('an id as long as the schemas allow reaches its route (404 problem for an unknown one, never 414)', async () => {
      const id = `acct-${'x'.repeat(195)}`;
      expect((await w.call('POST', '/v1/events', ev.registered(id, 'freelancer'))).status).toBe(201);
      expect((await w.call('GET', `/v1/accounts/${id}/timeline`)).status).toBe(200);
      const unknown = await w.call('GET', `/v1/contracts/${'k'.repeat(200)}/protection`);
      expect(unknown.status).toBe(404);
      expect(unknown.headers['content-type']).toContain('application/problem+json');
    });

    it('a malformed session cookie is 401 on authenticated endpoints', async () => {
      for (const cookie of ['warden_session=%E0%A4%A', 'warden_session=%', 'warden_session=a%00b']) {
        for (const url of ['/v1/auth/me', '/v1/policies', '/v1/cases']) {
          const res = await raw('GET', url, { cookie });
          expect(res.status, `${cookie} ${url}`).toBe(401);
          expect(res.body.code).toBe('Unauthenticated');
        }
      }
    });

    it('NUL anywhere (body, nested key, path, query) is 400 naming where', async () => {
      const body = await w.call('POST', '/v1/events', ev.message('fl-1', 'cl-1', 'hello\u0000there'));
      expect(body.status).toBe(400);
      expect(body.body.invalidParams[0].pointer).toBe('/data/text');
      const key = await w.call('POST', '/v1/screen', { text: 'hi', kind: 'message', 'x\u0000': 1 });
      expect(key.status).toBe(400);
      const path = await w.call('GET', '/v1/accounts/a%00b');
      expect(path.status).toBe(400);
      expect(path.body.invalidParams[0].pointer).toBe('path:id');
      const query = await w.call('GET', '/v1/search/freelancers?q=a%00b');
      expect(query.status).toBe(400);
      expect(query.body.invalidParams[0].pointer).toBe('query:q');
    });

    it('in a batch, an item with NUL or a huge number is rejected alone, naming it', async () => {
      const good = ev.message('fl-1', 'cl-1', 'fine');
      const bad = ev.message('fl-1', 'cl-1', 'bad\u0000');
      const res = await w.call('POST', '/v1/events/batch', JSON.stringify({ events: [good, bad, { ...good, id: 'big' }] }).replace('"big"', '1e309'));
      expect(res.status).toBe(200);
      expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'rejected', 'rejected']);
      expect(res.body.results[1].error.pointer).toBe('/events/1/data/text');
    });

    it('lone surrogates in stored fields are 400', async () => {
      const e = ev.message('fl-1', 'cl-1', 'fine');
      const res = await w.call('POST', '/v1/events', JSON.stringify({ ...e, actor: { id: 'fl-\\ud800' } }).replace('fl-\\\\ud800', 'fl-\\ud800'));
      expect(res.status).toBe(400);
      expect(res.body.invalidParams[0].pointer).toBe('/actor/id');
      const report = await w.call('POST', '/v1/reports', '{"reporterId":"cl-1","subject":{"type":"account","id":"fl-1"},"reason":"spam","comment":"x\\udc00"}');
      expect(report.status).toBe(400);
      expect(report.body.invalidParams[0].pointer).toBe('/comment');
    });

    it('out-of-range numbers are 400: 1e309 in a query or path, 1e308 in a body, 2^31 for a stored integer', async () => {
      expect((await w.call('GET', '/v1/search/freelancers?offset=1e309')).status).toBe(400);
      expect((await w.call('GET', '/v1/policies/contact-sharing/versions/1e309')).status).toBe(400);
      const big = await w.call('POST', '/v1/policies/contact-sharing/activate', '{"version":1e308,"mode":"live"}');
      expect(big.status).toBe(400);
      expect(big.body.invalidParams[0].pointer).toBe('/version');
      const inf = await w.call('POST', '/v1/policies/contact-sharing/activate', '{"version":1e309,"mode":"live"}');
      expect(inf.status).toBe(400);
      const int32 = await w.call('GET', `/v1/policies/contact-sharing/versions/${2 ** 31}`);
      expect([400, 404]).toContain(int32.status);
      const act = await w.call('POST', '/v1/policies/contact-sharing/activate', { version: 2 ** 31, mode: 'shadow' });
      expect([400, 404]).toContain(act.status);
    });

    it('dates outside the calendar Warden stores are 400 naming the field', async () => {
      for (const at of ['0001-01-01T00:00:00Z', '0001-01-01', '275760-09-13T00:00:01Z', '9999-12-31T23:59:59Z']) {
        const res = await w.call('POST', '/v1/events', { ...event('user.login', 'fl-9', {}), occurredAt: at });
        expect(res.status, at).toBe(400);
        expect(res.body.invalidParams[0].pointer).toBe('/occurredAt');
      }
    });
  });
}
