import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db.ts';
import { listMigrations, migrate } from './migrate.ts';
import { createPgliteTemplate, pgliteTemplatePath, seedFromTemplate } from './pglite-template.ts';

const dir = mkdtempSync(join(tmpdir(), 'warden-template-'));
const saved = process.env.WARDEN_CACHE_DIR;

beforeAll(() => {
  process.env.WARDEN_CACHE_DIR = join(dir, 'cache');
});
afterAll(() => {
  if (saved === undefined) delete process.env.WARDEN_CACHE_DIR;
  else process.env.WARDEN_CACHE_DIR = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe('embedded database template', () => {
  it('a new data folder starts as a copy of the migrated template; an edited migration keeps the template out', async () => {
    expect((await createPgliteTemplate()).created).toBe(true);
    expect((await createPgliteTemplate()).created).toBe(false);

    const handle = await openDatabase({ dataDir: join(dir, 'a') });
    try {
      expect(await migrate(handle)).toEqual({ applied: [], alreadyApplied: listMigrations().length });
    } finally {
      await handle.close();
    }

    // The template claims a migration with another checksum: not used, PGlite would run initdb.
    const list = `${pgliteTemplatePath()}.json`;
    const held = JSON.parse(readFileSync(list, 'utf8'));
    held.migrations[listMigrations()[0].name] = 'edited';
    writeFileSync(list, JSON.stringify(held));
    expect(seedFromTemplate(join(dir, 'b'))).toBeUndefined();
    expect(existsSync(join(dir, 'b', 'PG_VERSION'))).toBe(false);
  }, 240_000);
});
