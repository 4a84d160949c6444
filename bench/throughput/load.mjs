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
const r = await autocannon({
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
process.stdout.write(
  JSON.stringify({ duration: r.duration, total: r.requests.total, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, p50: r.latency.p50, p99: r.latency.p99 }),
);
