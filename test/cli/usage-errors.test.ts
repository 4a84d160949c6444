// Every mistake on the command line exits 2 with one line on stderr (README: "a missing
// option, file or password ... exit code 2"): commander's own errors (unknown command or
// option, missing or invalid argument) and values the services refuse (ValidationFailed).
// Failures that are not the operator's typing (an unknown reviewer) stay exit 1.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin/warden.mjs');
const dir = mkdtempSync(join(tmpdir(), 'warden-usage-'));
const env = {
  ...process.env,
  WARDEN_DATA_DIR: join(dir, 'data'),
  LOG_LEVEL: 'warn',
  CLAMD_SOCKET: '',
  CLAMD_HOST: '',
  WARDEN_PASSWORD: 'correct horse battery',
};

function warden(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env }, (err, _stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }));
  });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('warden usage errors', () => {
  it('exit 2 with one line naming the mistake', async () => {
    const cases: [string[], RegExp][] = [
      [['users', 'set-role', 'x', 'king'], /'king'.*Allowed choices are admin, reviewer, triage, policy-editor/],
      [['users', 'create', '--email', 'a@example.com', '--role', 'king'], /'king'.*Allowed choices are admin, reviewer/],
      [['users', 'set-role', 'x'], /missing required argument 'role'/],
      [['users', 'create', '--email', 'not-an-email'], /email/i],
      [['keys', 'create', '--name', 'k', '--scopes', 'everything'], /scope/i],
      [['frobnicate'], /unknown command 'frobnicate'/],
      [['screen', '--bogus'], /unknown option '--bogus'/],
      [['screen', '--kind', 'tweet'], /--kind must be/],
      [['backtest', 'contact-sharing', '--version', 'abc', '--from', '2026-01-01', '--to', '2026-02-01'], /--version.*whole number/],
      [['backtest', 'contact-sharing', '--version', '0', '--from', '2026-01-01', '--to', '2026-02-01'], /--version.*whole number/],
      [['backtest', 'contact-sharing', '--version', '2', '--baseline', 'xyz', '--from', '2026-01-01', '--to', '2026-02-01'], /--baseline.*whole number/],
    ];
    const failures: string[] = [];
    for (const [args, message] of cases) {
      const r = await warden(args);
      const lines = r.stderr.trim().split('\n');
      if (r.code !== 2 || !message.test(r.stderr) || lines.length !== 1 || /\n\s+at /.test(r.stderr))
        failures.push(`warden ${args.join(' ')} → exit ${r.code}: ${r.stderr.trim().slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  }, 240_000);

  it('an unknown reviewer is not a usage error: exit 1', async () => {
    const r = await warden(['users', 'disable', 'nobody@example.com']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nobody@example\.com/);
  }, 60_000);
});
