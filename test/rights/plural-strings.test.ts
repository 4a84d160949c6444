// Counted words in API strings follow plural rules (ICU MessageFormat, src/app/plural.ts): a
// transparency report over one action and one appeal says "1 action applied" and "1 appeal
// received", not "1 actions" / "1 appeals". Through the HTTP API on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

describe.each(await backends())('plural forms in API strings (%s)', { timeout: 180_000 }, (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden(backend);
  }, 180_000);
  afterAll(async () => w?.close());

  it('a transparency report of one action and one appeal uses the singular', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    expect((await w.call('POST', '/v1/events', ev.registered('pl-fl', 'freelancer'))).status).toBe(201);
    const a = await w.call('POST', '/v1/actions', {
      accountId: 'pl-fl',
      type: 'warning',
      policy: 'spam',
      reason: 'Sent the same pitch to forty clients',
      severity: 'low',
    });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    const ap = await w.call('POST', '/v1/appeals', { accountId: 'pl-fl', actionId: a.body.action.id, text: 'These were replies to invitations.' });
    expect(ap.status, JSON.stringify(ap.body)).toBe(201);
    const to = new Date(Date.now() + 60_000).toISOString();
    const md = await w.call('GET', `/v1/transparency?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&format=markdown`);
    expect(md.status).toBe(200);
    expect(md.body).toContain('1 action applied, 0 of them automatically');
    expect(md.body).toContain('1 appeal received');
    expect(md.body).toContain('0 reports received');
    expect(md.body).not.toMatch(/\b1 (actions|appeals|reports|items)\b/);
  });
});
