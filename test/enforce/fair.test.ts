// Fair enforcement through the HTTP API, on both databases: the scenarios of issue 14 with the
// default ladder, burst window and cool-down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev, event } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const WA = 'Hello! Add me on WhatsApp +63 917 555 0110 so we can talk faster';

describe.each(await backends())('fair enforcement (%s)', (backend) => {
  let w: TestWarden;
  const t0 = Date.now() - 5 * 24 * HOUR;
  const at = (ms: number) => new Date(t0 + ms).toISOString();
  const post = async (e: unknown) => {
    const r = await w.call('POST', '/v1/events', e);
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    return r.body;
  };
  const actionsOf = (accountId: string) =>
    w.ctx.db.selectFrom('enforcement_actions').select(['type', 'status', 'automatic']).where('account_id', '=', accountId).execute();
  const strikesOf = (accountId: string) => w.ctx.db.selectFrom('enforcement_strikes').selectAll().where('account_id', '=', accountId).execute();

  beforeAll(async () => {
    w = await startEnforceWarden(backend);
  });
  afterAll(async () => w?.close());

  it('five WhatsApp messages to five new clients within minutes: one strike, one reminder, nothing taken away', async () => {
    await post(ev.registered('fl-wa', 'freelancer', {}, at(-HOUR)));
    for (let i = 1; i <= 5; i++) await post(ev.registered(`cl-wa-${i}`, 'client', {}, at(-HOUR)));
    const replies = [];
    for (let i = 1; i <= 5; i++) replies.push(await post(ev.message('fl-wa', `cl-wa-${i}`, WA, at(i * 2 * MIN))));
    for (const r of replies) {
      expect(r.decision.outcome).toBe('mask');
      expect(r.decision.maskedText).not.toContain('917');
    }
    const strikeEffects = replies.flatMap((r) => r.decision.effects.filter((e: { kind: string }) => e.kind === 'strike'));
    // Never two strikes for one event, and the burst is one incident.
    for (const r of replies)
      expect(
        r.decision.effects.filter((e: { kind: string; detail: { outcome?: string } }) => e.kind === 'strike' && e.detail.outcome !== 'joined').length,
      ).toBeLessThanOrEqual(1);
    const strikes = await strikesOf('fl-wa');
    expect(strikes).toHaveLength(1);
    expect(strikes[0].severity).toBe('medium');
    expect(strikeEffects.filter((e: { detail: { outcome: string } }) => e.detail.outcome === 'strike')).toHaveLength(1);
    expect(await actionsOf('fl-wa')).toEqual([]);
    const standing = (await w.call('GET', '/v1/accounts/fl-wa/standing')).body;
    expect(standing.status).toBe('strikes');
    expect(standing.notices).toHaveLength(1);
    expect(standing.notices[0].kind).toBe('strike');
    expect(standing.notices[0].text).toContain('You have 1 active strike (2 points)');
    expect(standing.notices[0].text).toContain('Add me on WhatsApp');
    // Eleven events through the whole decision path one after another: 36-58 s at load 15-21 (CI
    // at 30 s timed out, and the next test, which goes on from this account's state, failed too).
  }, 180_000);

  it('a new incident after the burst window but inside the cool-down adds a strike and does not climb; after it, one step', async () => {
    // Two hours later: the first notice could be read, so this is a new incident, but the cool-down holds the ladder.
    const later = await post(ev.message('fl-wa', 'cl-wa-6', WA, at(2 * HOUR)));
    const s = later.decision.effects.find((e: { kind: string }) => e.kind === 'strike');
    expect(s.detail).toMatchObject({ outcome: 'strike', held: 'cooldown' });
    expect(await actionsOf('fl-wa')).toEqual([]);
    // A day and a half later: one step up, a warning — not a restriction, hold or suspension.
    const next = await post(ev.message('fl-wa', 'cl-wa-7', WA, at(40 * HOUR)));
    expect(next.decision.effects.find((e: { kind: string }) => e.kind === 'strike').detail).toMatchObject({
      outcome: 'action',
      action: { type: 'warning', status: 'active' },
    });
    expect(await strikesOf('fl-wa')).toHaveLength(3);
    expect((await actionsOf('fl-wa')).map((a) => a.type)).toEqual(['warning']);
  });

  it('a VPN login from Germany then the US 14 minutes later asks the owner to confirm, never holds, and a missed deadline opens no case', async () => {
    const login = (minutes: number, country: string) =>
      event('user.login', 'fl-vpn', { ip: '198.51.100.7', country, deviceId: 'laptop-1' }, { at: at(minutes * MIN) });
    await post(ev.registered('fl-vpn', 'freelancer', {}, at(-48 * HOUR)));
    await post(login(-24 * 60, 'DE'));
    await post(login(0, 'DE'));
    const reply = await post(login(14, 'US'));
    expect(reply.security.signals).toContain('account.impossible_travel');
    expect(reply.security.outcome).toBe('allow');
    const asked = (await w.call('GET', '/v1/accounts/fl-vpn/standing')).body;
    expect(asked.verifications.map((v: { status: string }) => v.status)).toEqual(['requested']);
    expect(asked.notices[0].text).toContain('nothing is held, your account is not restricted and no investigation is opened');
    const swept = await w.ctx.enforcement.expireVerifications(w.ctx.db, new Date(Date.now() + 8 * 24 * HOUR));
    const standing = (await w.call('GET', '/v1/accounts/fl-vpn/standing')).body;
    expect(standing.activeActions).toEqual([]);
    expect(standing.status).toBe('good');
    expect(swept.holds).toEqual([]);
    // Network and travel facts alone open no case, and neither does not answering the check they asked for.
    expect(swept.cases).toEqual([]);
    expect(await w.ctx.db.selectFrom('cases').select('id').where('account_id', '=', 'fl-vpn').execute()).toEqual([]);
    expect(JSON.stringify(standing.notices)).not.toMatch(/Something you wrote/);
  });

  it('rejects events from the far future', async () => {
    const r = await w.call('POST', '/v1/events', ev.message('fl-wa', 'cl-wa-1', 'hello', new Date(Date.now() + 3 * 24 * HOUR).toISOString()));
    expect(r.status).toBe(400);
    expect(r.body.invalidParams[0].pointer).toBe('/occurredAt');
  });

  it('locale on user.registered and profile.updated: inline and stored notices in the account’s language', async () => {
    await post(ev.registered('fl-mx', 'freelancer', { locale: 'es-MX' }, at(-HOUR)));
    const r = await post(ev.message('fl-mx', 'cl-wa-1', 'mi whatsapp es +52 55 1234 5678', at(3 * HOUR)));
    expect(r.decision.notice.locale).toBe('es');
    expect(r.decision.notice.text).toMatch(/Ocultamos/);
    await post(ev.registered('fl-fr', 'freelancer', {}, at(-HOUR)));
    await post(event('profile.updated', 'fl-fr', { locale: 'fr-FR' }, { at: at(-HOUR / 2) }));
    const v = await w.ctx.enforcement.recordViolation(w.ctx.db, {
      accountId: 'fl-fr',
      policy: 'contact_sharing',
      severity: 'medium',
      subject: { type: 'message', id: 'm-fr-1', text: 'écris-moi sur WhatsApp' },
      evidence: {},
      signals: [{ type: 'contact.phone', strength: 'strong' }],
    });
    expect(v.notice?.locale).toBe('fr');
    expect(v.notice?.text).toContain('Vous avez 1 infraction active (2 points).');
    const bad = await w.call('POST', '/v1/events', event('profile.updated', 'fl-fr', { locale: 'not a locale!' }));
    expect(bad.status).toBe(400);
  });

  it('an overturn restores exactly what its notice says and names what remains; the overturned decision stops counting', async () => {
    await post(ev.registered('fl-two', 'freelancer', {}, at(-HOUR)));
    const apply = async (reason: string) =>
      (await w.call('POST', '/v1/actions', { accountId: 'fl-two', type: 'suspension', policy: 'scams', reason, durationDays: 14 })).body;
    const first = await apply('first finding');
    await apply('second finding');
    const ap = await w.call('POST', '/v1/appeals', { accountId: 'fl-two', actionId: first.action.id, text: 'That was not me.' });
    const d = await w.call('POST', `/v1/appeals/${ap.body.id}/decide`, { outcome: 'overturned', reason: 'wrong account' });
    expect(d.status).toBe(200);
    const text: string = d.body.notice.text;
    expect(text).not.toContain('Full access to your account');
    expect(text).not.toContain('Held payments are released');
    expect(text).toContain('What remains in force');
    expect(text).toContain('The temporary suspension');
    const act = (await w.call('GET', `/v1/actions/${first.action.id}`)).body;
    expect(act.restored.items).not.toContain('account_access');
    expect(act.restored.accountAccess).toBeUndefined();
    const standing = (await w.call('GET', '/v1/accounts/fl-two/standing')).body;
    expect(standing.status).toBe('suspended');
  });

  it('one spammer is one case per policy, and a bulk action acts once per account', async () => {
    await post(ev.registered('fl-spam', 'freelancer', {}, at(-HOUR)));
    await post(ev.registered('fl-other', 'freelancer', {}, at(-HOUR)));
    const open = (accountId: string, policy: string, n: number) =>
      w.ctx.cases.openOrJoinCase(w.ctx.db, {
        subject: { type: 'message', id: `${accountId}-m${n}`, accountId, text: 'Buy followers now!!!' },
        source: 'detection',
        reason: 'spam burst',
        policy,
        severity: 'medium',
        signals: [{ type: 'spam.mass_sending', strength: 'strong' }],
      });
    const ids = new Set<string>();
    for (let i = 0; i < 31; i++) ids.add((await open('fl-spam', 'spam', i)).caseId);
    expect(ids.size).toBe(1);
    const more = [(await open('fl-spam', 'scams', 99)).caseId, (await open('fl-other', 'spam', 1)).caseId];
    const res = await w.call('POST', '/v1/cases/bulk-resolve', {
      ids: [...ids, ...more],
      resolution: 'action',
      action: { type: 'warning' },
      reason: 'spam burst',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.resolved).toBe(3);
    const warnings = await w.ctx.db
      .selectFrom('enforcement_actions')
      .select(['account_id', 'id'])
      .where('type', '=', 'warning')
      .where('account_id', 'in', ['fl-spam', 'fl-other'])
      .execute();
    expect(warnings.map((x) => x.account_id).sort()).toEqual(['fl-other', 'fl-spam']);
    const spamResults = res.body.results.filter((r: { id: string }) => r.id !== more[1]);
    expect(new Set(spamResults.map((r: { actionId: string }) => r.actionId)).size).toBe(1);
    expect((await strikesOf('fl-spam')).length).toBe(1);
  });
});
