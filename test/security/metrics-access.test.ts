// GET /metrics is not public: the measures describe abuse on the platform and its queues. It
// takes an API key with the `metrics` scope (a key for Prometheus that reads nothing else), an
// admin key, or the configured WARDEN_METRICS_TOKEN as a bearer token; anyone else gets a
// 401/403 problem. Prometheus scrapes with `authorization: { credentials: <token> }`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

const TOKEN = 'prometheus-scrape-token-0123456789abcdef';

describe('GET /metrics needs a metrics key or the configured token', () => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden('pglite', { metricsToken: TOKEN });
  });
  afterAll(() => w?.close());

  const scrape = (token?: string) => w.app.inject({ method: 'GET', url: '/metrics', headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('refuses anonymous scrapes, wrong tokens and keys without the scope', async () => {
    const anonymous = await scrape();
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(anonymous.body).not.toContain('warden_');
    expect((await scrape(`${TOKEN}x`)).statusCode).toBe(401);
    const read = await w.call('POST', '/v1/admin/keys', { name: 'reader', scopes: ['read'] });
    const forbidden = await scrape(read.body.key);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().detail).toContain('"metrics"');
  });

  it('serves Prometheus text to a metrics key, an admin key and the configured token', async () => {
    const key = await w.call('POST', '/v1/admin/keys', { name: 'prometheus', scopes: ['metrics'] });
    expect(key.status).toBe(201);
    for (const token of [key.body.key, w.adminKey, TOKEN]) {
      const res = await scrape(token);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(res.body).toContain('warden_events_ingested_total');
    }
    // The metrics key reads nothing else.
    expect((await w.call('GET', '/v1/cases', undefined, key.body.key)).status).toBe(403);
    // The token is only for /metrics.
    expect((await w.call('GET', '/v1/cases', undefined, TOKEN)).status).toBe(401);
  });
});
