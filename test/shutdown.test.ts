// Graceful stop: a request in flight when the stop begins still gets its full answer, and
// the work it did is committed; new connections are refused once stopping.
import { describe, expect, it } from 'vitest';
import { event } from './helpers/events.ts';
import { startTestWarden } from './helpers/warden.ts';

describe('graceful shutdown', () => {
  it('finishes an in-flight batch before closing the database', async () => {
    const w = await startTestWarden('pglite');
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(w.app.server.address() as { port: number }).port}`;
    const events = Array.from({ length: 1000 }, (_, i) => event('user.login', `acct-${i % 40}`, { ip: '203.0.113.5' }));
    const inFlight = fetch(`${url}/v1/events/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${w.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ events }),
    });
    await new Promise((r) => setTimeout(r, 150)); // the batch is being processed
    const stopping = w.stop();
    const res = await inFlight;
    expect(res.status).toBe(200);
    const body = (await res.json()) as { stats: { accepted: number } };
    expect(body.stats.accepted).toBe(1000);
    await stopping;
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  }, 60_000);
});
