// `warden simulate` and `warden evaluate`: generate a marketplace population with a ground
// truth, play it into Warden (a running one over HTTP, or this database in-process), and
// compare what Warden did with the truth. See src/simulate/README.md.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { Clock } from '../app/clock.ts';
import type { Config } from '../app/config.ts';
import type { Warden } from '../app/start.ts';
import type { WardenClient } from '../simulate/client.ts';
import { CliUsageError, requireReadableFile } from './errors.ts';

type ConfigLoader = () => Config;
const print = (v: unknown) => process.stdout.write(`${typeof v === 'string' ? v : JSON.stringify(v, null, 2)}\n`);

interface TargetOpts {
  url?: string;
  key?: string;
  embedded?: boolean;
  /** In-process only: start Warden's background workers (NATS ingestion among them). */
  workers?: boolean;
  /** In-process only: run Warden on this clock (the simulator's simulated one). */
  clock?: Clock;
}

/** A client for the Warden named by the options: over HTTP, or in-process on the configured database with a key made for the run. */
async function withTarget<T>(loadConfig: ConfigLoader, o: TargetOpts, fn: (client: WardenClient, inProcess?: Warden) => Promise<T>): Promise<T> {
  const { httpClient, injectClient } = await import('../simulate/client.ts');
  if (o.url) {
    const key = o.key ?? process.env.WARDEN_API_KEY;
    if (!key) throw new CliUsageError('simulate: give an admin API key with --key or WARDEN_API_KEY');
    const client = httpClient(o.url, key);
    const me = await client.request('GET', '/v1/auth/me').catch((err: Error) => ({ status: 0, body: err.message }));
    if (me.status !== 200) throw new CliUsageError(`simulate: ${o.url} did not accept the key (${me.status || me.body}); the simulator needs an admin key`);
    return fn(client);
  }
  if (!o.embedded) throw new Error("say where Warden is: --url http://host:4000 (a running Warden) or --embedded (this configuration's database, in-process)");
  const { openWarden } = await import('../app/start.ts');
  const { createApiKey, revokeApiKey } = await import('../access/keys.ts');
  const config = loadConfig();
  if (o.workers && !config.natsUrl) throw new CliUsageError('simulate: --mode nats --embedded needs WARDEN_NATS_URL (the in-process Warden consumes from it)');
  const w = await openWarden({ ...config, logLevel: 'warn' }, o.clock ? { clock: o.clock } : {});
  if (o.workers) w.startWorkers();
  const { key, info } = await createApiKey(w.ctx.db, 'simulator (temporary)', ['admin']);
  try {
    return await fn(injectClient(w.app, key), w);
  } finally {
    await revokeApiKey(w.ctx.db, info.id).catch(() => {});
    await w.stop();
  }
}

