// Attachments through Warden's own pipeline and HTTP API, with a real clamd behind a TCP
// proxy the test can switch off: infected files are quarantined, clean ones released, and a
// scanner outage leaves uploads pending until the retry queue scans them.
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ClamdServer, findClamdTools, startClamd } from '../clamd/clamd-server.ts';
import { eicar, png, zip } from '../clamd/fixtures.ts';
import { ev } from '../helpers/events.ts';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

const tools = findClamdTools();
const missing = 'missing' in tools ? tools.missing : undefined;
if (missing && process.env.CI === 'true') throw new Error(`clamd is required under CI=true: ${missing}`);
if (missing) console.warn(`skipping attachment tests with clamd: ${missing}`);

/** A TCP proxy to clamd that can refuse connections, like a scanner that is down. */
class Switch {
  up = true;
  server!: Server;
  port = 0;
  private sockets = new Set<Socket>();
  async start(target: { host: string; port: number }) {
    this.server = createServer((client) => {
      if (!this.up) return client.destroy();
      const upstream = createConnection(target);
      this.sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const end = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as { port: number }).port;
  }
  async stop() {
    for (const s of this.sockets) s.destroy();
    await new Promise((r) => this.server.close(r));
  }
}

describe.skipIf(missing !== undefined)('attachments with a real clamd', () => {
  let clamd: ClamdServer;
  const proxy = new Switch();
  let w: TestWarden;
  const upload = (name: string, body: Buffer, extra = '') =>
    w.app.inject({
      method: 'POST',
      url: `/v1/attachments?name=${encodeURIComponent(name)}${extra}`,
      headers: { authorization: `Bearer ${w.adminKey}`, 'content-type': 'application/octet-stream' },
      payload: body,
    });

  beforeAll(async () => {
    clamd = await startClamd();
    await proxy.start({ host: clamd.host, port: clamd.port });
    process.env.CLAMD_HOST = '127.0.0.1';
    process.env.CLAMD_PORT = String(proxy.port);
    process.env.CLAMD_CONNECT_TIMEOUT_MS = '500';
    w = await startTestWarden('pglite');
    delete process.env.CLAMD_HOST;
    delete process.env.CLAMD_PORT;
    delete process.env.CLAMD_CONNECT_TIMEOUT_MS;
  }, 60_000);
  afterAll(async () => {
    await w?.close();
    await proxy.stop();
    await clamd?.stop();
  });

  it('quarantines an infected file with a decision and releases a clean one', async () => {
    await w.call('POST', '/v1/events', ev.message('fl-m', 'cl-m', 'Here is the report', undefined));
    const bad = await upload('report.pdf', eicar(), '&accountId=fl-m&recipientId=cl-m');
    expect(bad.statusCode).toBe(201);
    const b = bad.json();
    expect(b).toMatchObject({ status: 'infected', quarantined: true, released: false });
    expect(b.verdict.scanners.join()).toContain('clamd');
    const d = await w.call('GET', `/v1/decisions/${b.decisionId}`);
    expect(d.body.outcome).toBe('block');
    expect(d.body.explanation).toContain('malware');
    const good = (await upload('logo.png', png(), '&mimeType=image/png')).json();
    expect(good).toMatchObject({ status: 'clean', released: true, quarantined: false });
    const archive = (await upload('assets.zip', zip([{ name: 'readme.txt', data: Buffer.from('hello') }]))).json();
    expect(archive.status).toBe('clean');
  });

  it('keeps an upload pending while clamd is down and scans it from the retry queue', async () => {
    proxy.up = false;
    const r = await upload('invoice.pdf', eicar(), '&id=att-retry');
    expect(r.statusCode).toBe(202);
    expect(r.json()).toMatchObject({ id: 'att-retry', status: 'pending', released: false, attempts: 1 });
    expect(r.json().lastError).toBeTruthy();
    // Still down: the worker leaves it pending and never releases it.
    await w.ctx.db.updateTable('attachments').set({ next_attempt_at: new Date() }).where('id', '=', 'att-retry').execute();
    const pending = await w.call('GET', '/v1/attachments/att-retry');
    expect(pending.body).toMatchObject({ status: 'pending', released: false });
    proxy.up = true;
    // Through the real worker loop, started as `serve` starts it.
    w.startWorkers();
    let state = pending.body;
    for (let i = 0; i < 50 && state.status === 'pending'; i++) {
      await new Promise((res) => setTimeout(res, 200));
      await w.ctx.db.updateTable('attachments').set({ next_attempt_at: new Date() }).where('id', '=', 'att-retry').where('status', '=', 'pending').execute();
      state = (await w.call('GET', '/v1/attachments/att-retry')).body;
    }
    expect(state).toMatchObject({ status: 'infected', quarantined: true, released: false });
  }, 30_000);

  it('registers the attachments of message.sent and flags a disguised name at once', async () => {
    const e = ev.message('fl-n', 'cl-n', 'the invoice');
    (e.data as Record<string, unknown>).attachments = [{ id: 'att-name', name: 'invoice.pdf.exe', mimeType: 'application/pdf', sizeBytes: 1234 }];
    const r = await w.call('POST', '/v1/events', e);
    expect(r.status).toBe(201);
    expect(r.body.attachments[0]).toMatchObject({ id: 'att-name', status: 'awaiting_upload', released: false });
    expect(r.body.attachments[0].verdict.reasons.join(' ')).toMatch(/extension|exe/i);
  });

  it('answers a request without a body with a problem', async () => {
    const r = await w.app.inject({ method: 'POST', url: '/v1/attachments', headers: { authorization: `Bearer ${w.adminKey}` } });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
  });
});
