// An upload over a real socket, as `curl --data-binary` sends it: the raw body is the request
// stream itself (light-my-request's inject hands a small stand-in, which hid this). The server
// must answer the upload and keep answering others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

describe('attachment upload over a real socket', () => {
  let w: TestWarden;
  let base: string;
  beforeAll(async () => {
    w = await startTestWarden('pglite');
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(w.app.server.address() as { port: number }).port}`;
  });
  afterAll(() => w?.close());

  it('answers the upload and /healthz afterwards', async () => {
    const res = await fetch(`${base}/v1/attachments?name=notes.txt`, {
      method: 'POST',
      headers: { authorization: `Bearer ${w.adminKey}`, 'content-type': 'application/octet-stream' },
      body: Buffer.from('meeting notes, nothing else\n'),
      signal: AbortSignal.timeout(20_000),
    });
    expect([201, 202]).toContain(res.status);
    const health = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) });
    expect(health.status).toBe(200);
  });
});
