// Network reputation through the API, on both databases: what the IP data adds to logins
// (AS, organisation, kind, the country when the marketplace sends none), to the linked-accounts
// graph and to the timeline, and how payment risk uses it — as supporting evidence that raises
// a case's priority, never a hold. The engine guard is checked with an analyst's hostile policy.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ev, event } from '../helpers/events.ts';
import { backends, postThenDrain, startTestWarden, type TestWarden } from '../helpers/warden.ts';

// Several logins and payouts per test: on the shared 2-core machine a test can take over 30 s.
vi.setConfig({ testTimeout: 120_000 });

const T0 = Date.parse('2026-09-01T08:00:00Z');
const at = (days: number) => new Date(T0 + days * 86_400_000).toISOString();
type Verdict = { accountId: string; outcome: string; signals: string[]; decisionId: string };
type Reply = { behaviour?: Verdict[]; security?: { outcome: string; signals: string[]; decisionId: string } };

// Real addresses of the networks named (from the installed @ip-location-db/asn data).
const HETZNER = '85.10.199.76'; // AS24940, DE, hosting
const MULLVAD = '45.132.193.10'; // AS39351, SE, vpn
const DIGITALOCEAN = '45.55.0.10'; // AS14061, US, hosting
const TELEKOM = '2.58.100.10'; // AS3320 Deutsche Telekom, a home network
const TOR_EXIT = '185.220.101.1';

