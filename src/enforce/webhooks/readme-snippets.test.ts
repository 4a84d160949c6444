// The README's webhook verification snippets (Node and Python) accept what Warden's signer
// sends and refuse tampering, another secret and stale timestamps. They are read from the
// README itself, so the documentation cannot drift from the signer.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signPayload } from './signing.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const snippet = (lang: string, needle: string) => {
  const block = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].find((m) => m[1] === lang && m[2].includes(needle));
  if (!block) throw new Error(`no ${lang} block with ${needle} in the README`);
  return block[2];
};

const secret = 'whsec_test-secret-0123456789';
const body = JSON.stringify({ id: 'evt_1', topic: 'action.applied', createdAt: '2026-11-29T10:00:00.000Z', data: { accountId: 'fl-42', note: 'café ✓' } });
const now = () => Math.floor(Date.now() / 1000);
const cases = () => [
  { name: 'a fresh signature', header: signPayload(secret, body, now()), body, secret, ok: true },
  { name: 'a tampered body', header: signPayload(secret, body, now()), body: body.replace('fl-42', 'fl-43'), secret, ok: false },
  { name: 'another secret', header: signPayload(secret, body, now()), body, secret: 'whsec_other-secret-0123456789', ok: false },
  { name: 'a stale timestamp', header: signPayload(secret, body, now() - 3600), body, secret, ok: false },
  { name: 'a header without v1', header: `t=${now()}`, body, secret, ok: false },
];

describe('README webhook verification snippets', () => {
  it('Node: verifyWardenSignature', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warden-readme-'));
    const file = join(dir, 'verify.mjs');
    writeFileSync(file, snippet('js', 'verifyWardenSignature'));
    const { verifyWardenSignature } = await import(pathToFileURL(file).href);
    for (const c of cases()) {
      expect(verifyWardenSignature(c.secret, c.body, c.header), c.name).toBe(c.ok);
      expect(verifyWardenSignature(c.secret, Buffer.from(c.body), c.header), `${c.name} (Buffer)`).toBe(c.ok);
    }
  });

  const python = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!python)('Python: verify_warden_signature', () => {
    const program = `${snippet('python', 'verify_warden_signature')}
import json, sys
for c in json.load(sys.stdin):
    print(json.dumps(verify_warden_signature(c["secret"], c["body"].encode(), c["header"])))
`;
    const run = spawnSync('python3', ['-c', program], { input: JSON.stringify(cases()), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(
      run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(cases().map((c) => c.ok));
  });
});
