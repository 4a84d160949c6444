// Throughput of the decision path: message.sent through the whole ingestion path (validate,
// store, project, screen, decide, effects) over HTTP against a listening Warden, on PGlite and
// PostgreSQL, in each ingestion mode side by side, with the stateless POST /v1/screen rate of
// the same run as the baseline. Traffic: distinct senders, a few percent of cases
// (traffic.mjs). Per scenario: events/s, p50/p99 per request, the server's CPU per event
// (process.cpuUsage of this process, which runs the server; the load generator is a child
// process), PostgreSQL's CPU per event (its backends serving this run, from /proc) and the
// deadlocks PostgreSQL counted meanwhile (pg_stat_database, the whole database).
// Modes: `one-per-tx` (one transaction per event, before #16), `grouped-unprepared` (sets, every
// statement parsed by PostgreSQL each time), `grouped` (sets, statements prepared once per
// connection: the default), `grouped-separate-begin` (sets, each transaction's `begin` sent alone
// instead of with its first statement, as before), `grouped@<dir>` (sets, as `grouped`, with the
// Warden of another checkout at <dir> — a worktree of the commit before a change, its
// node_modules present or linked — in this same process and run: before and after side by side
// without keeping the old code in the tree); the side-by-side table compares each with the first listed.
//   BENCH_BACKENDS=pglite,postgres BENCH_MODES=one-per-tx,grouped-unprepared,grouped npm run bench -- (BENCH_ONLY=throughput)
//   git worktree add --detach /tmp/before HEAD~1 && ln -s $PWD/node_modules /tmp/before/ &&
//   BENCH_ONLY=throughput BENCH_BACKENDS=postgres BENCH_MODES=grouped@/tmp/before,grouped npm run bench
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { createApiKey } from '../../src/access/keys.ts';
import { loadConfig } from '../../src/app/config.ts';
import { openWarden } from '../../src/app/start.ts';
import { dropSchema } from '../../src/store/db.ts';
import { printTable } from '../table.ts';

const POSTGRES_URL = process.env.WARDEN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const LOAD = new URL('./load.mjs', import.meta.url).pathname;
const run_ = promisify(execFile);

type Backend = 'pglite' | 'postgres';
/**
 * How events are committed: `one-per-tx` is one transaction per event (before #16), `grouped`
 * the set path; `grouped-unprepared` the set path with PostgreSQL parsing every statement anew
 * (WARDEN_DATABASE_PREPARED_STATEMENTS=false; on PGlite the same as `grouped`);
 * `grouped-separate-begin` the set path with every `begin` sent alone (store/db.ts separateBegin;
 * on PGlite the same as `grouped`).
 */
export type Mode = 'one-per-tx' | 'grouped-unprepared' | 'grouped-separate-begin' | 'grouped' | `grouped@${string}`;

/** What the benchmark takes from a Warden checkout: its own, or another's for `grouped@<dir>`. */
interface WardenModules {
  loadConfig: typeof loadConfig;
  openWarden: typeof openWarden;
  createApiKey: typeof createApiKey;
  dropSchema: typeof dropSchema;
}

/** This checkout's Warden, or for `grouped@<dir>` the one at <dir> (its modules loaded from there; its types taken as this one's). */
async function wardenOf(mode: Mode): Promise<WardenModules> {
  if (!mode.startsWith('grouped@')) return { loadConfig, openWarden, createApiKey, dropSchema };
  const dir = mode.slice('grouped@'.length);
  const load = (file: string) => import(pathToFileURL(`${dir}/src/${file}`).href);
  const [config, start, keys, db] = await Promise.all([load('app/config.ts'), load('app/start.ts'), load('access/keys.ts'), load('store/db.ts')]);
  return { loadConfig: config.loadConfig, openWarden: start.openWarden, createApiKey: keys.createApiKey, dropSchema: db.dropSchema };
}

interface Scenario {
  name: string;
  path: string;
  connections: number;
  perRequest: number;
  overallRate?: number;
  /** Requests to send (instead of a duration: on a loaded machine a batch can outlast it). */
  amount?: number;
}

