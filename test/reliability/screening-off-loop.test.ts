// One long, hostile text must not stall the server (issue 15): while POST /v1/screen screens
// 50,000 characters of "7"s and of digits and dots, GET /healthz still answers, because long
// texts are screened in the detection pool's worker threads (detect/pool/). The assertion is
// the order of the replies, not their timings. WARDEN_DETECT_THREADS=0 (every text inline)
// makes this test fail: the screening holds the event loop and /healthz answers after it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestWarden, type TestWarden } from '../helpers/warden.ts';

const threads = process.env.WARDEN_DETECT_THREADS;

describe('screening a long text off the event loop', () => {
  let w: TestWarden;
  let base: string;
  beforeAll(async () => {
    w = await startTestWarden('pglite', { detectThreads: threads === undefined || threads === '' ? 1 : Number(threads) });
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(w.app.server.address() as { port: number }).port}`;
    // A first long text starts the thread and loads the models there, as a warm server would have.
    await screen('7'.repeat(2_000));
  }, 120_000);
  afterAll(() => w?.close());

  const screen = async (text: string) => {
    const res = await fetch(`${base}/v1/screen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${w.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text, kind: 'message' }),
    });
    expect(res.status).toBe(200);
    return res.json();
  };

  it('answers /healthz before the screening of long pathological texts finishes', async () => {
    const answered: string[] = [];
    // /healthz is asked once the server has begun detecting in the first text (not before it
    // read the request): a spy on the screening service's detect, which the route calls.
    let started!: () => void;
    const detecting = new Promise<void>((resolve) => {
      started = resolve;
    });
    const detect = w.ctx.screening.detect.bind(w.ctx.screening);
    const spy = vi.spyOn(w.ctx.screening, 'detect').mockImplementation((input, set) => {
      started();
      return detect(input, set);
    });
    const screens = [
      screen('7'.repeat(50_000)).then(() => answered.push('screen 7s')),
      screen('1.2.3.4.5.6.7.8.9.0.'.repeat(2_500)).then(() => answered.push('screen digits and dots')),
    ];
    await detecting;
    // The test shares the server's event loop: when the detectors run inline, this timer cannot
    // fire before they let go, and /healthz is asked only after the screening finished.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    answered.push('healthz');
    await Promise.all(screens);
    spy.mockRestore();
    expect(answered).toEqual(['healthz', expect.stringMatching(/^screen/), expect.stringMatching(/^screen/)]);
  }, 60_000);

  it('finds in a long text screened in a thread what it finds inline', async () => {
    const text = `${'7 7.7-7 (77) 7.77 +7 '.repeat(100)} write to me at jane.doe@gmail.com`;
    const reply = await screen(text);
    expect(reply.signals.map((s: { type: string }) => s.type)).toContain('contact.email');
  }, 60_000);
});
