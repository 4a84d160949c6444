// Each API key has its own request budget; going over it is a 429 problem, other keys unaffected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWarden, type TestWarden } from './helpers/warden.ts';

describe('rate limit per API key', () => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden('pglite', { rateLimitPerMinute: 5 });
  }, 60_000);
  afterAll(async () => w?.close());

  it('answers 429 with Retry-After past the budget, per key', async () => {
    const other = (await w.call('POST', '/v1/admin/keys', { name: 'other', scopes: ['read'] })).body.key as string;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await w.call('GET', '/v1/policies')).status);
    // The admin key spent one request creating the other key.
    expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
    const limited = await w.call('GET', '/v1/policies');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.body.code).toBe('RateLimited');
    expect((await w.call('GET', '/v1/policies', undefined, other)).status).toBe(200);
  });
});