function bar(label: string) {
  if (!process.stderr.isTTY) return null;
  return new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} {detail}`, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
}

export function registerSimulateCommands(program: Command, loadConfig: ConfigLoader): void {
  program
    .command('simulate')
    .description('Generate a seeded marketplace population and timeline with its ground truth; optionally play it into Warden')
    .option('-o, --out <dir>', 'folder for timeline.jsonl, events.jsonl, truth.json (and run.json once played)', 'simulation')
    .option('--seed <n>', 'random seed', '1')
    .option('-a, --accounts <n>', 'number of accounts', '300')
    .option('-d, --days <n>', 'simulated days', '21')
    .option('--start <iso>', 'simulated start', '2026-10-05T00:00:00Z')
    .option('--real-data <dir>', 'folder of real texts (EMSCAD, SMS); default ../shared/data/real when present')
    .option('--no-real-data', 'templates only')
    .option('--no-reviewers', 'no simulated review team')
    .option(
      '--money-flows',
      'also play the behaviour seen only across events (src/simulate/flows.ts, pattern-actors.ts): direct hires, money mules, contracts cut short after contact, invitation fishing, round sums in and out, and their honest look-alikes (off by default: earlier seeds stay comparable)',
    )
    .option('--url <url>', 'play into a running Warden at this URL (key from --key or WARDEN_API_KEY)')
    .option('--key <key>', 'admin API key for --url')
    .option('--embedded', "play into this configuration's database in-process (WARDEN_DATA_DIR / DATABASE_URL)")
    .option('--mode <mode>', 'one (POST /v1/events each), batch (POST /v1/events/batch) or nats (published to JetStream)', 'batch')
    .option('--nats <url>', 'NATS server for --mode nats (default WARDEN_NATS_URL)')
    .option('--nats-prefix <prefix>', 'subject prefix Warden consumes (default WARDEN_NATS_SUBJECT_PREFIX or warden.events)')
    .option('--nats-stream <name>', 'JetStream stream Warden consumes (default WARDEN_NATS_STREAM or WARDEN_EVENTS)')
    .option('--batch <n>', 'events per batch', '200')
    .option('--rate <n>', 'events per second at most, one-by-one mode (0 = as fast as possible)', '0')
    .option(
      '--wall-clock',
      'in-process (--embedded): keep Warden on the wall clock instead of the simulated one (by default weeks of strike expiry, verification deadlines and JSS windows play out on simulated time)',
    )
    .option('--evaluate <dir>', 'after playing, evaluate and write the report into this folder')
    .option(
      '--cohort-accounts <n>',
      'generate the population as cohorts of at most n accounts written to <out>/cohorts and streamed in time order (bounded memory; default 2000 above 5,000 accounts, else one timeline in memory)',
    )
    .option('--database-url <url>', 'with --embedded: play into this PostgreSQL database instead of the configured one (postgres://…)')
    .action(
      async (o: {
        out: string;
        seed: string;
        accounts: string;
        days: string;
        start: string;
        realData?: string | boolean;
        reviewers: boolean;
        moneyFlows?: boolean;
        url?: string;
        key?: string;
        embedded?: boolean;
        mode: string;
        nats?: string;
        natsPrefix?: string;
        natsStream?: string;
        batch: string;
        rate: string;
        wallClock?: boolean;
        evaluate?: string;
        cohortAccounts?: string;
        databaseUrl?: string;
      }) => {
        const { generate } = await import('../simulate/generate.ts');
        const { writeSimulation, writeRunLog, writeTruth } = await import('../simulate/files.ts');
        const accounts = Number(o.accounts);
        if (!Number.isInteger(accounts) || accounts < 1) throw new CliUsageError('simulate: --accounts is a whole number from 1');
        const cohortAccounts = o.cohortAccounts !== undefined ? Number(o.cohortAccounts) : accounts > 5_000 ? 2_000 : 0;
        if (!Number.isInteger(cohortAccounts) || cohortAccounts < 0) throw new CliUsageError('simulate: --cohort-accounts is a whole number (0: one timeline)');
        if (o.databaseUrl && !/^postgres(ql)?:\/\//.test(o.databaseUrl)) throw new CliUsageError('simulate: --database-url is a postgres:// URL');
        const genOpts = {
          seed: Number(o.seed),
          accounts,
          days: Number(o.days),
          startAt: o.start,
          realDataDir: o.realData === false ? null : typeof o.realData === 'string' ? resolve(o.realData) : undefined,
          reviewers: o.reviewers,
          moneyFlows: o.moneyFlows === true,
        };
        let sim: {
          truth: import('../simulate/types.ts').GroundTruth;
          items: number;
          timeline: Iterable<import('../simulate/types.ts').TimelineItem> | AsyncIterable<import('../simulate/types.ts').TimelineItem>;
        };
        let paths: Record<string, string>;
        if (cohortAccounts > 0) {
          const { generateCohorts } = await import('../simulate/cohorts.ts');
          const cs = generateCohorts({ ...genOpts, dir: join(o.out, 'cohorts'), cohortAccounts });
          paths = { cohorts: join(o.out, 'cohorts'), truth: writeTruth(o.out, cs.truth) };
          sim = { truth: cs.truth, items: cs.items, timeline: cs.timeline() };
        } else {
          const whole = generate(genOpts);
          paths = writeSimulation(o.out, whole);
          sim = { truth: whole.truth, items: whole.timeline.length, timeline: whole.timeline };
        }
        const bad = sim.truth.accounts.filter((a) => !a.honest).length;
        process.stderr.write(
          `simulated ${sim.truth.accounts.length} accounts (${bad} bad) over ${sim.truth.scale.days} days: ${sim.items} timeline items; texts: ${sim.truth.textSource}\n`,
        );
        if (!o.url && !o.embedded) {
          print(paths);
          return;
        }
        if (o.mode !== 'one' && o.mode !== 'batch' && o.mode !== 'nats') throw new CliUsageError('simulate: --mode is one, batch or nats');
        const env = process.env;
        const natsServers = o.nats ?? env.WARDEN_NATS_URL;
        if (o.mode === 'nats' && !natsServers) throw new CliUsageError('simulate: --mode nats needs --nats nats://host:4222 (or WARDEN_NATS_URL)');
        const { SimulatedClock } = await import('../app/clock.ts');
        // In-process, Warden runs on the simulation's own clock unless told otherwise.
        const clock = o.embedded && !o.url && !o.wallClock ? new SimulatedClock(sim.truth.startAt) : undefined;
        const load = o.databaseUrl ? () => ({ ...loadConfig(), databaseUrl: o.databaseUrl }) : loadConfig;
        await withTarget(load, { ...o, workers: o.mode === 'nats' && o.embedded && !o.url, clock }, async (client, w) => {
          const { playSimulation, evaluateRun } = await import('../simulate/run.ts');
          const b = bar('playing');
          b?.start(sim.items, 0, { detail: '' });
          const log = await playSimulation(client, sim, {
            mode: o.mode as 'one' | 'batch' | 'nats',
            ...(o.mode === 'nats' && natsServers
              ? {
                  nats: {
                    servers: natsServers,
                    subjectPrefix: o.natsPrefix ?? env.WARDEN_NATS_SUBJECT_PREFIX,
                    stream: o.natsStream ?? env.WARDEN_NATS_STREAM,
                  },
                }
              : {}),
            batchSize: Number(o.batch),
            rate: Number(o.rate),
            ...(clock && w ? { clock, onSimulatedDay: () => w.sweepNow() } : {}),
            // In-process without its workers: behaviour across events is processed after each reply.
            ...(w && o.mode !== 'nats' ? { afterEvents: () => w.drainBehaviour() } : {}),
            onProgress: (done, total, s) => {
              if (b) b.update(done, { detail: `${s.events} events, ${s.errors} errors` });
              else if (done % 500 === 0 || done === total) process.stderr.write(`${done}/${total} items, ${s.events} events, ${s.errors} errors\n`);
            },
          });
          b?.stop();
          const runPath = writeRunLog(o.out, log);
          for (const e of log.errors.slice(0, 10)) process.stderr.write(`${e}\n`);
          print({ ...paths, run: runPath, stats: log.stats });
          if (o.evaluate) {
            const { files, evaluation } = await evaluateRun(client, sim, log, o.evaluate);
            print({ report: o.evaluate, files, overall: evaluation.overall });
          }
        });
      },
    );

  program
    .command('compare <dir> <policies...>')
    .description(
      'Play the simulation in <dir> (from `warden simulate`) into two fresh in-memory Wardens — the shipped policies, and the same with the given policy documents as new live versions — and report both side by side',
    )
    .option('-o, --out <dir>', 'report folder (README.md, comparison.svg, comparison.json)', 'simulation-comparison')
    .option('--mode <mode>', 'one or batch', 'batch')
    .action(async (dir: string, files: string[], o: { out: string; mode: string }) => {
      const { readFileSync } = await import('node:fs');
      const { readSimulation } = await import('../simulate/files.ts');
      const { comparePolicySets } = await import('../simulate/compare.ts');
      const { openWarden } = await import('../app/start.ts');
      const { createApiKey } = await import('../access/keys.ts');
      const { injectClient } = await import('../simulate/client.ts');
      const { SimulatedClock } = await import('../app/clock.ts');
      for (const f of files) requireReadableFile('compare', f);
      const docs = files.map((f) => {
        const doc = JSON.parse(readFileSync(f, 'utf8')) as { name?: unknown };
        if (typeof doc.name !== 'string') throw new CliUsageError(`compare: ${f} is not a policy document (no "name")`);
        return doc as { name: string };
      });
      const sim = await readSimulation(dir);
      const cmp = await comparePolicySets(
        sim,
        docs,
        async () => {
          // Each side on its own simulated clock, from the simulation's start.
          const clock = new SimulatedClock(sim.truth.startAt);
          const w = await openWarden({ ...loadConfig(), logLevel: 'warn' }, { memory: true, clock });
          const { key } = await createApiKey(w.ctx.db, 'simulator', ['admin']);
          return {
            client: injectClient(w.app, key),
            close: () => w.stop(),
            stream: { clock, onSimulatedDay: () => w.sweepNow(), afterEvents: () => w.drainBehaviour() },
          };
        },
        o.out,
        { mode: o.mode === 'one' ? 'one' : 'batch' },
      );
      print({ report: o.out, installed: cmp.installed, rows: cmp.rows });
    });

  program
    .command('evaluate <dir>')
    .description("Compare Warden's cases, actions and appeals with a played simulation's ground truth; writes a report folder")
    .option('-o, --out <dir>', 'report folder (README.md, SVG charts, evaluation.json)', 'simulation-report')
    .option('--url <url>', 'the running Warden the simulation was played into')
    .option('--key <key>', 'admin API key for --url')
    .option('--embedded', "read this configuration's database in-process")
    .action(async (dir: string, o: { out: string; url?: string; key?: string; embedded?: boolean }) => {
      const { readSimulation, readRunLog, readTruthOnly } = await import('../simulate/files.ts');
      // A cohort simulation (no timeline.jsonl) is evaluated from its truth and run log alone.
      const sim = existsSync(join(dir, 'timeline.jsonl')) ? await readSimulation(dir) : readTruthOnly(dir);
      const log = readRunLog(dir);
      await withTarget(loadConfig, o, async (client) => {
        const { evaluateRun } = await import('../simulate/run.ts');
        const b = bar('reading outcomes');
        b?.start(sim.truth.accounts.length, 0, { detail: 'accounts' });
        const { files, evaluation } = await evaluateRun(client, sim, log, o.out, (done) => b?.update(done));
        b?.stop();
        print({ report: o.out, files, overall: evaluation.overall });
      });
    });
}

/** Loads the demo population into a running Warden in the background; the server answers meanwhile. */
export function startDemo(w: Warden): void {
  void (async () => {
    const { loadDemo } = await import('../simulate/demo.ts');
    const { createApiKey, revokeApiKey } = await import('../access/keys.ts');
    await loadDemo({
      app: w.app,
      log: w.ctx.log.child({ subsystem: 'demo' }),
      createKey: async () => {
        const { key, info } = await createApiKey(w.ctx.db, 'demo loader (temporary)', ['admin']);
        return { key, revoke: async () => void (await revokeApiKey(w.ctx.db, info.id)) };
      },
    });
  })().catch((err) => w.ctx.log.error({ err }, 'demo: loading failed'));
}