describe.each(await backends())('network reputation (%s)', (backend) => {
  let w: TestWarden;
  const post = async (e: unknown) => (await postThenDrain(w, e)) as Reply;
  const login = (id: string, ip: string, day: number, extra: Record<string, unknown> = {}) =>
    post(event('user.login', id, { ip, deviceId: `${id}-laptop`, ...extra }, { at: at(day) }));
  const decision = async (id: string) => (await w.call('GET', `/v1/decisions/${id}`)).body;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warden-tor-'));
    writeFileSync(join(dir, 'exits.txt'), `${TOR_EXIT}\n`);
    w = await startTestWarden(backend, { networkTorExitsFile: join(dir, 'exits.txt') });
  }, 180_000);
  afterAll(async () => w?.close());

  it('a login from a data centre: AS, organisation and kind as weak evidence, the country from the IP when none is sent', async () => {
    await login('nr-dc', TELEKOM, 0, { country: 'DE' });
    const r = await login('nr-dc', HETZNER, 1);
    expect(r.security?.signals).toEqual(['account.datacenter_ip']);
    expect(r.security?.outcome).toBe('allow');
    const d = await decision(r.security!.decisionId);
    expect(d.signals[0]).toMatchObject({ strength: 'weak', evidence: { asn: 24940, org: 'Hetzner Online GmbH', kind: 'hosting', country: 'DE' } });
    expect(d.context.login).toMatchObject({ country: 'DE', network: { asn: 24940, kind: 'hosting' } });
    const tl = (await w.call('GET', '/v1/accounts/nr-dc/timeline?kinds=login')).body;
    const summaries = tl.entries.map((e: { summary: string }) => e.summary);
    expect(summaries).toContainEqual(expect.stringContaining('from DE (by IP) · 85.10.199.76 · AS24940 Hetzner Online GmbH (hosting)'));
    expect(summaries).toContainEqual(expect.stringContaining('AS3320 Deutsche Telekom AG'));
  });

  it('a daily VPN user: one weak VPN fact on the first day, then nothing; VPN-explained travel asks nothing', async () => {
    await login('nr-vpn', TELEKOM, 0, { country: 'DE' });
    const first = await login('nr-vpn', MULLVAD, 1);
    expect(first.security?.signals).toEqual(['account.new_country', 'account.vpn']);
    const later: Reply[] = [];
    for (let d = 2; d < 6; d++) later.push(await login('nr-vpn', d % 2 ? MULLVAD : DIGITALOCEAN, d));
    // Back home in Germany 30 minutes after a US data-centre exit: "impossible", but explained by the VPN.
    const home = await login('nr-vpn', TELEKOM, 5.02, { country: 'DE' });
    const travel = (await decision(home.security!.decisionId)).signals.find((s: { type: string }) => s.type === 'account.impossible_travel');
    expect(travel).toMatchObject({ strength: 'weak', evidence: { explainedBy: { side: 'from', kind: 'vpn' }, fromNetwork: { asn: 39351 } } });
    for (const r of [first, ...later, home]) expect(r.security?.outcome ?? 'allow').toBe('allow');
    expect((await w.call('GET', '/v1/accounts/nr-vpn/standing')).body.activeActions).toEqual([]);
    const verifications = await w.ctx.db.selectFrom('verification_requests').select('id').where('account_id', '=', 'nr-vpn').execute();
    expect(verifications).toEqual([]);
  });

  it('a Tor exit from the operator’s list is a weak fact', async () => {
    const r = await login('nr-tor', TOR_EXIT, 0);
    expect(r.security?.signals).toEqual(['account.tor']);
    expect(r.security?.outcome).toBe('allow');
  });

  it('the linked-accounts graph shows what a shared address is', async () => {
    await login('nr-l1', DIGITALOCEAN, 0);
    await login('nr-l2', DIGITALOCEAN, 0.1);
    const g = (await w.call('GET', '/v1/accounts/nr-l1/linked')).body;
    const edge = g.edges.find((e: { kind: string; to: string }) => e.kind === 'ip' && e.to === 'nr-l2');
    expect(edge).toMatchObject({ valueMasked: '45.55.•.•', network: { asn: 14061, org: 'DigitalOcean, LLC', kind: 'hosting', country: 'US' } });
  });

  it('a payout to a new method from a session on a network the account never used: a high-priority case, never a hold', async () => {
    await post(ev.registered('nr-pay', 'freelancer', {}, at(-300)));
    await post(ev.contractStarted('nr-pay-k', 'nr-pay-c', 'nr-pay', at(-100), 900_000));
    await post(ev.released('nr-pay-k', 'nr-pay-c', 900_000, at(-80)));
    for (const d of [-30, -20, -10, -5]) await login('nr-pay', TELEKOM, d, { country: 'DE' });
    await login('nr-pay', DIGITALOCEAN, 0, { deviceId: 'nr-pay-new' });
    await post(event('payout.method_changed', 'nr-pay', { methodId: 'm9', destination: 'GB33BUKB20201577777777' }, { at: at(0.01) }));
    const r = await post(event('payout.requested', 'nr-pay', { amountCents: 200_000, methodId: 'm9' }, { at: at(0.02) }));
    const v = r.behaviour?.find((x) => x.accountId === 'nr-pay');
    expect(v?.outcome).toBe('allow');
    // The method was added minutes after a sign-in on a new device from a data centre: the
    // takeover's move without its failed attempts, a case (medium), never a hold.
    expect(v?.signals.sort()).toEqual(['account.new_network', 'payment.new_method_payout', 'payment.takeover_payout']);
    const d = await decision(v!.decisionId);
    expect(d.matchedRules).toContainEqual({ policy: 'payment-risk', rule: 'payout-after-new-place-method' });
    const payout = d.signals.find((s: { type: string }) => s.type === 'payment.new_method_payout');
    expect(payout.evidence.sessionNetwork).toMatchObject({ asn: 14061, org: 'DigitalOcean, LLC', kind: 'hosting', country: 'US' });
    // The account's open case (the login's weak signs opened it; the payout joins it) is now high.
    expect(d.effects.effects).toContainEqual(
      expect.objectContaining({ kind: 'case', policy: 'payment-risk', rule: 'payout-after-new-place-method', status: 'done' }),
    );
    const cs = (await w.call('GET', '/v1/cases?accountId=nr-pay')).body.cases as { queue: string; severity: string }[];
    expect(cs.map((c) => c.severity)).toContain('high');
    // Another payout to a new method, from the account's usual network: no network fact.
    await post(event('payout.method_changed', 'nr-pay', { methodId: 'm10', destination: 'GB33BUKB20201588888888' }, { at: at(10) }));
    await login('nr-pay', TELEKOM, 10.01, { country: 'DE' });
    const usual = await post(event('payout.requested', 'nr-pay', { amountCents: 200_000, methodId: 'm10' }, { at: at(10.02) }));
    const usualSignals = usual.behaviour?.find((x) => x.accountId === 'nr-pay')?.signals ?? [];
    expect(usualSignals).toContain('payment.new_method_payout');
    expect(usualSignals).not.toContain('account.new_network');
  });

  it('an analyst’s policy that holds and blocks on network facts is lowered by the engine; conduct evidence still holds', async () => {
    const doc = {
      name: 'nr-hostile',
      title: 'Hold every network sign',
      description: 'A policy written to hold on VPNs, Tor, travel and a country',
      appliesTo: ['account'],
      rules: [
        { id: 'block-tor', description: 'block Tor', when: { signal: { type: 'account.tor' } }, outcome: 'block' },
        { id: 'hold-network', description: 'hold on any account sign', when: { signal: { type: 'account.*' } }, outcome: 'hold' },
        { id: 'hold-country', description: 'hold logins from Sweden', when: { context: 'login.country', eq: 'SE' }, outcome: 'hold' },
      ],
    };
    const saved = await w.call('POST', '/v1/policies/nr-hostile/versions', { document: doc, baseVersion: 0, activate: 'live' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    try {
      await login('nr-h', TELEKOM, 0, { country: 'DE' });
      for (const [ip, day] of [
        [MULLVAD, 0.01],
        [TOR_EXIT, 0.02],
        [HETZNER, 0.03],
      ] as const) {
        const r = await login('nr-h', ip, day, { deviceId: `nr-h-${day}` });
        expect(r.security?.outcome).toBe('allow');
        const d = await decision(r.security!.decisionId);
        expect(d.effects.guards.map((g: { rule: string }) => g.rule)).toContain('hold-network');
      }
      // A success after a burst of failed logins is conduct: that still holds.
      for (let i = 0; i < 12; i++) await post(event('user.login', 'nr-h', { ip: MULLVAD, success: false }, { at: at(1 + i / 20_000) }));
      const takeover = await login('nr-h', MULLVAD, 1 + 13 / 20_000);
      expect(takeover.security?.outcome).toBe('hold');
      expect((await w.call('GET', '/v1/accounts/nr-h/standing')).body.activeActions).toEqual([]);
    } finally {
      await w.call('POST', '/v1/policies/nr-hostile/activate', { version: null, mode: 'live' });
    }
  });
});
