// Sub-commands of `warden`. Each opens what it needs, does one thing, and closes cleanly.

import { userInfo } from 'node:os';
import { Argument, type Command, InvalidArgumentError, Option } from 'commander';
import type { AccessActor } from '../access/audit.ts';
import { createApiKey, listApiKeys, revokeApiKey, validateKeyInput } from '../access/keys.ts';
import { ROLES } from '../access/scopes.ts';
import { createUser, disableUser, enableUser, listUsers, resetPassword, setRole } from '../access/users.ts';
import type { Warden } from '../app/start.ts';
import { openDatabase } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';
import { type ConfigLoader, withDatabase } from './database.ts';
import { CliUsageError, requireReadableFile } from './errors.ts';
import { registerRightsCommands } from './rights.ts';
import { registerSimulateCommands } from './simulate.ts';

// Commands import what they need when they run: `warden keys list` should not load every capability.
async function withWarden<T>(loadConfig: ConfigLoader, fn: (w: Warden) => Promise<T>): Promise<T> {
  const { openWarden } = await import('../app/start.ts');
  const w = await openWarden({ ...loadConfig(), logLevel: 'warn' });
  try {
    return await fn(w);
  } finally {
    await w.stop();
  }
}

/** The access trail names the operating-system user who ran the command. */
function cliActor(): AccessActor {
  let who = 'unknown';
  try {
    who = userInfo().username;
  } catch {}
  return { kind: 'cli', id: who, name: `warden CLI (${who})` };
}

const print = (v: unknown) => process.stdout.write(`${typeof v === 'string' ? v : JSON.stringify(v, null, 2)}\n`);

