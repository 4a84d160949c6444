// The batch size and the body limit agree: a full batch of ordinary (about 1 KB) events is
// accepted, not refused with 413; a body beyond the batch limit still is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH_BYTES_PER_EVENT, loadConfig } from '../../src/app/config.ts';
import { event } from '../helpers/events.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

describe('batch limit and body limit', () => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden('pglite');
  });
  afterAll(() => w?.close());

  it('takes in the default maximum batch of 1 KB events under the default limits', async () => {
    const config = loadConfig({});
    // Items answered one by one, not a 413 for the whole body. (An unknown data field makes
    // each item a cheap per-item rejection: the limit is what is under test, not ingestion.)
    const events = Array.from({ length: config.batchMaxEvents }, (_, i) =>
      event('user.login', `acct-${i % 50}`, { ip: '203.0.113.7', userAgent: `Mozilla/5.0 ${'x'.repeat(900)}`, deviceId: `d-${i}`, unknownField: 1 }),
    );
    const body = JSON.stringify({ events });
    expect(body.length).toBeGreaterThan(config.bodyLimitBytes);
    const res = await w.call('POST', '/v1/events/batch', body);
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(config.batchMaxEvents);
  }, 60_000);

  it('still refuses, with 413, a batch body beyond its own limit', async () => {
    const config = loadConfig({});
    const big = event('message.sent', 'a', { messageId: 'm', recipientId: 'b', text: 'x'.repeat(49_000) });
    const n = Math.ceil((config.batchMaxEvents * BATCH_BYTES_PER_EVENT) / 49_000) + 1;
    const res = await w.call('POST', '/v1/events/batch', JSON.stringify({ events: Array.from({ length: n }, () => big) }));
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PayloadTooLarge');
  });
});
