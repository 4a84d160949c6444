// The simulator streams into Warden over NATS JetStream as a marketplace would: events published
// to the stream Warden consumes, replies read back from the results subject; reports, uploads
// and reviews over HTTP. Needs a real NATS server (127.0.0.1:4222).
import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectClient } from '../../src/simulate/client.ts';
import { generate } from '../../src/simulate/generate.ts';
import { playSimulation } from '../../src/simulate/run.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

const NATS_URL = process.env.WARDEN_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

async function natsAvailable(): Promise<boolean> {
  try {
    const nc = await connect({ servers: NATS_URL, timeout: 2000, reconnect: false });
    await jetstreamManager(nc);
    await nc.close();
    return true;
  } catch (err) {
    if (process.env.CI === 'true') throw new Error(`NATS JetStream is required under CI=true but ${NATS_URL} did not answer: ${(err as Error).message}`);
    console.warn(`skipping NATS simulator test: ${NATS_URL} did not answer (${(err as Error).message})`);
    return false;
  }
}

describe.skipIf(!(await natsAvailable()))('warden simulate --mode nats', () => {
  const suffix = randomBytes(4).toString('hex');
  const stream = `WARDEN_SIM_${suffix}`;
  const prefix = `ws${suffix}.events`;
  const sim = generate({ seed: 5, accounts: 30, days: 3, realDataDir: null });
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden('pglite', { natsUrl: NATS_URL, natsStream: stream, natsSubjectPrefix: prefix, logLevel: 'error' });
    w.startWorkers();
  }, 60_000);
  afterAll(async () => {
    await w?.close();
    const nc = await connect({ servers: NATS_URL });
    await (await jetstreamManager(nc)).streams.delete(stream).catch(() => {});
    await nc.close();
  });

  it('plays every event through JetStream and records each reply and decision', async () => {
    const log = await playSimulation(injectClient(w.app, w.adminKey), sim, { mode: 'nats', nats: { servers: NATS_URL, subjectPrefix: prefix, stream } });
    const events = sim.timeline.filter((i) => i.kind === 'event');
    expect(log.errors).toEqual([]);
    expect(log.mode).toBe('nats');
    expect(log.stats.accepted).toBe(events.length);
    // Screened messages came back with their decisions over the results subject.
    expect(Object.values(log.stats.outcomes).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    // What Warden stored is what was published: its timeline of one account has the events.
    const someone = events[0].event.actor.id;
    const tl = await w.app.inject({ method: 'GET', url: `/v1/accounts/${someone}/timeline`, headers: { authorization: `Bearer ${w.adminKey}` } });
    expect(tl.statusCode).toBe(200);
    // Played again, every event is a duplicate (JetStream's window or Warden's idempotency), nothing is lost.
    const again = await playSimulation(
      injectClient(w.app, w.adminKey),
      { ...sim, timeline: events.slice(0, 50) },
      { mode: 'nats', nats: { servers: NATS_URL, subjectPrefix: prefix, stream } },
    );
    expect(again.stats.duplicate).toBe(50);
    expect(again.errors).toEqual([]);
  }, 300_000);
});
