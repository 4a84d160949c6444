// The deployment's encryption key, which seals secrets at rest (identity documents, webhook
// signing secrets). It is WARDEN_ENCRYPTION_KEY when set, else generated once on first start
// into the data folder (file mode 600) — never a default shared between deployments. The
// database keeps the key's fingerprint, so a process with another key stops at start with
// the variable's name instead of answering 500 on the first document it cannot open.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColumnType } from 'kysely';
import { keyId, parseKey } from '../enforce/document-crypto.ts';
import type { DbOrTx } from '../store/db.ts';
import { ConfigError } from './config.ts';

/** The file the generated key lives in (its historical name: documents were its first use). */
export const KEY_FILE_NAME = 'identity-documents.key';

export interface DeploymentKey {
  key: Buffer;
  /** First 16 hex characters of the key's SHA-256: names the key in logs and errors, reveals nothing. */
  keyId: string;
  source: 'env' | 'file' | 'generated' | 'ephemeral';
  file?: string;
}

interface DeploymentKeysTable {
  purpose: string;
  key_id: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
}

declare module '../store/schema.ts' {
  interface Database {
    deployment_keys: DeploymentKeysTable;
  }
}

/**
 * Reads or makes the key: `configured` (WARDEN_ENCRYPTION_KEY) first; else the key file in
 * `dataDir`, created with mode 600 when absent (exclusively, so two processes starting at
 * once end with one key); without `dataDir` (in-memory databases) a key for this process only.
 * Throws ConfigError when the key is malformed or is not the one the database was sealed with.
 */
export async function resolveDeploymentKey(db: DbOrTx, opts: { configured?: string; dataDir?: string }): Promise<DeploymentKey> {
  const found = readOrCreateKey(opts);
  await db
    .insertInto('deployment_keys')
    .values({ purpose: 'encryption', key_id: found.keyId })
    .onConflict((oc) => oc.column('purpose').doNothing())
    .execute();
  const row = await db.selectFrom('deployment_keys').select('key_id').where('purpose', '=', 'encryption').executeTakeFirstOrThrow();
  if (row.key_id !== found.keyId) {
    const where = found.source === 'env' ? 'WARDEN_ENCRYPTION_KEY' : `the key file ${found.file}`;
    throw new ConfigError(
      `WARDEN_ENCRYPTION_KEY: this database's secrets are sealed with key ${row.key_id}, but ${where} holds key ${found.keyId}. ` +
        'Set WARDEN_ENCRYPTION_KEY to the same key on every process of a deployment (the first process wrote it to its data folder).',
    );
  }
  return found;
}

function readOrCreateKey(opts: { configured?: string; dataDir?: string }): DeploymentKey {
  const fromText = (text: string, source: DeploymentKey['source'], file?: string): DeploymentKey => {
    let key: Buffer;
    try {
      key = parseKey(text);
    } catch (err) {
      throw new ConfigError(`${source === 'env' ? 'WARDEN_ENCRYPTION_KEY' : `the key file ${file}`}: ${(err as Error).message}`);
    }
    return { key, keyId: keyId(key), source, ...(file ? { file } : {}) };
  };
  if (opts.configured) return fromText(opts.configured, 'env');
  if (!opts.dataDir) {
    const key = randomBytes(32);
    return { key, keyId: keyId(key), source: 'ephemeral' };
  }
  const file = join(opts.dataDir, KEY_FILE_NAME);
  mkdirSync(opts.dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600); // the umask may have taken bits away, never added: this is for clarity
    return fromText(readFileSync(file, 'utf8'), 'generated', file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  // A key file from an earlier start (or an older version, which wrote it world-readable).
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return fromText(readFileSync(file, 'utf8'), 'file', file);
}
