#!/usr/bin/env node
// Sends a JSON-lines file to a running Warden through POST /v1/events/batch, one batch
// after the other, and prints events/s: the HTTP figure `warden ingest` is compared with.
//   WARDEN_URL=http://127.0.0.1:4000 WARDEN_API_KEY=wdn_... node bench/ingest/http-batches.mjs events.jsonl [batch size]
import { readFileSync } from 'node:fs';

const [file, size = '500'] = process.argv.slice(2);
const url = process.env.WARDEN_URL ?? 'http://127.0.0.1:4000';
const key = process.env.WARDEN_API_KEY;
if (!file || !key) {
  process.stderr.write('usage: WARDEN_API_KEY=wdn_... node bench/ingest/http-batches.mjs FILE [batch size]\n');
  process.exit(2);
}
const events = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const tally = { accepted: 0, duplicate: 0, rejected: 0 };
const started = Date.now();
for (let i = 0; i < events.length; i += Number(size)) {
  const res = await fetch(`${url}/v1/events/batch`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ events: events.slice(i, i + Number(size)) }),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  for (const r of (await res.json()).results) tally[r.status]++;
}
const seconds = (Date.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ file, events: events.length, ...tally, seconds, eventsPerSecond: Math.round(events.length / seconds) })}\n`);
