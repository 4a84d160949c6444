// The CLI commands that need only the database (keys, users, data rights), not the whole app.
import type { Config } from '../app/config.ts';
import { type DatabaseHandle, openDatabase } from '../store/db.ts';
import { migrate } from '../store/migrate.ts';

/** Reads the configuration when a command runs (so `--help` needs none). */
export type ConfigLoader = () => Config;

/**
 * Opens the configured database, migrates it, runs `fn` on it and closes it: a quicker start
 * than the whole app for chores. Errors of `fn` propagate after the database is closed.
 */
export async function withDatabase<T>(loadConfig: ConfigLoader, fn: (db: DatabaseHandle['db']) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(handle);
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}
