// Behaviour across events through the API: hand-built histories for each pattern and payment
// risk signal, and the honest look-alikes that must not trigger. Every reply's `behaviour`
// lists the account decisions made; cases carry the events behind each signal. The time-based
// patterns (contact then silence, invites without hiring) are the sweep's: sweep.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, event } from '../helpers/events.ts';
import { backends, postThenDrain, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const T0 = Date.parse('2026-09-01T08:00:00Z');
const at = (days: number) => new Date(T0 + days * 86_400_000).toISOString();
type Verdict = { accountId: string; outcome: string; signals: string[]; decisionId: string };

describe.each(await backends())('behaviour patterns and payment risk (%s)', (backend) => {
  let w: TestWarden;
  const post = async (e: unknown) => (await postThenDrain(w, e)) as { behaviour?: Verdict[] };
  const postAll = async (es: unknown[]) => {
    const out: Verdict[] = [];
    for (const e of es) out.push(...((await post(e)).behaviour ?? []));
    return out;
  };
  const signalsOf = (vs: Verdict[], id: string) => vs.filter((v) => v.accountId === id).flatMap((v) => v.signals);
  const cases = async (id: string) => (await w.call('GET', `/v1/cases?accountId=${id}`)).body.cases as { id: string; queue: string; severity: string }[];
  const standing = async (id: string) => (await w.call('GET', `/v1/accounts/${id}/standing`)).body;

  beforeAll(async () => {
    w = await startTestWarden(backend);
    // Warden has been seeing the marketplace's conversations since day -100 (hires without
    // messages count only where it could have seen the talk before them).
    await post(ev.message('warm-up-a', 'warm-up-b', 'hello', at(-100)));
  }, 180_000);
  afterAll(async () => w?.close());

  it('contracts started again and again without a word on the platform: a circumvention case with the contracts as evidence', async () => {
    const vs = await postAll([1, 2, 3].map((i) => ev.contractStarted(`hw-k${i}`, 'hw-client', `hw-fl${i}`, at(i))));
    expect(signalsOf(vs, 'hw-client')).toEqual(['circumvention.hire_without_messages']);
    const [kase] = await cases('hw-client');
    expect(kase).toMatchObject({ queue: 'circumvention', severity: 'medium' });
    const detail = (await w.call('GET', `/v1/cases/${kase.id}`)).body;
    expect(detail.decisions[0].signals[0].evidence.eventIds).toHaveLength(3);
    expect(detail.decisions[0].signals[0].evidence.counterparts.sort()).toEqual(['hw-fl1', 'hw-fl2', 'hw-fl3']);
  });

  it('honest: a client hiring straight from a good proposal, and one who talks before hiring, trigger nothing', async () => {
    const vs = await postAll([
      event(
        'proposal.submitted',
        'ok-fl1',
        { proposalId: 'ok-p1', jobId: 'ok-j1', clientId: 'ok-client', text: 'I have built three similar shops; happy to start Monday.' },
        { at: at(1) },
      ),
      ev.contractStarted('ok-k1', 'ok-client', 'ok-fl1', at(2)),
      ...[2, 3, 4].flatMap((i) => [
        ev.message('ok-client', `ok-fl${i}`, 'Could you share a sample of similar work?', at(i)),
        ev.contractStarted(`ok-k${i}`, 'ok-client', `ok-fl${i}`, at(i + 0.5)),
      ]),
    ]);
    expect(vs).toEqual([]);
  });

  it('contracts cut short right after contact was shared, twice', async () => {
    const vs: Verdict[] = [];
    for (const i of [1, 2]) {
      vs.push(
        ...(await postAll([
          ev.message('uc-fl', `uc-c${i}`, 'Hi! I accept. Text me: +1 415 555 0199', at(i * 10)),
          ev.contractStarted(`uc-k${i}`, `uc-c${i}`, 'uc-fl', at(i * 10 + 0.1), 200_000),
          ev.contractEnded(`uc-k${i}`, `uc-c${i}`, at(i * 10 + 2), 'cancelled'),
        ])),
      );
    }
    expect(signalsOf(vs, 'uc-fl')).toContain('circumvention.contract_undercut_after_contact');
  });

  it('repeated tiny contracts between one pair (feedback farming) flag both sides', async () => {
    const vs = await postAll([1, 2, 3].map((i) => ev.contractStarted(`ff-k${i}`, 'ff-client', 'ff-fl', at(i), 500)));
    expect(signalsOf(vs, 'ff-client')).toContain('circumvention.feedback_farming');
    expect(signalsOf(vs, 'ff-fl')).toContain('circumvention.feedback_farming');
  });

  it('job posts that ask for contact details, repeatedly', async () => {
    const job = (i: number) =>
      event(
        'job.posted',
        'jp-client',
        { jobId: `jp-j${i}`, title: 'Logo design', description: 'Send your WhatsApp number to +44 7700 900123 to apply.' },
        { at: at(i) },
      );
    const vs = await postAll([job(1), job(2)]);
    expect(signalsOf(vs, 'jp-client')).toContain('circumvention.job_posts_ask_contact');
  });

  it('a freelancer who applies widely and asks each client to move', async () => {
    const vs = await postAll(
      [1, 2, 3].map((i) =>
        event(
          'proposal.submitted',
          'am-fl',
          {
            proposalId: `am-p${i}`,
            jobId: `am-j${i}`,
            clientId: `am-c${i}`,
            text: 'I can do it cheaper outside the platform, email me at fast.dev.work@gmail.com',
          },
          { at: at(i) },
        ),
      ),
    );
    expect(signalsOf(vs, 'am-fl')).toContain('circumvention.apply_and_move');
  });

  it('chargebacks on a three-day-old client: a payment-risk case and an identity check, never a suspension', async () => {
    const vs = await postAll([
      ev.registered('cb-client', 'client', {}, at(0)),
      ...[1, 2, 3].map((i) => event('chargeback.received', 'cb-client', { amountCents: 50_000 }, { at: at(i) })),
    ]);
    expect(signalsOf(vs, 'cb-client')).toContain('payment.chargebacks');
    const all = await cases('cb-client');
    expect(all.map((c) => c.queue)).toEqual(['payment-risk']);
    const s = await standing('cb-client');
    expect(s.activeActions).toEqual([]);
    expect(s.verifications.length).toBe(1);
  });

  it('honest: one chargeback on a long-standing client who spent a lot', async () => {
    const vs = await postAll([
      ev.registered('cb-ok', 'client', {}, at(-400)),
      ev.contractStarted('cb-ok-k', 'cb-ok', 'cb-ok-fl', at(-300), 1_000_000),
      ev.released('cb-ok-k', 'cb-ok', 1_000_000, at(-290)),
      event('chargeback.received', 'cb-ok', { amountCents: 20_000 }, { at: at(1) }),
      event('refund.issued', 'cb-ok', { amountCents: 20_000 }, { at: at(2) }),
    ]);
    expect(vs).toEqual([]);
  });

  it('ten $5,000 payouts by a two-day-old freelancer who earned nothing: held for review', async () => {
    await post(ev.registered('vel-fl', 'freelancer', {}, at(0)));
    const first = await post(
      event('payout.requested', 'vel-fl', { amountCents: 500_000, method: 'crypto', destination: 'bc1qvelocity000000000001' }, { at: at(2) }),
    );
    expect(first.behaviour?.[0]).toMatchObject({ accountId: 'vel-fl', outcome: 'hold' });
    expect(first.behaviour?.[0].signals).toContain('payment.payout_velocity');
    const decision = (await w.call('GET', `/v1/decisions/${first.behaviour![0].decisionId}`)).body;
    expect(decision.matchedRules).toContainEqual({ policy: 'payment-risk', rule: 'payout-strong-risk' });
    expect((await cases('vel-fl')).map((c) => c.queue)).toEqual(['payment-risk']);
    expect((await standing('vel-fl')).activeActions).toEqual([]);
  });

  it('honest: a top earner withdrawing every week what they earned is never held', async () => {
    await post(ev.registered('top-fl', 'freelancer', {}, at(-400)));
    const vs: Verdict[] = [];
    for (let week = 0; week < 12; week++) {
      const k = `top-k${week}`;
      vs.push(
        ...(await postAll([
          ev.message(`top-c${week % 3}`, 'top-fl', 'Thanks, see the brief attached in the contract.', at(-100 + week * 7 - 0.5)),
          ev.contractStarted(k, `top-c${week % 3}`, 'top-fl', at(-100 + week * 7), 800_000),
          ev.released(k, `top-c${week % 3}`, 800_000, at(-100 + week * 7 + 3)),
          event('payout.requested', 'top-fl', { amountCents: 800_000, destination: 'DE44 5001 0517 5407 3249 31' }, { at: at(-100 + week * 7 + 5) }),
        ])),
      );
    }
    expect(vs.filter((v) => v.accountId === 'top-fl')).toEqual([]);
  });

  it('a payout right after a takeover-like login (failed logins then a success) is held and the owner asked to verify', async () => {
    await post(event('user.login', 'to-fl', { deviceId: 'to-laptop', country: 'DE', ip: '192.0.2.44' }, { at: at(-30) }));
    for (let i = 0; i < 12; i++) await post(event('user.login', 'to-fl', { deviceId: `to-bot-${i}`, success: false, ip: '192.0.2.45' }, { at: at(i / 2000) }));
    await post(event('user.login', 'to-fl', { deviceId: 'to-bot-x', ip: '192.0.2.45' }, { at: at(0.01) }));
    const payout = await post(event('payout.requested', 'to-fl', { amountCents: 30_000 }, { at: at(0.05) }));
    const verdict = payout.behaviour?.find((v) => v.accountId === 'to-fl');
    expect(verdict).toMatchObject({ outcome: 'hold' });
    expect(verdict?.signals).toContain('payment.takeover_payout');
  });

  it('honest: a daily VPN user and a traveller withdrawing their earnings are not held', async () => {
    await post(ev.registered('vpn-fl', 'freelancer', {}, at(-200)));
    await postAll([ev.contractStarted('vpn-k', 'vpn-c', 'vpn-fl', at(-60), 300_000), ev.released('vpn-k', 'vpn-c', 300_000, at(-50))]);
    const countries = ['DE', 'NL', 'FR', 'US', 'JP', 'DE', 'BR'];
    const vs: Verdict[] = [];
    for (const [d, country] of countries.entries()) {
      vs.push(...((await post(event('user.login', 'vpn-fl', { deviceId: 'vpn-laptop', country, ip: `185.220.101.${d + 1}` }, { at: at(d) }))).behaviour ?? []));
    }
    vs.push(...((await post(event('payout.requested', 'vpn-fl', { amountCents: 100_000 }, { at: at(7) }))).behaviour ?? []));
    expect(vs.filter((v) => v.outcome === 'hold')).toEqual([]);
    expect(signalsOf(vs, 'vpn-fl').filter((s) => s.startsWith('payment.'))).toEqual([]);
  });

  it('a payout to a just-added method: reviewed for an established account, held for a new one', async () => {
    await postAll([
      ev.registered('nm-old', 'freelancer', {}, at(-300)),
      ev.contractStarted('nm-k', 'nm-c', 'nm-old', at(-100), 900_000),
      ev.released('nm-k', 'nm-c', 900_000, at(-90)),
    ]);
    await post(event('payout.method_changed', 'nm-old', { methodId: 'm2', methodType: 'bank', destination: 'GB33BUKB20201555555555' }, { at: at(0) }));
    const old = await post(event('payout.requested', 'nm-old', { amountCents: 200_000, methodId: 'm2' }, { at: at(0.1) }));
    expect(old.behaviour?.[0].outcome).toBe('allow');
    expect(old.behaviour?.[0].signals).toContain('payment.new_method_payout');
    expect((await cases('nm-old')).map((c) => c.queue)).toEqual(['payment-risk']);
    await post(ev.registered('nm-new', 'freelancer', {}, at(-3)));
    await post(event('payout.method_changed', 'nm-new', { methodId: 'm1', destination: 'GB33BUKB20201566666666' }, { at: at(0) }));
    const fresh = await post(event('payout.requested', 'nm-new', { amountCents: 200_000, methodId: 'm1' }, { at: at(0.1) }));
    expect(fresh.behaviour?.[0].outcome).toBe('hold');
  });

  it('money released by brand-new clients, one after another, and paid out within hours', async () => {
    const vs = await postAll([
      ev.registered('rio-fl', 'freelancer', {}, at(-60)),
      ...[0, 2].flatMap((d) => [
        ev.registered(`rio-c${d}`, 'client', {}, at(d)),
        ev.message(`rio-c${d}`, 'rio-fl', 'Can you start today?', at(d + 0.1)),
        ev.contractStarted(`rio-k${d}`, `rio-c${d}`, 'rio-fl', at(d + 0.2), 150_000),
        ev.released(`rio-k${d}`, `rio-c${d}`, 150_000, at(d + 0.3)),
        event('payout.requested', 'rio-fl', { amountCents: 150_000 }, { at: at(d + 0.4) }),
      ]),
    ]);
    // One new client's money withdrawn at once is ordinary (lookalikes.test.ts); the second is a pattern.
    expect(vs.filter((v) => v.accountId === 'rio-fl')).toHaveLength(1);
    expect(signalsOf(vs, 'rio-fl')).toContain('payment.rapid_in_out');
  });

  it('many small payments from new clients funnelled to one account', async () => {
    await post(ev.registered('fun-fl', 'freelancer', {}, at(-90)));
    const es = [1, 2, 3, 4, 5].flatMap((i) => [
      ev.registered(`fun-c${i}`, 'client', {}, at(i)),
      ev.message(`fun-c${i}`, 'fun-fl', 'Quick task for you', at(i + 0.01)),
      ev.contractStarted(`fun-k${i}`, `fun-c${i}`, 'fun-fl', at(i + 0.02), 15_000),
      ev.released(`fun-k${i}`, `fun-c${i}`, 15_000, at(i + 3)),
    ]);
    await postAll(es);
    const payout = await post(event('payout.requested', 'fun-fl', { amountCents: 70_000 }, { at: at(9) }));
    expect(payout.behaviour?.[0].signals).toContain('payment.funnel');
  });

  it('honest: an agency paying many established freelancers, who withdraw their pay', async () => {
    const vs: Verdict[] = [...(await postAll([ev.registered('ag', 'agency', {}, at(-500))]))];
    for (let i = 0; i < 10; i++) {
      vs.push(
        ...(await postAll([
          ev.registered(`ag-fl${i}`, 'freelancer', {}, at(-300)),
          ev.message('ag', `ag-fl${i}`, 'Welcome to the sprint, brief in the contract.', at(-40)),
          ev.contractStarted(`ag-k${i}`, 'ag', `ag-fl${i}`, at(-39), 250_000),
          ev.released(`ag-k${i}`, 'ag', 250_000, at(-10)),
          event('payout.requested', `ag-fl${i}`, { amountCents: 250_000 }, { at: at(-9) }),
        ])),
      );
    }
    expect(vs).toEqual([]);
  });
});
