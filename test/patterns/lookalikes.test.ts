// Honest look-alikes of the behaviour patterns, by kind, through the API on both databases —
// each beside the bad actor the pattern is for, who must still be caught (issue 18: "honest high
// earners with regular weekly withdrawals are never held for regularity"; "the odd direct hire is
// normal"). The kinds come from the simulator's first runs (bench/patterns/RESULTS.md):
//  - rehires: clients coming back to a freelancer they worked with, without a new conversation;
//  - regular withdrawals by an established earner whose earnings Warden saw only in part;
//  - quick withdrawals of money from a brand-new client, or from a new agency paying its team.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, event } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';
import { at, postAll as postEvents, signalsOf, type Verdict } from './behaviour.ts';

const HOUR = 1 / 24;

describe.each(await backends())('honest look-alikes of the behaviour patterns (%s)', (backend) => {
  let w: TestWarden;
  const postAll = (es: unknown[]) => postEvents(w, es);

  beforeAll(async () => {
    w = await startTestWarden(backend);
    // Warden has been seeing the marketplace's conversations since day -100.
    await postAll([ev.message('lk-warm-a', 'lk-warm-b', 'hello', at(-100))]);
  }, 180_000);
  afterAll(async () => w?.close());

  it('a top earner rehired directly by four past clients is no pattern; a freelancer hired directly by three strangers is', async () => {
    const past = [1, 2, 3, 4].flatMap((i) => [
      ev.registered(`rh-c${i}`, 'client', {}, at(-900)),
      // Their first contracts reached Warden without the conversation before them (history
      // from before Warden, or a direct offer), long outside the pattern's window.
      ev.contractStarted(`rh-old${i}`, `rh-c${i}`, 'rh-fl', at(-200 + i)),
      ev.released(`rh-old${i}`, `rh-c${i}`, 400_000, at(-190 + i)),
      ev.contractEnded(`rh-old${i}`, `rh-c${i}`, at(-189 + i)),
    ]);
    await postAll([ev.registered('rh-fl', 'freelancer', {}, at(-800)), ...past]);
    const rehires = await postAll([1, 2, 3, 4].map((i) => ev.contractStarted(`rh-new${i}`, `rh-c${i}`, 'rh-fl', at(i))));
    expect(signalsOf(rehires, 'rh-fl')).toEqual([]);
    expect(rehires.flatMap((v) => v.signals)).not.toContain('circumvention.hire_without_messages');

    const strangers = await postAll([1, 2, 3].map((i) => ev.contractStarted(`dh-k${i}`, `dh-c${i}`, 'dh-fl', at(i))));
    expect(signalsOf(strangers, 'dh-fl')).toEqual(['circumvention.hire_without_messages']);
  }, 300_000);

  it('an established account with many contracts is not flagged for three direct hires; a new account with three is', async () => {
    // Three years on the marketplace, ten contracts each begun in a conversation Warden saw.
    await postAll([ev.registered('tr-fl', 'freelancer', {}, at(-1100))]);
    for (let i = 1; i <= 10; i++)
      await postAll([
        ev.registered(`tr-c${i}`, 'client', {}, at(-400)),
        ev.message(`tr-c${i}`, 'tr-fl', 'Hi, I liked your portfolio: are you free for a two-week project?', at(-60 + i)),
        ev.contractStarted(`tr-k${i}`, `tr-c${i}`, 'tr-fl', at(-59 + i)),
      ]);
    // Then three strangers hire it straight away (a direct offer; the odd direct hire is normal).
    const direct = await postAll(
      [1, 2, 3].flatMap((i) => [ev.registered(`tr-d${i}`, 'client', {}, at(-30)), ev.contractStarted(`tr-dk${i}`, `tr-d${i}`, 'tr-fl', at(i))]),
    );
    expect(signalsOf(direct, 'tr-fl')).toEqual([]);
    // A new account whose every contract is a direct hire is still the pattern.
    await postAll([ev.registered('tr-new', 'freelancer', {}, at(-5))]);
    const fresh = await postAll(
      [1, 2, 3].flatMap((i) => [ev.registered(`tr-n${i}`, 'client', {}, at(-5)), ev.contractStarted(`tr-nk${i}`, `tr-n${i}`, 'tr-new', at(i))]),
    );
    expect(signalsOf(fresh, 'tr-new')).toEqual(['circumvention.hire_without_messages']);
  }, 300_000);

  it('an established earner withdrawing every week, whose earnings Warden saw only in part, is never flagged, nor when it withdraws a saved-up balance', async () => {
    await postAll([ev.registered('wk-fl', 'freelancer', {}, at(-1500))]);
    const vs: Verdict[] = [];
    for (let week = 0; week < 12; week++) {
      const amount = 280_000 + (week % 3) * 15_000;
      vs.push(
        ...(await postAll([
          // Hours on a long hourly contract that started before Warden: it never saw it start.
          event('hours.logged', 'wk-fl', { contractId: 'wk-long-contract', hours: 35, amountCents: amount }, { at: at(-84 + week * 7) }),
          event('payout.requested', 'wk-fl', { amountCents: amount, method: 'bank' }, { at: at(-84 + week * 7 + 1) }),
        ])),
      );
    }
    expect(vs.filter((v) => v.accountId === 'wk-fl')).toEqual([]);

    // The same account withdrawing five weeks' worth at once: a balance saved up (or earned before
    // Warden) is the earner's to take; velocity measures new accounts only.
    const burst = await postAll([event('payout.requested', 'wk-fl', { amountCents: 1_500_000, method: 'bank' }, { at: at(3) })]);
    expect(signalsOf(burst, 'wk-fl')).toEqual([]);
  }, 300_000);

  it('a new account emptying payment after payment into a just-added wallet is velocity and a new-method payout; a newcomer withdrawing twice is neither', async () => {
    // Established clients, so money from brand-new payers (rapid_in_out, funnel) is not what is seen.
    const clients = [1, 2, 3, 4, 5].map((i) => ev.registered(`vt-c${i}`, 'client', {}, at(-500)));
    await postAll(clients);
    const job = (fl: string, i: number, day: number, payoutHours: number, method: Record<string, unknown>) => [
      ev.message(`vt-c${i}`, fl, 'Scope is in the contract, thanks!', at(day)),
      ev.contractStarted(`${fl}-k${i}`, `vt-c${i}`, fl, at(day + HOUR), 15_000),
      ev.released(`${fl}-k${i}`, `vt-c${i}`, 15_000, at(day + 3 * HOUR)),
      event('payout.requested', fl, { amountCents: 15_000, ...method }, { at: at(day + (3 + payoutHours) * HOUR) }),
    ];
    // A newcomer: adds a bank, two small contracts in its first week, withdraws each within hours.
    const newcomer = await postAll([
      ev.registered('vt-new', 'freelancer', {}, at(-1)),
      event('payout.method_changed', 'vt-new', { methodId: 'vt-new-bank', methodType: 'bank', change: 'added' }, { at: at(-0.5) }),
      ...job('vt-new', 1, 0, 2, { methodId: 'vt-new-bank', method: 'bank' }),
      ...job('vt-new', 2, 1, 3, { methodId: 'vt-new-bank', method: 'bank' }),
    ]);
    expect(signalsOf(newcomer, 'vt-new')).toEqual([]);
    // The mule's shape: the same, but five payments in three days, each emptied into the wallet.
    const mule = await postAll([
      ev.registered('vt-mule', 'freelancer', {}, at(-1)),
      event('payout.method_changed', 'vt-mule', { methodId: 'vt-wallet', methodType: 'crypto', change: 'added' }, { at: at(-0.5) }),
      ...[1, 2, 3, 4, 5].flatMap((i) => job('vt-mule', i, (i - 1) * 0.6, 2, { methodId: 'vt-wallet', method: 'crypto' })),
    ]);
    const signals = signalsOf(mule, 'vt-mule');
    expect(signals).toContain('payment.new_method_payout');
    expect(signals).toContain('payment.payout_velocity');
    // Medium: a payment-risk case, the money moves.
    expect(mule.filter((v) => v.accountId === 'vt-mule').map((v) => v.outcome)).not.toContain('hold');
  }, 300_000);

  it('money from one brand-new client withdrawn within hours is ordinary; from three brand-new clients in turn it is held', async () => {
    const job = (client: string, fl: string, k: string, day: number) => [
      ev.registered(client, 'client', {}, at(day - 1)),
      ev.message(client, fl, 'Can you start today? Details in the contract.', at(day)),
      ev.contractStarted(k, client, fl, at(day + HOUR), 150_000),
      ev.released(k, client, 150_000, at(day + 2)),
      event('payout.requested', fl, { amountCents: 150_000, method: 'bank' }, { at: at(day + 2 + 3 * HOUR) }),
    ];
    const honest = await postAll([ev.registered('q-fl', 'freelancer', {}, at(-300)), ...job('q-c', 'q-fl', 'q-k', 1)]);
    expect(signalsOf(honest, 'q-fl')).toEqual([]);

    const mule = await postAll([ev.registered('pt-fl', 'freelancer', {}, at(-2)), ...[1, 4, 7].flatMap((d) => job(`pt-c${d}`, 'pt-fl', `pt-k${d}`, d))]);
    const last = mule.filter((v) => v.accountId === 'pt-fl').at(-1);
    expect(last).toMatchObject({ outcome: 'hold' });
    expect(last?.signals).toContain('payment.rapid_in_out');
  }, 300_000);

  it('a new agency paying eight freelancers, each withdrawing within hours, flags none of them', async () => {
    const vs = await postAll([ev.registered('na-ag', 'agency', {}, at(0))]);
    for (let i = 0; i < 8; i++)
      vs.push(
        ...(await postAll([
          ev.registered(`na-fl${i}`, 'freelancer', {}, at(-400)),
          event('invite.sent', 'na-ag', { inviteId: `na-i${i}`, jobId: 'na-team', freelancerId: `na-fl${i}` }, { at: at(1) }),
          ev.contractStarted(`na-k${i}`, 'na-ag', `na-fl${i}`, at(1 + i * HOUR), 120_000),
          ev.released(`na-k${i}`, 'na-ag', 120_000, at(4)),
          event('payout.requested', `na-fl${i}`, { amountCents: 120_000, method: 'bank' }, { at: at(4 + (2 + i) * HOUR) }),
        ])),
      );
    expect(vs.flatMap((v) => v.signals).filter((s) => s.startsWith('payment.'))).toEqual([]);
  }, 300_000);
});
