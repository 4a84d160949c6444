// Slow clients cannot hold sockets: a request whose body never finishes is answered 408 and
// closed once WARDEN_REQUEST_TIMEOUT_MS has passed.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

describe('request timeouts', () => {
  let w: TestWarden;
  let port: number;
  beforeAll(async () => {
    w = await startTestWarden('pglite', { requestTimeoutMs: 1_000 });
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    port = (w.app.server.address() as { port: number }).port;
  });
  afterAll(() => w?.close());

  /** Opens a socket, sends `head` and then nothing; resolves with what came back and when the socket closed. */
  const stall = (head: string) =>
    new Promise<{ reply: string; closedAfterMs: number }>((resolve) => {
      const started = Date.now();
      const socket = connect(port, '127.0.0.1', () => socket.write(head));
      let reply = '';
      socket.on('data', (d) => {
        reply += d.toString();
      });
      socket.on('error', () => {});
      socket.on('close', () => resolve({ reply, closedAfterMs: Date.now() - started }));
      // The test's own bound: a socket still open after 8 s is the failure this test is about.
      setTimeout(() => {
        socket.destroy();
        resolve({ reply: `${reply}(still open)`, closedAfterMs: Date.now() - started });
      }, 8_000).unref();
    });

  it('closes sockets whose body stops half-way, with 408, shortly after the timeout', async () => {
    const head = `POST /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${w.adminKey}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"id":`;
    const results = await Promise.all(Array.from({ length: 20 }, () => stall(head)));
    for (const r of results) {
      expect(r.reply).toMatch(/^HTTP\/1\.1 408/);
      expect(r.closedAfterMs).toBeLessThan(5_000);
    }
  });

  it('closes sockets whose headers never end', async () => {
    const r = await stall('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    expect(r.reply).toMatch(/^HTTP\/1\.1 408/);
    expect(r.closedAfterMs).toBeLessThan(5_000);
  });

  it('still serves ordinary requests', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
  });
});
