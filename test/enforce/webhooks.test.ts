// Webhooks to a real receiver on 127.0.0.1: signed, retried with backoff after failures,
// dead-lettered and replayed, and — with the receiver deduping on Warden-Event-Id —
// processed exactly once per event even when a delivery is repeated.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnforceConfig } from '../../src/enforce/config.ts';
import { deliverDue, startWebhookWorker } from '../../src/enforce/webhooks/delivery.ts';
import { verifySignature } from '../../src/enforce/webhooks/signing.ts';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

interface Receiver {
  url: string;
  requests: { eventId: string; body: string; signature: string; topic: string }[];
  processed: Map<string, unknown>;
  /** Answers for the next requests, in order (then 200). 'ack-lost': processes but answers 500. */
  script: (number | 'ack-lost')[];
  close(): Promise<void>;
}

async function startReceiver(secret: () => string): Promise<Receiver> {
  const r = { requests: [], processed: new Map(), script: [] } as unknown as Receiver;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const eventId = String(req.headers['warden-event-id']);
      const signature = String(req.headers['warden-signature']);
      r.requests.push({ eventId, body, signature, topic: String(req.headers['warden-event-topic']) });
      const step = r.script.shift() ?? 200;
      const t = Number(/t=(\d+)/.exec(signature)?.[1]);
      if (!verifySignature(secret(), body, signature, t)) return res.writeHead(401).end();
      if (step === 'ack-lost' || step === 200) if (!r.processed.has(eventId)) r.processed.set(eventId, JSON.parse(body)); // receiver-side dedupe
      res.writeHead(step === 'ack-lost' ? 500 : step).end();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  r.url = `http://127.0.0.1:${port}/hooks`;
  r.close = () => new Promise<void>((ok) => server.close(() => ok()));
  return r;
}

const cfg = loadEnforceConfig(
  {},
  { webhookMaxAttempts: 4, webhookBackoffBaseMs: 1000, webhookBackoffMaxMs: 10_000, webhookLeaseMs: 5000, webhookAllowPrivateTargets: true },
);

describe.each(await backends())('webhook delivery (%s)', (backend) => {
  let w: TestWarden;
  let rx: Receiver;
  let secret = '';
  beforeAll(async () => {
    // The receiver is on 127.0.0.1: a private target this deployment allows.
    w = await startEnforceWarden(backend, { webhookAllowPrivateTargets: true });
    rx = await startReceiver(() => secret);
  });
  afterAll(async () => {
    await rx?.close();
    await w?.close();
  });

  it('retries after failures and the receiver processes each event exactly once', async () => {
    const sub = await w.call('POST', '/v1/webhooks', { url: rx.url, topics: ['action.applied', 'action.lifted'] });
    expect(sub.status).toBe(201);
    secret = sub.body.secret;
    expect(secret).toMatch(/^whsec_/);
    expect((await w.call('GET', '/v1/webhooks')).body.subscriptions[0]).not.toHaveProperty('secret');

    const a1 = await w.ctx.enforcement.applyAction(w.ctx.db, {
      accountId: 'fl-w',
      type: 'restriction',
      policy: 'spam',
      reason: 'bulk invites',
      durationDays: 3,
    });
    await w.ctx.enforcement.applyAction(w.ctx.db, { accountId: 'fl-w2', type: 'warning', policy: 'spam', reason: 'bulk invites' });
    // First event: two failures, then success. Second: processed but the ack is lost once.
    rx.script = [500, 503];
    let now = new Date();
    const first = await deliverDue(w.ctx.db, now, { config: cfg, key: w.ctx.deploymentKey.key });
    expect(first).toMatchObject({ fannedOut: expect.any(Number), attempted: 2, delivered: 0, retrying: 2 });
    rx.script = ['ack-lost'];
    for (let i = 0; i < 6; i++) {
      now = new Date(now.getTime() + 20_000);
      await deliverDue(w.ctx.db, now, { config: cfg, key: w.ctx.deploymentKey.key });
    }
    const ids = new Set(rx.requests.map((r) => r.eventId));
    expect(ids.size).toBe(2);
    expect(rx.requests.length).toBeGreaterThanOrEqual(4); // at least once: some events came more than once
    expect(rx.processed.size).toBe(2); // ... and were processed once each
    const body = [...rx.processed.values()].find((b) => (b as { data: { actionId: string } }).data.actionId === a1.action.id) as {
      topic: string;
      data: Record<string, unknown>;
    };
    expect(body.topic).toBe('action.applied');
    expect(body.data).toMatchObject({ accountId: 'fl-w', type: 'restriction', feature: 'new_conversations' });
    const deliveries = (await w.call('GET', '/v1/webhooks/deliveries')).body.deliveries;
    expect(deliveries.every((d: { status: string }) => d.status === 'delivered')).toBe(true);
    expect(Math.max(...deliveries.map((d: { attempts: number }) => d.attempts))).toBe(3);
    // Nothing more is sent for delivered events.
    const before = rx.requests.length;
    await deliverDue(w.ctx.db, new Date(now.getTime() + 3_600_000), { config: cfg, key: w.ctx.deploymentKey.key });
    expect(rx.requests.length).toBe(before);
  });

  it('dead-letters after the last try, and a replay delivers with the same event id', async () => {
    await w.ctx.enforcement.applyAction(w.ctx.db, { accountId: 'fl-dead', type: 'suspension', policy: 'scam', reason: 'advance-fee scam', durationDays: 14 });
    rx.script = [500, 500, 500, 500];
    let now = new Date(Date.now() + 7_200_000);
    for (let i = 0; i < 6; i++) {
      await deliverDue(w.ctx.db, now, { config: cfg, key: w.ctx.deploymentKey.key });
      now = new Date(now.getTime() + 20_000);
    }
    const dead = (await w.call('GET', '/v1/webhooks/deliveries?status=dead')).body.deliveries;
    expect(dead).toHaveLength(1);
    expect(dead[0].attempts).toBe(4);
    expect(dead[0].lastError).toMatch(/500/);
    const replay = await w.call('POST', '/v1/webhooks/dead-letters/replay', {});
    expect(replay.body.replayed).toBe(1);
    await deliverDue(w.ctx.db, now, { config: cfg, key: w.ctx.deploymentKey.key });
    const last = rx.requests.at(-1)!;
    expect(last.eventId).toBe(dead[0].eventId);
    expect(rx.processed.has(dead[0].eventId)).toBe(true);
    expect((await w.call('GET', '/v1/webhooks/deliveries?status=dead')).body.deliveries).toHaveLength(0);
    // A single delivery can be replayed too; the receiver sees a duplicate and ignores it.
    const again = await w.call('POST', `/v1/webhooks/deliveries/${dead[0].id}/replay`);
    expect(again.status).toBe(202);
    await deliverDue(w.ctx.db, now, { config: cfg, key: w.ctx.deploymentKey.key });
    expect(rx.requests.filter((r) => r.eventId === dead[0].eventId).length).toBe(6);
  });

  it('the worker delivers on its own and stops cleanly', async () => {
    const before = rx.processed.size;
    await w.ctx.enforcement.applyAction(w.ctx.db, { accountId: 'fl-worker', type: 'warning', policy: 'spam', reason: 'links' });
    const worker = startWebhookWorker(w.ctx, { intervalMs: 50, config: cfg, key: w.ctx.deploymentKey.key });
    const deadline = Date.now() + 5000;
    while (rx.processed.size === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await worker.stop();
    expect(rx.processed.size).toBe(before + 1);
  });
});
