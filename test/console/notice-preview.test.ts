// The notice preview promises what the applied action's notice says: the same strike points
// and the same next step on the ladder, on an account that already has strikes (a reviewer's
// warning is worth the warning step's points, more than a low strike's own). Before the fix the
// preview said 11 points where the applied warning made 12.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleWarden, startConsoleWarden } from '../helpers/console-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends } from '../helpers/warden.ts';

const strikeLine = (text: string) => text.split('\n').find((l) => /active strike/.test(l)) ?? '';

describe.each(await backends())('notice preview on %s', (backend) => {
  let w: ConsoleWarden;
  beforeAll(async () => {
    w = await startConsoleWarden(backend);
    for (const e of [ev.registered('fl-pia', 'freelancer', { country: 'GB' }), ev.registered('cl-ugo', 'client'), ev.registered('cl-ida', 'client')])
      expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
  });
  afterAll(() => w?.close());

  async function openCase(to: string, text: string): Promise<string> {
    expect((await w.call('POST', '/v1/events', ev.message('fl-pia', to, text))).status).toBe(201);
    const list = await w.call('GET', '/v1/cases?accountId=fl-pia&status=open');
    expect(list.body.cases.length).toBeGreaterThan(0);
    return list.body.cases[0].id;
  }

  it('quotes the points and next step the applied warning gives, with strikes already on the account', async () => {
    // A first reviewer's action puts points on the account.
    const first = await openCase('cl-ugo', 'Pay me through PayPal instead and we skip the fees, ok?');
    const r1 = await w.call('POST', `/v1/cases/${first}/resolve`, {
      resolution: 'action',
      action: { type: 'restriction', feature: 'messaging', durationDays: 7, severity: 'high' },
      reason: 'Asked to be paid outside the platform.',
    });
    expect(r1.status).toBe(200);

    const second = await openCase('cl-ida', 'Send the money by Western Union to me directly, no platform fees.');
    const preview = await w.call('POST', '/v1/console/notice-preview', { caseId: second, type: 'warning', severity: 'low', locale: 'en' });
    expect(preview.status).toBe(200);
    const r2 = await w.call('POST', `/v1/cases/${second}/resolve`, {
      resolution: 'action',
      action: { type: 'warning', severity: 'low' },
      reason: 'Asked again to be paid outside the platform.',
    });
    expect(r2.status).toBe(200);
    const standing = await w.call('GET', '/v1/accounts/fl-pia/standing?locale=en');
    const applied = standing.body.notices.find(
      (n: { kind: string; facts: { action?: { type: string } } }) => n.kind === 'action' && n.facts.action?.type === 'warning',
    );
    expect(applied).toBeTruthy();
    expect(strikeLine(preview.body.text)).toMatch(/\d+ points/);
    expect(strikeLine(preview.body.text)).toBe(strikeLine(applied.text));
    expect(preview.body.text.split('\n').filter((l: string) => /next/i.test(l))).toEqual(applied.text.split('\n').filter((l: string) => /next/i.test(l)));
  });
});
