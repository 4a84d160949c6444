// Issue 18 after the seed-43 run (src/simulate/RESULTS.md), by kind, through the API on both
// databases, each bad history beside the honest look-alikes that must stay untouched:
//  - a takeover: failed attempts, a success on a new device from a far country, a new payout
//    method, a payout below any amount threshold — held, a security case, the owner asked;
//    look-alikes: a traveller on a new phone withdrawing to the old method, a VPN user every day,
//    an established earner adding a bank and withdrawing to the old one;
//  - hires without messages where Warden could not have seen the talk (history from before it):
//    top earners' backfilled contracts are no pattern; a new account hired directly again and
//    again still is, and so is any pair once Warden has watched for `observedDays`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, event } from '../helpers/events.ts';
import { backends, postThenDrain, startTestWarden, type TestWarden } from '../helpers/warden.ts';
import { at, postAll as postEvents, signalsOf, type Verdict } from './behaviour.ts';

const MIN = 1 / 1440;

describe.each(await backends())('takeover payouts, network facts and pre-Warden history (%s)', (backend) => {
  let w: TestWarden;
  const postAll = (es: unknown[]) => postEvents(w, es);
  const cases = async (id: string) => (await w.call('GET', `/v1/cases?accountId=${id}`)).body.cases as { queue: string; severity: string }[];
  const login = (id: string, day: number, o: { device: string; country: string; ip: string; success?: boolean }) =>
    event('user.login', id, { deviceId: `${id}/${o.device}`, country: o.country, ip: o.ip, success: o.success ?? true }, { at: at(day) });
  /** Three weeks of ordinary logins from home. */
  const habits = (id: string, country: string, ip: string) => [
    ev.registered(id, 'freelancer', {}, at(-400)),
    ...[-20, -14, -9, -5, -2].map((d) => login(id, d, { device: 'laptop', country, ip })),
  ];

  beforeAll(async () => {
    w = await startTestWarden(backend);
  }, 180_000);
  afterAll(async () => w?.close());

  // Runs first: Warden has seen no conversation yet; the marketplace backfills its history.
  it('contracts from before Warden saw any conversation are no hire without messages, however many', async () => {
    const vs = await postAll([
      ev.registered('pw-top', 'freelancer', {}, at(-1500)),
      ...[1, 2, 3, 4, 5].flatMap((i) => [
        ev.registered(`pw-c${i}`, 'client', {}, at(-1500)),
        ev.contractStarted(`pw-k${i}`, `pw-c${i}`, 'pw-top', at(-300 + i * 20)),
      ]),
    ]);
    expect(vs.flatMap((v) => v.signals)).not.toContain('circumvention.hire_without_messages');
  }, 300_000);

  it('in its first month of conversations, hires between pre-Warden accounts do not count; a new account hired directly three times does; after a month, any does', async () => {
    // Warden starts seeing the marketplace's conversations on day 0.
    await postAll([ev.message('pw-a', 'pw-b', 'Hello, is the project still open?', at(0))]);
    // Three long-registered clients hire the top earner directly: they may have talked before Warden.
    const old = await postAll(
      [6, 7, 8].flatMap((i) => [ev.registered(`pw-c${i}`, 'client', {}, at(-1500)), ev.contractStarted(`pw-k${i}`, `pw-c${i}`, 'pw-top', at(i))]),
    );
    expect(signalsOf(old, 'pw-top')).toEqual([]);
    // A freelancer registered on day 2 cannot have talked to anyone before Warden saw it.
    const fresh = await postAll([
      ev.registered('pw-new', 'freelancer', {}, at(2)),
      ...[3, 4, 5].map((d) => ev.contractStarted(`pw-n${d}`, `pw-c${d - 2}`, 'pw-new', at(d))),
    ]);
    expect(signalsOf(fresh, 'pw-new')).toEqual(['circumvention.hire_without_messages']);
    // Forty days on, Warden has seen a month of the marketplace's talk: direct hires count again.
    const later = await postAll(
      [41, 42, 43].flatMap((d) => [ev.registered(`pw-l${d}`, 'client', {}, at(-1500)), ev.contractStarted(`pw-lk${d}`, `pw-l${d}`, 'pw-later', at(d))]),
    );
    expect(signalsOf(later, 'pw-later')).toEqual(['circumvention.hire_without_messages']);
  }, 300_000);

  it('a takeover: failed attempts, a new device in a far country, a new crypto method, a small payout — held, a security case, no strike', async () => {
    await postAll(habits('tk-fl', 'FR', '192.0.2.10'));
    const attack = [
      ...Array.from({ length: 6 }, (_, i) => login('tk-fl', 0 + i * 0.5 * MIN, { device: 'atk', country: 'ID', ip: '203.0.113.9', success: false })),
      login('tk-fl', 4 * MIN, { device: 'atk', country: 'ID', ip: '203.0.113.9' }),
      event('payout.method_changed', 'tk-fl', { methodType: 'crypto', change: 'added' }, { at: at(15 * MIN) }),
      event('payout.requested', 'tk-fl', { amountCents: 51_000, method: 'crypto' }, { at: at(20 * MIN) }),
    ];
    const vs: Verdict[] = [];
    const replies = [];
    for (const e of attack) {
      const body = await postThenDrain(w, e);
      replies.push(body);
      vs.push(...((body.behaviour as Verdict[] | undefined) ?? []));
    }
    expect(replies[6].security.signals).toContain('account.failed_then_new_place');
    expect(signalsOf(vs, 'tk-fl')).toContain('account.payout_method_after_new_place');
    const payout = vs.filter((v) => v.accountId === 'tk-fl').at(-1);
    expect(payout).toMatchObject({ outcome: 'hold' });
    expect(payout?.signals).toEqual(expect.arrayContaining(['payment.takeover_payout', 'payment.new_method_payout']));
    expect((await cases('tk-fl')).map((c) => c.queue).sort()).toEqual(['payment-risk', 'security']);
    const s = (await w.call('GET', '/v1/accounts/tk-fl/standing')).body;
    expect(s.strikes.active).toEqual([]);
  }, 300_000);

  it('the same takeover without the failed attempts: a high payment-risk case, the money moves (network facts and a new method never hold)', async () => {
    await postAll(habits('tk2-fl', 'GB', '192.0.2.20'));
    const vs = await postAll([
      login('tk2-fl', 0, { device: 'atk', country: 'BR', ip: '203.0.113.20' }),
      event('payout.method_changed', 'tk2-fl', { methodId: 'tk2-m', methodType: 'crypto', change: 'added' }, { at: at(10 * MIN) }),
      event('payout.requested', 'tk2-fl', { amountCents: 88_000, methodId: 'tk2-m', method: 'crypto' }, { at: at(15 * MIN) }),
    ]);
    expect(vs.filter((v) => v.accountId === 'tk2-fl').at(-1)).toMatchObject({ outcome: 'allow', signals: expect.arrayContaining(['payment.takeover_payout']) });
    expect((await cases('tk2-fl')).map((c) => `${c.queue}:${c.severity}`).sort()).toEqual(['payment-risk:high', 'security:high']);
  }, 300_000);

  it('honest: a traveller on a new phone abroad, withdrawing to the old bank, gets no case and no hold', async () => {
    await postAll(habits('tv-fl', 'DE', '192.0.2.30'));
    const vs = await postAll([
      // One mistyped password on the new phone, then in.
      login('tv-fl', 0, { device: 'new-phone', country: 'TH', ip: '203.0.113.30', success: false }),
      login('tv-fl', 1 * MIN, { device: 'new-phone', country: 'TH', ip: '203.0.113.30' }),
      event('payout.requested', 'tv-fl', { amountCents: 250_000, method: 'bank' }, { at: at(0.5) }),
    ]);
    expect(vs.filter((v) => v.outcome === 'hold')).toEqual([]);
    expect(signalsOf(vs, 'tv-fl').filter((s) => s.startsWith('payment.'))).toEqual([]);
    expect(await cases('tv-fl')).toEqual([]);
  }, 300_000);

  it('honest: a VPN user in a different exit country every day, withdrawing weekly, gets no case at all', async () => {
    await postAll([ev.registered('vp-fl', 'freelancer', {}, at(-400)), login('vp-fl', -30, { device: 'laptop', country: 'ES', ip: '192.0.2.40' })]);
    const exits = ['NL', 'ES', 'US', 'ES', 'JP', 'DE', 'ES', 'SG', 'ES', 'GB', 'BR', 'ES', 'CA', 'ES'];
    for (const [d, country] of exits.entries()) {
      await postAll([login('vp-fl', d + 0.1, { device: 'laptop', country, ip: country === 'ES' ? '192.0.2.40' : `185.220.101.${d + 1}` })]);
      await postAll([login('vp-fl', d + 0.1 + 30 * MIN, { device: 'laptop', country: 'ES', ip: '192.0.2.40' })]);
      if (d % 7 === 6) await postAll([event('payout.requested', 'vp-fl', { amountCents: 180_000, method: 'bank' }, { at: at(d + 0.5) })]);
    }
    expect(await cases('vp-fl')).toEqual([]);
    const s = (await w.call('GET', '/v1/accounts/vp-fl/standing')).body;
    expect(s.activeActions).toEqual([]);
  }, 300_000);

  it('honest: an established earner adds a new bank and keeps withdrawing to the old one; a payout to the new one after days is reviewed only above the amount', async () => {
    await postAll(habits('nb-fl', 'PL', '192.0.2.50'));
    const vs = await postAll([
      event('payout.method_changed', 'nb-fl', { methodId: 'nb-new', methodType: 'bank', change: 'added' }, { at: at(0) }),
      event('payout.requested', 'nb-fl', { amountCents: 300_000, methodId: 'nb-old', method: 'bank' }, { at: at(0.2) }),
      event('payout.requested', 'nb-fl', { amountCents: 40_000, methodId: 'nb-new', method: 'bank' }, { at: at(1) }),
    ]);
    expect(signalsOf(vs, 'nb-fl')).toEqual([]);
  }, 300_000);
});
