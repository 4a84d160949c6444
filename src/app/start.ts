// Start-up: config → database → migrations → first-start admin key → HTTP server, and a
// graceful stop that lets in-flight requests finish before the database closes.
import type { FastifyInstance } from 'fastify';
import { countApiKeysEver, createApiKey } from '../access/keys.ts';
import { type DatabaseHandle, openDatabase } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { createLogger } from './logger.ts';
import { buildServer } from './server.ts';
import { type CompositionOverrides, composeApp, type Wiring } from './wiring.ts';

export interface Warden {
  ctx: AppContext;
  app: FastifyInstance;
  handle: DatabaseHandle;
  /** Starts the background workers (retry queues, sweeps); `serve` does, tests may. */
  startWorkers(): void;
  /** Processes every event queued for behaviour across events, now (see Wiring.drainBehaviour). */
  drainBehaviour: Wiring['drainBehaviour'];
  /** Loads the detectors in the detection pool's threads (see Wiring.warm). */
  warm: Wiring['warm'];
  /** The time-driven sweeps once, now on Warden's clock (see Wiring.sweepNow). */
  sweepNow(): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

/** `separateBegin`: see DatabaseOptions (benchmarks). */
export async function openWarden(
  config: Config,
  opts: { schema?: string; memory?: boolean; separateBegin?: boolean } & CompositionOverrides = {},
): Promise<Warden> {
  const log = createLogger(config.logLevel);
  const handle = await openDatabase({
    url: config.databaseUrl,
    dataDir: opts.memory ? undefined : config.dataDir,
    schema: opts.schema,
    preparedStatements: config.databasePreparedStatements,
    separateBegin: opts.separateBegin,
    onConnectionError: (err) =>
      log.warn({ err: { message: err.message, code: (err as { code?: string }).code } }, 'database connection lost; it will be replaced'),
  });
  let ctx: AppContext;
  let wiring: Wiring;
  let app: FastifyInstance;
  try {
    const { applied } = await migrate(handle);
    if (applied.length) log.info({ applied }, 'migrations applied');
    wiring = await composeApp(config, handle, log, opts);
    ctx = wiring.ctx;
    app = await buildServer(ctx, wiring.routes);
  } catch (err) {
    // A start that fails half-way (bad settings, migration error) leaves nothing open.
    await handle.close();
    throw err;
  }
  let stopped = false;
  return {
    ctx,
    app,
    handle,
    startWorkers: () => {
      for (const w of wiring.workers) w.start();
    },
    drainBehaviour: () => wiring.drainBehaviour(),
    warm: () => wiring.warm(),
    sweepNow: () => wiring.sweepNow(),
    async stop() {
      if (stopped) return;
      stopped = true;
      await app.close();
      for (const w of wiring.workers) await w.stop();
      await wiring.close();
      await handle.close();
    },
  };
}

/** On a database with no API key at all, create an admin key and return its secret (shown once). */
export async function ensureFirstAdminKey(w: Warden): Promise<string | null> {
  if ((await countApiKeysEver(w.ctx.db)) > 0) return null;
  const { key } = await createApiKey(w.ctx.db, 'first admin key', ['admin']);
  return key;
}

export async function serve(config: Config): Promise<Warden> {
  const w = await openWarden(config);
  // Train (first start) or load the spam model now, so the first screened message is not the one that waits.
  const { loadSpamClassifier } = await import('../detect/spam/classifier.ts');
  loadSpamClassifier();
  // The detection pool's threads load theirs beside the start (seconds on two cores); a long text that comes first waits for it.
  w.warm().catch((err) => w.ctx.log.warn({ err }, 'detection threads did not start; long texts will fail to screen'));
  const firstKey = await ensureFirstAdminKey(w);
  // The embedded default runs the background work in the server; `warden worker` runs it apart.
  if (config.serveWorkers) w.startWorkers();
  await w.app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  const url = `http://localhost:${(w.app.server.address() as { port: number }).port}`;
  w.ctx.log.info({ url, database: w.ctx.dbKind, workers: config.serveWorkers }, 'Warden is listening');
  process.stdout.write(`\nWarden is running on ${url}  (database: ${where})\n  API reference: ${url}/docs\n  Console:       ${url}/console\n`);
  if (firstKey) {
    process.stdout.write(
      `\n  First start: an admin API key was created. It is shown only this once; keep it safe:\n\n    ${firstKey}\n\n  Try: curl -H "Authorization: Bearer ${firstKey}" ${url}/v1/auth/me\n\n`,
    );
  }
  stopOnSignals(w);
  return w;
}

/**
 * `warden worker`: the background work alone (attachment scanning retries, webhook delivery
 * from the outbox, the sweeps, and NATS ingestion when WARDEN_NATS_URL is set), with the same
 * services as the server and no HTTP listener. Workers claim their rows with FOR UPDATE SKIP
 * LOCKED, so any number of them can run beside servers started with WARDEN_SERVE_WORKERS=false.
 */
export async function startWorker(config: Config): Promise<Warden> {
  const w = await openWarden(config);
  const { loadSpamClassifier } = await import('../detect/spam/classifier.ts');
  loadSpamClassifier();
  w.warm().catch((err) => w.ctx.log.warn({ err }, 'detection threads did not start; long texts will fail to screen'));
  w.startWorkers();
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  w.ctx.log.info({ database: w.ctx.dbKind, nats: !!config.natsUrl }, 'Warden worker started');
  process.stdout.write(`\nWarden worker is running (database: ${where}${config.natsUrl ? ', NATS ingestion on' : ''})\n`);
  stopOnSignals(w);
  return w;
}

/** SIGINT/SIGTERM: finish in-flight work, stop the workers, close the database, exit. */
function stopOnSignals(w: Warden): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    w.ctx.log.info({ signal }, 'stopping: finishing in-flight work');
    w.stop()
      .then(() => process.exit(0))
      .catch((err) => {
        w.ctx.log.error({ err }, 'unclean stop');
        process.exit(1);
      });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}
