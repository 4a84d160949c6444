// Secrets at rest: the deployment key is the configured one or generated once per deployment
// into a mode-600 file; a process holding another key stops at start naming the variable;
// webhook signing secrets are stored sealed — on PGlite and PostgreSQL.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/app/config.ts';
import { KEY_FILE_NAME, resolveDeploymentKey } from '../../src/app/secrets.ts';
import { openWebhookSecret, sealPlaintextWebhookSecrets } from '../../src/enforce/webhooks/delivery.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'warden-key-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

for (const backend of await backends()) {
  describe(`secrets at rest (${backend})`, () => {
    let w: TestWarden;
    beforeAll(async () => {
      w = await startTestWarden(backend);
    }, 120_000);
    afterAll(() => w?.close());

    it('a second process with another key (or another generated key file) refuses to start, naming the variable', async () => {
      // The database already holds the fingerprint of this Warden's key.
      const other = randomBytes(32).toString('base64');
      const err = await resolveDeploymentKey(w.ctx.db, { configured: other }).catch((e) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect(err.message).toMatch(/^WARDEN_ENCRYPTION_KEY: this database's secrets are sealed with key [0-9a-f]{16}/);
      const fromFile = await resolveDeploymentKey(w.ctx.db, { dataDir: tempDir() }).catch((e) => e);
      expect(fromFile).toBeInstanceOf(ConfigError);
      expect(fromFile.message).toContain('the key file');
      // The key it was sealed with is accepted.
      const same = await resolveDeploymentKey(w.ctx.db, { configured: w.ctx.deploymentKey.key.toString('base64') });
      expect(same.keyId).toBe(w.ctx.deploymentKey.keyId);
    });

    it('webhook signing secrets are stored sealed, bound to their subscription, and opened for signing', async () => {
      const sub = await w.call('POST', '/v1/webhooks', { url: 'https://93.184.215.14/warden', topics: ['action.applied'] });
      expect(sub.status).toBe(201);
      const row = await w.ctx.db.selectFrom('webhook_subscriptions').select(['id', 'secret']).where('id', '=', sub.body.id).executeTakeFirstOrThrow();
      expect(row.secret).not.toContain(sub.body.secret);
      expect(row.secret).toMatch(/^sealed:v1:[0-9a-f]{16}:/);
      expect(openWebhookSecret(row.secret, row.id, w.ctx.deploymentKey.key)).toBe(sub.body.secret);
      expect(() => openWebhookSecret(row.secret, 'whs_other', w.ctx.deploymentKey.key)).toThrow();
      expect(() => openWebhookSecret(row.secret, row.id, randomBytes(32))).toThrow();
    });

    it('plaintext secrets an older version stored are sealed at start', async () => {
      await w.ctx.db
        .insertInto('webhook_subscriptions')
        .values({
          id: 'whs_legacy',
          url: 'https://93.184.215.14/old',
          topics: JSON.stringify(['action.applied']),
          secret: 'whsec_plaintext_legacy_1234',
          created_at: new Date(),
        })
        .execute();
      expect(await sealPlaintextWebhookSecrets(w.ctx.db, w.ctx.deploymentKey.key)).toBe(1);
      const row = await w.ctx.db.selectFrom('webhook_subscriptions').select('secret').where('id', '=', 'whs_legacy').executeTakeFirstOrThrow();
      expect(row.secret).not.toContain('plaintext_legacy');
      expect(openWebhookSecret(row.secret, 'whs_legacy', w.ctx.deploymentKey.key)).toBe('whsec_plaintext_legacy_1234');
      expect(await sealPlaintextWebhookSecrets(w.ctx.db, w.ctx.deploymentKey.key)).toBe(0);
    });
  });
}

describe('the generated key file', () => {
  it('is made once per deployment with mode 600, reused after, and differs between deployments', async () => {
    const { openDatabase } = await import('../../src/store/db.ts');
    const { migrate } = await import('../../src/store/migrate.ts');
    const open = async () => {
      const h = await openDatabase({});
      await migrate(h);
      return h;
    };
    const [a, b] = [await open(), await open()];
    try {
      const dir = tempDir();
      const first = await resolveDeploymentKey(a.db, { dataDir: dir });
      expect(first.source).toBe('generated');
      expect(statSync(join(dir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
      const again = await resolveDeploymentKey(a.db, { dataDir: dir });
      expect(again).toMatchObject({ source: 'file', keyId: first.keyId });
      const elsewhere = await resolveDeploymentKey(b.db, { dataDir: tempDir() });
      expect(elsewhere.keyId).not.toBe(first.keyId); // no default shared between deployments
      // A key file an older version left world-readable is tightened.
      chmodSync(join(dir, KEY_FILE_NAME), 0o644);
      await resolveDeploymentKey(a.db, { dataDir: dir });
      expect(statSync(join(dir, KEY_FILE_NAME)).mode & 0o777).toBe(0o600);
      // A damaged key file stops the start with its name.
      writeFileSync(join(dir, KEY_FILE_NAME), 'not a key');
      await expect(resolveDeploymentKey(a.db, { dataDir: dir })).rejects.toThrow(/key file .*identity-documents\.key: WARDEN_ENCRYPTION_KEY must be 32 bytes/);
      expect(readFileSync(join(dir, KEY_FILE_NAME), 'utf8')).toBe('not a key');
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);
});
