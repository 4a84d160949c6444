// Authorisation gaps of issue 15, each through the HTTP API on both databases: a `read` key
// reads but neither notes nor routes a case; resolving one account's case cannot decide
// another account's appeal or approve another account's proposed action (ids from elsewhere
// are refused with a 4xx problem and nothing changes); a reviewer only proposes a permanent
// suspension, and someone else approves it (an admin applies one directly, with the account id
// confirmed: test/enforce/permanent-confirmation.test.ts). Lifting another account's action or
// deciding its verification from a case: test/enforce/case-scope.test.ts. Disabling a
// reviewer: test/security/reviewer-management.test.ts (API) and test/cli/cli.test.ts (CLI).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../helpers/cases.ts';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

describe.each(await backends())('authorisation scope (%s)', (backend) => {
  let w: TestWarden;
  let readKey: string;
  let caseA: string;
  beforeAll(async () => {
    // A ladder whose first step is a permanent suspension: the engine can only propose it.
    w = await startEnforceWarden(backend, { ladder: [{ minPoints: 1, action: 'permanent_suspension' }], incidentWindowMinutes: 0, stepCooldownHours: 0 });
    for (const id of ['fl-auth-a', 'fl-auth-b', 'fl-auth-c', 'fl-auth-d']) await w.call('POST', '/v1/events', ev.registered(id, 'freelancer'));
    readKey = (await w.call('POST', '/v1/admin/keys', { name: 'dashboards', scopes: ['read'] })).body.key;
    // Someone the account wrote to reports it: a case on fl-auth-a.
    expect((await w.call('POST', '/v1/events', ev.message('fl-auth-a', 'cl-auth-reporter', 'hello'))).status).toBe(201);
    const report = await w.call('POST', '/v1/reports', {
      reporterId: 'cl-auth-reporter',
      subject: { type: 'profile', id: 'fl-auth-a', accountId: 'fl-auth-a' },
      reason: 'harassment',
    });
    expect(report.status).toBe(201);
    caseA = (await w.call('GET', '/v1/cases?subjectId=fl-auth-a&status=all')).body.cases[0].id;
  }, 120_000);
  afterAll(async () => w?.close());

  const caseRow = async (id: string) => (await w.call('GET', `/v1/cases/${id}`)).body;

  it('a read key can read a case but neither add a note nor escalate it', async () => {
    expect((await w.call('GET', `/v1/cases/${caseA}`, undefined, readKey)).status).toBe(200);
    const before = await caseRow(caseA);
    const note = await w.call('POST', `/v1/cases/${caseA}/notes`, { body: 'from a dashboard key' }, readKey);
    expect(note.status).toBe(403);
    expect(note.headers['content-type']).toContain('application/problem+json');
    const esc = await w.call('POST', `/v1/cases/${caseA}/escalate`, { queue: 'senior', reason: 'from a dashboard key' }, readKey);
    expect(esc.status).toBe(403);
    const after = await caseRow(caseA);
    expect(after.notes).toHaveLength(before.notes.length);
    expect(after.queue).toBe(before.queue);
    expect(after.escalated).toBe(before.escalated);
  });

  it("resolving one account's case cannot uphold or overturn another account's appeal", async () => {
    const hold = await w.call('POST', '/v1/actions', { accountId: 'fl-auth-b', type: 'payment_hold', policy: 'scams', reason: 'chargeback pattern' });
    expect(hold.status).toBe(201);
    const appeal = await w.call('POST', '/v1/appeals', { accountId: 'fl-auth-b', actionId: hold.body.action.id, text: 'I did nothing wrong' });
    expect(appeal.status, JSON.stringify(appeal.body)).toBe(201);
    const appealId = appeal.body.id ?? appeal.body.appeal?.id;
    expect(appealId).toBeTruthy();
    const appealBefore = (await w.call('GET', `/v1/appeals/${appealId}`)).body.status;
    for (const type of ['overturn', 'uphold']) {
      const r = await w.call('POST', `/v1/cases/${caseA}/resolve`, { resolution: 'action', action: { type, appealId }, reason: 'wrong appeal on purpose' });
      expect(r.status, `${type}: ${JSON.stringify(r.body)}`).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
    expect((await w.call('GET', `/v1/appeals/${appealId}`)).body.status).toBe(appealBefore);
    expect((await w.call('GET', `/v1/actions/${hold.body.action.id}`)).body.status).toBe('active');
    expect((await caseRow(caseA)).status).toBe('open');
  });

  it("resolving one account's case cannot approve another account's proposed action", async () => {
    const r = await w.ctx.enforcement.recordViolation(w.ctx.db, {
      accountId: 'fl-auth-c',
      policy: 'scams',
      severity: 'high',
      decisionId: 'dec-fl-auth-c',
      subject: { type: 'message', id: 'msg-fl-auth-c', text: 'send the fee first' },
      evidence: {},
      signals: [{ type: 'scam.advance_fee', strength: 'strong' }],
    });
    expect(r.action).toMatchObject({ status: 'proposed' });
    const actionId = r.action!.id;
    const approve = await w.call('POST', `/v1/cases/${caseA}/resolve`, {
      resolution: 'action',
      action: { type: 'approve_proposed', actionId, confirm: 'fl-auth-c' },
      reason: 'wrong proposal on purpose',
    });
    expect(approve.status, JSON.stringify(approve.body)).toBeGreaterThanOrEqual(400);
    expect(approve.status).toBeLessThan(500);
    // Typing the case's own subject as confirmation does not help either.
    const approve2 = await w.call('POST', `/v1/cases/${caseA}/resolve`, {
      resolution: 'action',
      action: { type: 'approve_proposed', actionId, confirm: 'fl-auth-a' },
      reason: 'wrong proposal on purpose',
    });
    expect(approve2.status, JSON.stringify(approve2.body)).toBeGreaterThanOrEqual(400);
    expect(approve2.status).toBeLessThan(500);
    expect((await w.call('GET', `/v1/actions/${actionId}`)).body.status).toBe('proposed');
    expect((await caseRow(caseA)).status).toBe('open');
  });

  it('a reviewer only proposes a permanent suspension; another reviewer approves it, not the proposer', async () => {
    const rita = await loginAs(w, 'reviewer', 'Rita');
    const rob = await loginAs(w, 'reviewer', 'Rob');
    const body = { accountId: 'fl-auth-d', type: 'permanent_suspension', policy: 'scams', reason: 'repeated advance-fee scams', confirm: 'fl-auth-d' };
    const proposed = await w.call('POST', '/v1/actions', body, rita.token);
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(202);
    expect(proposed.body.action).toMatchObject({ type: 'permanent_suspension', status: 'proposed' });
    expect(proposed.body.caseId).toBeTruthy();
    const actionId = proposed.body.action.id;
    const active = async () =>
      (await w.ctx.db.selectFrom('enforcement_actions').select('type').where('account_id', '=', 'fl-auth-d').where('status', '=', 'active').execute()).map(
        (a) => a.type,
      );
    expect(await active()).toEqual([]);
    // Not by the proposer, directly or through the proposal's case.
    const own = await w.call('POST', `/v1/actions/${actionId}/approve`, { confirm: 'fl-auth-d' }, rita.token);
    expect(own.status, JSON.stringify(own.body)).toBe(403);
    const ownCase = await w.call(
      'POST',
      `/v1/cases/${proposed.body.caseId}/resolve`,
      { resolution: 'action', action: { type: 'approve_proposed', confirm: 'fl-auth-d' }, reason: 'my own proposal' },
      rita.token,
    );
    expect(ownCase.status, JSON.stringify(ownCase.body)).toBe(403);
    expect((await w.call('GET', `/v1/actions/${actionId}`)).body.status).toBe('proposed');
    // A reviewer cannot apply one by resolving a case either, one case or in bulk.
    const resolve = await w.call(
      'POST',
      `/v1/cases/${caseA}/resolve`,
      { resolution: 'action', action: { type: 'permanent_suspension', confirm: 'fl-auth-a' }, reason: 'straight to permanent' },
      rita.token,
    );
    expect(resolve.status, JSON.stringify(resolve.body)).toBe(403);
    const bulk = await w.call(
      'POST',
      '/v1/cases/bulk-resolve',
      { ids: [caseA], resolution: 'action', action: { type: 'permanent_suspension', confirm: 'fl-auth-a' }, reason: 'straight to permanent' },
      rita.token,
    );
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(403);
    expect((await caseRow(caseA)).status).toBe('open');
    // A second reviewer approves it, with the account id confirmed.
    const approved = await w.call('POST', `/v1/actions/${actionId}/approve`, { confirm: 'fl-auth-d' }, rob.token);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(await active()).toEqual(['permanent_suspension']);
  });
});
