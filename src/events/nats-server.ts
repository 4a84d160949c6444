// What Warden needs of the NATS server it ingests from, checked once at start so a missing
// feature is a clear error rather than silent redeliveries.
//
// - JetStream must be enabled (nats-server -js): without it there is no durable consumer.
// - nats-server 2.9.0 or later: the pull-consumer API Warden uses (`consume`) needs it.
// - Terminating a message *with a reason* ("+TERM <reason>") is understood from 2.10.4 on
//   (nats.go documents TermWithReason as needing 2.10.4). Older servers ignore the whole
//   acknowledgement, so an invalid event was redelivered max_deliver times and a terminated
//   event never left the pending list (issue 15, nats-server 2.9 as Debian ships it). On those
//   servers Warden terminates without a reason; the reason stays in Warden's log and in the
//   rejection it publishes on the results subject.

/** The oldest nats-server Warden ingests from. */
export const MIN_NATS_SERVER = '2.9.0';
/** The first nats-server that accepts a reason with +TERM. */
export const TERM_REASON_SINCE = '2.10.4';

/** [major, minor, patch] of "v2.9.10", "2.10.4-beta.1" ...; null when the text is no version. */
export function parseVersion(text: string): [number, number, number] | null {
  const m = /^v?(\d{1,5})\.(\d{1,5})\.(\d{1,5})/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** Negative, zero or positive as version a is older than, equal to or newer than b. */
export function compareVersions(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export interface NatsServerSupport {
  version: string;
  /** Whether m.term(reason) is understood; otherwise m.term() is sent. */
  termWithReason: boolean;
}

/**
 * Checks the INFO a NATS server sent on connect ({ version, jetstream? }, as nc.info holds it).
 * Throws an Error naming the server, its version and what to do when it is older than
 * MIN_NATS_SERVER or has JetStream off.
 */
export function checkNatsServer(info: { version?: string; jetstream?: boolean } | undefined, servers: string): NatsServerSupport {
  const version = info?.version ?? '';
  const parsed = parseVersion(version);
  if (!parsed)
    throw new Error(
      `NATS server at ${servers} did not report a version (got '${version}'); Warden needs nats-server ${MIN_NATS_SERVER} or later with JetStream`,
    );
  if (compareVersions(parsed, parseVersion(MIN_NATS_SERVER)!) < 0) {
    throw new Error(`nats-server ${version} at ${servers} is too old: Warden needs nats-server ${MIN_NATS_SERVER} or later (with JetStream enabled)`);
  }
  if (info?.jetstream !== true) {
    throw new Error(`JetStream is not enabled on nats-server ${version} at ${servers}: start the server with -js (or "jetstream {}" in its configuration)`);
  }
  return { version, termWithReason: compareVersions(parsed, parseVersion(TERM_REASON_SINCE)!) >= 0 };
}
