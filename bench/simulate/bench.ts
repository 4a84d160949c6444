// The marketplace simulation through the whole pipeline: a seeded population generated,
// played into Warden on PostgreSQL (projections, screening, detectors, patterns, policies,
// strikes, cases, reports, appeals, the simulated review team) and evaluated against its truth.
// Prints events/s per stage, with a one-by-one baseline on the first events measured in the
// same run (ratios only mean something within one run on a shared machine).
//
// BENCH_SIM_EVENTS   target number of events (default 1,000,000; the population is sized to it)
// BENCH_SIM_DAYS     simulated days (default 14)
// BENCH_SIM_BACKEND  postgres (default) or pglite
// BENCH_SIM_BATCH    events per POST /v1/events/batch (default 500)
// BENCH_SIM_BASELINE events played one by one for the baseline row (default 2,000; 0 = none)
// BENCH_SIM_OUT      report folder for the whole run's evaluation (README.md, charts, evaluation.json)
// BENCH_SIM_SEED     seed (default 1)
// BENCH_SIM_COHORT   accounts per cohort (default 2,000): the population is generated cohort by
//                    cohort into a temporary folder and streamed in time order (cohorts.ts), so
//                    memory stays bounded at a million events
// BENCH_SIM_EVALUATE 0 to skip the evaluation stage (it reads every account through the API)
// BENCH_SIM_STAGES   1 to print the whole run's node CPU and SQL statements by stage (stages.ts)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiKey } from '../../src/access/keys.ts';
import { SimulatedClock } from '../../src/app/clock.ts';
import { loadConfig } from '../../src/app/config.ts';
import { openWarden } from '../../src/app/start.ts';
import { injectClient } from '../../src/simulate/client.ts';
import { type CohortSimulation, generateCohorts } from '../../src/simulate/cohorts.ts';
import { evaluateRun, playSimulation } from '../../src/simulate/run.ts';
import type { StreamOptions } from '../../src/simulate/stream.ts';
import type { TimelineItem } from '../../src/simulate/types.ts';
import { dropSchema } from '../../src/store/db.ts';
import { printTable } from '../table.ts';
import { meteredClient, StageMeter } from './stages.ts';

const POSTGRES_URL = process.env.WARDEN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Timeline events per account over 14 days, measured on the generator (seed 1, 5,000 accounts: 22.6 items, ~20.5 events). */
const EVENTS_PER_ACCOUNT_14D = 20.5;

