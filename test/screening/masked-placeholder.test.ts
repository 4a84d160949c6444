// maskedText hides contact details with the placeholder notices use, in the reader's language:
// the text's own language when the notices speak it, else the account's (or the named locale),
// else English. POST /v1/screen (recorded and stateless) and the decision of message.sent,
// through the HTTP API on both databases. `warden screen` keeps its stable English placeholder
// unless a line names a locale.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScreen } from '../../src/cli/screen.ts';
import { ev } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const T0 = Date.now() - 3_600_000;
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();

describe.each(await backends())('localized contact placeholder in maskedText (%s)', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden(backend);
    await w.call('POST', '/v1/events', ev.registered('mp-hi', 'freelancer', { locale: 'hi' }, at(-60)));
    await w.call('POST', '/v1/events', ev.registered('mp-de', 'freelancer', { locale: 'de' }, at(-60)));
    await w.call('POST', '/v1/events', ev.registered('mp-cl', 'client', {}, at(-60)));
  }, 180_000);
  afterAll(async () => w?.close());

  it('POST /v1/screen for a Hindi account writes the Hindi placeholder', async () => {
    const r = await w.call('POST', '/v1/screen', {
      kind: 'message',
      senderId: 'mp-hi',
      recipientId: 'mp-cl',
      text: 'नमस्ते, मेरा व्हाट्सएप नंबर +91 98765 43210 है, वहीं बात करते हैं',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.maskedText).not.toContain('98765');
    expect(r.body.maskedText).toContain('[संपर्क छिपाया गया]');
    expect(r.body.maskedText).not.toContain('[contact hidden]');
  });

  it('a stateless screen of Spanish text with no account or locale writes the Spanish placeholder', async () => {
    const r = await w.call('POST', '/v1/screen', { kind: 'message', text: 'Hola, escríbeme por WhatsApp al +34 612 345 678 y hablamos del proyecto' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.maskedText).toContain('[contacto oculto]');
  });

  it("message.sent's decision writes the account's language when the text is too short to tell", async () => {
    const r = await w.call('POST', '/v1/events', ev.message('mp-de', 'mp-cl', '+49 1512 3456789', at(1)));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.decision.maskedText).not.toContain('3456789');
    expect(r.body.decision.maskedText).toContain('[Kontakt ausgeblendet]');
  });

  it('warden screen keeps its English placeholder unless the line names a locale', async () => {
    const out: string[] = [];
    const lines = [
      { id: 'a', text: 'Hola, escríbeme por WhatsApp al +34 612 345 678 y hablamos del proyecto' },
      { id: 'b', text: 'Hola, escríbeme por WhatsApp al +34 612 345 678 y hablamos del proyecto', locale: 'es' },
    ];
    await runScreen(Readable.from(lines.map((l) => JSON.stringify(l)).join('\n')), (l) => out.push(l));
    const [a, b] = out.map((l) => JSON.parse(l));
    expect(a.maskedText).toContain('[contact hidden]');
    expect(b.maskedText).toContain('[contacto oculto]');
  });
});
