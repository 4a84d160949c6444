// Issue 14, remaining gaps, through the HTTP API on both databases: unknown accounts are 404 on
// every account endpoint and cannot be actioned or asked to verify; repeat notices count right
// past the third time; one event matching two repeat rules earns one strike naming both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WA = 'Hello! Add me on WhatsApp +63 917 555 0110 so we can talk faster';

describe.each(await backends())('fair enforcement gaps (%s)', { timeout: 180_000 }, (backend) => {
  let w: TestWarden;
  const t0 = Date.now() - 5 * DAY;
  const at = (ms: number) => new Date(t0 + ms).toISOString();
  const post = async (e: unknown) => {
    const r = await w.call('POST', '/v1/events', e);
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    return r.body;
  };

  beforeAll(async () => {
    // No burst window and no cool-down: every message is its own incident, so notices count each one.
    w = await startEnforceWarden(backend, { incidentWindowMinutes: 0, stepCooldownHours: 0 });
    for (let i = 1; i <= 6; i++) await post(ev.registered(`gc-${i}`, 'client', {}, at(-HOUR)));
  }, 300_000);
  afterAll(async () => w?.close());

  it('an unknown account is 404 (problem+json) on every account endpoint and cannot be actioned or asked to verify', async () => {
    const calls: [string, string, unknown?][] = [
      ['GET', '/v1/accounts/ghost'],
      ['GET', '/v1/accounts/ghost/standing'],
      ['GET', '/v1/accounts/ghost/trust'],
      ['GET', '/v1/accounts/ghost/jss'],
      ['GET', '/v1/accounts/ghost/invitations'],
      ['GET', '/v1/accounts/ghost/linked'],
      ['GET', '/v1/accounts/ghost/timeline'],
      ['POST', '/v1/accounts/ghost/standing-link', {}],
      ['POST', '/v1/actions', { accountId: 'ghost', type: 'suspension', policy: 'scams', reason: 'nobody', durationDays: 14 }],
      ['POST', '/v1/verifications', { accountId: 'ghost', reason: 'check who this is' }],
    ];
    for (const [method, url, body] of calls) {
      const r = await w.call(method, url, body);
      expect(r.status, `${method} ${url} ${JSON.stringify(r.body)}`).toBe(404);
      expect(r.headers['content-type'], `${method} ${url}`).toMatch(/^application\/problem\+json/);
    }
    // Nothing was written for the ghost: no verification to lapse into a payment hold later.
    expect(await w.ctx.db.selectFrom('verification_requests').select('id').where('account_id', '=', 'ghost').execute()).toEqual([]);
    const swept = await w.ctx.enforcement.expireVerifications(w.ctx.db, new Date(Date.now() + 100 * DAY));
    expect(swept.holds).toEqual([]);
    expect(await w.ctx.db.selectFrom('enforcement_actions').select('id').where('account_id', '=', 'ghost').execute()).toEqual([]);
  });

  it('repeat notices count past the third time, in English and Spanish', async () => {
    await post(ev.registered('gf-en', 'freelancer', {}, at(-HOUR)));
    await post(ev.registered('gf-es', 'freelancer', { locale: 'es-MX' }, at(-HOUR)));
    const en: string[] = [];
    const es: string[] = [];
    for (let i = 1; i <= 5; i++) {
      en.push((await post(ev.message('gf-en', `gc-${i}`, WA, at(i * 3 * HOUR)))).decision.notice.text);
      es.push(
        (await post(ev.message('gf-es', `gc-${i}`, 'Agrégame en WhatsApp +52 55 1234 5678 para hablar más rápido', at(i * 3 * HOUR)))).decision.notice.text,
      );
    }
    expect(en[2]).toContain('3 times in the last 30 days');
    expect(en[3]).toContain('4 times in the last 30 days');
    expect(en[4]).toContain('5 times in the last 30 days');
    for (const t of en) expect(t).not.toMatch(/third time/);
    expect(es[2]).toContain('3 veces en los últimos 30 días');
    expect(es[3]).toContain('4 veces en los últimos 30 días');
    expect(es[4]).toContain('5 veces en los últimos 30 días');
  });

  it('one event matching two repeat rules earns one strike whose reasons name both rules', async () => {
    await post(ev.registered('gf-two', 'freelancer', {}, at(-HOUR)));
    const replies = [];
    for (let i = 1; i <= 3; i++) replies.push(await post(ev.message('gf-two', `gc-${i}`, WA, at(4 * DAY + i * 3 * HOUR))));
    const third = replies[2].decision;
    const matched = third.effects.filter((e: { kind: string }) => e.kind === 'strike').map((e: { rule: string }) => e.rule);
    expect(matched.sort()).toEqual(['ask-contact-repeat', 'share-contact-repeat']);
    const standing = (await w.call('GET', '/v1/accounts/gf-two/standing')).body;
    // The first two messages earn no strike (a first share is hidden with a notice); the third one earns one.
    const fromThird = standing.strikes.active;
    expect(fromThird, JSON.stringify(fromThird)).toHaveLength(1);
    const rules = [fromThird[0].evidence.rule, ...(fromThird[0].evidence.reasons ?? []).map((r: { rule?: string }) => r.rule)];
    expect(rules.sort()).toEqual(['ask-contact-repeat', 'share-contact-repeat']);
  });

  it('an appeal is a conversation: the user adds information through the signed standing page; the reviewer’s reply and the decision are notices in the user’s language', async () => {
    await post(ev.registered('gf-ap', 'freelancer', { locale: 'es-MX' }, at(-HOUR)));
    const warn = await w.call('POST', '/v1/actions', { accountId: 'gf-ap', type: 'warning', policy: 'contact-sharing', reason: 'shared a phone number' });
    const ap = await w.call('POST', '/v1/appeals', { accountId: 'gf-ap', actionId: warn.body.action.id, text: 'Ya es mi cliente.' });
    expect(ap.status).toBe(201);
    const link = await w.call('POST', '/v1/accounts/gf-ap/standing-link', {});
    const added = await w.call(
      'POST',
      `/v1/standing/${link.body.token}/appeals/${ap.body.id}/messages`,
      { kind: 'statement', text: 'El contrato 77 empezó el mes pasado.' },
      null,
    );
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const reply = await w.call('POST', `/v1/appeals/${ap.body.id}/questions`, { kind: 'reply', text: 'Thanks, we are checking contract 77.' });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const standing = (await w.call('GET', '/v1/accounts/gf-ap/standing')).body;
    const replied = standing.notices.find((n: { kind: string }) => n.kind === 'appeal_reply');
    expect(replied, JSON.stringify(standing.notices.map((n: { kind: string }) => n.kind))).toBeDefined();
    expect(replied.locale).toBe('es');
    expect(replied.text).toContain('Thanks, we are checking contract 77.');
    expect(replied.text).toContain('escribió');
    const full = (await w.call('GET', `/v1/appeals/${ap.body.id}`)).body;
    expect(full.messages.map((m: { author: string; kind: string }) => `${m.author}:${m.kind}`)).toEqual(['user:statement', 'reviewer:reply']);
    await w.call('POST', `/v1/appeals/${ap.body.id}/decide`, { outcome: 'overturned', reason: 'existing client' });
    const after = (await w.call('GET', '/v1/accounts/gf-ap/standing')).body;
    expect(after.notices.some((n: { kind: string; locale: string }) => n.kind === 'appeal_overturned' && n.locale === 'es')).toBe(true);
  });
});
