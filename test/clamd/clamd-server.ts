// Starts a real clamd for tests and benchmarks: foreground, on a temporary Unix socket and a
// free 127.0.0.1 port, with a signature database built here with sigtool (there is no network
// for the official one, and it would take ~20 s and 1 GB to load):
//   - warden-test.ndb: a body signature for the EICAR test string, matched anywhere in a file;
//   - warden-test.hdb: the MD5 hash of clam.exe from Debian's clamav-testfiles. The other 43
//     test files are that same program packed (UPX, ASPack, FSG, ...), archived (7z, ARJ, CAB,
//     cpio, tar.gz, zip...), encoded (BinHex, mbox, RTF, TNEF...) or embedded (OLE, PDF), so
//     they are detected only if clamd's own unpackers get the program back out.
// Nothing is committed: EICAR is generated from its published string.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ClamdClient } from '../../src/detect/malware/clamd.ts';
import { eicar } from './fixtures.ts';

export const CLAMAV_TESTFILES_DIR = '/usr/share/clamav-testfiles';
export const EICAR_SIGNATURE = 'Warden.Test.EICAR';
export const TESTFILE_SIGNATURE = 'Warden.Test.ClamAV-TestFile';

export interface ClamdServer {
  socket: string;
  host: string;
  port: number;
  /** Milliseconds from spawning clamd to its first PONG. */
  startupMs: number;
  stop(): Promise<void>;
}

export interface ClamdTools {
  clamd: string;
  sigtool: string;
}

function which(program: string, override: string | undefined): string | undefined {
  if (override) return existsSync(override) ? override : undefined;
  // clamd lives in /usr/sbin, which is not on an unprivileged user's PATH.
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'];
  return dirs.map((dir) => join(dir, program)).find((path) => path.startsWith('/') && existsSync(path));
}

/** The clamd and sigtool binaries, or a message naming what is missing (CLAMD_BIN/SIGTOOL_BIN override). */
export function findClamdTools(): ClamdTools | { missing: string } {
  const clamd = which('clamd', process.env.CLAMD_BIN);
  const sigtool = which('sigtool', process.env.SIGTOOL_BIN);
  if (!clamd) return { missing: 'clamd not found: install the Debian package clamav-daemon' };
  if (!sigtool) return { missing: 'sigtool not found: install the Debian package clamav' };
  return { clamd, sigtool };
}

/** The 44 files of Debian's clamav-testfiles, or [] when the package is not installed. */
export function clamavTestFiles(): string[] {
  if (!existsSync(CLAMAV_TESTFILES_DIR)) return [];
  return readdirSync(CLAMAV_TESTFILES_DIR)
    .filter((name) => name.startsWith('clam'))
    .sort()
    .map((name) => join(CLAMAV_TESTFILES_DIR, name));
}

/** Writes the test signature database into `dir`; returns the database file names. */
export function buildSignatureDatabase(dir: string, sigtool: string): string[] {
  const eicarHex = execFileSync(sigtool, ['--hex-dump'], { input: eicar() }).toString().trim();
  // Target 0 (any file type), offset * (anywhere): EICAR in a zip or with trailing bytes still matches.
  writeFileSync(join(dir, 'warden-test.ndb'), `${EICAR_SIGNATURE}:0:*:${eicarHex}\n`);
  const files = ['warden-test.ndb'];
  const clamExe = join(CLAMAV_TESTFILES_DIR, 'clam.exe');
  if (existsSync(clamExe)) {
    // sigtool prints "md5:size:file-name"; the file name becomes the signature name.
    const [md5, size] = execFileSync(sigtool, ['--md5', clamExe]).toString().trim().split(':');
    writeFileSync(join(dir, 'warden-test.hdb'), `${md5}:${size}:${TESTFILE_SIGNATURE}\n`);
    files.push('warden-test.hdb');
  }
  return files;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface StartClamdOptions {
  startTimeoutMs?: number;
  /** clamd's StreamMaxLength, e.g. "1M" (25M, clamd's default, unless given). */
  streamMaxLength?: string;
}

export async function startClamd(options: StartClamdOptions = {}): Promise<ClamdServer> {
  const tools = findClamdTools();
  if ('missing' in tools) throw new Error(tools.missing);
  // Debian/Ubuntu ship an AppArmor profile for clamd that allows /tmp/** but not other temp
  // folders (TMPDIR may point elsewhere); /tmp also keeps the socket path under 108 bytes.
  const dir = mkdtempSync(join(existsSync('/tmp') ? '/tmp' : tmpdir(), 'warden-clamd-'));
  const database = join(dir, 'db');
  mkdirSync(database);
  buildSignatureDatabase(database, tools.sigtool);
  const socket = join(dir, 'clamd.sock');
  const host = '127.0.0.1';
  const port = await freePort();
  const log = join(dir, 'clamd.log');
  const config = join(dir, 'clamd.conf');
  writeFileSync(
    config,
    [
      'Foreground yes',
      `LocalSocket ${socket}`,
      `TCPSocket ${port}`,
      `TCPAddr ${host}`,
      `DatabaseDirectory ${database}`,
      `TemporaryDirectory ${dir}`,
      `LogFile ${log}`,
      `StreamMaxLength ${options.streamMaxLength ?? '25M'}`,
      // As deploy/clamd.conf recommends: say so when content is encrypted or past the limits,
      // instead of answering OK for what was never looked at.
      'AlertEncrypted yes',
      'AlertExceedsMax yes',
      'MaxThreads 4',
      // No bytecode signatures are loaded, and a reload would double the memory for nothing.
      'Bytecode no',
      'ConcurrentDatabaseReload no',
      '',
    ].join('\n'),
  );

  const started = performance.now();
  const child = spawn(tools.clamd, [`--config-file=${config}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (d: Buffer) => {
    output += d.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await terminate(child);
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = started + (options.startTimeoutMs ?? 30_000);
  const unix = new ClamdClient({ socket }, { connectTimeoutMs: 500, timeoutMs: 2_000 });
  const tcp = new ClamdClient({ host, port }, { connectTimeoutMs: 500, timeoutMs: 2_000 });
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const detail = `${output}\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`.trim().split('\n').slice(-15).join('\n');
      await stop();
      throw new Error(`clamd exited during start-up (code ${child.exitCode}):\n${detail}`);
    }
    try {
      await unix.ping();
      await tcp.ping();
      break;
    } catch {
      if (performance.now() > deadline) {
        await stop();
        throw new Error(`clamd did not answer PING within ${options.startTimeoutMs ?? 30_000} ms`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  return { socket, host, port, startupMs: performance.now() - started, stop };
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