const num = (name: string, dflt: number) => {
  const v = process.env[name];
  const n = v === undefined || v === '' ? dflt : Number(v.replace(/_/g, ''));
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got ${v}`);
  return n;
};

type Backend = 'postgres' | 'pglite';

type Played = Pick<CohortSimulation, 'truth' | 'items'> & { timeline: AsyncIterable<TimelineItem> | TimelineItem[] };

async function play(backend: Backend, sim: Played, opts: StreamOptions, evaluate: boolean, meter?: StageMeter) {
  const schema = backend === 'postgres' ? `bench_sim_${randomBytes(4).toString('hex')}` : undefined;
  const config = loadConfig({}, { logLevel: 'silent', rateLimitPerMinute: 100_000_000, ...(backend === 'postgres' ? { databaseUrl: POSTGRES_URL } : {}) });
  // Warden on the simulation's clock: the daily sweeps (expiry, deadlines, trust) are part of the pipeline.
  const clock = new SimulatedClock(sim.truth.startAt);
  const w = await openWarden(config, { schema, memory: backend === 'pglite', clock });
  try {
    const { key } = await createApiKey(w.ctx.db, 'bench', ['admin']);
    const direct = injectClient(w.app, key);
    const client = meter ? meteredClient(direct, meter, 'play ') : direct;
    const staged = <T>(stage: string, fn: () => Promise<T>) => (meter ? meter.time(stage, fn) : fn());
    // Warden's first request compiles every route's schemas (seconds of CPU, once per process):
    // made before the clock starts, so CPU per event at a small scale is not dominated by it.
    const w0 = process.cpuUsage();
    await direct.request('GET', '/v1/auth/me');
    const w1 = process.cpuUsage(w0);
    const warmCpuS = (w1.user + w1.system) / 1e6;
    meter?.phase('play');
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let lastLine = t0;
    const log = await playSimulation(client, sim, {
      ...opts,
      clock,
      onSimulatedDay: () => staged('play daily sweeps (sweepNow)', () => w.sweepNow()),
      // The behaviour worker's work after each reply, counted in the run's time and CPU.
      afterEvents: () => staged('play behaviour drain (afterEvents)', () => w.drainBehaviour()),
      onProgress: (done, total, s) => {
        if (performance.now() - lastLine > 30_000) {
          lastLine = performance.now();
          const mb = Math.round(process.memoryUsage().rss / 1e6);
          console.log(`  … ${done}/${total} items, ${s.events} events, ${Math.round(s.events / ((lastLine - t0) / 1000))} events/s, rss ${mb} MB`);
        }
      },
    });
    const playS = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    meter?.phase(null);
    let evalS = 0;
    let evalCpuS = 0;
    let overall: Awaited<ReturnType<typeof evaluateRun>>['evaluation']['overall'] | undefined;
    if (evaluate) {
      const t1 = performance.now();
      const e0 = process.cpuUsage();
      meter?.phase('evaluate');
      const evalClient = meter ? meteredClient(direct, meter, 'evaluate ') : direct;
      overall = (await evaluateRun(evalClient, { truth: sim.truth, items: sim.items }, log, process.env.BENCH_SIM_OUT || undefined)).evaluation.overall;
      evalS = (performance.now() - t1) / 1000;
      const e = process.cpuUsage(e0);
      evalCpuS = (e.user + e.system) / 1e6;
      meter?.phase(null);
    }
    return {
      log,
      warmCpuS,
      playS,
      playCpuS: (cpu.user + cpu.system) / 1e6,
      evalS,
      evalCpuS,
      overall,
      nodeCpuMsPerEvent: log.stats.events ? (cpu.user + cpu.system) / 1000 / log.stats.events : 0,
    };
  } finally {
    await w.stop();
    if (schema) await dropSchema(POSTGRES_URL, schema);
  }
}

export async function run(): Promise<void> {
  const target = num('BENCH_SIM_EVENTS', 1_000_000);
  const days = num('BENCH_SIM_DAYS', 14);
  const backend = (process.env.BENCH_SIM_BACKEND ?? 'postgres') as Backend;
  if (backend !== 'postgres' && backend !== 'pglite') throw new Error('BENCH_SIM_BACKEND is postgres or pglite');
  const batchSize = num('BENCH_SIM_BATCH', 500);
  const baselineEvents = num('BENCH_SIM_BASELINE', 2_000);
  const accounts = Math.max(40, Math.round(target / ((EVENTS_PER_ACCOUNT_14D * days) / 14)));

  const seed = num('BENCH_SIM_SEED', 1);
  const cohortAccounts = num('BENCH_SIM_COHORT', 2_000);
  const dir = mkdtempSync(join(tmpdir(), 'warden-bench-sim-'));
  try {
    const g0 = performance.now();
    const cs = generateCohorts({ seed, accounts, days, dir, cohortAccounts });
    const genS = (performance.now() - g0) / 1000;
    const events = cs.events;
    console.log(
      `scale: ${cs.truth.accounts.length} accounts over ${days} days in ${cs.files.length} cohorts → ${cs.items} timeline items, ${events} events (target ${target}); seed ${seed}; texts: ${cs.truth.textSource}; backend ${backend}; rss after generating ${Math.round(process.memoryUsage().rss / 1e6)} MB`,
    );

    const rows: Record<string, unknown>[] = [];
    rows.push({ stage: 'generate (cohorts to files)', backend: '-', events, seconds: round(genS), 'events/s': Math.round(events / genS), ratio: '' });

    // Baseline: the first events of the same timeline one by one (POST /v1/events each), nothing else.
    let baselineRate = 0;
    if (baselineEvents > 0) {
      const head: TimelineItem[] = [];
      for await (const i of cs.timeline()) {
        if (i.kind === 'event') head.push(i);
        if (head.length >= baselineEvents) break;
      }
      const b = await play(backend, { truth: cs.truth, items: head.length, timeline: head }, { mode: 'one' }, false);
      baselineRate = b.log.stats.events / b.playS;
      rows.push({
        stage: `first ${b.log.stats.events} events one by one`,
        backend,
        events: b.log.stats.events,
        seconds: round(b.playS),
        'events/s': Math.round(baselineRate),
        ratio: '1.00 (baseline)',
      });
    }

    // Simulated reviewers scale with the marketplace: 40 cases a day per 200 accounts (stream.ts's default at that size).
    const reviewCapacityPerDay = Math.max(40, Math.round((cs.truth.accounts.length / 200) * 40));
    const sim: Played = { truth: cs.truth, items: cs.items, timeline: cs.timeline() };
    const meter = process.env.BENCH_SIM_STAGES === '1' ? new StageMeter() : undefined;
    const r = await play(backend, sim, { mode: 'batch', batchSize, reviewCapacityPerDay }, process.env.BENCH_SIM_EVALUATE !== '0', meter);
    const rate = r.log.stats.events / r.playS;
    rows.push({
      stage: `whole run, batches of ${batchSize} + reports, appeals, reviews`,
      backend,
      events: r.log.stats.events,
      seconds: round(r.playS),
      'events/s': Math.round(rate),
      ratio: baselineRate ? (rate / baselineRate).toFixed(2) : '',
    });
    rows.push({ stage: 'evaluate (read outcomes through the API)', backend, events: '', seconds: round(r.evalS), 'events/s': '', ratio: '' });
    const sum = r.playS + r.evalS;
    rows.push({
      stage: 'whole pipeline (play + evaluate)',
      backend,
      events: r.log.stats.events,
      seconds: round(sum),
      'events/s': Math.round(r.log.stats.events / sum),
      ratio: '',
    });
    printTable(rows);
    const s = r.log.stats;
    console.log(
      `pipeline: ${s.accepted} accepted, ${s.rejected} rejected, ${s.errors} API errors, ${s.reports} reports, ${s.appeals} appeals, ${s.reviews} reviews; node CPU ${r.nodeCpuMsPerEvent.toFixed(2)} ms/event played (${round(r.playCpuS)} s; start-up's first request ${round(r.warmCpuS)} s before it), evaluation ${round(r.evalCpuS)} s (${((r.evalCpuS * 1000) / (s.events || 1)).toFixed(2)} ms/event); load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}; outcomes ${JSON.stringify(s.outcomes)}`,
    );
    if (meter) {
      const ev = s.events || 1;
      console.log(`node CPU and SQL statements by stage over the whole run (play and evaluate), per event of the ${s.events}:`);
      printTable(
        meter.report().map((x) => ({
          stage: x.stage,
          calls: x.calls,
          'cpu ms': Math.round(x.cpuMs),
          'cpu ms/event': round2(x.cpuMs / ev),
          'statements/event': round2(x.statements / ev),
        })),
      );
    }
    if (r.overall) {
      const o = r.overall;
      const pct = (x: { n: number; of: number; rate: number | null }) => (x.rate === null ? '–' : `${(x.rate * 100).toFixed(1)} % (${x.n}/${x.of})`);
      console.log(
        `figures: recall of cases ${pct(o.caseRecall)}, of actions ${pct(o.actionRecall)}; honest with any action ${pct(o.honestWithAction)}, hold/suspension ${pct(o.honestWithHoldOrSuspension)}; proactive share (accounts) ${pct(o.proactiveShareAccounts)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
