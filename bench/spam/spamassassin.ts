// A private spamd (SpamAssassin's daemon) for the benchmarks: local tests only (-L), no
// per-user config, Bayes and auto-learning off so the held-out messages never train it.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function spamAssassinAvailable(): { ok: true; version: string } | { ok: false; reason: string } {
  for (const bin of ['spamd', 'spamc']) {
    const probe = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    if (probe.error) {
      return {
        ok: false,
        reason: `\`${bin}\` not found: install the Debian package \`spamassassin\` (and \`spamc\`) to run this comparison`,
      };
    }
  }
  const version = spawnSync('spamassassin', ['-V'], { encoding: 'utf8' }).stdout.split('\n')[0] ?? 'unknown';
  return { ok: true, version: version.trim() };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface SpamdHandle {
  port: number;
  children: number;
  stop(): Promise<void>;
}

export async function startSpamd(children: number): Promise<SpamdHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'warden-spamd-'));
  // spamd drops to `nobody` and must still read its config.
  chmodSync(dir, 0o755);
  // Same plugins as the system install, plus our switches.
  for (const f of readdirSync('/etc/spamassassin')) if (f.endsWith('.pre') || f.endsWith('.cf')) copyFileSync(join('/etc/spamassassin', f), join(dir, f));
  writeFileSync(join(dir, 'zz-warden-bench.cf'), 'use_bayes 0\nbayes_auto_learn 0\nuse_auto_whitelist 0\n');
  const port = await freePort();
  const proc: ChildProcess = spawn(
    'spamd',
    [
      '-L',
      '-x',
      '-u',
      'nobody',
      '-i',
      '127.0.0.1',
      '-p',
      String(port),
      '-m',
      String(children),
      '--min-spare',
      String(children),
      '--max-spare',
      String(children),
      '--siteconfigpath',
      dir,
      '--syslog',
      'stderr',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  proc.stderr?.on('data', (d: Buffer) => {
    log = (log + d.toString()).slice(-4000);
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`spamd exited early:\n${log}`);
    }
    if (
      spawnSync('spamc', ['-d', '127.0.0.1', '-p', String(port), '-K'], {
        encoding: 'utf8',
      }).status === 0
    )
      break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    port,
    children,
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Checks one raw message with spamc; true when SpamAssassin calls it spam. */
export function spamcCheck(port: number, raw: string): Promise<{ spam: boolean; score: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('spamc', ['-d', '127.0.0.1', '-p', String(port), '-c', '-x', '-s', '5000000', '-t', '120'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      // -c: exit 1 = spam, 0 = ham; anything else is a failure that must not count as ham.
      if (code !== 0 && code !== 1) return reject(new Error(`spamc exited with ${code}: ${out}`));
      resolve({
        spam: code === 1,
        score: Number.parseFloat(out.split('/')[0]),
      });
    });
    child.stdin.end(raw);
  });
}

/** Runs `task` over `items` with at most `concurrency` in flight, keeping result order. */
export async function mapConcurrent<T, R>(items: readonly T[], concurrency: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  });
  await Promise.all(workers);
  return results;
}
