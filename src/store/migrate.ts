// Forward-only plain-SQL migrations, applied in file-name (timestamp) order under an
// advisory lock so that several Warden processes starting at once apply each file once.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { DatabaseHandle } from './db.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_ID = 7_263_401; // arbitrary, constant: "warden migrations"

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export function listMigrations(dir = MIGRATIONS_DIR): { name: string; sql: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(dir, name), 'utf8') }));
}

export async function migrate(handle: DatabaseHandle, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const files = listMigrations(dir);
  return handle.db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${LOCK_ID})`.execute(conn);
    try {
      await sql`create table if not exists warden_migrations (
        name text primary key,
        checksum text not null,
        applied_at timestamptz not null default now())`.execute(conn);
      const done = await sql<{ name: string; checksum: string }>`select name, checksum from warden_migrations`.execute(conn);
      const seen = new Map(done.rows.map((r) => [r.name, r.checksum]));
      const applied: string[] = [];
      for (const file of files) {
        const checksum = createHash('sha256').update(file.sql).digest('hex');
        const prior = seen.get(file.name);
        if (prior !== undefined) {
          if (prior !== checksum) throw new Error(`migration ${file.name} was changed after it was applied; add a new migration instead`);
          continue;
        }
        await conn.transaction().execute(async (tx) => {
          await handle.execScript(tx, file.sql);
          await sql`insert into warden_migrations (name, checksum) values (${file.name}, ${checksum})`.execute(tx);
        });
        applied.push(file.name);
      }
      return { applied, alreadyApplied: seen.size };
    } finally {
      await sql`select pg_advisory_unlock(${LOCK_ID})`.execute(conn);
    }
  });
}
