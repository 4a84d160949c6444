// A new embedded database starts as a copy of an empty, migrated one. PGlite's own first
// start runs initdb in a second WebAssembly instance, then dumps and reloads its result, and
// the migrations follow: 10–25 s on a busy machine. That is done once (`warden prepare`,
// which `npm ci` runs); a new data folder is then a file copy (an in-memory database loads
// the tarball through PGlite's `loadDataDir`, its documented restore path). The template is
// used only when every migration it holds is still one of ours, unchanged; newer migrations
// are applied as usual. Without a usable template PGlite runs initdb as before.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './db.ts';
import { listMigrations, migrate } from './migrate.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function pgliteVersion(): string {
  // The package does not export its package.json: walk up from its entry point.
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The template, twice: a tarball for in-memory databases and the same data folder unpacked
 * (copying files is 3x faster than PGlite unpacking a tarball onto disk). Beside them
 * `<name>.json` lists the migrations they hold ({ name: sha256 }).
 */
export function pgliteTemplatePath(): string {
  const dir = process.env.WARDEN_CACHE_DIR || join(ROOT, 'node_modules/.cache/warden');
  return join(dir, `pglite-${pgliteVersion()}-template`);
}

function currentMigrations(): Record<string, string> {
  return Object.fromEntries(listMigrations().map((m) => [m.name, createHash('sha256').update(m.sql).digest('hex')]));
}

function templateMigrations(path: string): Record<string, string> | undefined {
  try {
    return (JSON.parse(readFileSync(`${path}.json`, 'utf8')) as { migrations: Record<string, string> }).migrations;
  } catch {
    return undefined;
  }
}

function usableTemplate(): string | undefined {
  const path = pgliteTemplatePath();
  const held = templateMigrations(path);
  if (!held) return undefined;
  const ours = currentMigrations();
  return Object.entries(held).every(([name, sum]) => ours[name] === sum) ? path : undefined;
}

/**
 * Starts a new database from the template when there is a usable one: copies it into an
 * empty `dataDir` (and returns nothing), or returns the tarball for an in-memory database.
 */
export function seedFromTemplate(dataDir: string | undefined): Blob | undefined {
  try {
    if (dataDir && existsSync(join(dataDir, 'PG_VERSION'))) return undefined;
    const path = usableTemplate();
    if (!path) return undefined;
    if (!dataDir) return existsSync(`${path}.tar`) ? new Blob([readFileSync(`${path}.tar`)]) : undefined;
    if (existsSync(join(path, 'PG_VERSION'))) cpSync(path, dataDir, { recursive: true });
  } catch {
    // No template then: PGlite runs initdb.
  }
  return undefined;
}

/** Saves an empty database with today's migrations as the template, unless it is up to date. */
export async function createPgliteTemplate(): Promise<{ path: string; created: boolean }> {
  const path = pgliteTemplatePath();
  const ours = currentMigrations();
  if (existsSync(join(path, 'PG_VERSION')) && existsSync(`${path}.tar`) && JSON.stringify(templateMigrations(path)) === JSON.stringify(ours)) {
    return { path, created: false };
  }
  const staging = `${path}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(dirname(path), { recursive: true });
  const memory = await openDatabase({ noTemplate: true });
  let dump: Blob;
  try {
    await migrate(memory);
    dump = await memory.dumpDataDir!();
  } finally {
    await memory.close();
  }
  writeFileSync(`${staging}.tar`, Buffer.from(await dump.arrayBuffer()));
  const { PGlite } = await import('@electric-sql/pglite');
  const unpacked = new PGlite({ dataDir: staging, loadDataDir: dump });
  await unpacked.waitReady;
  await unpacked.close();
  writeFileSync(`${staging}.json`, `${JSON.stringify({ migrations: ours }, null, 2)}\n`);
  // The list goes last and is what makes the template usable. migrate() goes by the database's
  // own table anyway, so no mix of two runs can make it skip a migration.
  rmSync(`${path}.json`, { force: true });
  rmSync(path, { recursive: true, force: true });
  renameSync(staging, path);
  renameSync(`${staging}.tar`, `${path}.tar`);
  renameSync(`${staging}.json`, `${path}.json`);
  return { path, created: true };
}
