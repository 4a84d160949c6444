// Property tests through the HTTP API on both databases, for the rules that tie decisions,
// trust and appeals together: fast-check generates client histories, enforcement actions and
// messages, offences, appeals and re-offences.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev, event } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const WA = 'Hello! Add me on WhatsApp +63 917 555 0110 so we can talk faster';

const contractArb = fc.record({
  paid: fc.boolean(),
  reason: fc.constantFrom('completed', 'cancelled', 'no_work'),
  stars: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
});
const clientArb = fc.record({ contracts: fc.array(contractArb, { minLength: 0, maxLength: 7 }), strike: fc.boolean() });

type Act = { kind: 'act'; type: 'suspension' | 'restriction' | 'warning'; feature: 'new_conversations' | 'messaging' | 'proposals' } | { kind: 'lift' };
type Send = { kind: 'send'; what: 'known' | 'new' | 'proposal' };
const stepArb: fc.Arbitrary<Act | Send> = fc.oneof(
  fc.record({
    kind: fc.constant('act' as const),
    type: fc.constantFrom('suspension' as const, 'restriction' as const, 'warning' as const),
    feature: fc.constantFrom('new_conversations' as const, 'messaging' as const, 'proposals' as const),
  }),
  fc.record({ kind: fc.constant('lift' as const) }),
  fc.record({ kind: fc.constant('send' as const), what: fc.constantFrom('known' as const, 'new' as const, 'proposal' as const) }),
);

