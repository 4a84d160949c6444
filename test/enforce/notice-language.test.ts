// Notices tell the truth in the user's language (issue 14): an account registered with a locale
// gets its inline notices and its standing in that language when the caller names none, Hindi
// included; naming a locale still wins. Through the HTTP API, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

const DEVANAGARI = /[\u0900-\u097F]/;

describe.each(await backends())('notice language (%s)', (backend) => {
  let w: TestWarden;
  const post = async (e: unknown) => {
    const r = await w.call('POST', '/v1/events', e);
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    return r.body;
  };

  beforeAll(async () => {
    w = await startEnforceWarden(backend);
    for (const e of [
      ev.registered('fl-hi', 'freelancer', { locale: 'hi' }),
      ev.registered('fl-es', 'freelancer', { locale: 'es' }),
      ev.registered('cl-lang-1', 'client', { country: 'US' }),
      ev.registered('cl-lang-2', 'client', { country: 'US' }),
    ])
      await post(e);
  }, 60_000);
  afterAll(async () => w?.close());

  it('a Hindi account gets its contact-sharing notice in Hindi, with no locale named', async () => {
    const r = await post(ev.message('fl-hi', 'cl-lang-1', 'Hello! Add me on WhatsApp +63 917 555 0110 so we can talk faster'));
    expect(r.decision.outcome).toBe('mask');
    expect(r.decision.notice).toMatchObject({ locale: 'hi', policy: 'contact-sharing' });
    expect(r.decision.notice.text).toMatch(DEVANAGARI);
    expect(r.decision.notice.text).toContain('संपर्क विवरण');
    const screened = await w.call('POST', '/v1/screen', {
      text: 'mail me at ravi.kumar@gmail.com',
      kind: 'message',
      senderId: 'fl-hi',
      recipientId: 'cl-lang-2',
    });
    expect(screened.status).toBe(200);
    expect(screened.body.notice).toMatchObject({ locale: 'hi' });
  });

  it("the standing answers in the account's language unless a locale is named", async () => {
    await post(ev.message('fl-es', 'cl-lang-1', 'Escríbeme al +34 612 345 678 por WhatsApp'));
    for (const [id, lang] of [
      ['fl-hi', 'hi'],
      ['fl-es', 'es'],
    ] as const) {
      const own = await w.call('GET', `/v1/accounts/${id}/standing`);
      expect(own.status).toBe(200);
      expect(own.body.locale, id).toBe(lang);
      const en = await w.call('GET', `/v1/accounts/${id}/standing?locale=en`);
      expect(en.body.locale).toBe('en');
      expect(own.body.summary).not.toBe(en.body.summary);
      for (const n of own.body.notices) expect(n.locale).toBe(lang);
    }
    const hi = await w.call('GET', '/v1/accounts/fl-hi/standing');
    expect(hi.body.summary).toMatch(DEVANAGARI);
    // The signed page the user opens says the same thing in the same language.
    const link = await w.call('POST', '/v1/accounts/fl-hi/standing-link', {});
    expect(link.status).toBeLessThan(300);
    const page = await w.call('GET', `/v1/standing/${link.body.token}`, undefined, null);
    expect(page.status).toBe(200);
    expect(page.body.locale).toBe('hi');
    expect(page.body.summary).toBe(hi.body.summary);
  });
});