export function registerCommands(program: Command, loadConfig: ConfigLoader): void {
  program
    .command('serve')
    .description('Start the HTTP API (and the console) — PORT, WARDEN_DATA_DIR, DATABASE_URL configure it')
    .option('--demo', 'also load a small simulated population (src/simulate) so the console shows real queues')
    .action(async (o: { demo?: boolean }) => {
      const { serve } = await import('../app/start.ts');
      const w = await serve(loadConfig());
      if (o.demo) {
        const { startDemo } = await import('./simulate.ts');
        startDemo(w);
      }
    });

  program
    .command('worker')
    .description(
      'Run the background work alone (webhook delivery, attachment retries, sweeps, NATS ingestion), no HTTP — beside servers with WARDEN_SERVE_WORKERS=false',
    )
    .action(async () => {
      const { startWorker } = await import('../app/start.ts');
      await startWorker(loadConfig());
    });

  program
    .command('migrate')
    .description('Apply database migrations and exit')
    .action(async () => {
      const config = loadConfig();
      const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      try {
        const r = await migrate(handle);
        print(r.applied.length ? `applied: ${r.applied.join(', ')}` : `up to date (${r.alreadyApplied} migrations)`);
      } finally {
        await handle.close();
      }
    });

  program
    .command('prepare')
    .description('Build what a first start would otherwise wait for: the empty embedded database and the spam model (npm ci runs it)')
    .action(async () => {
      const { createPgliteTemplate } = await import('../store/pglite-template.ts');
      const { loadSpamClassifier } = await import('../detect/spam/classifier.ts');
      let started = Date.now();
      const template = await createPgliteTemplate();
      print(`${template.created ? 'created' : 'found'} the empty embedded database ${template.path} (${Date.now() - started} ms)`);
      started = Date.now();
      loadSpamClassifier();
      print(`spam model ready (${Date.now() - started} ms)`);
    });

  const keys = program.command('keys').description('Manage API keys');
  keys
    .command('create')
    .description('Create an API key; its secret is printed once')
    .requiredOption('-n, --name <name>', 'what the key is for, e.g. "marketplace backend"')
    .option('-s, --scopes <list>', 'comma-separated: events:write, read, review, admin', 'events:write,read')
    .option('--json', 'print JSON')
    .action(async (opts: { name: string; scopes: string; json?: boolean }) => {
      const scopes = opts.scopes
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      // Checked before the database is opened: a typo creates nothing (no data directory, no migration).
      validateKeyInput(opts.name, scopes);
      await withDatabase(loadConfig, async (db) => {
        const { key, info } = await createApiKey(db, opts.name, scopes);
        if (opts.json) print({ key, ...info });
        else print(`created key ${info.id} (${info.scopes.join(', ')})\n\n  ${key}\n\nThe secret is shown only now.`);
      });
    });
  keys
    .command('list')
    .description('List API keys')
    .action(async () => {
      await withDatabase(loadConfig, async (db) => {
        const rows = await listApiKeys(db);
        for (const k of rows) print(`${k.id}  ${k.prefix}…  ${k.revokedAt ? 'REVOKED' : 'active '}  ${k.scopes.join(',').padEnd(30)}  ${k.name}`);
        if (!rows.length) print('no keys');
      });
    });
  keys
    .command('revoke <id>')
    .description('Revoke an API key by id or prefix')
    .action(async (id: string) => {
      await withDatabase(loadConfig, async (db) => {
        const info = await revokeApiKey(db, id);
        print(`revoked ${info.id} (${info.name})`);
      });
    });

  const users = program.command('users').description('Manage reviewer accounts for the console');
  users
    .command('create')
    .description('Create a reviewer account (password from --password or WARDEN_PASSWORD)')
    .requiredOption('-e, --email <email>')
    .option('-n, --name <name>', 'display name', '')
    .addOption(new Option('-r, --role <role>').choices(ROLES).default('reviewer'))
    .option('-p, --password <password>', 'at least 10 characters (prefer WARDEN_PASSWORD to keep it out of shell history)')
    .action(async (opts: { email: string; name: string; role: string; password?: string }) => {
      const password = opts.password ?? process.env.WARDEN_PASSWORD;
      if (!password) throw new CliUsageError('users create: no password given: set WARDEN_PASSWORD (or pass --password), at least 10 characters');
      await withDatabase(loadConfig, async (db) => {
        const u = await createUser(db, { email: opts.email, name: opts.name, role: opts.role, password }, cliActor());
        print(`created ${u.role} ${u.email} (${u.id})`);
      });
    });
  users
    .command('list')
    .description('List reviewer accounts, disabled ones included')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withDatabase(loadConfig, async (db) => {
        const rows = await listUsers(db);
        if (opts.json) return print(rows);
        for (const u of rows) print(`${u.id}  ${u.disabledAt ? 'DISABLED' : 'active  '}  ${u.role.padEnd(8)}  ${u.email}  ${u.name}`);
        if (!rows.length) print('no reviewers');
      });
    });
  users
    .command('disable <user>')
    .description('Disable a reviewer (id or e-mail): no more logins; their sessions end and the API keys they made stop working')
    .option('--reason <text>', 'why, for the access trail')
    .action(async (user: string, opts: { reason?: string }) => {
      await withDatabase(loadConfig, async (db) => {
        const u = await disableUser(db, user, cliActor(), opts.reason);
        print(`disabled ${u.email} (${u.sessionsEnded} session${u.sessionsEnded === 1 ? '' : 's'} ended)`);
      });
    });
  users
    .command('enable <user>')
    .description('Let a disabled reviewer (id or e-mail) log in again')
    .action(async (user: string) => {
      await withDatabase(loadConfig, async (db) => {
        const u = await enableUser(db, user, cliActor());
        print(`enabled ${u.email}`);
      });
    });
  users
    .command('reset-password <user>')
    .description("Set a reviewer's password (WARDEN_PASSWORD or --password; a random one is printed when neither is given) and end their sessions")
    .option('-p, --password <password>', 'at least 10 characters (prefer WARDEN_PASSWORD)')
    .action(async (user: string, opts: { password?: string }) => {
      const password = opts.password ?? process.env.WARDEN_PASSWORD;
      if (password !== undefined && password.length < 10) throw new CliUsageError('users reset-password: the password must have at least 10 characters');
      await withDatabase(loadConfig, async (db) => {
        const r = await resetPassword(db, user, cliActor(), password);
        print(`password of ${r.user.email} reset (${r.sessionsEnded} session${r.sessionsEnded === 1 ? '' : 's'} ended)`);
        if (r.temporaryPassword) print(`\n  temporary password: ${r.temporaryPassword}\n\nIt is shown only now.`);
      });
    });
  users
    .command('set-role')
    .description("Change a reviewer's role")
    .argument('<user>', 'id or e-mail')
    // Checked before any database is opened; a wrong role is a usage error (exit 2).
    .addArgument(new Argument('<role>').choices(ROLES))
    .action(async (user: string, role: string) => {
      await withDatabase(loadConfig, async (db) => {
        const u = await setRole(db, user, role, cliActor());
        print(`${u.email} is now ${u.role}`);
      });
    });

  program
    .command('ingest <file>')
    .description('Bulk-load events from a JSON-lines file (one event per line), idempotently')
    .option('-b, --batch <n>', 'events per transaction', '500')
    .option('--quiet', 'no progress bar')
    .option('--url <url>', "post to a running server's POST /v1/events/batch (e.g. http://127.0.0.1:8080) instead of opening the database")
    .option('--key <key>', 'API key with events:write for --url (default: WARDEN_API_KEY)')
    .action(async (file: string, opts: { batch: string; quiet?: boolean; url?: string; key?: string }) => {
      requireReadableFile('ingest', file);
      const { ingestFile, httpSink } = await import('./ingest.ts');
      const run = { batchSize: Number(opts.batch), progress: !opts.quiet };
      if (opts.url !== undefined) {
        if (!/^https?:\/\/[^\s/]+/i.test(opts.url)) throw new CliUsageError(`ingest: --url must be an http(s) URL, got "${opts.url}"`);
        const key = opts.key ?? process.env.WARDEN_API_KEY;
        if (!key) throw new CliUsageError('ingest: --url needs an API key with events:write: --key or WARDEN_API_KEY');
        process.exitCode = await ingestFile(httpSink(opts.url, key), file, run);
        return;
      }
      const code = await withWarden(loadConfig, async (w) => {
        const c = await ingestFile(w.ctx.events, file, run);
        // Behaviour across events (the behaviour worker's work) before the database closes, so
        // what a file implies is there when the command returns; a running worker would share it.
        const { processed } = await w.drainBehaviour();
        if (processed) process.stderr.write(`behaviour across events: ${processed} events processed\n`);
        return c;
      });
      process.exitCode = code;
    });

  program
    .command('screen [file]')
    .description('Screen JSON lines {"id","text",...} from FILE or stdin; one JSON line out per input')
    .option('--live', "use the database's live policies instead of the shipped ones")
    .option('--kind <kind>', 'kind of lines that name none: message (default), job, proposal or profile')
    .action(async (file: string | undefined, opts: { live?: boolean; kind?: string }) => {
      if (file !== undefined && file !== '-') requireReadableFile('screen', file);
      const { screenCommand, parseKind } = await import('./screen.ts');
      const kind = parseKind(opts.kind);
      if (opts.kind !== undefined && !kind) throw new CliUsageError(`screen: --kind must be message, job, proposal or profile (got "${opts.kind}")`);
      const { loadPolicySet } = await import('../policy/store.ts');
      const set = opts.live ? await withWarden(loadConfig, (w) => loadPolicySet(w.ctx.db)) : undefined;
      process.exitCode = await screenCommand(file, { set, kind });
    });

  program
    .command('scan <files...>')
    .description(
      'Scan files: one JSON line each {"file","verdict","reasons","scanners"}; uses clamd when CLAMD_SOCKET or CLAMD_HOST/CLAMD_PORT is set, and exits 2 without judging when that clamd does not answer',
    )
    .option('--static-only', 'skip clamd even when configured: static checks alone')
    .action(async (files: string[], opts: { staticOnly?: boolean }) => {
      const { runScanCommand } = await import('../detect/malware/scan-command.ts');
      process.exitCode = await runScanCommand(
        files,
        process.env,
        (l) => process.stdout.write(`${l}\n`),
        (l) => process.stderr.write(`${l}\n`),
        { staticOnly: opts.staticOnly },
      );
    });

  program
    .command('backtest <policy>')
    .description('Replay stored events of a time range through a policy version, beside the live one; prints the differences as JSON')
    .requiredOption('-v, --version <n>', 'the version to test', positiveInteger)
    .requiredOption('--from <date>', 'start of the range (ISO 8601)')
    .requiredOption('--to <date>', 'end of the range (ISO 8601)')
    .option('-b, --baseline <n>', 'compare with this version instead of the live one', positiveInteger)
    .option('--limit <n>', 'at most this many events', positiveInteger, 50000)
    .action(async (policy: string, opts: { version: number; from: string; to: string; baseline?: number; limit: number }) => {
      const from = new Date(opts.from);
      const to = new Date(opts.to);
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || !(from < to))
        throw new CliUsageError('backtest: --from and --to must be ISO dates, --from before --to');
      const { backtest } = await import('../policy/backtest.ts');
      const { getPolicyVersion } = await import('../policy/store.ts');
      const report = await withWarden(loadConfig, async (w) => {
        const head = await w.ctx.db.selectFrom('policy_heads').selectAll().where('name', '=', policy).executeTakeFirst();
        if (!head) throw new CliUsageError(`backtest: no policy named ${policy}`);
        const candidate = await getPolicyVersion(w.ctx.db, policy, opts.version);
        const baseVersion = opts.baseline ?? head.live_version;
        const baseline = baseVersion ? await getPolicyVersion(w.ctx.db, policy, baseVersion) : null;
        return backtest(w.ctx.db, baseline, candidate, { from, to, limit: opts.limit }, (db, p) => w.ctx.screening.replayContext(db, p));
      });
      print(report);
    });

  registerSimulateCommands(program, loadConfig);
  registerRightsCommands(program, loadConfig);
}

/**
 * Commander's parser for a whole number from 1 (a policy version, a limit). Anything else is a
 * usage error (exit 2) before the database opens, instead of reaching SQL as text.
 */
function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number from 1');
  return n;
}
