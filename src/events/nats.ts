// Distributed ingestion: the marketplace publishes events to NATS JetStream
// (`<prefix>.<type>`, message id = event id, so JetStream drops duplicates in its window
// and Warden's idempotency covers the rest). Any number of Warden processes pull from one
// durable consumer: each event is processed once, acknowledged only after its transaction
// commits (the messages of a pull are handled together, so they commit as sets), redelivered with a delay when processing fails, and terminated (never retried)
// when it is invalid. The ingestion reply is published to `<resultsPrefix>.<event id>`.
import { AckPolicy, type JsMsg, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import { WardenError } from '../app/errors.ts';
import { checkNatsServer, type NatsServerSupport } from './nats-server.ts';
import type { EventService } from './service.ts';

export interface NatsIngestionOptions {
  servers: string;
  stream: string;
  subjectPrefix: string;
  durable: string;
  resultsPrefix: string;
  /** Deliveries before a failing event is given up (it stays in the stream for inspection). */
  maxDeliver: number;
  redeliverDelayMs: number;
}

export const DEFAULT_NATS_OPTIONS: Omit<NatsIngestionOptions, 'servers'> = {
  stream: 'WARDEN_EVENTS',
  subjectPrefix: 'warden.events',
  durable: 'warden-ingest',
  resultsPrefix: 'warden.results',
  maxDeliver: 10,
  redeliverDelayMs: 2_000,
};

/** Messages handled at once per process: the pull size, so a whole pull can be one set. */
const MAX_IN_FLIGHT = 256;

export interface NatsIngestionStats {
  accepted: number;
  duplicate: number;
  rejected: number;
  failed: number;
}

export async function startNatsIngestion(
  events: EventService,
  log: Logger,
  opts: NatsIngestionOptions,
): Promise<{ stats: NatsIngestionStats; stop(): Promise<void>; connected(): boolean }> {
  // Once connected, a dropped connection is retried without limit (the client's default gives up after 10 tries).
  const nc = await connect({ servers: opts.servers, name: 'warden-ingest', maxReconnectAttempts: -1 });
  let connected = true;
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') connected = false;
      else if (s.type === 'reconnect') connected = true;
    }
  })().catch(() => {});
  let server: NatsServerSupport;
  try {
    server = checkNatsServer(nc.info, opts.servers);
  } catch (err) {
    await nc.close();
    throw err;
  }
  // Servers before 2.10.4 ignore "+TERM <reason>" altogether (nats-server.ts).
  const terminate = (m: JsMsg, reason: string) => (server.termWithReason ? m.term(reason) : m.term());
  const jsm = await jetstreamManager(nc);
  const subjects = [`${opts.subjectPrefix}.>`];
  try {
    await jsm.streams.info(opts.stream);
  } catch {
    await jsm.streams.add({ name: opts.stream, subjects, duplicate_window: 2 * 60 * 1_000_000_000 });
  }
  try {
    await jsm.consumers.info(opts.stream, opts.durable);
  } catch {
    await jsm.consumers.add(opts.stream, {
      durable_name: opts.durable,
      ack_policy: AckPolicy.Explicit,
      max_deliver: opts.maxDeliver,
      ack_wait: 30 * 1_000_000_000,
    });
  }
  const consumer = await jetstream(nc).consumers.get(opts.stream, opts.durable);
  const stats: NatsIngestionStats = { accepted: 0, duplicate: 0, rejected: 0, failed: 0 };
  const messages = await consumer.consume({ max_messages: MAX_IN_FLIGHT });

  const handle = async (m: JsMsg) => {
    let raw: unknown;
    try {
      raw = m.json();
    } catch {
      stats.rejected++;
      log.warn({ seq: m.seq, subject: m.subject }, 'NATS event is not JSON: terminated');
      terminate(m, 'not JSON');
      return;
    }
    try {
      const { duplicate, result } = await events.ingest(raw);
      stats[duplicate ? 'duplicate' : 'accepted']++;
      nc.publish(`${opts.resultsPrefix}.${result.id}`, JSON.stringify({ ...result, duplicate }));
      m.ack();
    } catch (err) {
      if (err instanceof WardenError && err.status < 500) {
        // Invalid or conflicting: retrying cannot help.
        stats.rejected++;
        log.warn({ seq: m.seq, code: err.code, detail: err.detail }, 'NATS event rejected: terminated');
        const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
        if (typeof id === 'string') nc.publish(`${opts.resultsPrefix}.${id}`, JSON.stringify({ id, status: 'rejected', code: err.code, detail: err.detail }));
        terminate(m, err.code);
        return;
      }
      stats.failed++;
      log.error({ err, seq: m.seq, deliveries: m.info.deliveryCount }, 'NATS event failed: will be redelivered');
      m.nak(opts.redeliverDelayMs);
    }
  };

  // Messages of a pull are handled concurrently (at most MAX_IN_FLIGHT at once): the event
  // service commits those that arrive together as one set (group commit, per-account arrival
  // order kept), and each is acknowledged after the set that holds it has committed.
  const inFlight = new Set<Promise<void>>();
  const loop = (async () => {
    for await (const m of messages) {
      while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
      const p = handle(m).finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
    await Promise.all(inFlight);
  })().catch((err) => log.error({ err }, 'NATS ingestion stopped'));

  log.info({ servers: opts.servers, serverVersion: server.version, stream: opts.stream, durable: opts.durable }, 'ingesting events from NATS JetStream');
  return {
    stats,
    connected: () => connected && !nc.isClosed(),
    async stop() {
      await messages.close();
      await loop;
      await nc.drain();
    },
  };
}
