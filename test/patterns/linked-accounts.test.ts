// Linked accounts through the API: identifiers seen on events (devices, IPs, phones and
// e-mails from profiles and from screened messages, payment handles, payout destinations)
// link accounts; the graph is read back masked, and a shared money identifier opens a case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev, event } from '../helpers/events.ts';
import { backends, postThenDrain, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const T0 = Date.parse('2026-10-01T08:00:00Z');
const at = (hours: number) => new Date(T0 + hours * 3_600_000).toISOString();

describe.each(await backends())('linked accounts (%s)', (backend) => {
  let w: TestWarden;
  const post = async (e: unknown) => await postThenDrain(w, e);
  const linked = (id: string, depth = 1) => w.call('GET', `/v1/accounts/${id}/linked?depth=${depth}`);
  const cases = async (id: string) => (await w.call('GET', `/v1/cases?accountId=${id}`)).body.cases;

  beforeAll(async () => {
    w = await startTestWarden(backend);
    // The first screened message loads the detectors' models: pay for it here, not in a test.
    await post(ev.message('warm-up-a', 'warm-up-b', 'hello'));
  }, 900_000);
  afterAll(async () => w?.close());

  it('two accounts paying out to one destination are linked, masked, and a fraud case holds the events', async () => {
    await post(ev.registered('la-1', 'freelancer', {}, at(0)));
    await post(ev.registered('la-2', 'freelancer', {}, at(1)));
    const first = await post(
      event('payout.method_changed', 'la-1', { methodId: 'pm-1', methodType: 'bank', destination: 'DE89 3704 0044 0532 0130 00' }, { at: at(2) }),
    );
    expect(first.behaviour).toBeUndefined();
    const second = await post(
      event('payout.method_changed', 'la-2', { methodId: 'pm-2', methodType: 'bank', destination: 'de89370400440532013000' }, { id: 'evt-la-2-pm', at: at(3) }),
    );
    expect(second.behaviour).toHaveLength(1);
    expect(second.behaviour[0]).toMatchObject({ accountId: 'la-2', signals: ['linked.payout_destination'] });

    const g = await linked('la-2');
    expect(g.status).toBe(200);
    expect(g.body.nodes.map((n: { accountId: string }) => n.accountId).sort()).toEqual(['la-1', 'la-2']);
    expect(g.body.edges).toHaveLength(1);
    expect(g.body.edges[0]).toMatchObject({ kind: 'payout_destination', valueMasked: '••••3000', count: 2 });
    expect(JSON.stringify(g.body)).not.toContain('0532013000');
    expect(g.body.nodes.find((n: { accountId: string }) => n.accountId === 'la-1').role).toBe('freelancer');

    const [kase] = await cases('la-2');
    expect(kase).toMatchObject({ queue: 'fraud', severity: 'high', policy: 'behaviour-patterns' });
    const detail = (await w.call('GET', `/v1/cases/${kase.id}`)).body;
    const signal = detail.decisions[0].signals[0];
    expect(signal.evidence.linkedAccounts).toEqual(['la-1']);
    expect(signal.evidence.eventIds[0]).toBe('evt-la-2-pm');
  });

  it('a phone on one profile and the same phone written in another account’s message link them', async () => {
    await post(event('profile.updated', 'lp-1', { title: 'Designer', phone: '+44 7911 123456' }, { at: at(10) }));
    await post(ev.registered('lp-2', 'client', {}, at(10)));
    const reply = await post(ev.message('lp-3', 'lp-2', 'call me on +44 7911 123456 tomorrow', at(11)));
    expect(reply.behaviour?.[0]?.signals).toEqual(['linked.phone']);
    const g = (await linked('lp-1')).body;
    expect(g.edges).toEqual([expect.objectContaining({ from: 'lp-1', to: 'lp-3', kind: 'phone', valueMasked: '••••••••••56' })]);
  });

  it('depth 2 reaches the accounts linked to the linked ones', async () => {
    for (const [id, device] of [
      ['ld-1', 'dev-A'],
      ['ld-2', 'dev-A'],
      ['ld-2', 'dev-B'],
      ['ld-3', 'dev-B'],
    ])
      await post(event('user.login', id, { deviceId: device, ip: `203.0.113.${id.slice(-1)}` }, { at: at(20) }));
    const one = (await linked('ld-1', 1)).body;
    const two = (await linked('ld-1', 2)).body;
    expect(one.nodes.map((n: { accountId: string }) => n.accountId).sort()).toEqual(['ld-1', 'ld-2']);
    expect(two.nodes.map((n: { accountId: string }) => n.accountId).sort()).toEqual(['ld-1', 'ld-2', 'ld-3']);
    // One edge per pair and identifier, whichever side it was read from.
    const keys = two.edges.map((e: { from: string; to: string; kind: string }) => `${[e.from, e.to].sort().join('-')}:${e.kind}`).sort();
    expect(keys).toEqual(['ld-1-ld-2:device', 'ld-2-ld-3:device']);
  });

  it('a device shared by two people, or an IP by a few, opens no case (honest households and offices)', async () => {
    await post(event('user.login', 'lh-1', { deviceId: 'family-pc', ip: '198.51.100.20' }, { at: at(30) }));
    const r = await post(event('user.login', 'lh-2', { deviceId: 'family-pc', ip: '198.51.100.20' }, { at: at(31) }));
    expect(r.behaviour).toBeUndefined();
    expect(await cases('lh-2')).toEqual([]);
    expect((await linked('lh-2')).body.edges.map((e: { kind: string }) => e.kind).sort()).toEqual(['device', 'ip']);
  });

  it('two accounts on one device dealing with each other (a proposal, a contract) open a review case for both; a pair sharing only an IP does not', async () => {
    await post(event('user.login', 'ls-main', { deviceId: 'sock-pc', ip: '198.51.100.40' }, { at: at(40) }));
    await post(event('user.login', 'ls-sock', { deviceId: 'sock-pc', ip: '198.51.100.40' }, { at: at(41) }));
    expect(await cases('ls-sock')).toEqual([]);
    const proposal = await post(
      event(
        'proposal.submitted',
        'ls-main',
        { proposalId: 'ls-p1', jobId: 'ls-j1', clientId: 'ls-sock', text: 'I can do this quickly.', bidCents: 2_000 },
        { at: at(42) },
      ),
    );
    const by = new Map((proposal.behaviour ?? []).map((b: { accountId: string; signals: string[] }) => [b.accountId, b.signals]));
    expect(by.get('ls-main')).toContain('linked.counterparty');
    expect(by.get('ls-sock')).toContain('linked.counterparty');
    const [kase] = await cases('ls-main');
    expect(kase).toMatchObject({ queue: 'fraud', policy: 'behaviour-patterns', source: 'detection' });
    // The case also carries the self-dealing hold's decision (src/security/linked-deals.ts).
    const signal = (await w.call('GET', `/v1/cases/${kase.id}`)).body.decisions
      .flatMap((d: { signals: { type: string }[] }) => d.signals)
      .find((x: { type: string }) => x.type === 'linked.counterparty');
    expect(signal).toMatchObject({ strength: 'medium', evidence: { counterpart: 'ls-sock', shared: [{ kind: 'device' }] } });
    // The contract that follows is the same pair within 30 days: no second signal.
    const contract = await post(ev.contractStarted('ls-k1', 'ls-sock', 'ls-main', at(43), 2_000));
    expect((contract.behaviour ?? []).flatMap((b: { signals: string[] }) => b.signals)).not.toContain('linked.counterparty');
    // A proposal between people sharing only an IP (an office, a carrier) is nothing.
    await post(event('user.login', 'lo-1', { deviceId: 'lo-dev-1', ip: '198.51.100.41' }, { at: at(44) }));
    await post(event('user.login', 'lo-2', { deviceId: 'lo-dev-2', ip: '198.51.100.41' }, { at: at(44) }));
    const office = await post(
      event('proposal.submitted', 'lo-1', { proposalId: 'lo-p1', jobId: 'lo-j1', clientId: 'lo-2', text: 'Happy to help.', bidCents: 50_000 }, { at: at(45) }),
    );
    expect((office.behaviour ?? []).flatMap((b: { signals: string[] }) => b.signals)).not.toContain('linked.counterparty');
  });

  it('answers 404 for an unknown account and 400 naming depth for a bad depth', async () => {
    const unknown = await linked('nobody-at-all');
    expect(unknown.status).toBe(404);
    const bad = await linked('la-1', 3);
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams[0].pointer).toContain('depth');
  });
});
