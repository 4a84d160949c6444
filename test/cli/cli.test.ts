// The `warden` command as a user runs it: a real process on a temporary data folder.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveDeploymentKey } from '../../src/app/secrets.ts';
import { createSubscription } from '../../src/enforce/webhooks/delivery.ts';
import { openDatabase } from '../../src/store/db.ts';
import { migrate } from '../../src/store/migrate.ts';
import { enqueueOutbox } from '../../src/webhooks/outbox.ts';

const exec = promisify(execFile);
const BIN = join(process.cwd(), 'bin/warden.mjs');
const dir = mkdtempSync(join(tmpdir(), 'warden-cli-'));
const env = { ...process.env, WARDEN_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn', CLAMD_SOCKET: '', CLAMD_HOST: '' };

async function warden(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { env, maxBuffer: 10 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin!.end(input);
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('warden CLI', () => {
  it('prints help naming every command', async () => {
    const { stdout } = await exec(process.execPath, [BIN, '--help'], { env });
    for (const c of ['serve', 'worker', 'migrate', 'keys', 'users', 'ingest', 'screen', 'scan']) expect(stdout).toContain(c);
  });

  it('prints its version', async () => {
    const { stdout } = await exec(process.execPath, [BIN, '--version'], { env });
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('runs from the TypeScript sources when asked (the fallback when no compiled build can be made)', async () => {
    const { stdout } = await exec(process.execPath, [BIN, '--version'], { env: { ...env, WARDEN_RUN_FROM_SOURCE: '1' } });
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('says in one line what is missing, exits non-zero, and prints no stack trace', async () => {
    const noStack = (r: { stderr: string }) => {
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    };
    const noPassword = await warden(['users', 'create', '--email', 'a@b.c', '--role', 'admin']);
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toMatch(/^warden: users create: no password given: set WARDEN_PASSWORD/);
    noStack(noPassword);
    const noFile = await warden(['ingest', join(dir, 'nofile.jsonl')]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/^warden: ingest: no such file: .*nofile\.jsonl/);
    noStack(noFile);
    const noName = await warden(['keys', 'create']);
    expect(noName.code).not.toBe(0);
    expect(noName.stderr).toMatch(/^warden: required option '-n, --name <name>' not specified/);
    expect(noName.stdout).toBe('');
    noStack(noName);
  }, 60_000);

  it('creates, lists and revokes API keys', async () => {
    const created = await warden(['keys', 'create', '--name', 'backend', '--scopes', 'events:write,read', '--json']);
    expect(created.code).toBe(0);
    const key = JSON.parse(created.stdout);
    expect(key.key).toMatch(/^wdn_/);
    expect((await warden(['keys', 'list'])).stdout).toContain('backend');
    expect((await warden(['keys', 'revoke', key.id])).stdout).toContain('revoked');
    expect((await warden(['keys', 'list'])).stdout).toContain('REVOKED');
    const bad = await warden(['keys', 'create', '--name', 'x', '--scopes', 'everything']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('unknown scope');
  }, 60_000);

  it('manages reviewers: list, disable, enable, reset-password, set-role — each audited', async () => {
    const withPassword = { ...env, WARDEN_PASSWORD: 'first long password' };
    const made = await new Promise<{ code: number }>((resolve) =>
      execFile(process.execPath, [BIN, 'users', 'create', '--email', 'rev@example.com', '--role', 'reviewer'], { env: withPassword }, (err) =>
        resolve({ code: err ? 1 : 0 }),
      ),
    );
    expect(made.code).toBe(0);
    expect((await warden(['users', 'disable', 'rev@example.com', '--reason', 'left'])).stdout).toContain('disabled rev@example.com');
    expect((await warden(['users', 'list'])).stdout).toMatch(/DISABLED\s+reviewer\s+rev@example\.com/);
    expect((await warden(['users', 'enable', 'REV@example.com'])).stdout).toContain('enabled rev@example.com');
    const reset = await warden(['users', 'reset-password', 'rev@example.com']);
    expect(reset.code).toBe(0);
    expect(reset.stdout).toMatch(/temporary password: [\w-]{20}/);
    expect((await warden(['users', 'set-role', 'rev@example.com', 'triage'])).stdout).toContain('is now triage');
    const badRole = await warden(['users', 'set-role', 'rev@example.com', 'owner']);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/^warden: .*'owner'.*Allowed choices are admin, reviewer, triage, policy-editor/);
    const list = JSON.parse((await warden(['users', 'list', '--json'])).stdout);
    expect(list.find((u: { email: string }) => u.email === 'rev@example.com')).toMatchObject({ role: 'triage', disabledAt: null });
  }, 300_000);

  it('ingests a JSON-lines file and summarises accepted, duplicate and rejected lines', async () => {
    const e = (id: string, role = 'client') =>
      JSON.stringify({ id, type: 'user.registered', occurredAt: '2026-01-01T00:00:00Z', actor: { id: `a-${id}` }, data: { role } });
    const file = join(dir, 'events.jsonl');
    writeFileSync(file, [e('1'), e('2'), e('1'), '{not json', e('3', 'wizard'), ''].join('\n'));
    const r = await warden(['ingest', file, '--quiet']);
    expect(r.code).toBe(1); // some lines were rejected
    const summary = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(summary).toMatchObject({ lines: 5, accepted: 2, duplicate: 1, rejected: 2 });
    expect(r.stderr).toContain('line 4: not valid JSON');
    expect(r.stderr).toContain('/data/role');
    const again = JSON.parse((await warden(['ingest', file, '--quiet'])).stdout.trim());
    expect(again).toMatchObject({ accepted: 0, duplicate: 3, rejected: 2 });
  }, 60_000);

  it('backtests a policy version over stored events from the command line', async () => {
    const file = join(dir, 'messages.jsonl');
    const m = (id: string, text: string) =>
      JSON.stringify({
        id,
        type: 'message.sent',
        occurredAt: '2026-02-01T10:00:00Z',
        actor: { id: 'fl-bt' },
        data: { messageId: id, recipientId: 'cl-bt', text },
      });
    writeFileSync(file, [m('bt-1', 'what is your whatsapp?'), m('bt-2', 'Great, I will start on Monday.')].join('\n'));
    expect((await warden(['ingest', file, '--quiet'])).code).toBe(0);
    const r = await warden(['backtest', 'contact-sharing', '--version', '1', '--from', '2026-01-01T00:00:00Z', '--to', '2026-03-01T00:00:00Z']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ policy: 'contact-sharing', candidateVersion: 1, baselineVersion: 1, evaluated: 2, changed: 0 });
    expect(report.outcomes.candidate.nudge).toBe(1);
    const bad = await warden(['backtest', 'contact-sharing', '--version', '1', '--from', 'soon', '--to', '2026-03-01']);
    expect(bad.code).not.toBe(0);
  }, 60_000);

  it('screens JSON lines from stdin in the stable output format', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'text me on +1 415 555 0132' }),
      JSON.stringify({ id: 'b', text: 'The build v3.2.1 is on staging, ticket #4411.' }),
      JSON.stringify({
        id: 'c',
        text: 'We will mail you a cheque for $2,000. Deposit it, keep $300 for your time and wire the rest back to our supplier.',
        kind: 'job',
      }),
    ].join('\n');
    const r = await warden(['screen'], input);
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(Object.keys(out[0]).sort()).toEqual(['id', 'maskedText', 'outcome', 'signals']);
    expect(out[0]).toMatchObject({ id: 'a', outcome: 'mask' });
    expect(out[0].signals.find((s: { type: string }) => s.type === 'contact.phone')).toMatchObject({ start: 11, end: 26 });
    expect(out[0].maskedText).not.toContain('0132');
    expect(out[1]).toEqual({ id: 'b', outcome: 'allow', signals: [], maskedText: 'The build v3.2.1 is on staging, ticket #4411.' });
    expect(out[2].signals.some((s: { type: string }) => s.type.startsWith('scam.'))).toBe(true);
  }, 30_000);

  it('serves, answers, and stops gracefully on SIGTERM', async () => {
    const child: ChildProcess = spawn(process.execPath, [BIN, 'serve'], { env: { ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' } });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no URL in output: ${out}`)), 45_000);
      child.stdout!.on('data', (d) => {
        out += d;
        const m = out.match(/running on (http:\/\/localhost:\d+)/);
        if (m) {
          clearTimeout(t);
          resolve(m[1]);
        }
      });
    });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    // A CLI command cannot open the folder the server holds.
    const busy = await warden(['keys', 'list']);
    expect(busy.code).toBe(2);
    expect(busy.stderr).toContain('in use');
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(0);
  }, 60_000);

  it('`warden worker` runs the background work without HTTP: it delivers a webhook from the outbox, then stops on SIGTERM', async () => {
    const workerDir = mkdtempSync(join(tmpdir(), 'warden-worker-'));
    const received: string[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => {
        body += d;
      });
      req.on('end', () => {
        received.push(body);
        res.end('ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const port = (receiver.address() as AddressInfo).port;
    // Seed the data folder while no process holds it: a subscription and one outbox row.
    const handle = await openDatabase({ dataDir: join(workerDir, 'data') });
    await migrate(handle);
    // The worker reads the same deployment key from the environment, and may call 127.0.0.1.
    const key = randomBytes(32);
    await resolveDeploymentKey(handle.db, { configured: key.toString('base64') });
    await createSubscription(handle.db, { url: `http://127.0.0.1:${port}/hook`, topics: ['decision.made'] }, key, { allowPrivate: true });
    await enqueueOutbox(handle.db, 'decision.made', 'decision.made:worker-test', { decisionId: 'worker-test', outcome: 'hold' });
    await handle.close();
    const child: ChildProcess = spawn(process.execPath, [BIN, 'worker'], {
      env: {
        ...env,
        WARDEN_DATA_DIR: join(workerDir, 'data'),
        WARDEN_ENCRYPTION_KEY: key.toString('base64'),
        WARDEN_WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
        LOG_LEVEL: 'warn',
      },
    });
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
    });
    try {
      // Polls until the delivery arrives (the worker checks the outbox every second).
      await expect.poll(() => received.length, { timeout: 60_000, interval: 200 }).toBeGreaterThan(0);
      expect(JSON.parse(received[0])).toMatchObject({ topic: 'decision.made', data: { decisionId: 'worker-test' } });
      expect(out).toContain('Warden worker is running');
      child.kill('SIGTERM');
      expect(await new Promise((r) => child.on('exit', r))).toBe(0);
    } finally {
      child.kill('SIGKILL');
      receiver.close();
      rmSync(workerDir, { recursive: true, force: true });
    }
  }, 90_000);
});
