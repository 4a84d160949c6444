// NATS unreachable when Warden starts (issue 15 leftover): the process starts and serves, GET
// /readyz answers 503 naming NATS, ingestion connects once NATS answers, and an event
// published (and acknowledged by JetStream) while Warden was not connected is ingested.
import { randomBytes } from 'node:crypto';
import { createServer, type Server, connect as tcpConnect } from 'node:net';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterAll, describe, expect, it } from 'vitest';
import { ev } from '../helpers/events.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

const NATS = { host: '127.0.0.1', port: Number(new URL(process.env.WARDEN_TEST_NATS_URL ?? 'nats://127.0.0.1:4222').port || 4222) };

async function natsAvailable(): Promise<boolean> {
  try {
    const nc = await connect({ servers: `nats://${NATS.host}:${NATS.port}`, timeout: 2000, reconnect: false });
    await nc.close();
    return true;
  } catch (err) {
    if (process.env.CI === 'true') throw err;
    return false;
  }
}

/** A port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

/** A TCP pass-through to the real NATS server: "NATS comes up" on `port`. */
async function proxy(port: number): Promise<Server> {
  const server = createServer((client) => {
    const upstream = tcpConnect(NATS.port, NATS.host);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return server;
}

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const until = Date.now() + ms;
  let v = await read();
  while (!ok(v) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    v = await read();
  }
  return v;
}

describe.skipIf(!(await natsAvailable()))('NATS unreachable at start', () => {
  const suffix = randomBytes(4).toString('hex');
  const stream = `WARDEN_DOWN_${suffix}`;
  const prefix = `wd${suffix}.events`;
  let w: TestWarden | undefined;
  let bridge: Server | undefined;
  afterAll(async () => {
    await w?.close();
    bridge?.close();
    const nc = await connect({ servers: `nats://${NATS.host}:${NATS.port}` });
    await (await jetstreamManager(nc)).streams.delete(stream).catch(() => {});
    await nc.close();
  });

  it('starts, is not ready while NATS cannot be reached, connects when it can, and loses nothing published meanwhile', async () => {
    const port = await freePort();
    w = await startTestWarden('pglite', { natsUrl: `nats://127.0.0.1:${port}`, natsStream: stream, natsSubjectPrefix: prefix });
    w.startWorkers();
    const down = await w.call('GET', '/readyz', undefined, null);
    expect(down.status).toBe(503);
    expect(down.body.detail).toContain('nats');
    expect((await w.call('GET', '/healthz', undefined, null)).status).toBe(200);
    // The HTTP API still takes events.
    expect((await w.call('POST', '/v1/events', ev.registered('fl-http-while-down', 'freelancer'))).status).toBe(201);

    // The marketplace publishes while Warden is not connected; JetStream acknowledges and keeps it.
    const nc = await connect({ servers: `nats://${NATS.host}:${NATS.port}` });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: stream, subjects: [`${prefix}.>`] });
    const e = ev.registered('fl-nats-while-down', 'freelancer');
    const ack = await jetstream(nc).publish(`${prefix}.${e.type}`, JSON.stringify(e), { msgID: e.id });
    expect(ack.seq).toBeGreaterThan(0);
    await nc.close();
    expect((await w.call('GET', '/v1/accounts/fl-nats-while-down')).status).toBe(404);

    bridge = await proxy(port);
    const ready = await eventually(
      () => w!.call('GET', '/readyz', undefined, null),
      (r) => r.status === 200,
      40_000,
    );
    expect(ready.status).toBe(200);
    const account = await eventually(
      () => w!.call('GET', '/v1/accounts/fl-nats-while-down'),
      (r) => r.status === 200,
      20_000,
    );
    expect(account.status).toBe(200);
  }, 120_000);
});
