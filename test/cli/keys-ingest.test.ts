// `warden keys create` checks its scopes before it opens (or creates) anything; `warden ingest`
// always ends its plain progress with a line for the final count, and `--url` posts the file to
// a running server's POST /v1/events/batch (a real listening server, on both databases).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const BIN = join(process.cwd(), 'bin/warden.mjs');
const dir = mkdtempSync(join(tmpdir(), 'warden-keys-ingest-'));
const baseEnv = { ...process.env, LOG_LEVEL: 'warn', CLAMD_SOCKET: '', CLAMD_HOST: '' };

function warden(args: string[], env: Record<string, string | undefined>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env, maxBuffer: 10 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('warden keys create', () => {
  it('an unknown scope is refused before the data folder is created or migrated', async () => {
    const data = join(dir, 'never-made');
    const r = await warden(['keys', 'create', '--name', 'k', '--scopes', 'read,everything'], { ...baseEnv, WARDEN_DATA_DIR: data });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/scopes\/1.*unknown scope "everything"/);
    expect(existsSync(data)).toBe(false);
  }, 120_000);
});

describe.each(await backends())('warden ingest --url (%s)', { timeout: 240_000 }, (backend) => {
  let w: TestWarden;
  let url: string;
  beforeAll(async () => {
    w = await startTestWarden(backend);
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(w.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => w?.close());

  it('posts the file to the running server, ends with a final progress line, and reports the rejected line', async () => {
    const file = join(dir, `events-${backend}.jsonl`);
    const lines = [
      ev.registered(`ki-fl-${backend}`, 'freelancer'),
      ev.registered(`ki-cl-${backend}`, 'client'),
      ev.message(`ki-fl-${backend}`, `ki-cl-${backend}`, 'Hello, I read your job post and have a question about the scope'),
    ].map((e) => JSON.stringify(e));
    writeFileSync(file, `${lines.join('\n')}\nnot json\n`);
    const r = await warden(['ingest', file, '--url', url, '--batch', '2'], { ...baseEnv, WARDEN_DATA_DIR: join(dir, 'unused'), WARDEN_API_KEY: w.adminKey });
    expect(r.code, r.stderr).toBe(1);
    const summary = JSON.parse(r.stdout.trim().split('\n').pop() as string);
    expect(summary).toMatchObject({ lines: 4, accepted: 3, rejected: 1 });
    expect(r.stderr).toMatch(/ingesting: 4\/4 events, \d+ events\/s \(done\)/);
    expect(r.stderr).toMatch(/line 4: not valid JSON/);
    // It reached the server's database, not a local one.
    expect(existsSync(join(dir, 'unused'))).toBe(false);
    const got = await w.call('GET', `/v1/accounts/ki-fl-${backend}`);
    expect(got.status).toBe(200);
  });

  it('--url without a key or with a bad URL is a usage error', async () => {
    const file = join(dir, 'one.jsonl');
    writeFileSync(file, `${JSON.stringify(ev.registered('ki-x', 'client'))}\n`);
    const noKey = await warden(['ingest', file, '--url', url], { ...baseEnv, WARDEN_API_KEY: '' });
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/--url needs an API key/);
    const badUrl = await warden(['ingest', file, '--url', 'ftp:/x', '--key', 'k'], baseEnv);
    expect(badUrl.code).toBe(2);
    expect(badUrl.stderr).toMatch(/--url must be an http\(s\) URL/);
  });
});
