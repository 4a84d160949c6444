// A permanent suspension applied by a reviewer needs a second, deliberate step: the account id
// typed again in `confirm`. Without it (or with another account's id) the answer is 409
// ConfirmationRequired naming the field, and nothing is applied; with it the action takes
// effect. Every way in: POST /v1/actions, resolving a case, and approving a permanent suspension
// the engine proposed (through the case or POST /v1/actions/{id}/approve).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev } from '../helpers/events.ts';
import type { TestWarden } from '../helpers/warden.ts';

describe('a permanent suspension needs the account id confirmed', () => {
  let w: TestWarden;
  beforeAll(async () => {
    // A ladder whose first step is a permanent suspension: the engine can only propose it.
    w = await startEnforceWarden('pglite', { ladder: [{ minPoints: 1, action: 'permanent_suspension' }], incidentWindowMinutes: 0, stepCooldownHours: 0 });
    for (const id of ['fl-perm-a', 'fl-perm-b', 'fl-perm-c', 'fl-perm-d', 'fl-perm-e']) await w.call('POST', '/v1/events', ev.registered(id, 'freelancer'));
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
    // Someone the account wrote to reports it (a stranger's report would wait in report triage).
    expect((await w.call('POST', '/v1/events', ev.message('fl-perm-c', 'cl-perm-reporter', 'hello'))).status).toBe(201);
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

  const propose = async (accountId: string) => {
    const r = await w.ctx.enforcement.recordViolation(w.ctx.db, {
      accountId,
      policy: 'scams',
      severity: 'high',
      decisionId: `dec-${accountId}`,
      subject: { type: 'message', id: `msg-${accountId}`, text: 'send the fee first' },
      evidence: {},
      signals: [{ type: 'scam.advance_fee', strength: 'strong' }],
    });
    expect(r.action).toMatchObject({ type: 'permanent_suspension', status: 'proposed' });
    return { actionId: r.action!.id, caseId: r.caseId! };
  };
  const status = async (actionId: string) => (await w.call('GET', `/v1/actions/${actionId}`)).body.status;

  it('approving a proposed permanent suspension through its case: refused without /action/confirm, applied with it', async () => {
    const { actionId, caseId } = await propose('fl-perm-d');
    const approve = (action: Record<string, unknown>) =>
      w.call('POST', `/v1/cases/${caseId}/resolve`, { resolution: 'action', action: { type: 'approve_proposed', ...action }, reason: 'r' });
    const missing = await approve({});
    expect(missing.status).toBe(409);
    expect(missing.body.code).toBe('ConfirmationRequired');
    expect(missing.body.invalidParams[0].pointer).toBe('/action/confirm');
    // Naming the proposed type instead of approve_proposed approves it too: the same step is asked.
    expect((await approve({ type: 'permanent_suspension', confirm: 'fl-perm-a' })).status).toBe(409);
    expect((await w.call('GET', `/v1/cases/${caseId}`)).body.status).toBe('open');
    expect(await status(actionId)).toBe('proposed');
    const ok = await approve({ confirm: 'fl-perm-d' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(await status(actionId)).toBe('active');
  });

  it('POST /v1/actions/{id}/approve of a proposed permanent suspension: refused without /confirm, applied with it', async () => {
    const { actionId } = await propose('fl-perm-e');
    const missing = await w.call('POST', `/v1/actions/${actionId}/approve`, {});
    expect(missing.status).toBe(409);
    expect(missing.body.invalidParams[0].pointer).toBe('/confirm');
    const bare = await w.call('POST', `/v1/actions/${actionId}/approve`);
    expect(bare.status, JSON.stringify(bare.body)).toBe(409);
    expect(await status(actionId)).toBe('proposed');
    const ok = await w.call('POST', `/v1/actions/${actionId}/approve`, { confirm: 'fl-perm-e' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(await status(actionId)).toBe('active');
  });
});
