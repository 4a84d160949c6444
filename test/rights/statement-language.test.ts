// A statement of reasons' content_language is the language the content is written in, not the
// account's: an English-speaking account writing in Spanish gets ES. Short content falls back to
// the account's language. Through the HTTP API on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

describe.each(await backends())('statements of reasons: content language (%s)', { timeout: 180_000 }, (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden(backend);
  }, 300_000);
  afterAll(async () => w?.close());

  it('is the content’s language, with the account’s as the fallback for a bare number', async () => {
    const from = new Date(Date.now() - 60_000).toISOString();
    await w.call('POST', '/v1/events', ev.registered('sl-en', 'freelancer', { locale: 'en' }));
    await w.call('POST', '/v1/events', ev.registered('sl-de', 'freelancer', { locale: 'de' }));
    await w.call('POST', '/v1/events', ev.registered('sl-cl', 'client'));
    const es = await w.call('POST', '/v1/events', ev.message('sl-en', 'sl-cl', 'Hola, escríbeme por WhatsApp al +34 612 345 678 y hablamos del proyecto'));
    expect(es.body.decision.outcome).toBe('mask');
    const bare = await w.call('POST', '/v1/events', ev.message('sl-de', 'sl-cl', '+49 1512 3456789'));
    expect(bare.body.decision.outcome).toBe('mask');
    const to = new Date(Date.now() + 60_000).toISOString();
    const res = await w.call('GET', `/v1/transparency/statements?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    expect(res.status).toBe(200);
    const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
    const rows = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const byPuid = new Map(rows.map((r: { puid: string }) => [r.puid, r]));
    expect(byPuid.get(`decision:${es.body.decision.decisionId}`)).toMatchObject({ content_language: 'ES' });
    expect(byPuid.get(`decision:${bare.body.decision.decisionId}`)).toMatchObject({ content_language: 'DE' });
  });
});