describe.each(await backends())('decisions, trust and appeals over generated histories (%s)', (backend) => {
  let w: TestWarden;
  let run = 0;
  const runs = backend === 'pglite' ? 5 : 3;
  beforeAll(async () => {
    w = await startEnforceWarden(backend);
  }, 120_000);
  afterAll(async () => w?.close());
  const post = async (e: unknown) => {
    const r = await w.call('POST', '/v1/events', e);
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    return r.body;
  };

  it('screening, trust and the console agree on "trusted client" for any client history', async () => {
    await fc.assert(
      fc.asyncProperty(clientArb, async (h) => {
        const id = `tc-${backend}-${run++}`;
        const ago = (d: number) => new Date(Date.now() - d * DAY).toISOString();
        await post(ev.registered(id, 'client', {}, ago(300)));
        await post(ev.registered(`${id}-fl`, 'freelancer', {}, ago(300)));
        for (const [i, c] of h.contracts.entries()) {
          const k = `${id}-k${i}`;
          const fl = `${id}-f${i}`;
          await post(ev.contractStarted(k, id, fl, ago(200 - i)));
          if (c.paid) await post(ev.released(k, id, 50_000, ago(150 - i)));
          await post(ev.contractEnded(k, id, ago(100 - i), c.reason));
          if (c.stars !== undefined) await post(event('feedback.left', fl, { contractId: k, toId: id, stars: c.stars, privateScore: 8 }, { at: ago(99 - i) }));
        }
        if (h.strike) expect((await w.call('POST', '/v1/actions', { accountId: id, type: 'warning', policy: 'spam', reason: 'finding' })).status).toBe(201);
        const m = await post(ev.message(`${id}-fl`, id, 'my number is +44 7911 123456'));
        const decision = (await w.call('GET', `/v1/decisions/${m.decision.decisionId}`)).body;
        // The console's account panel reads this same endpoint (console/src/models/accounts.ts).
        const trust = (await w.call('GET', `/v1/accounts/${id}/trust`)).body;
        expect(decision.context.clientParty.trusted).toBe(trust.client.trustedClient);
        expect(m.decision.exemptions.some((x: { id: string }) => x.id === 'trusted-client')).toBe(trust.client.trustedClient);
        if (h.strike) expect(trust.client.trustedClient).toBe(false);
      }),
      { numRuns: runs },
    );
  }, 600_000);

  it('a message or proposal is held exactly when a suspension, or a restriction covering it, is in force; an overturn releases what it held', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 3, maxLength: 10 }), async (steps) => {
        const id = `hd-${backend}-${run++}`;
        await post(ev.registered(id, 'freelancer', {}, new Date(Date.now() - 30 * DAY).toISOString()));
        await post(ev.registered(`${id}-old`, 'client', {}, new Date(Date.now() - 30 * DAY).toISOString()));
        await post(ev.contractStarted(`${id}-k`, `${id}-old`, id, new Date(Date.now() - 20 * DAY).toISOString()));
        const active: { id: string; type: string; feature: string | null }[] = [];
        let fresh = 0;
        for (const s of steps) {
          if (s.kind === 'act') {
            const r = await w.call('POST', '/v1/actions', {
              accountId: id,
              type: s.type,
              policy: 'spam',
              reason: 'finding',
              ...(s.type === 'restriction' ? { feature: s.feature } : {}),
              ...(s.type === 'warning' ? {} : { durationDays: 7 }),
            });
            expect(r.status, JSON.stringify(r.body)).toBe(201);
            active.push({ id: r.body.action.id, type: s.type, feature: s.type === 'restriction' ? s.feature : null });
          } else if (s.kind === 'lift') {
            const a = active.pop();
            if (a) {
              const ap = await w.call('POST', '/v1/appeals', { accountId: id, actionId: a.id, text: 'mistake' });
              const d = await w.call('POST', `/v1/appeals/${ap.body.id}/decide`, { outcome: 'overturned', reason: 'mistake' });
              expect(d.status).toBe(200);
              const held = await w.ctx.db.selectFrom('enforcement_held_content').selectAll().where('action_id', '=', a.id).execute();
              const suspendedStill = active.some((x) => x.type === 'suspension');
              // Released exactly when no other suspension still holds everything.
              for (const h of held) expect(h.released_at === null).toBe(suspendedStill);
            }
          } else {
            const suspended = active.some((a) => a.type === 'suspension');
            const covers = (f: string) => active.some((a) => a.type === 'restriction' && a.feature === f);
            let reply: { decision: { outcome: string; heldBy?: { actionId: string } } };
            let expected: boolean;
            if (s.what === 'proposal') {
              reply = await post(event('proposal.submitted', id, { proposalId: `${id}-p${fresh++}`, jobId: `${id}-job`, text: 'I can help with this job.' }));
              expected = suspended || covers('proposals');
            } else if (s.what === 'known') {
              reply = await post(ev.message(id, `${id}-old`, 'Milestone 2 is ready for review.'));
              expected = suspended || covers('messaging');
            } else {
              const to = `${id}-new${fresh++}`;
              await post(ev.registered(to, 'client'));
              reply = await post(ev.message(id, to, 'Hello, I saw your job post.'));
              expected = suspended || covers('messaging') || covers('new_conversations');
            }
            expect(reply.decision.outcome === 'hold', JSON.stringify({ steps, active, s })).toBe(expected);
            if (expected) expect(active.map((a) => a.id)).toContain(reply.decision.heldBy?.actionId);
          }
        }
      }),
      { numRuns: runs },
    );
  }, 600_000);

  it('an overturned incident never counts again: a re-offence after the appeal is judged as if it had not happened, with one strike at most', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }), async (incidents, burst) => {
        const id = `ro-${backend}-${run++}`;
        let t = Date.now() - 20 * DAY;
        const at = () => new Date(t).toISOString();
        await post(ev.registered(id, 'freelancer', {}, at()));
        for (let c = 0; c < 12; c++) await post(ev.registered(`${id}-c${c}`, 'client', {}, at()));
        let c = 0;
        for (let i = 0; i < incidents; i++) {
          t += 2 * DAY;
          for (let b = 0; b <= burst; b++) await post(ev.message(id, `${id}-c${c++ % 12}`, WA, at()));
        }
        // Every strike and action is appealed and overturned.
        const strikes = await w.ctx.db.selectFrom('enforcement_strikes').select('id').where('account_id', '=', id).execute();
        for (const s of strikes) {
          const ap = await w.call('POST', '/v1/appeals', { accountId: id, strikeId: s.id, text: 'it was a mistake' });
          if (ap.status !== 201) continue;
          expect((await w.call('POST', `/v1/appeals/${ap.body.id}/decide`, { outcome: 'overturned', reason: 'mistake' })).status).toBe(200);
        }
        const standing = (await w.call('GET', `/v1/accounts/${id}/standing`)).body;
        expect(standing.strikes.points).toBe(0);
        expect(standing.activeActions).toEqual([]);
        // The re-offence: one strike at most, at the first step (nothing taken away).
        t += 2 * DAY;
        const before = strikes.length;
        const r = await post(ev.message(id, `${id}-c${c++ % 12}`, WA, at()));
        const after = (await w.ctx.db.selectFrom('enforcement_strikes').select('id').where('account_id', '=', id).execute()).length;
        expect(after - before).toBeLessThanOrEqual(1);
        expect(r.decision.effects.filter((e: { kind: string; detail: { action?: unknown } }) => e.kind === 'strike' && e.detail.action)).toEqual([]);
        const now = (await w.call('GET', `/v1/accounts/${id}/standing`)).body;
        expect(now.activeActions).toEqual([]);
        expect(now.strikes.next?.atPoints ?? Number.POSITIVE_INFINITY).toBeGreaterThan(now.strikes.points);
      }),
      { numRuns: runs },
    );
  }, 600_000);
});
