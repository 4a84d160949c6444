// The foundation through its HTTP API, on PGlite and on the PostgreSQL server.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, event } from './helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from './helpers/warden.ts';

describe.each(await backends())('foundation on %s', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden(backend, { bodyLimitBytes: 64 * 1024 });
  }, 60_000);
  afterAll(async () => w?.close());

  it('accepts an event and replays the first reply for the same id and payload', async () => {
    const e = ev.registered('fl-1', 'freelancer', { country: 'PT' });
    const first = await w.call('POST', '/v1/events', e);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: e.id, status: 'accepted', duplicate: false });
    const again = await w.call('POST', '/v1/events', e);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: e.id, status: 'accepted', duplicate: true });
    expect(again.headers['idempotent-replayed']).toBe('true');
    const account = await w.call('GET', '/v1/accounts/fl-1');
    expect(account.body.role).toBe('freelancer');
  });

  it('answers 409 when an id comes back with another payload, and changes nothing', async () => {
    const e = ev.registered('cl-409', 'client', { country: 'US' });
    expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
    const other = { ...e, data: { role: 'client', country: 'FR' } };
    const res = await w.call('POST', '/v1/events', other);
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('IdempotencyConflict');
    expect((await w.call('GET', '/v1/accounts/cl-409')).body.country).toBe('US');
  });

  it('names the known types for an unknown type', async () => {
    const res = await w.call('POST', '/v1/events', event('user.teleported', 'x', {}));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.detail).toContain('message.sent');
    expect(res.body.knownTypes).toContain('feedback.left');
    expect(res.body.invalidParams[0].pointer).toBe('/type');
  });

  it('points at the bad field with a JSON pointer', async () => {
    const bad = event('feedback.left', 'cl-1', { contractId: 'c1', toId: 'fl-1', stars: 4, privateScore: 11 });
    const res = await w.call('POST', '/v1/events', bad);
    expect(res.status).toBe(400);
    expect(res.body.invalidParams[0].pointer).toBe('/data/privateScore');
    const missing = await w.call('POST', '/v1/events', event('message.sent', 'a', { recipientId: 'b', text: 'hi' }));
    expect(missing.body.invalidParams[0].pointer).toBe('/data/messageId');
    const date = await w.call('POST', '/v1/events', { ...ev.registered('z', 'client'), occurredAt: 'yesterday' });
    expect(date.body.invalidParams[0].pointer).toBe('/occurredAt');
  });

  it('refuses an IP address that is not one and a locale that is not a language tag, naming the field', async () => {
    for (const [pointer, e] of [
      ['/data/ip', event('user.login', 'fl-ip', { ip: '999.1.1.1' })],
      ['/actor/ip', { ...event('user.login', 'fl-ip', {}), actor: { id: 'fl-ip', ip: 'localhost' } }],
    ] as const) {
      const res = await w.call('POST', '/v1/events', e);
      expect(res.status).toBe(400);
      expect(res.body.invalidParams[0].pointer).toBe(pointer);
    }
    for (const ip of ['203.0.113.9', '2001:db8::1']) expect((await w.call('POST', '/v1/events', event('user.login', 'fl-ip', { ip }))).status).toBe(201);
    const screen = await w.call('POST', '/v1/screen', { kind: 'message', text: 'hello', locale: 'xx-!!' });
    expect(screen.status).toBe(400);
    expect(JSON.stringify(screen.body.invalidParams)).toContain('locale');
    expect((await w.call('POST', '/v1/screen', { kind: 'message', text: 'hello', locale: 'pt-BR' })).status).toBe(200);
  }, 120_000);

  it('rejects malformed JSON and oversized bodies as problems', async () => {
    const res = await w.call('POST', '/v1/events', '{"id": ');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const big = ev.message('a', 'b', 'x'.repeat(40_000));
    const huge = { events: [big, big] };
    const tooLarge = await w.call('POST', '/v1/events', huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('PayloadTooLarge');
  });

  it('gives per-item results in a batch and keeps the good items', async () => {
    const good = ev.registered('cl-b1', 'client');
    const dup = ev.registered('fl-1', 'freelancer', { country: 'PT' });
    const res = await w.call('POST', '/v1/events/batch', {
      events: [good, { ...good }, event('nope', 'x', {}), event('user.registered', 'q', { role: 'wizard' }), dup],
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'duplicate', 'rejected', 'rejected', 'accepted']);
    expect(res.body.results[3].error.pointer).toBe('/events/3/data/role');
    expect(res.body.stats).toEqual({ accepted: 2, duplicate: 1, rejected: 2 });
  });

  it('keeps projections right when events arrive out of order', async () => {
    const t = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString();
    const batch = [
      ev.feedback('k-1', 'cl-o', 'fl-o', 5, 9, t(40)),
      ev.contractEnded('k-1', 'cl-o', t(39)),
      ev.released('k-1', 'cl-o', 150_000, t(30)),
      ev.message('fl-o', 'cl-o', 'Hello again', t(20)),
      ev.contractStarted('k-1', 'cl-o', 'fl-o', t(10)),
      ev.paymentVerified('cl-o', t(5)),
      ev.message('cl-o', 'fl-o', 'Hi, saw your profile', t(2)),
      ev.registered('cl-o', 'client', { plan: 'enterprise', country: 'DE' }, t(0)),
    ];
    const res = await w.call('POST', '/v1/events/batch', { events: batch });
    expect(res.body.stats.accepted).toBe(batch.length);
    const cl = (await w.call('GET', '/v1/accounts/cl-o')).body;
    expect(cl).toMatchObject({ role: 'client', plan: 'enterprise', paymentVerified: true, createdAt: t(0) });
    expect(cl.money.totalSpentCents).toBe(150_000);
    expect(cl.contracts).toEqual({ total: 1, active: 0, ended: 1 });
    const rel = cl.relationships.find((r: { counterpartId: string }) => r.counterpartId === 'fl-o');
    expect(rel).toMatchObject({ firstMessageAt: t(2), lastMessageAt: t(20), messages: 2, contractsStarted: 1, contractsEnded: 1, totalPaidCents: 150_000 });
    const fl = (await w.call('GET', '/v1/accounts/fl-o')).body;
    expect(fl.money.totalEarnedCents).toBe(150_000);
    expect(fl.feedback).toMatchObject({ received: 1, averageStars: 5, averagePrivateScore: 9 });
  });

  it('a later profile change is not undone by an older one arriving late', async () => {
    const newer = event('profile.updated', 'fl-p', { title: 'Senior Go engineer', country: 'BR' }, { at: '2026-03-02T00:00:00Z' });
    const older = event('profile.updated', 'fl-p', { title: 'Junior', country: 'AR', skills: ['go'] }, { at: '2026-03-01T00:00:00Z' });
    await w.call('POST', '/v1/events/batch', { events: [newer, older] });
    const a = (await w.call('GET', '/v1/accounts/fl-p')).body;
    expect(a.profile.title).toBe('Senior Go engineer');
    expect(a.country).toBe('BR');
    expect(a.profile.skills).toEqual(['go']);
  });

  it('refuses missing, wrong and under-scoped keys with problems', async () => {
    const none = await w.call('GET', '/v1/accounts/fl-1', undefined, null);
    expect(none.status).toBe(401);
    expect(none.headers['content-type']).toContain('application/problem+json');
    expect((await w.call('GET', '/v1/accounts/fl-1', undefined, 'wdn_nonsense')).status).toBe(401);
    const created = await w.call('POST', '/v1/admin/keys', { name: 'writer', scopes: ['events:write'] });
    expect(created.status).toBe(201);
    const writer = created.body.key as string;
    expect((await w.call('POST', '/v1/events', ev.registered('cl-k', 'client'), writer)).status).toBe(201);
    const forbidden = await w.call('GET', '/v1/accounts/cl-k', undefined, writer);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.detail).toContain('read');
    expect((await w.call('DELETE', `/v1/admin/keys/${created.body.info.id}`)).status).toBe(200);
    expect((await w.call('POST', '/v1/events', ev.registered('cl-k2', 'client'), writer)).status).toBe(401);
  });

  it('logs reviewers in with their password and gives their role its scopes', async () => {
    expect((await w.call('POST', '/v1/admin/users', { email: 'tri@example.org', name: 'Tri', role: 'triage', password: 'correct horse battery' })).status).toBe(
      201,
    );
    expect((await w.call('POST', '/v1/auth/login', { email: 'tri@example.org', password: 'wrong password!' }, null)).status).toBe(401);
    const ok = await w.call('POST', '/v1/auth/login', { email: 'tri@example.org', password: 'correct horse battery' }, null);
    expect(ok.status).toBe(200);
    const me = await w.call('GET', '/v1/auth/me', undefined, ok.body.token);
    expect(me.body).toMatchObject({ kind: 'user', role: 'triage', scopes: ['read'] });
    expect((await w.call('POST', '/v1/events', ev.registered('x', 'client'), ok.body.token)).status).toBe(403);
  });

  it('serves health, readiness, metrics and the OpenAPI document', async () => {
    expect((await w.call('GET', '/healthz', undefined, null)).status).toBe(200);
    expect((await w.call('GET', '/readyz', undefined, null)).body).toMatchObject({ status: 'ready', database: backend });
    // /metrics needs a key (test/security/metrics-access.test.ts).
    expect((await w.call('GET', '/metrics', undefined, null)).status).toBe(401);
    const metrics = await w.call('GET', '/metrics');
    expect(metrics.body).toContain('warden_events_ingested_total');
    const doc = await w.call('GET', '/docs/json', undefined, null);
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/v1/events', '/v1/events/batch', '/v1/accounts/{id}']));
    expect(doc.body.components.schemas['event.message.sent']).toBeDefined();
  });

  it('never answers 500 to arbitrary JSON', async () => {
    const anyEventish = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          id: fc.oneof(fc.string(), fc.jsonValue()),
          type: fc.oneof(fc.constantFrom('message.sent', 'feedback.left', 'contract.started', 'user.registered'), fc.string()),
          occurredAt: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            fc.string(),
          ),
          actor: fc.oneof(fc.record({ id: fc.string() }), fc.jsonValue()),
          data: fc.jsonValue(),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(anyEventish, async (body) => {
        const res = await w.call('POST', '/v1/events', JSON.stringify(body));
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(res.headers['content-type']).toContain('application/problem+json');
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 5 }), async (events) => {
        const res = await w.call('POST', '/v1/events/batch', { events });
        expect(res.status).toBe(200);
        expect(res.body.results).toHaveLength(events.length);
      }),
      { numRuns: 50 },
    );
  }, 60_000);
});
