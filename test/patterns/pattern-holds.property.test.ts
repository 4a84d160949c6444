// Property over generated histories, through the API on both databases: behaviour patterns
// (circumvention patterns, payment risk, linked accounts) and network facts never keep money or
// access without a person. fast-check generates a freelancer — new or long-established — whose
// weeks mix what sets the patterns off: hires by strangers with no word on the platform, brand-new
// clients paying and the money withdrawn within hours, payouts beyond what Warden saw earned,
// payouts to a just-added method, logins from VPNs and data centres.
//  1. With the shipped policies and 2. with an analyst's policy that holds, blocks and strikes on
//  every pattern and opens no case:
//   - every hold or block of an account decision opened (or joined) a review case;
//   - no restriction, suspension or payment hold is applied on the ladder (proposed at most).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev, event } from '../helpers/events.ts';
import { backends, postThenDrain, type TestWarden } from '../helpers/warden.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MASKED = ['45.132.193.10', '5.154.252.10', '45.55.0.10', '172.224.41.10'];
const APPLIED_ACCESS_OR_MONEY = ['restriction', 'payment_hold', 'suspension', 'permanent_suspension'];

type Step =
  | { kind: 'directHire'; gap: number; amount: number }
  | { kind: 'newClientJob'; gap: number; amount: number; payoutHours: number }
  | { kind: 'payout'; gap: number; amount: number; newMethod: boolean }
  | { kind: 'login'; gap: number; ip: number };

