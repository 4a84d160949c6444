// Disputes through the HTTP API on PGlite and PostgreSQL: open (with every validation error
// naming its field), a case in the disputes queue with its SLA, evidence and deadlines,
// mediation notes, the decision, the signed dispute.decided webhook to a real receiver, and
// the effect on the freelancer's JSS and the client's trust.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnforceConfig } from '../../src/enforce/config.ts';
import { deliverDue } from '../../src/enforce/webhooks/delivery.ts';
import { verifySignature } from '../../src/enforce/webhooks/signing.ts';
import { event } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';
import { daysAgo, send } from '../trust/harness.ts';

interface Received {
  topic: string;
  eventId: string;
  body: string;
  verified: boolean;
}

async function startReceiver(secret: () => string) {
  const got: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const signature = String(req.headers['warden-signature']);
      const t = Number(/t=(\d+)/.exec(signature)?.[1]);
      got.push({
        topic: String(req.headers['warden-event-topic']),
        eventId: String(req.headers['warden-event-id']),
        body,
        verified: verifySignature(secret(), body, signature, t),
      });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, got, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

const reg = (id: string, role: 'client' | 'freelancer') => event('user.registered', id, { role }, { at: daysAgo(500) });
const fixed = (contractId: string, clientId: string, freelancerId: string, at: string) =>
  event('contract.started', clientId, { contractId, clientId, freelancerId, kind: 'fixed', amountCents: 200_000 }, { at });
const webhookConfig = loadEnforceConfig({}, { webhookAllowPrivateTargets: true });

describe.each(await backends())('disputes on %s', (backend) => {
  let w: TestWarden;
  let rx: Awaited<ReturnType<typeof startReceiver>>;
  let secret = '';
  beforeAll(async () => {
    // The webhook receiver is on 127.0.0.1: a private target this deployment allows.
    w = await startTestWarden(backend, {}, { enforce: { webhookAllowPrivateTargets: true } });
    // The first screened event loads the detection models: pay that here, not in a test's budget.
    await send(w, [event('message.sent', 'warm-up', { messageId: 'warm-up', recipientId: 'warm-up-2', text: 'hello' })]);
    rx = await startReceiver(() => secret);
    const sub = await w.call('POST', '/v1/webhooks', { url: rx.url, topics: ['dispute.decided'] });
    expect(sub.status).toBe(201);
    secret = sub.body.secret;
    await send(w, [
      reg('d-f', 'freelancer'),
      reg('d-c1', 'client'),
      reg('d-c2', 'client'),
      reg('d-f2', 'freelancer'),
      // A good contract with another client, so the JSS is shown (2 contracts, 2 clients).
      fixed('d-good', 'd-c1', 'd-f', daysAgo(200)),
      event('milestone.released', 'd-c1', { contractId: 'd-good', amountCents: 100_000 }, { at: daysAgo(160) }),
      event('contract.ended', 'd-c1', { contractId: 'd-good', reason: 'completed' }, { at: daysAgo(150) }),
      event('feedback.left', 'd-c1', { contractId: 'd-good', toId: 'd-f', stars: 5, privateScore: 10 }, { at: daysAgo(150) }),
      // The disputed contract: a first milestone paid, the second funded and submitted.
      fixed('d-k', 'd-c2', 'd-f', daysAgo(40)),
      event('escrow.funded', 'd-c2', { contractId: 'd-k', milestoneId: 'ms-1', amountCents: 30_000 }, { at: daysAgo(39) }),
      event('milestone.released', 'd-c2', { contractId: 'd-k', milestoneId: 'ms-1', amountCents: 30_000 }, { at: daysAgo(30) }),
      event('escrow.funded', 'd-c2', { contractId: 'd-k', milestoneId: 'ms-2', amountCents: 50_000 }, { at: daysAgo(29) }),
      event('milestone.submitted', 'd-f', { contractId: 'd-k', milestoneId: 'ms-2' }, { at: daysAgo(10) }),
      // The message the client points at as evidence.
      event('message.sent', 'd-c2', { messageId: 'm-77', recipientId: 'd-f', text: 'Please send the SVG too.' }, { at: daysAgo(9) }),
      event('message.sent', 'd-c1', { messageId: 'm-other', recipientId: 'd-f', text: 'Thanks for the logo.' }, { at: daysAgo(9) }),
      // A second contract of the same client, with another freelancer, hourly.
      event(
        'contract.started',
        'd-c2',
        { contractId: 'd-h', clientId: 'd-c2', freelancerId: 'd-f2', kind: 'hourly', weeklyLimitHours: 20 },
        { at: daysAgo(40) },
      ),
      event(
        'hours.logged',
        'd-f2',
        { contractId: 'd-h', hours: 12, amountCents: 60_000, weekStart: '2026-11-02', source: 'tracker' },
        { at: '2026-11-06T10:00:00Z' },
      ),
    ]);
  }, 120_000);
  afterAll(async () => {
    await rx?.close();
    await w?.close();
  });

  const open = (body: Record<string, unknown>) => w.call('POST', '/v1/disputes', body);
  const claim = { kind: 'quality', text: 'The logo files were not delivered in vector format as agreed.' };

  it('refuses what does not fit the contract, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ contractId: 'd-k', openedBy: 'client', claim, amountCents: 10_000 }, '/milestoneId'],
      [{ contractId: 'd-k', milestoneId: 'ms-2', weekStart: '2026-11-02', openedBy: 'client', claim, amountCents: 10_000 }, '/weekStart'],
      [{ contractId: 'd-k', milestoneId: 'ms-2', openedBy: 'client', claim, amountCents: 50_001 }, '/amountCents'],
      [{ contractId: 'd-k', milestoneId: 'ms-2', openedBy: 'client', claim: { kind: 'vibes', text: 'x' }, amountCents: 1 }, '/claim/kind'],
      [{ contractId: 'd-k', milestoneId: 'ms-2', openedBy: 'agency', claim, amountCents: 1 }, '/openedBy'],
      [{ contractId: 'nope', milestoneId: 'ms-2', openedBy: 'client', claim, amountCents: 1 }, '/contractId'],
      [{ contractId: 'd-h', weekStart: '2026-11-03', openedBy: 'client', claim, amountCents: 1 }, '/weekStart'],
      [{ contractId: 'd-h', weekStart: '2026-11-02', openedBy: 'client', claim, amountCents: 60_001 }, '/amountCents'],
      [{ contractId: 'd-k', milestoneId: 'ms-2', openedBy: 'client', claim, amountCents: 1, evidence: [{ kind: 'message' }] }, '/evidence/0/reference'],
      // Found by a fresh user: scopes, times and references that name nothing.
      [{ contractId: 'd-k', milestoneId: 'ms-9', openedBy: 'client', claim, amountCents: 1 }, '/milestoneId'],
      [{ contractId: 'd-h', weekStart: '2026-11-09', openedBy: 'client', claim, amountCents: 1 }, '/weekStart'],
      [
        { contractId: 'd-k', milestoneId: 'ms-2', openedBy: 'client', claim, amountCents: 1, openedAt: new Date(Date.now() + 86_400_000).toISOString() },
        '/openedAt',
      ],
      [{ contractId: 'd-k', milestoneId: 'ms-2', openedBy: 'client', claim, amountCents: 1, openedAt: '2001-01-01T00:00:00Z' }, '/openedAt'],
      [
        {
          contractId: 'd-k',
          milestoneId: 'ms-2',
          openedBy: 'client',
          claim,
          amountCents: 1,
          evidence: [
            { kind: 'statement', text: 'x' },
            { kind: 'message', reference: 'm-nope' },
          ],
        },
        '/evidence/1/reference',
      ],
      // A message between other people is not evidence of this contract.
      [
        { contractId: 'd-h', weekStart: '2026-11-02', openedBy: 'client', claim, amountCents: 1, evidence: [{ kind: 'message', reference: 'm-other' }] },
        '/evidence/0/reference',
      ],
      [
        { contractId: 'd-k', milestoneId: 'ms-2', openedBy: 'client', claim, amountCents: 1, evidence: [{ kind: 'file', reference: 'att-nope' }] },
        '/evidence/0/reference',
      ],
      [
        { contractId: 'd-k', milestoneId: 'ms-2', openedBy: 'client', claim, amountCents: 1, evidence: [{ kind: 'work_submitted', reference: 'ms-9' }] },
        '/evidence/0/reference',
      ],
    ];
    for (const [body, pointer] of cases) {
      const res = await open(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.code).toBe('ValidationFailed');
      expect(res.body.invalidParams.map((p: any) => p.pointer)).toContain(pointer);
    }
  });

  it('opens, gathers evidence and notes, decides, sends the money outcome and moves the JSS', async () => {
    const jssBefore = (await w.call('GET', '/v1/accounts/d-f/jss')).body;
    expect(jssBefore.score).toBe(100);

    const opened = await open({
      contractId: 'd-k',
      milestoneId: 'ms-2',
      openedBy: 'client',
      claim,
      amountCents: 50_000,
      evidence: [{ kind: 'message', reference: 'm-77', text: 'Please send the SVG too.' }],
    });
    expect(opened.status).toBe(201);
    const d = opened.body;
    expect(d).toMatchObject({
      status: 'open',
      contractKind: 'fixed',
      milestoneId: 'ms-2',
      clientId: 'd-c2',
      freelancerId: 'd-f',
      openedBy: 'client',
      amountCents: 50_000,
    });
    expect(d.ifRespondentSilent).toBe('refund');
    const openedAt = new Date(d.openedAt).getTime();
    const due = Object.fromEntries(d.deadlines.map((x: any) => [`${x.party}:${x.what}`, x]));
    expect(new Date(due['freelancer:respond'].dueAt).getTime() - openedAt).toBe(5 * 86_400_000);
    expect(due['freelancer:respond'].metAt).toBeNull();
    expect(due['client:evidence'].metAt).not.toBeNull();

    // One open dispute per milestone.
    const again = await open({ contractId: 'd-k', milestoneId: 'ms-2', openedBy: 'freelancer', claim, amountCents: 100 });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'DisputeAlreadyOpen', title: 'This milestone or week already has an open dispute', disputeId: d.id });

    // It is a case of its own queue, with the mediator's 2-day SLA.
    const kase = (await w.call('GET', `/v1/cases/${d.caseId}`)).body;
    expect(kase).toMatchObject({ source: 'dispute', queue: 'disputes', status: 'open', subject: { type: 'dispute', id: d.id, accountId: 'd-c2' } });
    expect(new Date(kase.slaDueAt).getTime() - new Date(kase.openedAt).getTime()).toBe(48 * 3_600_000);
    expect(new Date(due['mediator:decide'].dueAt).getTime()).toBe(new Date(kase.slaDueAt).getTime());
    expect((await w.call('GET', '/v1/queues')).body.queues.map((q: any) => q.queue ?? q.name)).toContain('disputes');
    // Dismissing would leave the parties' money undecided.
    const dismiss = await w.call('POST', `/v1/cases/${d.caseId}/resolve`, { resolution: 'dismiss', reason: 'no' });
    expect(dismiss.status).toBe(400);
    expect(dismiss.body.invalidParams[0].pointer).toBe('/resolution');

    const ev = await w.call('POST', `/v1/disputes/${d.id}/evidence`, {
      party: 'freelancer',
      kind: 'work_submitted',
      reference: 'ms-2',
      text: 'PNG files as in the brief.',
    });
    expect(ev.status).toBe(201);
    expect(ev.body.evidence.map((e: any) => [e.party, e.kind, e.late])).toEqual([
      ['client', 'message', false],
      ['freelancer', 'work_submitted', false],
    ]);
    expect(ev.body.deadlines.find((x: any) => x.what === 'respond').metAt).not.toBeNull();
    const badEv = await w.call('POST', `/v1/disputes/${d.id}/evidence`, { party: 'freelancer', kind: 'statement' });
    expect(badEv.status).toBe(400);
    expect(badEv.body.invalidParams[0].pointer).toBe('/text');
    const unknownRef = await w.call('POST', `/v1/disputes/${d.id}/evidence`, { party: 'freelancer', kind: 'work_submitted', reference: 'ms-1x' });
    expect(unknownRef.status).toBe(400);
    expect(unknownRef.body.invalidParams[0].pointer).toBe('/reference');

    const note = await w.call('POST', `/v1/disputes/${d.id}/notes`, { body: 'The brief asked for SVG; the freelancer delivered PNG only.' });
    expect(note.status).toBe(201);

    const badSplit = await w.call('POST', `/v1/disputes/${d.id}/decision`, { outcome: 'split', reason: 'half' });
    expect(badSplit.status).toBe(400);
    expect(badSplit.body.invalidParams[0].pointer).toBe('/releaseCents');
    const badOutcome = await w.call('POST', `/v1/disputes/${d.id}/decision`, { outcome: 'keep', reason: 'x' });
    expect(badOutcome.status).toBe(400);
    expect(badOutcome.body.invalidParams[0].pointer).toBe('/outcome');

    const decided = await w.call('POST', `/v1/disputes/${d.id}/decision`, { outcome: 'refund', reason: 'The agreed vector files were not delivered.' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'decided',
      decision: { outcome: 'refund', releaseCents: 0, refundCents: 50_000, reason: 'The agreed vector files were not delivered.' },
    });
    expect(decided.body.mediationNotes.map((n: any) => n.body)).toEqual(['The brief asked for SVG; the freelancer delivered PNG only.']);
    expect((await w.call('GET', `/v1/cases/${d.caseId}`)).body).toMatchObject({
      status: 'resolved',
      resolution: { kind: 'action', actionType: 'dispute_decision', actionId: d.id },
    });
    const twice = await w.call('POST', `/v1/disputes/${d.id}/decision`, { outcome: 'release', reason: 'changed my mind' });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'DisputeDecided', title: 'The dispute was already decided' });
    const late = await w.call('POST', `/v1/disputes/${d.id}/evidence`, { party: 'freelancer', kind: 'statement', text: 'one more thing' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'DisputeClosedToEvidence' });

    // The money outcome goes to the marketplace as a signed webhook.
    await deliverDue(w.ctx.db, new Date(), { config: webhookConfig, key: w.ctx.deploymentKey.key });
    const hook = rx.got.find((g) => g.topic === 'dispute.decided');
    expect(hook?.verified).toBe(true);
    const payload = JSON.parse(hook?.body ?? '{}');
    expect(payload).toMatchObject({
      topic: 'dispute.decided',
      data: {
        disputeId: d.id,
        contractId: 'd-k',
        milestoneId: 'ms-2',
        outcome: 'refund',
        currency: 'USD',
        amountCents: 50_000,
        release: { toAccountId: 'd-f', amountCents: 0 },
        refund: { toAccountId: 'd-c2', amountCents: 50_000 },
        reason: 'The agreed vector files were not delivered.',
      },
    });

    // A refund is a bad outcome for the freelancer's JSS, and the explain view says why.
    const jss = (await w.call('GET', '/v1/accounts/d-f/jss?explain=true')).body;
    expect(jss.score).toBeLessThan(100);
    expect(jss.contributions.find((c: any) => c.contractId === 'd-k')).toMatchObject({ outcome: 'bad', reason: 'dispute_refunded', counted: true });
    expect(jss.history[0].score).toBe(jss.score);
    // The client won: no dispute weighs on the client's trust.
    const clientBefore = (await w.call('GET', '/v1/accounts/d-c2/trust')).body.client;
    expect(clientBefore.facts.map((f: any) => f.code)).not.toContain('disputes');
  });

  it('a dispute the client loses on an hourly week weighs on the client and releases the money', async () => {
    const opened = await open({
      contractId: 'd-h',
      weekStart: '2026-11-02',
      openedBy: 'client',
      claim: { kind: 'hours', text: 'Billed hours look too high.' },
      amountCents: 60_000,
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ contractKind: 'hourly', weekStart: '2026-11-02', milestoneId: null });
    // The mediator claims the case, then decides it.
    const claimed = await w.call('POST', `/v1/cases/${opened.body.caseId}/claim`, {});
    expect(claimed.status).toBe(200);
    const decided = await w.call('POST', `/v1/disputes/${opened.body.id}/decision`, {
      outcome: 'release',
      reason: 'The work diary shows the hours with activity.',
    });
    expect(decided.status).toBe(200);
    expect(decided.body.decision).toMatchObject({ outcome: 'release', releaseCents: 60_000, refundCents: 0 });
    const facts = (await w.call('GET', '/v1/accounts/d-c2/trust')).body.client.facts;
    expect(facts.find((f: any) => f.code === 'disputes')).toMatchObject({ tone: 'negative', text: '1 payment dispute in the last 12 months.' });
    // Won by the freelancer: the contract does not count against them.
    const jss = (await w.call('GET', '/v1/accounts/d-f2/jss?explain=true')).body;
    expect(jss.contributions.find((c: any) => c.contractId === 'd-h')).toMatchObject({ outcome: 'excluded', reason: 'dispute_released', counted: false });
    const list = (await w.call('GET', '/v1/disputes?accountId=d-c2')).body.disputes;
    expect(list.map((x: any) => x.status)).toEqual(['decided', 'decided']);
  });

  it('splits with the amounts named', async () => {
    await send(w, [
      event('escrow.funded', 'd-c2', { contractId: 'd-k', milestoneId: 'ms-3', amountCents: 40_000 }, { at: daysAgo(5) }),
      event('milestone.submitted', 'd-f', { contractId: 'd-k', milestoneId: 'ms-3' }, { at: daysAgo(2) }),
    ]);
    const opened = await open({
      contractId: 'd-k',
      milestoneId: 'ms-3',
      openedBy: 'freelancer',
      claim: { kind: 'not_paid', text: 'Client will not release.' },
      amountCents: 40_000,
    });
    expect(opened.body.ifRespondentSilent).toBe('release');
    const tooMuch = await w.call('POST', `/v1/disputes/${opened.body.id}/decision`, { outcome: 'split', releaseCents: 40_000, reason: 'all' });
    expect(tooMuch.status).toBe(400);
    const split = await w.call('POST', `/v1/disputes/${opened.body.id}/decision`, {
      outcome: 'split',
      releaseCents: 25_000,
      reason: 'Most of the work was done.',
    });
    expect(split.status).toBe(200);
    expect(split.body.decision).toMatchObject({ releaseCents: 25_000, refundCents: 15_000 });
    const jss = (await w.call('GET', '/v1/accounts/d-f/jss?explain=true')).body;
    // The latest decision on the contract is the one that counts.
    expect(jss.contributions.find((c: any) => c.contractId === 'd-k')).toMatchObject({ outcome: 'neutral', reason: 'dispute_split', counted: true });
  });
});
