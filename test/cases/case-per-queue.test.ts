// Cases are grouped per account AND queue: a held payout opens a payment-risk case even when
// the account has an open security case, and the queues of the shipped policies are listed
// before their first case lands (fresh-user finding 2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { event } from '../helpers/events.ts';
import { backends, postThenDrain, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const T0 = Date.parse('2026-09-01T08:00:00Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();

describe.each(await backends())('one open case per account and queue (%s)', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden(backend);
  }, 180_000);
  afterAll(async () => w?.close());

  it('lists the payment-risk queue while empty, and a held payout lands there, not in the open security case', async () => {
    const queues = (await w.call('GET', '/v1/queues')).body.queues as { queue: string; open: number }[];
    expect(queues).toContainEqual(expect.objectContaining({ queue: 'payment-risk', open: 0 }));

    const post = async (e: unknown) => {
      return postThenDrain(w, e);
    };
    // A security case needs more than network or travel facts (a new country and device alone open
    // none since e68f9df): failed attempts, then a success on a device and in a country the
    // account never used.
    await post(event('user.login', 'cq-fl', { deviceId: 'cq-laptop', country: 'IN', ip: '203.0.113.10' }, { at: at(0) }));
    for (let i = 0; i < 6; i++)
      await post(event('user.login', 'cq-fl', { deviceId: 'cq-phone', country: 'GB', ip: '198.51.100.20', success: false }, { at: at(1 + i / 120) }));
    await post(event('user.login', 'cq-fl', { deviceId: 'cq-phone', country: 'GB', ip: '198.51.100.20' }, { at: at(1.1) }));
    const before = (await w.call('GET', '/v1/cases?accountId=cq-fl')).body.cases as { queue: string }[];
    expect(before.map((c) => c.queue)).toEqual(['security']);

    const payout = await post(event('payout.requested', 'cq-fl', { amountCents: 2_000_000, payoutId: 'cq-po' }, { at: at(2) }));
    const verdict = payout.behaviour.find((v: { accountId: string }) => v.accountId === 'cq-fl');
    expect(verdict.outcome).toBe('hold');
    const decision = (await w.call('GET', `/v1/decisions/${verdict.decisionId}`)).body;
    const caseEffect = (decision.effects.effects ?? decision.effects).find(
      (e: { kind: string; policy: string }) => e.kind === 'case' && e.policy === 'payment-risk',
    );
    expect(caseEffect.detail.created).toBe(true);
    const inQueue = (await w.call('GET', '/v1/cases?queue=payment-risk')).body;
    expect(inQueue.total).toBe(1);
    expect(inQueue.cases[0]).toMatchObject({ id: caseEffect.detail.caseId, queue: 'payment-risk' });
    const after = (await w.call('GET', '/v1/cases?accountId=cq-fl')).body.cases as { queue: string }[];
    expect(after.map((c) => c.queue).sort()).toEqual(['payment-risk', 'security']);
  }, 150_000);
});
