// A payout held by the payment-risk policy is visible to its owner through the API: the reply
// carries the policy's notice in the account's language, the notice is recorded, and the
// standing shows the held payout as a measure in force (not "good standing") while its case is open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, event } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const T0 = Date.parse('2026-09-01T08:00:00Z');
const at = (days: number) => new Date(T0 + days * 86_400_000).toISOString();

describe.each(await backends())('a held payout is told and shown (%s)', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden(backend);
  }, 180_000);
  afterAll(async () => w?.close());

  it('holds a payout far beyond earnings: notice in the reply (Spanish), recorded, standing on_hold with the payout', async () => {
    expect((await w.call('POST', '/v1/events', ev.registered('ph-es', 'freelancer', { locale: 'es' }, at(0)))).status).toBe(201);
    const r = await w.call('POST', '/v1/events', event('payout.requested', 'ph-es', { amountCents: 900_000, payoutId: 'po-ph-1' }, { at: at(2) }));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const verdict = r.body.behaviour.find((v: { accountId: string }) => v.accountId === 'ph-es');
    expect(verdict).toMatchObject({ outcome: 'hold', notice: { id: 'payout-review', policy: 'payment-risk', locale: 'es' } });
    expect(verdict.notice.text).toMatch(/^Tu retiro está en pausa/);

    const st = (await w.call('GET', '/v1/accounts/ph-es/standing')).body;
    expect(st.status).toBe('on_hold');
    expect(st.heldPayouts).toEqual([
      expect.objectContaining({ payoutId: 'po-ph-1', amountCents: 900_000, policy: 'payment-risk', decisionId: verdict.decisionId }),
    ]);
    expect(st.summary).toMatch(/retiro está en pausa/);
    expect(st.summary).not.toMatch(/buena situación|good standing/);
    expect(st.whatYouCanDo[0].kind).toBe('wait');
    const notice = st.notices.find((n: { kind: string }) => n.kind === 'payout_held');
    expect(notice, JSON.stringify(st.notices)).toBeDefined();
    expect(notice.locale).toBe('es');
    expect(notice.text).toContain('Tu retiro está en pausa');
    expect(notice.markdown).toContain('Tu retiro está en pausa');
    // Another reader may ask for another language: the facts are language-neutral.
    const en = (await w.call('GET', '/v1/accounts/ph-es/standing?locale=en')).body;
    expect(en.notices.find((n: { kind: string }) => n.kind === 'payout_held').text).toContain('Your payout is paused');
  }, 120_000);

  it('a payout that is not held records no notice and leaves the standing good', async () => {
    await w.call('POST', '/v1/events', ev.registered('ph-ok', 'freelancer', {}, at(-300)));
    await w.call('POST', '/v1/events', ev.contractStarted('ph-k', 'ph-c', 'ph-ok', at(-100), 300_000));
    await w.call('POST', '/v1/events', ev.released('ph-k', 'ph-c', 300_000, at(-90)));
    const r = await w.call('POST', '/v1/events', event('payout.requested', 'ph-ok', { amountCents: 100_000, payoutId: 'po-ok' }, { at: at(1) }));
    expect(r.status).toBe(201);
    expect((r.body.behaviour ?? []).filter((v: { outcome: string }) => v.outcome === 'hold')).toEqual([]);
    const st = (await w.call('GET', '/v1/accounts/ph-ok/standing')).body;
    expect(st).toMatchObject({ status: 'good', heldPayouts: [], notices: [] });
  }, 120_000);
});
