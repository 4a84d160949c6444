// One database handle for both back-ends: embedded PGlite (default, data in a folder) or a
// PostgreSQL server (DATABASE_URL). Same SQL dialect, same migrations, same queries.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import type { Database } from './schema.ts';
import { holdWrites } from './write-behind.ts';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** A handle services can run on: the database itself or an open transaction. */
export type DbOrTx = Db | Tx;

export interface DatabaseOptions {
  /** postgres://... ; when absent an embedded PGlite database is used. */
  url?: string;
  /** PGlite data folder; when absent and no url, an in-memory PGlite (tests). */
  dataDir?: string;
  /** PostgreSQL schema to use (tests isolate each suite in its own schema). */
  schema?: string;
  poolSize?: number;
  /**
   * Told of a connection the server dropped (restart, fail-over, terminated backend). The
   * pool replaces it; without a listener the error would end the process.
   */
  onConnectionError?: (err: Error) => void;
  /** PGlite: run initdb even when a saved empty database exists (to make that template). */
  noTemplate?: boolean;
  /**
   * PostgreSQL: keep each connection's parameterised statements prepared after their first use
   * (default true; see prepareOnFirstUse). False for a pooler in transaction mode (PgBouncer),
   * which cannot keep a session's prepared statements.
   */
  preparedStatements?: boolean;
  /**
   * PostgreSQL: send each transaction's `begin` alone, as before beginWithFirstStatement (the
   * throughput benchmark compares both in one run); default false.
   */
  separateBegin?: boolean;
}

/** Most statements one connection keeps prepared (the rest run unnamed, parsed each time). */
const MAX_PREPARED_PER_CONNECTION = 500;
/**
 * Statements with more parameters than this stay unnamed: they are a set's lists (`in ($1 … $n)`,
 * one text per length), run once per set, where keeping each length prepared would fill the
 * server's memory and save little.
 */
const MAX_PREPARED_PARAMETERS = 64;
/** A statement whose columns come from a table's definition (`select *`, `t.*`, `returning *`): never kept prepared. */
const STAR_COLUMNS = /(?:\bselect|\breturning|,)\s*(?:"?\w+"?\.)?\*/i;
/** Statement text → its prepared statement's name (a hash of the text: the same text gets the same name on every connection). */
const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `w${createHash('sha1').update(text).digest('hex')}`;
    if (statementNames.size < 10 * MAX_PREPARED_PER_CONNECTION) statementNames.set(text, name);
  }
  return name;
}

/**
 * Makes a pg client prepare every parameterised statement on its first use and reuse it after:
 * PostgreSQL then parses and analyses a statement once per connection instead of on every
 * call (the hot path sends the same few dozen statements for every event). Statements whose
 * result columns follow a table's definition (`select *`) stay unnamed: a migration adding a
 * column would make the server refuse the prepared one ("cached plan must not change result
 * type") in a process started before it. At most MAX_PREPARED_PER_CONNECTION per connection,
 * none with more than MAX_PREPARED_PARAMETERS parameters (lists of varying length make new texts).
 */
function prepareOnFirstUse(client: { query: (...args: any[]) => any }): void {
  const query = client.query.bind(client);
  const named = new Set<string>();
  client.query = (text: unknown, values?: unknown, ...rest: unknown[]) => {
    if (
      typeof text !== 'string' ||
      !Array.isArray(values) ||
      values.length === 0 ||
      values.length > MAX_PREPARED_PARAMETERS ||
      rest.length > 0 ||
      STAR_COLUMNS.test(text)
    )
      return query(text, values, ...rest);
    const name = statementName(text);
    if (!named.has(name)) {
      if (named.size >= MAX_PREPARED_PER_CONNECTION) return query(text, values);
      named.add(name);
    }
    return query({ name, text, values });
  };
}

/** A reply for a statement not sent (a deferred `begin`, the end of a transaction that sent nothing). */
const NOT_SENT = (command: string) => Promise.resolve({ command, rowCount: null, rows: [] });

/**
 * Makes a pg client send a transaction's `begin` with the transaction's first statement, in one
 * round trip, when that statement has no parameters: `begin;<statement>` goes as one simple
 * query (the protocol takes several statements then; the statement's own result is returned).
 * The events service's first statement is such one (events/locks.ts: the advisory locks, taken
 * with their keys written into the text), so every ingestion transaction saves one round trip:
 * about one statement per event when events arrive one at a time. A first statement with
 * parameters is sent after a queued `begin` (the client sends its queries in order, so the
 * statement still runs inside the transaction); a transaction that sent nothing ends without
 * sending its `commit` or `rollback`.
 */
function beginWithFirstStatement(client: { query: (...args: any[]) => any }): void {
  const query = client.query.bind(client);
  let pending = false;
  const plain = (values: unknown, rest: unknown[]) => (values === undefined || (Array.isArray(values) && values.length === 0)) && rest.length === 0;
  client.query = (text: unknown, values?: unknown, ...rest: unknown[]) => {
    if (!pending) {
      if (text !== 'begin' || !plain(values, rest)) return query(text, values, ...rest);
      pending = true;
      return NOT_SENT('BEGIN');
    }
    pending = false;
    if ((text === 'commit' || text === 'rollback') && plain(values, rest)) return NOT_SENT(text.toUpperCase());
    if (typeof text === 'string' && plain(values, rest)) {
      // Several statements give one result each: the caller asked for the last one's.
      return Promise.resolve(query(`begin;\n${text}`)).then((r: unknown) => (Array.isArray(r) ? r[r.length - 1] : r));
    }
    // Its failure (a lost connection) fails the statement queued behind it too.
    Promise.resolve(query('begin')).catch(() => {});
    return query(text, values, ...rest);
  };
}

