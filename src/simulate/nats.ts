// Streams a simulation's events into Warden the way a marketplace would in production: published
// to NATS JetStream (`<subjectPrefix>.<type>`, message id = event id), read by Warden's durable
// consumer (src/events/nats.ts), each reply read back from `<resultsPrefix>.<event id>`.
// Uploads, reports, appeals and reviews still go through the HTTP API (they are not events).
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import type { SimEvent } from './types.ts';

export interface NatsStreamOptions {
  /** NATS server(s), e.g. nats://127.0.0.1:4222. */
  servers: string;
  /** Subject prefix Warden consumes (WARDEN_NATS_SUBJECT_PREFIX); default warden.events. */
  subjectPrefix?: string;
  /** Where Warden publishes each reply; default warden.results. */
  resultsPrefix?: string;
  /** Stream name Warden creates (WARDEN_NATS_STREAM); the player waits for it. Default WARDEN_EVENTS. */
  stream?: string;
  /** Events published and not yet answered, at most (back-pressure). Default 256. */
  window?: number;
  /** Milliseconds without any reply before the outstanding events are counted lost. Default 60 000. */
  replyTimeoutMs?: number;
}

/** What Warden answered for one event: accepted, duplicate (ours or JetStream's window) or rejected. */
export interface NatsReply {
  id: string;
  status: 'accepted' | 'duplicate' | 'rejected' | 'lost';
  decision?: { outcome?: string };
  /** A sign-in's account-security verdict (its outcome, when the reply has no `decision`). */
  security?: { outcome?: string };
  /** A deal between linked accounts: the self-dealing verdict. */
  deal?: { outcome?: string };
  error?: unknown;
}

export interface NatsPublisher {
  /** Publishes one event; resolves when the publish is acknowledged by JetStream (not when Warden answered). */
  publish(event: SimEvent, onReply: (r: NatsReply) => void): Promise<void>;
  /** Resolves when every published event has its reply (or the reply timeout passed). */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function natsPublisher(o: NatsStreamOptions): Promise<NatsPublisher> {
  const subjectPrefix = o.subjectPrefix ?? 'warden.events';
  const resultsPrefix = o.resultsPrefix ?? 'warden.results';
  const stream = o.stream ?? 'WARDEN_EVENTS';
  const window = Math.max(1, o.window ?? 256);
  const replyTimeoutMs = o.replyTimeoutMs ?? 60_000;
  const nc: NatsConnection = await connect({ servers: o.servers, name: 'warden-simulator' });
  const js = jetstream(nc);
  // Warden's consumer creates the stream when it starts; publishing earlier would be refused.
  const jsm = await jetstreamManager(nc);
  for (let i = 0; ; i++) {
    const found = await jsm.streams.info(stream).then(
      () => true,
      () => false,
    );
    if (found) break;
    if (i >= 240) {
      await nc.close();
      throw new Error(`NATS stream ${stream} not found after 120 s: is Warden running with WARDEN_NATS_URL=${o.servers}?`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }

  const waiting = new Map<string, (r: NatsReply) => void>();
  let lastReply = Date.now();
  let wake: (() => void) | null = null;
  const sub: Subscription = nc.subscribe(`${resultsPrefix}.>`, {
    callback: (err, m) => {
      if (err) return;
      let body: {
        id?: string;
        status?: string;
        duplicate?: boolean;
        decision?: { outcome?: string };
        security?: { outcome?: string };
        deal?: { outcome?: string };
        code?: string;
        detail?: unknown;
      };
      try {
        body = m.json();
      } catch {
        return;
      }
      const id = body.id ?? m.subject.slice(resultsPrefix.length + 1);
      const done = waiting.get(id);
      if (!done) return; // another publisher's event
      waiting.delete(id);
      lastReply = Date.now();
      done(
        body.status === 'rejected'
          ? { id, status: 'rejected', error: { code: body.code, detail: body.detail } }
          : { id, status: body.duplicate ? 'duplicate' : 'accepted', decision: body.decision, security: body.security, deal: body.deal },
      );
      wake?.();
    },
  });
  // The subscription must be registered with the server before the first reply can arrive.
  await nc.flush();

  /** Waits until at most `n` events are outstanding; gives up on them after the reply timeout. */
  const drainTo = async (n: number) => {
    while (waiting.size > n) {
      if (Date.now() - lastReply > replyTimeoutMs) {
        for (const [id, done] of waiting) done({ id, status: 'lost' });
        waiting.clear();
        return;
      }
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 250);
      });
      wake = null;
    }
  };

  return {
    async publish(event, onReply) {
      await drainTo(window - 1);
      if (waiting.size === 0) lastReply = Date.now();
      waiting.set(event.id, onReply);
      const ack = await js.publish(`${subjectPrefix}.${event.type}`, JSON.stringify(event), { msgID: event.id });
      // JetStream dropped it as a duplicate within its window: Warden will not answer.
      if (ack.duplicate && waiting.delete(event.id)) onReply({ id: event.id, status: 'duplicate' });
    },
    settle: () => drainTo(0),
    async close() {
      sub.unsubscribe();
      await nc.drain();
    },
  };
}
