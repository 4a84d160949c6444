// A case acts only on its own subject's account: an action id, appeal or verification of
// another account named in a resolution is refused (400 naming the field), and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

describe.each(await backends())('case resolution stays on the case subject (%s)', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startEnforceWarden(backend);
    for (const id of ['fl-scope-a', 'fl-scope-b']) await w.call('POST', '/v1/events', ev.registered(id, 'freelancer'));
  }, 120_000);
  afterAll(async () => w?.close());

  it("cannot lift another account's action or decide another account's verification from a case", async () => {
    const hold = await w.call('POST', '/v1/actions', { accountId: 'fl-scope-b', type: 'payment_hold', policy: 'scams', reason: 'chargeback pattern' });
    expect(hold.status).toBe(201);
    const verification = await w.call('POST', '/v1/verifications', { accountId: 'fl-scope-b', reason: 'new device', trigger: 'suspicious_login' });
    expect(verification.status).toBe(201);
    // Someone the account wrote to reports it (a stranger's report would wait in report triage).
    expect((await w.call('POST', '/v1/events', ev.message('fl-scope-a', 'cl-scope-reporter', 'hello'))).status).toBe(201);
    const report = await w.call('POST', '/v1/reports', {
      reporterId: 'cl-scope-reporter',
      subject: { type: 'profile', id: 'fl-scope-a', accountId: 'fl-scope-a' },
      reason: 'harassment',
    });
    expect(report.status).toBe(201);
    const caseId = (await w.call('GET', '/v1/cases?subjectId=fl-scope-a&status=all')).body.cases[0].id as string;

    const lift = await w.call('POST', `/v1/cases/${caseId}/resolve`, {
      resolution: 'action',
      action: { type: 'lift', actionId: hold.body.action.id },
      reason: 'wrong account on purpose',
    });
    expect(lift.status).toBe(400);
    expect(lift.headers['content-type']).toContain('application/problem+json');

    const approve = await w.call('POST', `/v1/cases/${caseId}/resolve`, {
      resolution: 'action',
      action: { type: 'approve_verification', verificationId: verification.body.id },
      reason: 'wrong account on purpose',
    });
    expect(approve.status).toBe(400);
    expect(JSON.stringify(approve.body)).toContain('/action/verificationId');

    // Nothing changed on the other account, and the case is still open.
    expect((await w.call('GET', `/v1/actions/${hold.body.action.id}`)).body.status).toBe('active');
    expect((await w.call('GET', `/v1/verifications/${verification.body.id}`)).body.status).toBe('requested');
    expect((await w.call('GET', `/v1/cases/${caseId}`)).body.status).toBe('open');
  });
});
