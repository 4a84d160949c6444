// Identity verification through the API: documents encrypted at rest, every view audited,
// a lapsed request turning into a payment hold that an approval lifts, and the purge sweep.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforceWarden } from '../helpers/enforce-warden.ts';
import { ev } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0selfie-pixels-here'), Buffer.from([0xff, 0xd9])]).toString(
  'base64',
);
const DAY = 86_400_000;

describe.each(await backends())('identity verification (%s)', (backend) => {
  let w: TestWarden;
  beforeAll(async () => {
    w = await startEnforceWarden(backend);
    for (const id of ['fl-ver', 'fl-lapse', 'fl-travel', 'fl-hold']) await w.call('POST', '/v1/events', ev.registered(id, 'freelancer'));
  });
  afterAll(async () => w?.close());

  it('requested → documents (encrypted) → submitted into the verification queue → audited view → approved', async () => {
    const req = await w.call('POST', '/v1/verifications', { accountId: 'fl-ver', reason: 'login from a new country', trigger: 'suspicious_login' });
    expect(req.status).toBe(201);
    expect(req.body.status).toBe('requested');
    expect(new Date(req.body.dueAt).getTime() - new Date(req.body.requestedAt).getTime()).toBe(7 * DAY);
    const notice = (await w.call('GET', '/v1/accounts/fl-ver/standing')).body.notices[0];
    expect(notice.kind).toBe('verification_requested');
    expect(notice.text).toContain('confirm that it is really you');
    expect(notice.text).not.toMatch(/new country|suspicious/i);

    const bad = await w.call('POST', `/v1/verifications/${req.body.id}/documents`, {
      kind: 'id_document',
      data: Buffer.from('not an image').toString('base64'),
    });
    expect(bad.status).toBe(400);
    const id = await w.call('POST', `/v1/verifications/${req.body.id}/documents`, { kind: 'id_document', data: PNG });
    expect(id.status).toBe(201);
    expect(id.body.verification.status).toBe('requested');
    const selfie = await w.call('POST', `/v1/verifications/${req.body.id}/documents`, { kind: 'selfie', data: JPEG });
    expect(selfie.body.verification.status).toBe('submitted');
    const kase = await w.ctx.db.selectFrom('cases').selectAll().where('id', '=', selfie.body.verification.caseId).executeTakeFirstOrThrow();
    expect(kase.queue).toBe('verification');

    const stored = await w.ctx.db.selectFrom('verification_documents').selectAll().where('id', '=', id.body.documentId).executeTakeFirstOrThrow();
    expect(Buffer.from(stored.ciphertext!).equals(Buffer.from(PNG, 'base64'))).toBe(false);
    expect(Buffer.from(stored.ciphertext!).includes(Buffer.from('IHDR'))).toBe(false);

    const view = await w.app.inject({
      method: 'GET',
      url: `/v1/verifications/${req.body.id}/documents/${id.body.documentId}`,
      headers: { authorization: `Bearer ${w.adminKey}` },
    });
    expect(view.statusCode).toBe(200);
    expect(view.headers['content-type']).toBe('image/png');
    expect(view.rawPayload.equals(Buffer.from(PNG, 'base64'))).toBe(true);
    const meta = await w.call('GET', `/v1/verifications/${req.body.id}`);
    expect(meta.body.views).toHaveLength(1);
    expect(meta.body.views[0]).toMatchObject({ documentId: id.body.documentId, viewer: { kind: 'key', name: 'test admin' } });

    const ok = await w.call('POST', `/v1/verifications/${req.body.id}/decide`, { outcome: 'approved', reason: 'ID matches the selfie' });
    expect(ok.body.verification.status).toBe('approved');
    expect((await w.call('GET', '/v1/accounts/fl-ver')).body.identityVerified).toBe(true);

    // After the retention period the images are gone; the record of them stays.
    const purge = await w.ctx.enforcement.purgeVerificationDocuments(w.ctx.db, new Date(Date.now() + 31 * DAY));
    expect(purge.purged).toBe(2);
    const gone = await w.call('GET', `/v1/verifications/${req.body.id}/documents/${id.body.documentId}`);
    expect(gone.status).toBe(404);
    expect((await w.call('GET', `/v1/verifications/${req.body.id}`)).body.documents.every((d: { purgedAt: string | null }) => d.purgedAt)).toBe(true);
  });

  it('a missed deadline after network or travel facts alone opens a case and holds nothing', async () => {
    const v = await w.ctx.enforcement.requestVerification(w.ctx.db, {
      accountId: 'fl-travel',
      reason: 'login from DE then US 14 minutes later',
      trigger: 'suspicious_login',
    });
    const asked = (await w.call('GET', '/v1/accounts/fl-travel/standing')).body;
    expect(asked.notices[0].text).toContain('nothing is held automatically');
    expect(asked.whatYouCanDo[0].text).toMatch(/a person on our team looks at your account before anything changes/);
    const swept = await w.ctx.enforcement.expireVerifications(w.ctx.db, new Date(Date.now() + 8 * DAY));
    expect(swept.holds).toEqual([]);
    expect(swept.cases).toHaveLength(1);
    const standing = (await w.call('GET', '/v1/accounts/fl-travel/standing')).body;
    expect(standing.status).toBe('good');
    expect(standing.activeActions).toEqual([]);
    expect(standing.verifications.find((x: { id: string }) => x.id === v.id).status).toBe('expired');
    const kase = await w.ctx.db.selectFrom('cases').select(['reason', 'policy']).where('id', '=', swept.cases[0]).executeTakeFirstOrThrow();
    expect(kase.policy).toBe('identity_verification');
    expect(kase.reason).toMatch(/nothing is held/);
  });

  it('a request a reviewer made, not answered by its deadline, becomes a payment hold, which approval lifts', async () => {
    const v = await w.ctx.enforcement.requestVerification(w.ctx.db, { accountId: 'fl-lapse', reason: 'reviewer asked', trigger: 'reviewer' });
    expect((await w.ctx.enforcement.expireVerifications(w.ctx.db, new Date(Date.now() + 6 * DAY))).expired).toBe(0);
    const swept = await w.ctx.enforcement.expireVerifications(w.ctx.db, new Date(Date.now() + 8 * DAY));
    expect(swept.expired).toBe(1);
    const standing = (await w.call('GET', '/v1/accounts/fl-lapse/standing')).body;
    expect(standing.status).toBe('on_hold');
    const hold = standing.activeActions[0];
    expect(hold).toMatchObject({ type: 'payment_hold', policy: { name: 'identity_verification' }, automatic: true, endsAt: null });
    expect(standing.verifications.find((x: { id: string }) => x.id === v.id).status).toBe('expired');
    const next = standing.verifications.find((x: { status: string }) => x.status === 'requested');
    expect(next.holdActionId).toBe(hold.id);
    expect(standing.whatYouCanDo[0]).toMatchObject({ kind: 'verify_identity', verificationId: next.id });
    expect(standing.summary).toMatch(/payment hold/);
    expect(standing.notices[0].text).toContain('You did not complete the identity verification');
    expect(standing.notices[0].text).not.toContain('Something you wrote');

    await w.call('POST', `/v1/verifications/${next.id}/documents`, { kind: 'id_document', data: PNG });
    await w.call('POST', `/v1/verifications/${next.id}/documents`, { kind: 'selfie', data: JPEG });
    const ok = await w.call('POST', `/v1/verifications/${next.id}/decide`, { outcome: 'approved', reason: 'matches' });
    expect(ok.body.liftedHold).toBe(hold.id);
    const after = (await w.call('GET', '/v1/accounts/fl-lapse/standing')).body;
    expect(after.status).toBe('good');
    expect((await w.call('GET', `/v1/actions/${hold.id}`)).body.status).toBe('lifted');
  });

  it('lifting a hold asks for verification first when there is none recent', async () => {
    const hold = await w.call('POST', '/v1/actions', { accountId: 'fl-hold', type: 'payment_hold', policy: 'scams', reason: 'chargeback pattern' });
    expect(hold.status).toBe(201);
    const lift = await w.call('POST', `/v1/actions/${hold.body.action.id}/lift`, { reason: 'reviewed' });
    expect(lift.status).toBe(202);
    expect(lift.body).toMatchObject({ lifted: false, verificationId: expect.stringMatching(/^ver_/) });
    const v = await w.call('GET', `/v1/verifications/${lift.body.verificationId}`);
    expect(v.body).toMatchObject({ trigger: 'hold_lift', holdActionId: hold.body.action.id });
  });
});
