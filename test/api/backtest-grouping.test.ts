// A backtest counts cases on both sides the way live cases are made: one per account and policy
// (every further match joins it), and at most one strike per event. A baseline once counted a
// case per matching event while live cases are per account, so the two sides did not compare.
// Through the HTTP API on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const PAY = 'Pay me directly via PayPal instead of through the platform, so we both avoid the fees';
const range = { from: '2021-05-01T00:00:00Z', to: '2021-05-02T00:00:00Z' };

describe.each(await backends())('backtest counts cases per account (%s)', { timeout: 180_000 }, (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden(backend);
    for (const id of ['bt-a', 'bt-b']) await w.call('POST', '/v1/events', ev.registered(id, 'freelancer', {}, '2021-04-01T00:00:00Z'));
    for (let i = 1; i <= 4; i++) await w.call('POST', '/v1/events', ev.registered(`bt-c${i}`, 'client', {}, '2021-04-01T00:00:00Z'));
    // Account a asks three clients, account b one: two accounts, four matching events.
    for (let i = 1; i <= 3; i++) await w.call('POST', '/v1/events', ev.message('bt-a', `bt-c${i}`, PAY, `2021-05-01T10:0${i}:00Z`));
    await w.call('POST', '/v1/events', ev.message('bt-b', 'bt-c4', PAY, '2021-05-01T11:00:00Z'));
  }, 300_000);
  afterAll(async () => w?.close());

  it('the live version against itself: the same count on both sides, one case per account', async () => {
    const probe = await w.call('POST', '/v1/screen', { text: PAY, dryRun: true });
    expect(
      probe.body.policies.some((p: { matched: { rule: string }[] }) => p.matched.some((m) => m.rule === 'payment-outside')),
      JSON.stringify(probe.body.policies),
    ).toBe(true);
    const head = (await w.call('GET', '/v1/policies/contact-sharing')).body;
    const bt = await w.call('POST', '/v1/policies/contact-sharing/backtest', { version: head.versions[0].version, ...range });
    expect(bt.status, JSON.stringify(bt.body)).toBe(200);
    expect(bt.body.evaluated).toBe(4);
    expect(bt.body.cases).toEqual({ baseline: 2, candidate: 2 });
  });

  it('a draft without the case effect: the baseline keeps its per-account count', async () => {
    const live = (await w.call('GET', '/v1/policies/contact-sharing')).body.current.document;
    const draft = structuredClone(live);
    // The message both pays outside and proposes the deal without the platform (LABELLING.md,
    // fourth reading): the payment and the ask rules (first and repeat) lose their effects.
    draft.rules = draft.rules.map((r: { id: string; effects?: unknown[] }) =>
      r.id === 'payment-outside' || r.id.startsWith('ask-contact') ? { ...r, effects: [] } : r,
    );
    const bt = await w.call('POST', '/v1/policies/contact-sharing/backtest', { document: draft, ...range });
    expect(bt.status, JSON.stringify(bt.body)).toBe(200);
    expect(bt.body.cases).toEqual({ baseline: 2, candidate: 0 });
  });
});
