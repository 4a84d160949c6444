// A CPU profile of the server's steady state under message.sent traffic: Warden opened once
// (PGlite in memory or a fresh PostgreSQL schema), warmed up, then profiled (node:inspector)
// only while the load generator (bench/throughput/load.mjs, its own process) sends
// `BENCH_PROFILE_EVENTS` events (default 1,200) one by one (32 connections) or in batches of
// 100 (4 concurrent). Writes the .cpuprofile (open it in Chrome's DevTools) and prints the
// busy time by package or source folder and the heaviest functions, self and inclusive, in
// percent of the busy time (start-up, schema compilation and warm-up excluded).
//   node bin/tsx.mjs bench/trace/profile.ts [pglite|postgres] [single|batch] [out.cpuprofile]
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { promisify } from 'node:util';
import { createApiKey } from '../../src/access/keys.ts';
import { loadConfig } from '../../src/app/config.ts';
import { openWarden } from '../../src/app/start.ts';
import { dropSchema } from '../../src/store/db.ts';

const POSTGRES_URL = process.env.WARDEN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const LOAD = new URL('../throughput/load.mjs', import.meta.url).pathname;
const backend = process.argv[2] === 'postgres' ? 'postgres' : 'pglite';
const batch = process.argv[3] === 'batch';
const out = process.argv[4] ?? `/tmp/warden-${backend}-${batch ? 'batch' : 'single'}.cpuprofile`;
const EVENTS = Number(process.env.BENCH_PROFILE_EVENTS ?? 1200);
const run_ = promisify(execFile);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: an npm package, a node: module, a src/ folder (detect/ by detector), or the VM itself. */
function place(n: ProfileNode): string {
  const name = n.callFrame.functionName;
  if (name === '(garbage collector)' || name === '(program)' || name === '(idle)') return name;
  const u = n.callFrame.url.replace(/^file:\/\/.*?\/(?=src\/|node_modules\/|bench\/)/, '');
  if (!u) return '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u);
  if (pkg) return `npm:${pkg[1]}`;
  const src = /^src\/([^/]+)(?:\/([^/.]+)\/)?/.exec(u);
  if (src) return `src/${src[1]}${src[1] === 'detect' && src[2] ? `/${src[2]}` : ''}`;
  return u.startsWith('node:') ? u : u.split('/').slice(0, 2).join('/');
}

function report(p: Profile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*?\/(?=src\/|node_modules\/)/, '')}:${n.callFrame.lineNumber + 1}`;
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const byPlace = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  p.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const us = p.timeDeltas[i] ?? 0;
    if (n.callFrame.functionName === '(idle)') return;
    busy += us;
    add(byPlace, place(n), us);
    add(self, label(n), us);
    const counted = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (!counted.has(l)) add(inclusive, l, us);
      counted.add(l);
    }
  });
  const top = (m: Map<string, number>, k: number, keep: (s: string) => boolean = () => true) =>
    [...m]
      .filter(([s]) => keep(s))
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([s, us]) => `  ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${s}`)
      .join('\n');
  console.log(`busy ${(busy / 1000).toFixed(0)} ms for ${EVENTS} events = ${(busy / 1000 / EVENTS).toFixed(2)} ms/event (profiler overhead included)`);
  console.log(`\nby place (self time):\n${top(byPlace, 25)}`);
  console.log(`\nfunctions, self time:\n${top(self, 30)}`);
  console.log(`\nsrc/ functions, inclusive time:\n${top(inclusive, 40, (s) => / src\//.test(s))}`);
}

const schema = backend === 'postgres' ? `prof_${randomBytes(4).toString('hex')}` : undefined;
const config = loadConfig({}, { logLevel: 'silent', rateLimitPerMinute: 10_000_000, ...(schema ? { databaseUrl: POSTGRES_URL } : {}) });
const w = await openWarden(config, { schema, memory: !schema });
try {
  const { key } = await createApiKey(w.ctx.db, 'profile', ['admin']);
  w.startWorkers();
  await w.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(w.app.server.address() as { port: number }).port}`;
  const load = (o: Record<string, unknown>) =>
    run_(process.execPath, [LOAD, JSON.stringify({ url, key, senders: 2000, recipients: 500, tag: randomBytes(3).toString('hex'), ...o })], {
      maxBuffer: 1 << 20,
    });
  await load({ path: '/v1/events', perRequest: 1, connections: 4, amount: 200 });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const t = performance.now();
  const r = JSON.parse(
    (
      await load(
        batch
          ? { path: '/v1/events/batch', perRequest: 100, connections: 4, amount: Math.ceil(EVENTS / 100) }
          : { path: '/v1/events', perRequest: 1, connections: 32, amount: EVENTS },
      )
    ).stdout,
  );
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  const s = (performance.now() - t) / 1000;
  console.log(
    `${backend} ${batch ? 'batch ×100, 4 concurrent' : 'one-by-one, 32 concurrent'}: ${Math.round(EVENTS / s)} events/s, p99 ${r.p99} ms, non-2xx ${r.non2xx}`,
  );
  writeFileSync(out, JSON.stringify(profile));
  console.log(`profile: ${out}`);
  report(profile);
} finally {
  await w.stop();
  if (schema) await dropSchema(POSTGRES_URL, schema);
}
