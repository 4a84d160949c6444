// A permanent suspension applied by a reviewer needs a second, deliberate step: the account id
// typed again in `confirm`. Without it (or with another account's id) the answer is 409
// ConfirmationRequired naming the field, and nothing is applied; with it the action takes
// effect. Both ways in: POST /v1/actions and resolving a case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev } from '../helpers/events.ts';
import type { TestWarden } from '../helpers/warden.ts';

describe('a permanent suspension needs the account id confirmed', () => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startEnforceWarden('pglite');
    for (const id of ['fl-perm-a', 'fl-perm-b', 'fl-perm-c']) await w.call('POST', '/v1/events', ev.registered(id, 'freelancer'));
  }, 120_000);
  afterAll(async () => w?.close());

  const active = async (accountId: string) =>
    (await w.ctx.db.selectFrom('enforcement_actions').select('type').where('account_id', '=', accountId).where('status', '=', 'active').execute()).map(
      (a) => a.type,
    );

  it('POST /v1/actions: refused without confirm or with another id, applied with the account id', async () => {
    const body = { accountId: 'fl-perm-a', type: 'permanent_suspension', policy: 'scams', reason: 'repeated advance-fee scams' };
    const missing = await w.call('POST', '/v1/actions', body);
    expect(missing.status).toBe(409);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body.code).toBe('ConfirmationRequired');
    expect(missing.body.invalidParams).toEqual([{ pointer: '/confirm', reason: expect.stringMatching(/required/) }]);
    const wrong = await w.call('POST', '/v1/actions', { ...body, confirm: 'fl-perm-b' });
    expect(wrong.status).toBe(409);
    expect(wrong.body.invalidParams[0].pointer).toBe('/confirm');
    expect(await active('fl-perm-a')).toEqual([]);
    const ok = await w.call('POST', '/v1/actions', { ...body, confirm: 'fl-perm-a' });
    expect(ok.status).toBe(201);
    expect(await active('fl-perm-a')).toEqual(['permanent_suspension']);
    // Other actions need no confirmation.
    expect((await w.call('POST', '/v1/actions', { accountId: 'fl-perm-b', type: 'suspension', durationDays: 3, policy: 'scams', reason: 'r' })).status).toBe(
      201,
    );
  });

  it('resolving a case with a permanent suspension: refused without /action/confirm, the case stays open', async () => {
    const report = await w.call('POST', '/v1/reports', {
      reporterId: 'cl-perm-reporter',
      subject: { type: 'profile', id: 'fl-perm-c', accountId: 'fl-perm-c' },
      reason: 'scam_fraud',
    });
    expect(report.status).toBe(201);
    const caseId = (await w.call('GET', '/v1/cases?subjectId=fl-perm-c&status=all')).body.cases[0].id as string;
    const resolve = (action: Record<string, unknown>) =>
      w.call('POST', `/v1/cases/${caseId}/resolve`, {
        resolution: 'action',
        action: { type: 'permanent_suspension', policy: 'scams', ...action },
        reason: 'r',
      });
    const missing = await resolve({});
    expect(missing.status).toBe(409);
    expect(missing.body.code).toBe('ConfirmationRequired');
    expect(missing.body.invalidParams[0].pointer).toBe('/action/confirm');
    expect((await resolve({ confirm: 'fl-perm-a' })).status).toBe(409);
    expect((await w.call('GET', `/v1/cases/${caseId}`)).body.status).toBe('open');
    expect(await active('fl-perm-c')).toEqual([]);
    const ok = await resolve({ confirm: 'fl-perm-c' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(await active('fl-perm-c')).toEqual(['permanent_suspension']);
  });
});
