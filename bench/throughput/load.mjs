#!/usr/bin/env node
// Runs autocannon in its own process (the load generator must not share the server's event
// loop) with message.sent bodies made per request from one counter shared by every
// connection, so connections never replay the same senders in step. Prints the result as JSON.
//   node load.mjs '{"url","key","path":"/v1/events"|"/v1/events/batch","tag","perRequest",
//                   "connections","duration" | "amount","overallRate"?,"senders","recipients"}'
import autocannon from 'autocannon';
import { messageEvent, textFor } from './traffic.mjs';

const o = JSON.parse(process.argv[2]);
let k = 0;
const body = () => {
  if (o.path === '/v1/screen') return JSON.stringify({ text: textFor(k++) });
  if (o.perRequest > 1) return JSON.stringify({ events: Array.from({ length: o.perRequest }, () => messageEvent(o, k++)) });
  return JSON.stringify(messageEvent(o, k++));
};
// autocannon's own `duration` is read at its next one-second tick after the last reply, so a run
// of 2.1 s reports 3 s (events/s quantised to 400/1, 400/1.5, 400/2 … for 400 requests). The
// run's time here is from the start to the last reply, measured in this process.
const started = performance.now();
let lastReply = started;
const run = autocannon({
  url: o.url,
  connections: o.connections,
  ...(o.amount ? { amount: o.amount, timeout: 600 } : { duration: o.duration }),
  ...(o.overallRate ? { overallRate: o.overallRate } : {}),
  requests: [
    {
      method: 'POST',
      path: o.path,
      headers: { authorization: `Bearer ${o.key}`, 'content-type': 'application/json' },
      setupRequest: (req) => ({ ...req, body: body() }),
    },
  ],
});
run.on('response', () => {
  lastReply = performance.now();
});
const r = await run;
process.stdout.write(
  JSON.stringify({ duration: (lastReply - started) / 1000, tickDuration: r.duration, total: r.requests.total, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, p50: r.latency.p50, p99: r.latency.p99 }),
);
