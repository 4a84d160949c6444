import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadEnforceConfig } from '../config.ts';
import { backoffMs } from './delivery.ts';
import { newWebhookSecret, signPayload, verifySignature } from './signing.ts';

describe('webhook signing', () => {
  const secret = newWebhookSecret();
  const body = JSON.stringify({ id: 'evt_1', topic: 'action.applied', data: { a: 1 } });

  it('signs "<t>.<body>" with HMAC-SHA256 (checked against an independent computation)', () => {
    const header = signPayload(secret, body, 1_800_000_000);
    const expected = createHmac('sha256', secret).update(`1800000000.${body}`).digest('hex');
    expect(header).toBe(`t=1800000000,v1=${expected}`);
  });

  it('verifies a good signature and rejects tampering, another secret and stale timestamps', () => {
    const header = signPayload(secret, body, 1_800_000_000);
    expect(verifySignature(secret, body, header, 1_800_000_010)).toBe(true);
    expect(verifySignature(secret, `${body} `, header, 1_800_000_010)).toBe(false);
    expect(verifySignature(newWebhookSecret(), body, header, 1_800_000_010)).toBe(false);
    expect(verifySignature(secret, body, header, 1_800_001_000)).toBe(false);
    expect(verifySignature(secret, body, 'garbage', 1_800_000_000)).toBe(false);
  });

  it('backs off exponentially with jitter, capped', () => {
    const cfg = loadEnforceConfig({}, { webhookBackoffBaseMs: 1000, webhookBackoffMaxMs: 60_000 });
    expect(backoffMs(1, cfg, () => 1)).toBe(1000);
    expect(backoffMs(4, cfg, () => 1)).toBe(8000);
    expect(backoffMs(20, cfg, () => 1)).toBe(60_000);
    expect(backoffMs(4, cfg, () => 0.5)).toBe(4000);
    expect(backoffMs(4, cfg, () => 0)).toBe(1000);
  });
});
