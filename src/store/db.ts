// One database handle for both back-ends: embedded PGlite (default, data in a folder) or a
// PostgreSQL server (DATABASE_URL). Same SQL dialect, same migrations, same queries.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

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
    const pglite = new PGlite(opts.dataDir);
    await pglite.waitReady;
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
    return {
      db,
      kind: 'pglite',
      execScript: async (_conn, script) => {
        await pglite.exec(script);
      },
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