export interface DatabaseHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /**
   * Runs a multi-statement SQL script on the connection `conn` holds. PGlite's extended
   * protocol takes one statement per query, so scripts go through its exec(); it has a
   * single connection, so they run inside whatever transaction `conn` has open.
   */
  execScript(conn: DbOrTx, script: string): Promise<void>;
  /** PGlite only: the whole data folder as a tarball (PGlite's own backup format). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

export async function openDatabase(opts: DatabaseOptions): Promise<DatabaseHandle> {
  if (opts.url) {
    const pg = await import('pg');
    // Postgres BIGINT comes back as text by default; our counters and cents fit in a JS number.
    pg.default.types.setTypeParser(20, (v: string) => Number(v));
    const pool = new pg.default.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      options: opts.schema ? `-c search_path=${opts.schema}` : undefined,
      // Names Warden's sessions in pg_stat_activity (and a test's own ones, by schema).
      application_name: opts.schema ? `warden ${opts.schema}` : 'warden',
      // A server that does not answer makes requests fail (503) instead of waiting for ever.
      connectionTimeoutMillis: 10_000,
      // A statement queued while another is on the wire is sent at once (each with its own sync),
      // not after its answer: a read ahead goes right behind its carrier (write-behind.ts).
      // Statements awaited one after another (everything else) are sent as before.
      pipeline: true,
    });
    const onConnectionError = (err: Error) => opts.onConnectionError?.(err);
    // Idle clients' errors come out of the pool; a checked-out client's (between two queries
    // of a transaction) out of the client itself. Both must be listened to.
    pool.on('error', onConnectionError);
    pool.on('connect', (client) => {
      client.on('error', onConnectionError);
      if (opts.preparedStatements !== false) prepareOnFirstUse(client);
      if (!opts.separateBegin) beginWithFirstStatement(client);
      // Outermost: it decides what is sent at all (write-behind.ts).
      holdWrites(client, () => ({ command: 'HELD', rowCount: null, rows: [] }));
    });
    if (opts.schema) {
      const client = await pool.connect();
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${opts.schema}"`);
      } finally {
        client.release();
      }
    }
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'postgres',
      // Without parameters pg uses the simple query protocol, which takes several statements.
      execScript: async (conn, script) => {
        await sql.raw(script).execute(conn);
      },
      close: () => db.destroy(),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGliteDialect } = await import('kysely-pglite-dialect');
  const release = opts.dataDir ? lockDataDir(opts.dataDir) : () => {};
  try {
    const { seedFromTemplate } = await import('./pglite-template.ts');
    const loadDataDir = opts.noTemplate ? undefined : seedFromTemplate(opts.dataDir);
    const pglite = new PGlite({ dataDir: opts.dataDir, loadDataDir });
    await pglite.waitReady;
    holdWrites(pglite, () => ({ rows: [], fields: [], affectedRows: 0 }));
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      kind: 'pglite',
      execScript: async (_conn, script) => {
        await pglite.exec(script);
      },
      dumpDataDir: () => pglite.dumpDataDir('none'),
      close: async () => {
        await db.destroy();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/**
 * Runs fn in one transaction. Services take a DbOrTx so a caller can compose several
 * changes (a decision, its case, its outbox row) into one commit.
 */
export async function withTransaction<T>(db: DbOrTx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Tx);
  return (db as Db).transaction().execute(fn);
}

export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);
const CONNECTION_ERROR_MESSAGES = /Connection terminated|not queryable|timeout exceeded when trying to connect|Client was closed|Connection ended/i;

/**
 * Whether err says the database cannot be reached right now (connection lost or refused,
 * server shutting down or starting): the request may succeed when retried, so 503, not 500.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    // SQLSTATE class 08 (connection exception); 57P01-57P03 admin/crash shutdown, cannot connect now.
    if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return true;
    if (CONNECTION_ERROR_CODES.has(code)) return true;
  }
  return typeof message === 'string' && CONNECTION_ERROR_MESSAGES.test(message);
}

export class DataDirInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `the embedded database in ${dir} is in use by process ${pid} (a running Warden?). Stop it, or use the HTTP API (e.g. POST /v1/admin/keys) while it runs.`,
    );
    this.name = 'DataDirInUseError';
  }
}

/** PGlite is one process's database: a pid file keeps a second process (a CLI) out of a running server's folder. */
function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'warden.pid');
  try {
    const pid = Number(readFileSync(file, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) throw new DataDirInUseError(dir, pid);
  } catch (err) {
    if (err instanceof DataDirInUseError) throw err;
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Drops a PostgreSQL schema (test and benchmark isolation). */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const pg = await import('pg');
  const c = new pg.default.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`drop schema if exists "${schema.replace(/"/g, '')}" cascade`);
  } finally {
    await c.end();
  }
}
