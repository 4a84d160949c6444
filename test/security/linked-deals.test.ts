// Deals between accounts of one person through the API: a proposal or a contract between
// accounts sharing a device, card, payout destination, phone or e-mail is held for a reviewer
// (policy self-dealing); sharing alone, or an IP, does nothing, and no one gets a strike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, event } from '../helpers/events.ts';
import { backends, postThenDrain, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const T0 = Date.parse('2026-10-01T08:00:00Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();
/** An event sent from a device and an address (what the marketplace knows of the session). */
const from = (e: ReturnType<typeof event>, deviceId: string | null, ip: string) => ({ ...e, actor: { ...e.actor, ip, ...(deviceId ? { deviceId } : {}) } });
const registered = (id: string, role: 'client' | 'freelancer', hours: number, deviceId: string | null, ip: string) =>
  from(event('user.registered', id, { role, country: 'PH' }, { at: at(hours) }), deviceId, ip);
const job = (client: string, jobId: string, hours: number, deviceId: string | null, ip: string) =>
  from(
    event('job.posted', client, { jobId, title: 'Logo touch-up', description: 'Small logo fix, fixed price.', budgetCents: 2_000 }, { at: at(hours) }),
    deviceId,
    ip,
  );
const proposal = (fl: string, client: string, jobId: string, hours: number, deviceId: string | null, ip: string) =>
  from(
    event(
      'proposal.submitted',
      fl,
      { proposalId: `p-${fl}-${jobId}`, jobId, clientId: client, text: 'I can do this today, I have done many logos.', bidCents: 2_000 },
      { at: at(hours) },
    ),
    deviceId,
    ip,
  );
const contract = (client: string, fl: string, jobId: string, hours: number, deviceId: string | null, ip: string) =>
  from(ev.contractStarted(`k-${jobId}`, client, fl, at(hours), 2_000), deviceId, ip);

describe.each(await backends())('deals between linked accounts (%s)', { timeout: 240_000 }, (backend) => {
  let w: TestWarden;
  const post = async (e: unknown) => await postThenDrain(w, e);
  const standing = async (id: string) => (await w.call('GET', `/v1/accounts/${id}/standing`)).body;
  const cases = async (id: string) => (await w.call('GET', `/v1/cases?accountId=${id}`)).body.cases as { queue: string; policy?: string }[];

  beforeAll(async () => {
    w = await startTestWarden(backend);
  });
  afterAll(async () => w?.close());

  it('a sock client on the freelancer’s device: the proposal and the contract are held for a reviewer; no strike, no action', async () => {
    await post(registered('sd-fl', 'freelancer', 0, 'dev-sd', '203.0.113.5'));
    await post(registered('sd-cl', 'client', 24, 'dev-sd', '203.0.113.5'));
    await post(job('sd-cl', 'sd-j1', 27, 'dev-sd', '203.0.113.5'));
    const p = await post(proposal('sd-fl', 'sd-cl', 'sd-j1', 28, 'dev-sd', '203.0.113.5'));
    expect(p.deal).toMatchObject({ outcome: 'hold', signals: ['linked.self_dealing'] });
    const decision = (await w.call('GET', `/v1/decisions/${p.deal.decisionId}`)).body;
    // The linked-accounts rule of behaviour-patterns (linked.*) reads it too: one fraud case.
    expect(decision.matchedRules).toContainEqual({ policy: 'self-dealing', rule: 'deal-between-linked-accounts' });
    expect(decision.outcome).toBe('hold');
    expect(decision.signals[0].evidence).toMatchObject({ stage: 'proposal', counterpart: 'sd-cl', shared: [{ kind: 'device' }] });
    const c = await post(contract('sd-cl', 'sd-fl', 'sd-j1', 30, 'dev-sd', '203.0.113.5'));
    expect(c.deal).toMatchObject({ outcome: 'hold', signals: ['linked.self_dealing'] });
    expect((await cases('sd-fl')).map((x) => x.queue)).toContain('fraud');
    expect((await cases('sd-cl')).map((x) => x.queue)).toContain('fraud');
    for (const id of ['sd-fl', 'sd-cl']) {
      const s = await standing(id);
      expect(s.strikes.active).toEqual([]);
      expect(s.activeActions).toEqual([]);
    }
  });

  it('honest look-alikes: a household computer with each person dealing with strangers, and strangers behind one office or VPN address, are not held', async () => {
    // Two people of one household on the family computer; each deals with someone else.
    await post(registered('hh-a', 'freelancer', 0, 'dev-family', '198.51.100.20'));
    await post(registered('hh-b', 'client', 2, 'dev-family', '198.51.100.20'));
    await post(registered('hh-x', 'client', 3, 'dev-x', '192.0.2.50'));
    await post(registered('hh-y', 'freelancer', 3, 'dev-y', '192.0.2.51'));
    await post(job('hh-x', 'hh-j1', 4, 'dev-x', '192.0.2.50'));
    await post(job('hh-b', 'hh-j2', 4, 'dev-family', '198.51.100.20'));
    const replies = [
      await post(proposal('hh-a', 'hh-x', 'hh-j1', 5, 'dev-family', '198.51.100.20')),
      await post(proposal('hh-y', 'hh-b', 'hh-j2', 5, 'dev-y', '192.0.2.51')),
      await post(contract('hh-x', 'hh-a', 'hh-j1', 6, 'dev-x', '192.0.2.50')),
      await post(contract('hh-b', 'hh-y', 'hh-j2', 6, 'dev-family', '198.51.100.20')),
    ];
    // Two strangers whose only common identifier is a VPN exit address, dealing with each other.
    await post(registered('ip-fl', 'freelancer', 0, 'dev-ip-1', '185.220.101.7'));
    await post(registered('ip-cl', 'client', 1, 'dev-ip-2', '185.220.101.7'));
    await post(job('ip-cl', 'ip-j1', 2, 'dev-ip-2', '185.220.101.7'));
    replies.push(await post(proposal('ip-fl', 'ip-cl', 'ip-j1', 3, 'dev-ip-1', '185.220.101.7')));
    replies.push(await post(contract('ip-cl', 'ip-fl', 'ip-j1', 4, 'dev-ip-2', '185.220.101.7')));
    expect(replies.map((r) => r.deal ?? null)).toEqual(replies.map(() => null));
    for (const id of ['hh-a', 'hh-b', 'ip-fl', 'ip-cl']) expect((await cases(id)).filter((c) => c.policy === 'self-dealing')).toEqual([]);
  });
});
