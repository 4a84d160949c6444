// Notices in the account's language say everything in it: the inline notice's policy title and
// the placeholder that replaces hidden contact details in a quoted text come from the notices'
// ICU catalogue (enforce/notices/templates), for every shipped language. Both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableLocales } from '../../src/enforce/notices/render.ts';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

const DAY = 86_400_000;
const ago = (d: number) => new Date(Date.now() - d * DAY).toISOString();
const ENGLISH_TITLE = 'Keep communication and payments on the platform before a contract';

describe.each(await backends())('notice words in the account’s language (%s)', { timeout: 180_000 }, (backend) => {
  let w: TestWarden;
  const post = async (e: unknown) => {
    const r = await w.call('POST', '/v1/events', e);
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    return r.body;
  };
  const others = availableLocales().filter((l) => l !== 'en');

  beforeAll(async () => {
    w = await startEnforceWarden(backend, { incidentWindowMinutes: 0, stepCooldownHours: 0 });
    await post(ev.registered('nw-cl', 'client', {}, ago(40)));
    for (const l of availableLocales()) await post(ev.registered(`nw-${l}`, 'freelancer', { locale: l }, ago(40)));
  }, 300_000);
  afterAll(async () => w?.close());

  it('the inline notice names the policy in every shipped language', async () => {
    expect(others.length).toBeGreaterThanOrEqual(6);
    const en = (await post(ev.message('nw-en', 'nw-cl', 'my whatsapp is +44 7911 123456'))).decision.notice;
    expect(en.policyTitle ?? en.title).toBe(ENGLISH_TITLE);
    for (const l of others) {
      const n = (await post(ev.message(`nw-${l}`, 'nw-cl', 'my whatsapp is +44 7911 123456'))).decision.notice;
      expect(n.locale).toBe(l);
      expect(n.title ?? n.policyTitle, l).not.toBe(ENGLISH_TITLE);
    }
  });

  it('a quoted text in a notice hides contact details with the placeholder of the notice’s language', async () => {
    for (let i = 0; i < 3; i++) await post(ev.message('nw-es', `nw-cl`, `escríbeme al +44 7911 12345${i}, por favor`));
    const s = (await w.call('GET', '/v1/accounts/nw-es/standing')).body;
    const texts = s.notices.map((n: { text: string }) => n.text).join('\n');
    expect(texts).toContain('[contacto oculto]');
    expect(texts).not.toContain('[contact hidden]');
  });
});
