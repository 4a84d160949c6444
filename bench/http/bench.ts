// Ingestion and screening over HTTP (autocannon against a real listening Warden), on PGlite
// and on PostgreSQL, side by side: one-by-one events, batched events, message.sent (the
// decision path with the default policies) and POST /v1/screen.

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { createApiKey } from '../../src/access/keys.ts';
import { loadConfig } from '../../src/app/config.ts';
import { openWarden } from '../../src/app/start.ts';
import { dropSchema } from '../../src/store/db.ts';
import { printTable } from '../table.ts';

const POSTGRES_URL = process.env.WARDEN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const TEXTS = [
  'Hi! I read your job post and I have built three similar dashboards in React and D3. Could you share the data source format?',
  'Sure, my WhatsApp is +44 7911 123456, message me there and we can discuss details',
  'I pushed v2.4.1 to staging; order #558210 now syncs. ETA Friday 14:00 UTC.',
  'Let us skip the platform fee — pay me directly via PayPal and I will start today.',
  'Thanks for the invite! What is the expected timeline and budget for the first milestone?',
];
const run_ = promisify(execFile);
const CANNON = new URL('./cannon.mjs', import.meta.url).pathname;
// `[<id>]` is replaced by a unique id in each request (see cannon.mjs).
const login = (i: number) => ({
  id: `b-[<id>]-${i}`,
  type: 'user.login',
  occurredAt: new Date().toISOString(),
  actor: { id: `acct-${i % 500}` },
  data: { ip: '203.0.113.7' },
});
const message = (i: number) => ({
  id: 'b-[<id>]',
  type: 'message.sent',
  occurredAt: new Date().toISOString(),
  actor: { id: `fl-${i % 300}` },
  data: { messageId: 'm-[<id>]', recipientId: `cl-${i % 200}`, text: TEXTS[i % TEXTS.length] },
});

interface Row {
  backend: string;
  scenario: string;
  'req/s': number;
  'events/s': number;
  'p50 ms': number;
  'p99 ms': number;
  errors: number;
}

/** Several request bodies (autocannon cycles through them), each made unique per request by idReplacement. */
async function cannon(
  url: string,
  key: string,
  path: string,
  bodies: unknown[],
  connections: number,
  perRequest = 1,
): Promise<Omit<Row, 'backend' | 'scenario'>> {
  const opts = {
    url,
    connections,
    duration: DURATION,
    requests: bodies.map((b) => ({
      method: 'POST',
      path,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(b),
    })),
  };
  const { stdout } = await run_(process.execPath, [CANNON, JSON.stringify(opts)], { maxBuffer: 1 << 20 });
  const r = JSON.parse(stdout) as { duration: number; total: number; non2xx: number; errors: number; p50: number; p99: number };
  const ok = r.total - r.non2xx - r.errors;
  return {
    'req/s': Math.round(ok / (r.duration || DURATION)),
    'events/s': Math.round((ok * perRequest) / (r.duration || DURATION)),
    'p50 ms': r.p50,
    'p99 ms': r.p99,
    errors: r.non2xx + r.errors,
  };
}

const many = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));

async function backend(kind: 'pglite' | 'postgres'): Promise<Row[]> {
  const schema = kind === 'postgres' ? `bench_${randomBytes(4).toString('hex')}` : undefined;
  const config = loadConfig({}, { logLevel: 'silent', rateLimitPerMinute: 10_000_000, ...(kind === 'postgres' ? { databaseUrl: POSTGRES_URL } : {}) });
  const w = await openWarden(config, { schema, memory: kind === 'pglite' });
  try {
    const { key } = await createApiKey(w.ctx.db, 'bench', ['admin']);
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(w.app.server.address() as { port: number }).port}`;
    const rows: Row[] = [];
    const add = (scenario: string, r: Omit<Row, 'backend' | 'scenario'>) => rows.push({ backend: kind, scenario, ...r });
    add('events one-by-one (user.login)', await cannon(url, key, '/v1/events', many(50, login), 8));
    add('events batched ×500 (user.login)', await cannon(url, key, '/v1/events/batch', [{ events: many(500, login) }], 2, 500));
    add('message.sent one-by-one (decision path)', await cannon(url, key, '/v1/events', many(50, message), 8));
    add(
      'POST /v1/screen (stateless)',
      await cannon(
        url,
        key,
        '/v1/screen',
        TEXTS.map((text) => ({ text })),
        8,
      ),
    );
    return rows;
  } finally {
    await w.stop();
    if (schema) await dropSchema(POSTGRES_URL, schema);
  }
}

export async function run(): Promise<void> {
  const rows = [...(await backend('pglite'))];
  try {
    rows.push(...(await backend('postgres')));
  } catch (err) {
    console.log(`PostgreSQL at ${POSTGRES_URL} not measured: ${(err as Error).message}`);
  }
  console.log(`\n## Ingestion and screening over HTTP (${DURATION}s each, autocannon, server in-process)\n`);
  const base = new Map(rows.filter((r) => r.backend === 'pglite').map((r) => [r.scenario, r['events/s']]));
  printTable(rows.map((r) => ({ ...r, 'vs PGlite': r.backend === 'pglite' ? '1.00×' : `${(r['events/s'] / (base.get(r.scenario) || 1)).toFixed(2)}×` })));
  const one = rows.find((r) => r.backend === 'pglite' && r.scenario.startsWith('events one'));
  const batch = rows.find((r) => r.backend === 'pglite' && r.scenario.startsWith('events batched'));
  if (one && batch) console.log(`\nbatched / one-by-one on PGlite: ${(batch['events/s'] / Math.max(1, one['events/s'])).toFixed(1)}×`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
