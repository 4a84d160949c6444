// Account security through the API: logins go in as events, account.* signals come back in the
// ingestion reply, and only strong signs ever reach a case or a verification request; weak signs
// never touch the account's standing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { event } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const T0 = Date.parse('2026-10-01T08:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);
const effectKinds = (decision: { effects: { effects: { kind: string }[] } }) => decision.effects.effects.map((e) => e.kind).sort();
// Each account's devices are its own: one device id on many accounts is multi-accounting
// (linked accounts, src/network), a different story from the one these tests tell.
const login = (account: string, minutes: number, data: { country?: string; deviceId?: string; success?: boolean; ip?: string; mfa?: boolean }) =>
  event('user.login', account, { ip: '198.51.100.7', ...data, ...(data.deviceId ? { deviceId: `${account}/${data.deviceId}` } : {}) }, { at: at(minutes) });

// The first call pays for the models' and policies' warm-up: minutes on a loaded machine.
describe.each(await backends())('account security from logins (%s)', { timeout: 180_000 }, (backend) => {
  let w: TestWarden;
  const post = async (e: unknown) => {
    const r = await w.call('POST', '/v1/events', e);
    expect(r.status).toBeLessThan(300);
    return r.body;
  };
  const standing = async (id: string) => (await w.call('GET', `/v1/accounts/${id}/standing`)).body;
  const securityCases = async (id: string) => (await w.call('GET', `/v1/cases?accountId=${id}&queue=security`)).body.cases;

  beforeAll(async () => {
    w = await startTestWarden(backend);
  });
  afterAll(async () => w?.close());

  it('a normal pattern of logins gives no decision', async () => {
    for (let day = 0; day < 5; day++) {
      const reply = await post(login('acct-normal', day * 1440, { country: 'DE', deviceId: 'laptop-1' }));
      expect(reply.security).toBeUndefined();
    }
    const decisions = await w.ctx.db.selectFrom('decisions').select('id').where('account_id', '=', 'acct-normal').execute();
    expect(decisions).toEqual([]);
  });

  it('a new device alone is recorded but does nothing to the account', async () => {
    await post(login('acct-device', 0, { country: 'DE', deviceId: 'laptop-1' }));
    const reply = await post(login('acct-device', 60, { country: 'DE', deviceId: 'new-phone' }));
    expect(reply.security).toMatchObject({ outcome: 'allow', signals: ['account.new_device'] });
    const s = await standing('acct-device');
    expect(s.activeActions).toEqual([]);
    expect(s.strikes.active).toEqual([]);
    expect(s.verifications).toEqual([]);
    expect(await securityCases('acct-device')).toEqual([]);
  });

  it('several weak signs together (network and travel facts) open no case, no action and no strike', async () => {
    await post(login('acct-weak', 0, { country: 'DE', deviceId: 'laptop-1' }));
    // A new device and a new (neighbouring) country a day later: a holiday, or a VPN.
    const reply = await post(login('acct-weak', 1440, { country: 'FR', deviceId: 'hotel-pc' }));
    expect(reply.security.outcome).toBe('allow');
    expect(reply.security.signals.sort()).toEqual(['account.new_country', 'account.new_device']);
    const s = await standing('acct-weak');
    expect(s.activeActions).toEqual([]);
    expect(s.strikes.active).toEqual([]);
    // A new device and a new country are facts about the network and travel: a reviewer's case
    // needs a second, independent risk fact (failed attempts, a payout-method change).
    expect(await securityCases('acct-weak')).toEqual([]);
    expect(effectKinds((await w.call('GET', `/v1/decisions/${reply.security.decisionId}`)).body)).toEqual([]);
  });

  it('impossible travel asks the owner to confirm the sign-in and opens no case (a travel fact alone)', async () => {
    await post(login('acct-travel', 0, { country: 'DE', deviceId: 'laptop-1' }));
    const reply = await post(login('acct-travel', 45, { country: 'AU', deviceId: 'laptop-1' }));
    expect(reply.security.signals).toContain('account.impossible_travel');
    expect(reply.security.outcome).toBe('allow');
    expect(await securityCases('acct-travel')).toEqual([]);
    const s = await standing('acct-travel');
    expect(s.verifications.map((v: { status: string }) => v.status)).toEqual(['requested']);
    expect(s.activeActions).toEqual([]);
    expect(s.strikes.active).toEqual([]);
    // What the owner reads says nothing of how it was found.
    for (const n of s.notices) expect(n.text).not.toMatch(/travel|country|australia|germany|km|speed|signal/i);
  });

  it('a late login is judged against what came before it in time', async () => {
    await post(login('acct-late', 0, { country: 'DE', deviceId: 'laptop-1' }));
    await post(login('acct-late', 48 * 60, { country: 'AU', deviceId: 'laptop-1' }));
    // Arrives last but happened first: the first login ever, so nothing to compare with (judged
    // against the later logins it would look like an impossible trip and a new country).
    const reply = await post(login('acct-late', -24 * 60, { country: 'JP', deviceId: 'laptop-1' }));
    expect(reply.security).toBeUndefined();
  });

  it('12 failed logins then a success: hold, a high security case and a verification request', async () => {
    await post(login('acct-stuffed', -1440, { country: 'DE', deviceId: 'laptop-1' }));
    const failures = [];
    for (let i = 0; i < 12; i++) failures.push(await post(login('acct-stuffed', i * 0.5, { country: 'DE', success: false, deviceId: `bot-${i}` })));
    // One finding when the burst reaches the threshold, not one per attempt.
    expect(failures.filter((r) => r.security).map((r) => r.security.signals)).toEqual([['account.credential_stuffing']]);
    const reply = await post(login('acct-stuffed', 7, { country: 'DE', deviceId: 'bot-99' }));
    expect(reply.security.outcome).toBe('hold');
    expect(reply.security.signals).toContain('account.credential_stuffing');
    const cases = await securityCases('acct-stuffed');
    expect(cases).toHaveLength(1);
    expect(cases[0].severity).toBe('high');
    const s = await standing('acct-stuffed');
    expect(s.verifications.map((v: { status: string }) => v.status)).toEqual(['requested']);
    expect(s.strikes.active).toEqual([]);
    const decision = (await w.call('GET', `/v1/decisions/${reply.security.decisionId}`)).body;
    expect(decision.outcome).toBe('hold');
    expect(decision.matchedRules).toEqual([{ policy: 'account-security', rule: 'takeover-after-failed-logins' }]);
    expect(effectKinds(decision)).toEqual(['case', 'verification']);
  });

  it('failed attempts from an unknown device in a new country: the third and each one after it refused until a step-up; no case, strike or action', async () => {
    await post(login('acct-guessed', -2880, { country: 'DE', deviceId: 'laptop-1' }));
    await post(login('acct-guessed', -1440, { country: 'DE', deviceId: 'laptop-1' }));
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await post(login('acct-guessed', i * 0.5, { country: 'VN', success: false, deviceId: 'atk' })));
    expect(replies.map((r) => r.security?.outcome ?? null)).toEqual([null, null, 'block', 'block']);
    expect(replies[2].security.signals).toEqual(['account.failed_logins_new_device']);
    const decision = (await w.call('GET', `/v1/decisions/${replies[2].security.decisionId}`)).body;
    expect(decision.matchedRules).toEqual([{ policy: 'account-security', rule: 'step-up-failed-logins-new-device' }]);
    expect(effectKinds(decision)).toEqual([]);
    const s = await standing('acct-guessed');
    expect(s.activeActions).toEqual([]);
    expect(s.strikes.active).toEqual([]);
    expect(s.verifications).toEqual([]);
    expect(await securityCases('acct-guessed')).toEqual([]);
  });

  it('honest look-alikes get no step-up: mistyping on the own laptop abroad, a new phone at home with a few typos', async () => {
    await post(login('acct-owner', -1440, { country: 'DE', deviceId: 'laptop-1' }));
    // A traveller mistyping four times on their own laptop in a hotel abroad, then getting in.
    for (let i = 0; i < 4; i++) expect((await post(login('acct-owner', i, { country: 'TH', success: false, deviceId: 'laptop-1' }))).security).toBeUndefined();
    // Home again with a new phone: three typos on the home network, then in (a new device alone: weak, allowed).
    for (let i = 0; i < 3; i++)
      expect((await post(login('acct-owner', 1440 + i, { country: 'DE', success: false, deviceId: 'phone-2' }))).security).toBeUndefined();
    const inAgain = await post(login('acct-owner', 1445, { country: 'DE', deviceId: 'phone-2' }));
    expect(inAgain.security.outcome).toBe('allow');
    const s = await standing('acct-owner');
    expect(s.activeActions).toEqual([]);
    expect(s.verifications).toEqual([]);
    expect(await securityCases('acct-owner')).toEqual([]);
  });

  it('six failures then a success on a new device from a new country: the session is held until the owner confirms; with a second factor it goes on', async () => {
    for (const [acct, mfa] of [
      ['acct-taken', false],
      ['acct-taken-mfa', true],
    ] as const) {
      await post(login(acct, -1440, { country: 'DE', deviceId: 'laptop-1' }));
      for (let i = 0; i < 6; i++) await post(login(acct, i * 0.5, { country: 'BR', success: false, deviceId: 'atk' }));
      const reply = await post(login(acct, 4, { country: 'BR', deviceId: 'atk', mfa }));
      expect(reply.security.signals).toContain('account.failed_then_new_place');
      expect(reply.security.outcome).toBe(mfa ? 'allow' : 'hold');
      expect(await securityCases(acct)).toHaveLength(1);
      const s = await standing(acct);
      expect(s.strikes.active).toEqual([]);
      expect(s.activeActions).toEqual([]);
      expect(s.verifications.map((v: { status: string }) => v.status)).toEqual(mfa ? [] : ['requested']);
    }
  });
});
