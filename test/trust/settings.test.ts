// Trust numbers are settings: a WARDEN_TRUST_CONFIG file changes them, a bad one stops start-up.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ev } from '../helpers/events.ts';
import { startTestWarden } from '../helpers/warden.ts';

const dir = mkdtempSync(join(tmpdir(), 'warden-trust-'));

describe('trust settings', () => {
  it('a settings file changes the default payment hold', async () => {
    const file = join(dir, 'trust.json');
    writeFileSync(file, JSON.stringify({ hold: { defaultDays: 7, riskyDays: 12 } }));
    const w = await startTestWarden('pglite', { trustConfigFile: file });
    try {
      await w.call('POST', '/v1/events/batch', {
        events: [
          ev.registered('cl-s', 'client', {}, '2024-01-01T00:00:00Z'),
          ev.paymentVerified('cl-s', '2024-01-02T00:00:00Z'),
          ev.registered('fl-s', 'freelancer', {}, '2024-01-01T00:00:00Z'),
          ev.contractStarted('k-s', 'cl-s', 'fl-s', '2026-10-01T00:00:00Z'),
        ],
      });
      const hold = await w.call('GET', '/v1/contracts/k-s/hold');
      expect(hold.status).toBe(200);
      expect(hold.body.days).toBe(7);
    } finally {
      await w.close();
    }
  });

  it('an inconsistent settings file stops start-up with the reason', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ hold: { trustedPairDays: 9, defaultDays: 5 } }));
    await expect(startTestWarden('pglite', { trustConfigFile: file })).rejects.toThrow(/hold days/);
  });
});
