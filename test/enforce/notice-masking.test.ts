// Keys and reviewers read a standing's notices with contact details hidden in every rendering:
// text, Markdown and HTML are built from one masked quote (fresh-user finding 3: Markdown's
// escaped text escaped the mask).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ev } from '../helpers/events.ts';
import { backends, startTestWarden, type TestWarden } from '../helpers/warden.ts';

const T0 = Date.now() - 3_600_000;
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();

describe.each(await backends())('notice renderings share one masking (%s)', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startTestWarden(backend);
  }, 180_000);
  afterAll(async () => w?.close());

  it('text, markdown and html of a strike notice all hide the handle and the phone number', async () => {
    await w.call('POST', '/v1/events', ev.registered('nm-es', 'freelancer', { locale: 'es' }, at(-60)));
    let r = { status: 0, body: {} as Record<string, unknown> };
    for (let i = 1; i <= 5; i++) {
      await w.call('POST', '/v1/events', ev.registered(`nm-cl-${i}`, 'client', {}, at(-60)));
      r = await w.call(
        'POST',
        '/v1/events',
        ev.message('nm-es', `nm-cl-${i}`, 'Hola! Agrégame en WhatsApp +34 612 345 678 o por telegram @ana_garcia_dev para hablar más rápido', at(i * 2)),
      );
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const st = (await w.call('GET', '/v1/accounts/nm-es/standing')).body;
    const strike = st.notices.find((n: { kind: string }) => n.kind === 'strike');
    expect(strike, JSON.stringify(r.body.decision)).toBeDefined();
    for (const rendering of ['text', 'markdown', 'html'] as const) {
      const body: string = strike[rendering];
      expect(body, rendering).toMatch(/whatsapp/i);
      expect(body.replace(/\\/g, ''), rendering).not.toMatch(/ana_garcia_dev|612 ?345|345 ?678/);
      // The placeholder is in the notice's language (Spanish here), like the rest of the notice.
      expect(body.replace(/\\/g, ''), rendering).toContain('contacto oculto');
    }
  }, 150_000);
});
