#!/usr/bin/env node
// Runs autocannon in its own process (so the load generator does not share the server's
// event loop) and prints its result as JSON. `[<id>]` in the body becomes a unique id per
// request (autocannon's idReplacement), which keeps every event new.
import autocannon from 'autocannon';

const opts = JSON.parse(process.argv[2]);
const r = await autocannon({ ...opts, idReplacement: true });
process.stdout.write(JSON.stringify({ duration: r.duration, total: r.requests.total, non2xx: r.non2xx, errors: r.errors, p50: r.latency.p50, p99: r.latency.p99 }));
