// Warden's attachment pipeline against a real clamd (Debian clamav-daemon) loaded with the
// signatures built by clamd-server.ts. Skips when clamd is not installed, except in CI.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClamdClient, ScannerSizeLimitError, ScannerTimeoutError, ScannerUnavailableError } from '../../src/detect/malware/clamd.ts';
import { scanAttachment } from '../../src/detect/malware/scan.ts';
import { type ClamdServer, clamavTestFiles, EICAR_SIGNATURE, findClamdTools, startClamd, TESTFILE_SIGNATURE } from './clamd-server.ts';
import * as fixture from './fixtures.ts';

const tools = findClamdTools();
const missing = 'missing' in tools ? tools.missing : undefined;
const testFiles = clamavTestFiles();
const inCi = process.env.CI === 'true';

if (missing && !inCi) console.warn(`Skipping the real clamd tests: ${missing}`);

test.runIf(inCi)('clamd, sigtool and clamav-testfiles are installed (required in CI)', () => {
  expect(missing).toBeUndefined();
  expect(testFiles).toHaveLength(44);
});

describe.skipIf(missing !== undefined)('real clamd', () => {
  let server: ClamdServer;
  let unix: ClamdClient;
  let tcp: ClamdClient;

  beforeAll(async () => {
    server = await startClamd();
    unix = new ClamdClient({ socket: server.socket });
    tcp = new ClamdClient({ host: server.host, port: server.port });
  }, 60_000);
  afterAll(async () => server?.stop());

  test('answers PING and VERSION on both sockets', async () => {
    await unix.ping();
    await tcp.ping();
    expect(await tcp.version()).toMatch(/^ClamAV \d+\.\d+/);
  });

  test('EICAR is infected, over the Unix socket and over TCP, alone or zipped', async () => {
    for (const clamd of [unix, tcp]) {
      const result = await scanAttachment({ name: 'eicar.txt', mimeType: 'text/plain', data: fixture.eicar() }, { clamd });
      expect(result.verdict).toBe('infected');
      expect(result.scanners).toEqual(['static', 'clamd']);
      expect(result.signals[0].evidence?.signature).toBe(`${EICAR_SIGNATURE}.UNOFFICIAL`);
    }
    const zipped = fixture.zip([{ name: 'docs/readme.txt', data: fixture.eicar() }]);
    expect((await scanAttachment({ name: 'docs.zip', data: zipped }, { clamd: unix })).verdict).toBe('infected');
  });

  test.skipIf(testFiles.length === 0 && !inCi)('all 44 files of clamav-testfiles are infected', async () => {
    expect(testFiles).toHaveLength(44);
    const verdicts = await Promise.all(
      testFiles.map(async (path) => {
        const result = await scanAttachment({ name: basename(path), data: readFileSync(path) }, { clamd: unix });
        return { file: basename(path), verdict: result.verdict, signature: result.signals.find((s) => s.type === 'malware.infected')?.evidence?.signature };
      }),
    );
    const missed = verdicts.filter((v) => v.verdict !== 'infected' || v.signature !== `${TESTFILE_SIGNATURE}.UNOFFICIAL`);
    expect(missed).toEqual([]);
  });

  test('benign files are clean', async () => {
    const benign = [
      { name: 'notes.txt', mimeType: 'text/plain', data: Buffer.from('The logo is attached; feedback welcome.\n') },
      { name: 'mockup.png', mimeType: 'image/png', data: fixture.png(64, 64) },
      { name: 'report.pdf', mimeType: 'application/pdf', data: fixture.pdf() },
      {
        name: 'assets.zip',
        mimeType: 'application/zip',
        data: fixture.zip([
          { name: 'logo.png', data: fixture.png() },
          { name: 'copy.txt', data: Buffer.from('copy') },
        ]),
      },
      { name: 'contract.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data: fixture.docx() },
    ];
    for (const file of benign) {
      const result = await scanAttachment(file, { clamd: tcp });
      expect({ file: file.name, verdict: result.verdict, reasons: result.reasons }).toEqual({ file: file.name, verdict: 'clean', reasons: [] });
    }
  });

  test('an encrypted 7z holding EICAR is unscannable, not clean; EICAR in a zip in a tar.gz is infected', async () => {
    for (const encryptHeaders of [false, true]) {
      const data = await fixture.sevenZip([{ name: 'eicar.txt', data: fixture.eicar() }], { password: 'secret', encryptHeaders });
      const result = await scanAttachment({ name: 'files.7z', data }, { clamd: unix });
      expect(result.scanners).toEqual(['static', 'clamd']);
      expect(result.verdict, `encryptHeaders=${encryptHeaders}`).toBe('unscannable');
    }
    const plain = await fixture.sevenZip([{ name: 'eicar.txt', data: fixture.eicar() }]);
    expect((await scanAttachment({ name: 'files.7z', data: plain }, { clamd: unix })).verdict).toBe('infected');
    const nested = gzipSync(fixture.tar([{ name: 'docs/readme.zip', data: fixture.zip([{ name: 'readme.txt', data: fixture.eicar() }]) }]));
    expect((await scanAttachment({ name: 'docs.tar.gz', data: nested }, { clamd: tcp })).verdict).toBe('infected');
  }, 60_000);

  test('a stopped clamd fails closed with ScannerUnavailableError', async () => {
    const extra = await startClamd();
    const clamd = new ClamdClient({ socket: extra.socket });
    expect((await scanAttachment({ name: 'eicar.txt', data: fixture.eicar() }, { clamd })).verdict).toBe('infected');
    await extra.stop();
    const viaTcp = new ClamdClient({ host: extra.host, port: extra.port });
    await expect(scanAttachment({ name: 'notes.txt', data: Buffer.from('hi') }, { clamd })).rejects.toBeInstanceOf(ScannerUnavailableError);
    await expect(scanAttachment({ name: 'notes.txt', data: Buffer.from('hi') }, { clamd: viaTcp })).rejects.toBeInstanceOf(ScannerUnavailableError);
  }, 60_000);

  test('a read timeout shorter than the scan yields ScannerTimeoutError', async () => {
    // 1 ms of idle time is less than clamd needs to answer even a tiny stream.
    const impatient = new ClamdClient({ socket: server.socket }, { timeoutMs: 1 });
    await expect(scanAttachment({ name: 'big.bin', data: fixture.noise(4 * 1024 * 1024) }, { clamd: impatient })).rejects.toBeInstanceOf(ScannerTimeoutError);
  });

  test("a file over clamd's StreamMaxLength is unscannable at once, every time, even when clamd hangs up mid-write", async () => {
    // The client believes the limit is clamd's default 25 MiB; this clamd refuses past 1 MiB, answers
    // "INSTREAM size limit exceeded" and closes while the client is still writing (EPIPE / ECONNRESET).
    const small = await startClamd({ streamMaxLength: '1M' });
    try {
      const clients = [new ClamdClient({ socket: small.socket }), new ClamdClient({ host: small.host, port: small.port })];
      for (const clamd of clients) {
        for (const size of [2 * 1024 * 1024, 8 * 1024 * 1024]) {
          const data = fixture.noise(size);
          for (let attempt = 0; attempt < 5; attempt++) {
            const error = await clamd.scan(data).then(
              () => undefined,
              (e: unknown) => e,
            );
            expect(error, `${clamd.describe()} ${size} bytes, try ${attempt + 1}`).toBeInstanceOf(ScannerSizeLimitError);
            const result = await scanAttachment({ name: 'video.bin', data }, { clamd });
            expect(result.verdict).toBe('unscannable');
            expect(result.reasons.join('\n')).toMatch(/size limit/i);
          }
        }
      }
      // Under the limit the same clamd still scans.
      expect((await scanAttachment({ name: 'eicar.txt', data: fixture.eicar() }, { clamd: clients[0] })).verdict).toBe('infected');
    } finally {
      await small.stop();
    }
  }, 120_000);
});
