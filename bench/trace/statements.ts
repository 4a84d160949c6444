// Counts the SQL statements one `message.sent` costs on PostgreSQL, by kind and by table:
// every query the pg driver sends is recorded (pg.Client.prototype.query wrapped) while events
// go through POST /v1/events one at a time and POST /v1/events/batch, with traffic from
// bench/throughput/traffic.mjs (distinct senders, a few percent of cases), with the time from
// sending each statement to its answer (the round trip and PostgreSQL's work; the event's own
// transaction issues them one after another, so none waits behind another of the same event).
//   node bin/tsx.mjs bench/trace/statements.ts [--list] [--separate-begin]   (WARDEN_INGEST_MODE=one-per-tx for the old path;
//   --separate-begin: each transaction's begin sent alone, as before store/db.ts beginWithFirstStatement)
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createApiKey } from '../../src/access/keys.ts';
import { loadConfig } from '../../src/app/config.ts';
import { openWarden } from '../../src/app/start.ts';
import { dropSchema } from '../../src/store/db.ts';
// @ts-expect-error plain JS module without types
import { messageEvent } from '../throughput/traffic.mjs';

const POSTGRES_URL = process.env.WARDEN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const list = process.argv.includes('--list');
const dump = process.argv.includes('--dump');

let recording = false;
const seen: string[] = [];
/** Milliseconds from sending each recorded statement to its answer (round trip plus PostgreSQL's work), by index into `seen`. */
const took: number[] = [];
/** Rows each recorded statement returned, by index into `seen`. */
const rowsOf: number[] = [];
/** Statements sent while another of the same connection was still unanswered (pipelined behind it: no round trip of their own). */
let pipelined = 0;
const inFlight = new WeakMap<object, number>();
const original = pg.Client.prototype.query;
(pg.Client.prototype as any).query = function (this: pg.Client, ...args: any[]) {
  const busy = inFlight.get(this) ?? 0;
  if (recording && busy > 0 && (this as any).pipeline) pipelined++;
  const result = (original as any).apply(this, args);
  if (result && typeof result.then === 'function') {
    inFlight.set(this, busy + 1);
    const settle = () => inFlight.set(this, (inFlight.get(this) ?? 1) - 1);
    result.then(settle, settle);
  }
  if (recording) {
    const q = args[0];
    const i = seen.push(typeof q === 'string' ? q : (q?.text ?? String(q))) - 1;
    const t0 = performance.now();
    const done = (r?: { rows?: unknown[] }) => {
      took[i] = performance.now() - t0;
      rowsOf[i] = r?.rows?.length ?? 0;
    };
    if (result && typeof result.then === 'function') result.then(done, done);
  }
  return result;
};

/** Statement kind and first table it names. */
function classify(text: string): { kind: string; table: string } {
  const t = text.trim().replace(/\s+/g, ' ').toLowerCase();
  const kind = t.split(' ')[0].replace(/[^a-z]/g, '');
  const m = /\b(?:from|into|update|join)\s+"?([a-z_]+)"?/.exec(t);
  return { kind, table: m?.[1] ?? '' };
}

function summarise(label: string, events: number) {
  const byKind = new Map<string, number>();
  const byTable = new Map<string, number>();
  const msByTable = new Map<string, number>();
  const rowsByTable = new Map<string, number>();
  let ms = 0;
  for (const [i, s] of seen.entries()) {
    const { kind, table } = classify(s);
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    const key = `${kind} ${table}`.trim();
    byTable.set(key, (byTable.get(key) ?? 0) + 1);
    msByTable.set(key, (msByTable.get(key) ?? 0) + (took[i] ?? 0));
    rowsByTable.set(key, (rowsByTable.get(key) ?? 0) + (rowsOf[i] ?? 0));
    ms += took[i] ?? 0;
  }
  const per = (n: number) => (n / events).toFixed(2);
  console.log(
    `\n${label}: ${seen.length} statements for ${events} events = ${per(seen.length)} per event, ${per(seen.length - pipelined)} round trips per event (the others pipelined behind one), ${per(ms)} ms waiting for answers per event`,
  );
  pipelined = 0;
  console.log(
    `  by kind: ${[...byKind]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${per(n)}`)
      .join(', ')}`,
  );
  if (dump) for (const s of seen.slice(0, 30)) console.log('   ', s.replace(/\s+/g, ' ').slice(0, Number(process.env.DUMP_CHARS ?? 300)));
  if (list)
    for (const [k, n] of [...byTable].sort((a, b) => b[1] - a[1]))
      console.log(`    ${per(n).padStart(6)}  ${per(msByTable.get(k) ?? 0).padStart(6)} ms  ${per(rowsByTable.get(k) ?? 0).padStart(7)} rows  ${k}`);
  seen.length = 0;
  took.length = 0;
  rowsOf.length = 0;
}

const schema = `trace_${randomBytes(4).toString('hex')}`;
const separateBegin = process.argv.includes('--separate-begin');
const w = await openWarden(loadConfig({}, { logLevel: 'silent', databaseUrl: POSTGRES_URL }), { schema, separateBegin });
try {
  const { key } = await createApiKey(w.ctx.db, 'trace', ['admin']);
  const headers = { authorization: `Bearer ${key}` };
  const o = { tag: randomBytes(3).toString('hex'), senders: 2000, recipients: 500 };
  let k = 0;
  // Warm-up (model, policies, caches).
  for (; k < 20; k++) await w.app.inject({ method: 'POST', url: '/v1/events', headers, payload: messageEvent(o, k) });
  const N = 200;
  recording = true;
  for (let i = 0; i < N; i++, k++) {
    const res = await w.app.inject({ method: 'POST', url: '/v1/events', headers, payload: messageEvent(o, k) });
    if (res.statusCode >= 300) throw new Error(`${res.statusCode} ${res.body}`);
  }
  recording = false;
  summarise(`POST /v1/events one at a time (${process.env.WARDEN_INGEST_MODE ?? 'grouped'}${separateBegin ? ', begin sent alone' : ''})`, N);
  const batch = Array.from({ length: 100 }, () => messageEvent(o, k++));
  recording = true;
  const res = await w.app.inject({ method: 'POST', url: '/v1/events/batch', headers, payload: { events: batch } });
  recording = false;
  if (res.statusCode >= 300) throw new Error(`${res.statusCode} ${res.body}`);
  summarise('POST /v1/events/batch ×100', batch.length);
} finally {
  await w.stop();
  await dropSchema(POSTGRES_URL, schema);
}