// A fixed number of requests each (all complete, so CPU per event counts only finished work),
// enough for several seconds per scenario: the time is measured to the last reply (load.mjs).
const SCENARIOS: Scenario[] = [
  { name: 'POST /v1/screen (stateless baseline)', path: '/v1/screen', connections: 16, perRequest: 1, amount: 1500 },
  { name: 'message.sent one-by-one, 32 concurrent', path: '/v1/events', connections: 32, perRequest: 1, amount: 800 },
  { name: 'message.sent one-by-one at 1,000/s offered', path: '/v1/events', connections: 64, perRequest: 1, overallRate: 1000, amount: 800 },
  { name: 'message.sent batch ×100, 1 at a time', path: '/v1/events/batch', connections: 1, perRequest: 100, amount: 8 },
  { name: 'message.sent batch ×100, 4 concurrent', path: '/v1/events/batch', connections: 4, perRequest: 100, amount: 16 },
];

export type Row = {
  backend: Backend;
  mode: Mode;
  scenario: string;
  'events/s': number;
  'p50 ms': number;
  'p99 ms': number;
  'node CPU ms/event': number;
  'DB CPU ms/event': number | string;
  deadlocks: number | string;
  errors: number;
};

const TICK_MS = 10; // Linux USER_HZ = 100: /proc/<pid>/stat counts CPU in 10 ms ticks.

/** CPU ticks (user + system) of the given processes, read from /proc; a gone process counts 0. */
function ticks(pids: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, Number(f[11]) + Number(f[12]));
    } catch {
      out.set(pid, 0);
    }
  }
  return out;
}

/** PostgreSQL probes: this run's backends (by application_name) and the database's deadlock count. */
async function pgProbe(appName: string) {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  return {
    async backends(): Promise<number[]> {
      const r = await client.query('select pid from pg_stat_activity where application_name = $1', [appName]);
      return r.rows.map((x: { pid: number }) => x.pid);
    },
    async deadlocks(): Promise<number> {
      const r = await client.query('select deadlocks::int as n from pg_stat_database where datname = current_database()');
      return r.rows[0].n;
    },
    close: () => client.end(),
  };
}

