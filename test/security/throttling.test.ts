// Guessing is throttled: failed logins per account and per address, unknown API keys per
// address, the public standing pages per address — each a 429 problem with Retry-After —
// and standing links count against the issuing key's rate limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev } from '../helpers/events.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

const PASSWORD = 'correct horse battery';

describe('throttling', () => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden('pglite', { loginMaxFailures: 3, loginMaxFailuresPerIp: 6, unknownKeyLimitPerMinute: 4, publicRateLimitPerMinute: 3 });
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com'])
      expect((await w.call('POST', '/v1/admin/users', { email, name: email, role: 'reviewer', password: PASSWORD })).status).toBe(201);
  }, 120_000);
  afterAll(() => w?.close());

  const from = (ip: string, method: 'GET' | 'POST', url: string, opts: { key?: string; body?: object } = {}) =>
    w.app.inject({
      method,
      url,
      remoteAddress: ip,
      headers: opts.key ? { authorization: `Bearer ${opts.key}` } : {},
      ...(opts.body ? { payload: opts.body } : {}),
    });
  const login = (ip: string, email: string, password: string) => from(ip, 'POST', '/v1/auth/login', { body: { email, password } });
  const expectLimited = (res: Awaited<ReturnType<typeof from>>) => {
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.json().code).toBe('RateLimited');
  };

  it('locks an account after failed logins, even for the right password, without locking others', async () => {
    for (let i = 0; i < 3; i++) expect((await login('198.51.100.1', 'a@example.com', `wrong guess ${i}`)).statusCode).toBe(401);
    expectLimited(await login('198.51.100.2', 'a@example.com', 'another guess'));
    expectLimited(await login('198.51.100.3', 'A@example.com', PASSWORD)); // the same account, however written
    expect((await login('198.51.100.1', 'b@example.com', PASSWORD)).statusCode).toBe(200);
  });

  it('limits failed logins per address across accounts', async () => {
    const ip = '198.51.100.9';
    for (let i = 0; i < 6; i++) expect((await login(ip, `nobody${i}@example.com`, 'whatever it is')).statusCode).toBe(401);
    expectLimited(await login(ip, 'c@example.com', PASSWORD));
    expect((await login('198.51.100.10', 'c@example.com', PASSWORD)).statusCode).toBe(200);
  });

  it('throttles an address presenting unknown API keys; known keys elsewhere are untouched', async () => {
    const ip = '203.0.113.5';
    for (let i = 0; i < 4; i++) expect((await from(ip, 'GET', '/v1/auth/me', { key: `wdn_guess${i}` })).statusCode).toBe(401);
    expectLimited(await from(ip, 'GET', '/v1/auth/me', { key: 'wdn_guess-more' }));
    expect((await from('203.0.113.6', 'GET', '/v1/auth/me', { key: w.adminKey })).statusCode).toBe(200);
  });

  it('bounds the public standing page per address', async () => {
    expect((await w.call('POST', '/v1/events', ev.registered('fl-st', 'freelancer'))).status).toBe(201);
    const link = await w.call('POST', '/v1/accounts/fl-st/standing-link', {});
    expect(link.status).toBe(201);
    const ip = '192.0.2.44';
    for (let i = 0; i < 3; i++) expect((await from(ip, 'GET', `/v1/standing/${link.body.token}`)).statusCode).toBe(200);
    expectLimited(await from(ip, 'GET', `/v1/standing/${link.body.token}`));
    expectLimited(await from(ip, 'GET', '/v1/standing/not-a-token.x.y'));
    expect((await from('192.0.2.45', 'GET', `/v1/standing/${link.body.token}`)).statusCode).toBe(200);
  });
});

describe('standing links and the key rate limit', () => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden('pglite', { rateLimitPerMinute: 3 });
    // Registered through the service, not the API, so the key's budget is whole for the test.
    await w.ctx.events.ingest(ev.registered('fl-x', 'freelancer'));
  }, 120_000);
  afterAll(() => w?.close());

  it('minting links spends the key’s budget like any request', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await w.call('POST', '/v1/accounts/fl-x/standing-link', {})).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});