const gap = fc.integer({ min: 1, max: 72 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('directHire' as const), gap, amount: fc.integer({ min: 20_000, max: 300_000 }) }),
  fc.record({
    kind: fc.constant('newClientJob' as const),
    gap,
    amount: fc.integer({ min: 10_000, max: 200_000 }),
    payoutHours: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({ kind: fc.constant('payout' as const), gap, amount: fc.integer({ min: 50_000, max: 900_000 }), newMethod: fc.boolean() }),
  fc.record({ kind: fc.constant('login' as const), gap, ip: fc.nat(3) }),
);
const historyArb = fc.record({ tenureDays: fc.constantFrom(1, 3, 400), steps: fc.array(stepArb, { minLength: 5, maxLength: 12 }) });

describe.each(await backends())('behaviour patterns alone never keep money or access without review (%s)', (backend) => {
  let w: TestWarden;
  let run = 0;
  beforeAll(async () => {
    // No cool-down between ladder steps and no incident window: every strike may climb, so a
    // restriction or suspension would show within one generated history if it could be applied.
    w = await startEnforceWarden(backend, { stepCooldownHours: 0, incidentWindowMinutes: 0 });
  }, 180_000);
  afterAll(async () => w?.close());

  async function play(h: { tenureDays: number; steps: Step[] }) {
    const id = `ph-${backend}-${run++}`;
    let t = Date.now() - 30 * DAY;
    const at = (dt = 0) => new Date(t + dt).toISOString();
    const post = async (e: unknown) => {
      await postThenDrain(w, e);
    };
    await post(ev.registered(id, 'freelancer', {}, at(-h.tenureDays * DAY)));
    let n = 0;
    for (const s of h.steps) {
      t += s.gap * HOUR;
      const k = `${id}-k${n}`;
      const client = `${id}-c${n++}`;
      if (s.kind === 'directHire') {
        await post(ev.contractStarted(k, client, id, at(), s.amount));
        await post(ev.released(k, client, s.amount, at(HOUR)));
      } else if (s.kind === 'newClientJob') {
        await post(ev.registered(client, 'client', {}, at(-HOUR)));
        await post(ev.message(client, id, 'Quick task, can you start now?', at()));
        await post(ev.contractStarted(k, client, id, at(HOUR), s.amount));
        await post(ev.released(k, client, s.amount, at(2 * HOUR)));
        await post(event('payout.requested', id, { amountCents: s.amount, methodId: `${id}-m0` }, { at: at((2 + s.payoutHours) * HOUR) }));
      } else if (s.kind === 'payout') {
        const methodId = s.newMethod ? `${id}-m${n}` : `${id}-m0`;
        if (s.newMethod) await post(event('payout.method_changed', id, { methodId, destination: `${id}-bank-${n}` }, { at: at() }));
        await post(event('payout.requested', id, { amountCents: s.amount, methodId }, { at: at(HOUR) }));
      } else {
        await post(event('user.login', id, { ip: MASKED[s.ip], deviceId: `${id}-d${s.ip}` }, { at: at() }));
      }
    }
    const decisions = await w.ctx.db
      .selectFrom('decisions')
      .select(['outcome', 'effects'])
      .where('account_id', '=', id)
      .where('subject_type', '=', 'account')
      .where('shadow', '=', false)
      .execute();
    const actions = await w.ctx.db.selectFrom('enforcement_actions').select(['type', 'status']).where('account_id', '=', id).execute();
    return { decisions, actions };
  }

  const check = async (h: { tenureDays: number; steps: Step[] }) => {
    const { decisions, actions } = await play(h);
    for (const d of decisions.filter((x) => x.outcome === 'hold' || x.outcome === 'block')) {
      const effects = (d.effects as { effects?: { kind: string; status: string }[] }).effects ?? [];
      expect(effects.filter((e) => e.kind === 'case' && e.status === 'done').length, JSON.stringify(effects)).toBeGreaterThan(0);
    }
    expect(actions.filter((a) => APPLIED_ACCESS_OR_MONEY.includes(a.type) && a.status === 'active')).toEqual([]);
    return decisions.some((d) => d.outcome === 'hold' || d.outcome === 'block');
  };

  it('with the shipped policies, every pattern-driven hold is a reviewer’s case and nothing is restricted or suspended', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (h) => {
        await check(h);
      }),
      { numRuns: backend === 'pglite' ? 5 : 3 },
    );
  }, 900_000);

  it('with a policy that holds, blocks and strikes on every pattern and opens no case, the engine still opens one and applies no restriction', async () => {
    const doc = {
      name: 'ph-hostile',
      title: 'Hold every pattern',
      description: 'Holds, blocks and strikes on every behaviour pattern, with no case',
      appliesTo: ['account'],
      rules: [
        {
          id: 'block-hires',
          description: 'block direct hires',
          when: { signal: { type: 'circumvention.*' } },
          outcome: 'block',
          effects: [{ strike: { severity: 'high' } }],
        },
        {
          id: 'hold-money',
          description: 'hold any payment sign',
          when: { signal: { type: 'payment.*' } },
          outcome: 'hold',
          effects: [{ strike: { severity: 'critical' } }],
        },
        { id: 'hold-linked', description: 'hold linked accounts', when: { signal: { type: 'linked.*' } }, outcome: 'hold' },
      ],
    };
    const saved = await w.call('POST', '/v1/policies/ph-hostile/versions', { document: doc, baseVersion: 0, activate: 'live' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    // The hostile policy alone decides on accounts: the shipped ones would open their own cases.
    const shipped = ((await w.call('GET', '/v1/policies')).body.policies as { name: string; liveVersion: number | null }[]).filter(
      (p) => p.name !== 'ph-hostile' && p.liveVersion !== null,
    );
    for (const p of shipped) await w.call('POST', `/v1/policies/${p.name}/activate`, { version: null, mode: 'live' });
    try {
      // At least one generated history must be held, or the property says nothing.
      let held = 0;
      await fc.assert(
        fc.asyncProperty(historyArb, async (h) => {
          if (await check(h)) held++;
        }),
        {
          numRuns: backend === 'pglite' ? 5 : 3,
          examples: [[{ tenureDays: 1, steps: [1, 2, 3].map(() => ({ kind: 'directHire' as const, gap: 5, amount: 50_000 })) }]],
        },
      );
      expect(held).toBeGreaterThan(0);
    } finally {
      await w.call('POST', '/v1/policies/ph-hostile/activate', { version: null, mode: 'live' });
      for (const p of shipped) await w.call('POST', `/v1/policies/${p.name}/activate`, { version: p.liveVersion, mode: 'live' });
    }
  }, 900_000);
});