async function measure(
  backend: Backend,
  mode: Mode,
  url: string,
  key: string,
  s: Scenario,
  probe?: Awaited<ReturnType<typeof pgProbe>>,
  appName?: string,
): Promise<Row> {
  const tag = `${backend[1]}${mode[0]}${mode.length % 10}${randomBytes(3).toString('hex')}`;
  const opts = {
    url,
    key,
    path: s.path,
    tag,
    perRequest: s.perRequest,
    connections: s.connections,
    duration: DURATION,
    overallRate: s.overallRate,
    amount: s.amount,
    senders: 2000,
    recipients: 500,
  };
  const pidsBefore = probe && appName ? await probe.backends() : [];
  const dbBefore = ticks(pidsBefore);
  const deadBefore = probe ? await probe.deadlocks() : 0;
  const cpu = process.cpuUsage();
  const { stdout } = await run_(process.execPath, [LOAD, JSON.stringify(opts)], { maxBuffer: 1 << 20 });
  const used = process.cpuUsage(cpu);
  const r = JSON.parse(stdout) as { duration: number; total: number; non2xx: number; errors: number; p50: number; p99: number };
  const ok = r.total - r.non2xx - r.errors;
  const events = ok * s.perRequest;
  let dbMs: number | string = backend === 'pglite' ? 'in node' : 'n/a';
  let deadlocks: number | string = backend === 'pglite' ? '–' : 'n/a';
  if (probe && appName) {
    const pidsAfter = await probe.backends();
    const dbAfter = ticks(pidsAfter);
    let t = 0;
    for (const [pid, v] of dbAfter) t += v - (dbBefore.get(pid) ?? 0);
    dbMs = events ? round((t * TICK_MS) / events) : 0;
    deadlocks = (await probe.deadlocks()) - deadBefore;
  }
  return {
    backend,
    mode,
    scenario: s.name,
    'events/s': Math.round(events / (r.duration || DURATION)),
    'p50 ms': r.p50,
    'p99 ms': r.p99,
    'node CPU ms/event': events ? round((used.user + used.system) / 1000 / events) : 0,
    'DB CPU ms/event': dbMs,
    deadlocks,
    errors: r.non2xx + r.errors,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

async function runBackend(backend: Backend, mode: Mode): Promise<Row[]> {
  const { loadConfig, openWarden, createApiKey, dropSchema } = await wardenOf(mode);
  const schema = backend === 'postgres' ? `bench_${randomBytes(4).toString('hex')}` : undefined;
  const config = loadConfig(
    {},
    {
      logLevel: 'silent',
      rateLimitPerMinute: 10_000_000,
      ingestMode: mode === 'one-per-tx' ? 'one-per-tx' : 'grouped',
      databasePreparedStatements: mode !== 'grouped-unprepared',
      ...(backend === 'postgres' ? { databaseUrl: POSTGRES_URL } : {}),
    },
  );
  const w = await openWarden(config, { schema, memory: backend === 'pglite', separateBegin: mode === 'grouped-separate-begin' });
  const probe = schema ? await pgProbe(`warden ${schema}`) : undefined;
  try {
    const { key } = await createApiKey(w.ctx.db, 'bench', ['admin']);
    w.startWorkers();
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(w.app.server.address() as { port: number }).port}`;
    // Warm-up: the spam model, policy cache and JIT.
    await run_(process.execPath, [
      LOAD,
      JSON.stringify({
        url,
        key,
        path: '/v1/events',
        tag: `warm${randomBytes(3).toString('hex')}`,
        perRequest: 1,
        connections: 4,
        duration: 1,
        senders: 50,
        recipients: 20,
      }),
    ]);
    const rows: Row[] = [];
    for (const s of SCENARIOS) rows.push(await measure(backend, mode, url, key, s, probe, schema ? `warden ${schema}` : undefined));
    return rows;
  } finally {
    await probe?.close();
    await w.stop();
    if (schema) await dropSchema(POSTGRES_URL, schema);
  }
}

export async function run(): Promise<void> {
  const backends = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',') as Backend[];
  const modes = (process.env.BENCH_MODES ?? 'one-per-tx,grouped-unprepared,grouped').split(',') as Mode[];
  const rows: Row[] = [];
  for (const backend of backends)
    for (const mode of modes) {
      try {
        rows.push(...(await runBackend(backend, mode)));
      } catch (err) {
        console.log(`${backend} ${mode} not measured: ${(err as Error).message}`);
      }
    }
  console.log(`\n## message.sent through the decision path over HTTP (a fixed number of requests each, autocannon, server in-process)\n`);
  printTable(rows);
  // Side by side: each mode against the first, per backend and scenario; and each against the stateless screen rate.
  const base = new Map(rows.filter((r) => r.mode === modes[0]).map((r) => [`${r.backend}|${r.scenario}`, r]));
  const screen = new Map(rows.filter((r) => r.scenario.startsWith('POST /v1/screen')).map((r) => [`${r.backend}|${r.mode}`, r['events/s']]));
  const side = rows
    .filter((r) => r.mode !== modes[0] && !r.scenario.startsWith('POST /v1/screen'))
    .map((r) => {
      const b = base.get(`${r.backend}|${r.scenario}`);
      const ratio = (x: number, y: number) => (y ? `${(x / y).toFixed(2)}×` : '–');
      return {
        backend: r.backend,
        scenario: r.scenario,
        [`events/s ${modes[0]} → ${r.mode}`]: `${b?.['events/s'] ?? '–'} → ${r['events/s']}`,
        'events/s ratio': ratio(r['events/s'], b?.['events/s'] ?? 0),
        'p99 ms': `${b?.['p99 ms'] ?? '–'} → ${r['p99 ms']}`,
        'node CPU ms/event': `${b?.['node CPU ms/event'] ?? '–'} → ${r['node CPU ms/event']}`,
        'DB CPU ms/event': `${b?.['DB CPU ms/event'] ?? '–'} → ${r['DB CPU ms/event']}`,
        deadlocks: `${b?.deadlocks ?? '–'} → ${r.deadlocks}`,
        'vs /v1/screen': ratio(r['events/s'], screen.get(`${r.backend}|${r.mode}`) ?? 0),
      };
    });
  if (side.length) {
    console.log(`\n## Side by side: ${modes[0]} (before) → ${modes.slice(1).join(', ')} (after), same run\n`);
    printTable(side);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run();
