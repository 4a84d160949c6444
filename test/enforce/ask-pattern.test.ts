// A trusted client's exemption covers a one-off, not a practice (issue 14, item 11): once the
// same client has asked ≥ N distinct freelancers (default 3 in 30 days) to move off the
// platform, reputation exemptions are withheld and the decision says why; the contact rules
// then apply as to any sender. Through the HTTP API on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev, event } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

const DAY = 86_400_000;
const ago = (d: number) => new Date(Date.now() - d * DAY).toISOString();

describe.each(await backends())('trusted-client exemption and a pattern of asks (%s)', { timeout: 180_000 }, (backend) => {
  let w: TestWarden;
  const post = async (e: unknown) => {
    const r = await w.call('POST', '/v1/events', e);
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    return r.body;
  };

  beforeAll(async () => {
    w = await startEnforceWarden(backend);
    await post(ev.registered('ap-cl', 'client', {}, ago(300)));
    // Five completed, paid, well-rated contracts: a trusted client by trust's one definition.
    for (let i = 0; i < 5; i++) {
      const k = `ap-k${i}`;
      const fl = `ap-past${i}`;
      await post(ev.registered(fl, 'freelancer', {}, ago(300)));
      await post(ev.contractStarted(k, 'ap-cl', fl, ago(200 - i)));
      await post(ev.released(k, 'ap-cl', 50_000, ago(150 - i)));
      await post(ev.contractEnded(k, 'ap-cl', ago(100 - i)));
      await post(event('feedback.left', fl, { contractId: k, toId: 'ap-cl', stars: 5, privateScore: 9 }, { at: ago(99 - i) }));
    }
    for (let i = 0; i < 4; i++) await post(ev.registered(`ap-fl${i}`, 'freelancer', {}, ago(40)));
  }, 600_000);
  afterAll(async () => w?.close());

  it('one ask is exempt; from the third distinct freelancer the exemption is withheld with its reason', async () => {
    expect((await w.call('GET', '/v1/accounts/ap-cl/trust')).body.client.trustedClient).toBe(true);
    const ask = (i: number) => post(ev.message('ap-cl', `ap-fl${i}`, 'Can you send me your WhatsApp number so we can talk there instead?'));
    const first = (await ask(0)).decision;
    expect(first.outcome).toBe('allow');
    expect(first.exemptions.map((x: { id: string }) => x.id)).toContain('trusted-client');
    expect(first.exemptionsWithheld ?? []).toEqual([]);
    // The same freelancer again is still one counterpart.
    expect((await ask(0)).decision.exemptions.map((x: { id: string }) => x.id)).toContain('trusted-client');
    expect((await ask(1)).decision.outcome).toBe('allow');
    const third = (await ask(2)).decision;
    expect(third.exemptions.map((x: { id: string }) => x.id)).not.toContain('trusted-client');
    expect(third.exemptionsWithheld).toEqual([
      expect.objectContaining({ policy: 'contact-sharing', id: 'trusted-client', reason: 'ask_pattern', counterparts: 3, threshold: 3, windowDays: 30 }),
    ]);
    expect(third.outcome).toBe('nudge');
    expect(third.policies.flatMap((p: { matched: { rule: string }[] }) => p.matched.map((m) => m.rule))).toContain('ask-contact');
    // Stored with the decision, so it can be explained later.
    const stored = (await w.call('GET', `/v1/decisions/${third.decisionId}`)).body;
    expect(JSON.stringify(stored)).toContain('ask_pattern');
    // From here the client goes on like any sender: a second ask, then the repeat rule and its strike.
    expect((await ask(3)).decision.outcome).toBe('nudge');
    const fourth = (await ask(1)).decision;
    expect(fourth.exemptionsWithheld.map((x: { counterparts: number }) => x.counterparts)).toEqual([4]);
    expect(fourth.policies.flatMap((p: { matched: { rule: string }[] }) => p.matched.map((m) => m.rule))).toContain('ask-contact-repeat');
    expect(fourth.effects.some((e: { kind: string; status: string }) => e.kind === 'strike' && e.status === 'done')).toBe(true);
  });
});
