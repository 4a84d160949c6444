// An overturn lists only what it really gave back (appeal.decided webhook, the action's
// record, the notice): payments only for an account that has payments, badges only those
// trust awards again once the action is gone — never what the account did not have.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

for (const backend of await backends()) {
  describe(`what an overturn restores is what the account had (${backend})`, () => {
    let w: TestWarden;
    beforeAll(async () => {
      w = await startEnforceWarden(backend);
    });
    afterAll(() => w?.close());

    async function holdThenOverturn(accountId: string) {
      const act = await w.call('POST', '/v1/actions', { accountId, type: 'payment_hold', policy: 'contact-sharing', reason: 'payment outside the platform' });
      expect(act.status).toBe(201);
      const actionId = act.body.action?.id ?? act.body.id;
      const ap = await w.call('POST', '/v1/appeals', { accountId, actionId, text: 'I never asked for payment outside the platform.' });
      expect(ap.status).toBe(201);
      const decided = await w.call('POST', `/v1/appeals/${ap.body.id}/decide`, { outcome: 'overturned', reason: 'The message was a quote of the client.' });
      expect(decided.status).toBe(200);
      const row = await w.ctx.db.selectFrom('outbox').select('payload').where('dedupe_key', '=', `appeal.decided:${ap.body.id}`).executeTakeFirstOrThrow();
      const payload = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as {
        restored: { items: string[] };
        restore: Record<string, unknown>;
      };
      const action = (await w.call('GET', `/v1/actions/${actionId}`)).body;
      return { payload, action, notice: decided.body.notice };
    }

    it('a freelancer with no payments and no badges: neither is listed as restored', async () => {
      expect((await w.call('POST', '/v1/events', ev.registered('fl-new', 'freelancer'))).status).toBe(201);
      const { payload, action, notice } = await holdThenOverturn('fl-new');
      expect(payload.restored.items).not.toContain('payments');
      expect(payload.restored.items).not.toContain('badges');
      expect(payload.restore).not.toHaveProperty('payments');
      expect(payload.restore).not.toHaveProperty('badges');
      expect(action.restored.items).toEqual(payload.restored.items);
      expect(notice.facts?.restored ?? []).not.toContain('payments');
    });

    it('a freelancer who has been paid gets payments back, and still no badge they never held', async () => {
      for (const e of [
        ev.registered('fl-paid', 'freelancer'),
        ev.registered('cl-paid', 'client'),
        ev.contractStarted('ct-paid', 'cl-paid', 'fl-paid'),
        ev.released('ct-paid', 'cl-paid', 50_000),
      ])
        expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
      const { payload } = await holdThenOverturn('fl-paid');
      expect(payload.restored.items).toContain('payments');
      expect(payload.restore).toMatchObject({ payments: 'release_held' });
      expect(payload.restored.items).not.toContain('badges');
    });
  });
}
