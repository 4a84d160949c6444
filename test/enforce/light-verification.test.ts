// Network and travel facts alone (a VPN, a country change, impossible travel) may ask for the
// light check at most: the owner confirms the sign-in, no ID document, no selfie, never a hold.
// The engine chooses the level from what the rule rests on, whatever the policy asks. What the
// user reads (notice, standing page, the request's reason) is in the account's language.
// Through the HTTP API on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev, event } from '../helpers/events.ts';
import { backends, postAccepted, type TestWarden } from '../helpers/warden.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;

describe.each(await backends())('light verification on travel alone (%s)', { timeout: 180_000 }, (backend) => {
  let w: TestWarden;
  const t0 = Date.now() - 2 * 24 * HOUR;
  const at = (ms: number) => new Date(t0 + ms).toISOString();
  const post = (e: unknown) => postAccepted(w, e);
  beforeAll(async () => {
    w = await startEnforceWarden(backend);
  });
  afterAll(async () => w?.close());

  it('Germany then the US 14 minutes later: a light check in Hindi, no documents, approving it leaves identity unverified', async () => {
    const login = (minutes: number, country: string) =>
      event('user.login', 'fl-hi', { ip: '198.51.100.9', country, deviceId: 'laptop-1' }, { at: at(minutes * MIN) });
    await post(ev.registered('fl-hi', 'freelancer', { locale: 'hi' }, at(-48 * HOUR)));
    await post(login(-24 * 60, 'DE'));
    await post(login(0, 'DE'));
    const reply = await post(login(14, 'US'));
    expect(reply.security.signals).toContain('account.impossible_travel');

    const s = (await w.call('GET', '/v1/accounts/fl-hi/standing')).body;
    expect(s.locale).toBe('hi');
    expect(s.verifications).toHaveLength(1);
    const v = s.verifications[0];
    expect(v).toMatchObject({ status: 'requested', level: 'light', provider: 'owner-confirmation' });
    // The reason the user reads is in Hindi, not the policy's English words for reviewers.
    expect(v.reason).toMatch(/जाँच/);
    expect(v.reason).not.toMatch(/[A-Za-z]{3,}/);
    const step = s.whatYouCanDo.find((x: { kind: string }) => x.kind === 'verify_identity');
    expect(step.text).toMatch(/दो-चरणीय सत्यापन/);
    expect(step.text).not.toMatch(/सेल्फ़ी अपलोड/);
    const notice = s.notices.find((n: { kind: string }) => n.kind === 'verification_requested');
    expect(notice.locale).toBe('hi');
    expect(notice.subject).toMatch(/पुष्टि करें कि यह आप ही हैं/);
    expect(notice.text).toMatch(/किसी पहचान पत्र या सेल्फ़ी की ज़रूरत नहीं/);
    expect(notice.text).not.toMatch(/सेल्फ़ी अपलोड करें/);

    // The marketplace's own view keeps the reviewer-facing reason.
    const raw = (await w.call('GET', `/v1/verifications/${v.id}`)).body;
    expect(raw.reason).toMatch(/distant places/);
    expect(raw.requiredDocuments ?? []).toEqual([]);

    // No ID document or selfie is taken for it.
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d5b1d80000000049454e44ae426082',
      'hex',
    );
    const up = await w.call('POST', `/v1/verifications/${v.id}/documents`, { kind: 'selfie', data: png.toString('base64') });
    expect(up.status).toBe(409);
    expect(up.body.code).toBe('VerificationNeedsNoDocuments');

    // The marketplace confirms the owner signed in again: approved without documents, and the
    // account is not thereby identity-verified.
    const ok = await w.call('POST', `/v1/verifications/${v.id}/decide`, { outcome: 'approved', reason: 'owner signed in with two-step verification' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const acct = await w.ctx.db.selectFrom('accounts').select('identity_verified').where('id', '=', 'fl-hi').executeTakeFirstOrThrow();
    expect(acct.identity_verified).toBeFalsy();
  });

  it('a missed light check holds nothing, opens no case and says so beforehand', async () => {
    const login = (minutes: number, country: string) =>
      event('user.login', 'fl-miss', { ip: '198.51.100.10', country, deviceId: 'laptop-2' }, { at: at(minutes * MIN) });
    await post(ev.registered('fl-miss', 'freelancer', {}, at(-48 * HOUR)));
    await post(login(-24 * 60, 'FR'));
    await post(login(0, 'FR'));
    await post(login(10, 'BR'));
    const asked = (await w.call('GET', '/v1/accounts/fl-miss/standing')).body;
    const step = asked.whatYouCanDo.find((x: { kind: string }) => x.kind === 'verify_identity');
    expect(step.text).toMatch(/the check lapses: nothing is held and nothing else changes/);
    expect(asked.notices.find((n: { kind: string }) => n.kind === 'verification_requested').text).toMatch(/no investigation is opened/);
    const swept = await w.ctx.enforcement.expireVerifications(w.ctx.db, new Date(Date.now() + 8 * 24 * HOUR));
    expect(swept.holds).toEqual([]);
    expect(swept.cases).toEqual([]);
    expect(await w.ctx.db.selectFrom('cases').select('id').where('account_id', '=', 'fl-miss').execute()).toEqual([]);
    const s = (await w.call('GET', '/v1/accounts/fl-miss/standing')).body;
    expect(s.verifications[0]).toMatchObject({ level: 'light', status: 'expired' });
    expect(s.activeActions).toEqual([]);
  });
});
