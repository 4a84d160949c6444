// Contact details in a case's subject: masked in every read of the cases API, shown only
// through an audited reveal that needs the review scope. On PGlite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MASK } from '../../src/detect/contact/index.ts';
import { loginAs, startCasesWarden } from '../helpers/cases.ts';
import { ev } from '../helpers/events.ts';
import { backends, type TestWarden } from '../helpers/warden.ts';

const EMAIL = 'jane.doe.design@gmail.com';
const MESSAGE = `Hi Sam! Let's skip the fees: pay me via PayPal and write to me at ${EMAIL} so we can start today.`;
const PHONE = '+44 7700 900123';

describe.each(await backends())('contact details in cases on %s', (backend) => {
  let w: TestWarden;
  let readKey: string;
  let caseId: string;
  let reviewer: { id: string; token: string; name: string };
  let triage: { id: string; token: string; name: string };

  beforeAll(async () => {
    w = await startCasesWarden(backend);
    for (const e of [ev.registered('fl-mask', 'freelancer'), ev.registered('cl-mask', 'client'), ev.message('fl-mask', 'cl-mask', MESSAGE)])
      expect((await w.call('POST', '/v1/events', e)).status).toBe(201);
    caseId = (await w.call('GET', '/v1/cases?accountId=fl-mask')).body.cases[0].id;
    readKey = (await w.call('POST', '/v1/admin/keys', { name: 'dashboards', scopes: ['read'] })).body.key;
    reviewer = await loginAs(w, 'reviewer', 'Rita Reviewer');
    triage = await loginAs(w, 'triage', 'Tom Triage');
  }, 120_000);
  afterAll(() => w?.close());

  it('gives a read-scope key the subject with its contact details masked, and spans into the masked text', async () => {
    const r = await w.call('GET', `/v1/cases/${caseId}`, undefined, readKey);
    expect(r.status).toBe(200);
    const { subject } = r.body;
    expect(subject.text).toBe(MESSAGE.replace(EMAIL, MASK));
    expect(subject.hiddenContacts).toBe(1);
    const slice = (type: string) => subject.spans.filter((s: any) => s.type === type).map((s: any) => subject.text.slice(s.start, s.end));
    expect(slice('contact.email')).toEqual([MASK]);
    expect(slice('offplatform.payment_outside')).toContain('pay me via PayPal');
    // Nowhere in the reply: not in the signals' quotes nor in the decisions' context.
    expect(JSON.stringify(r.body)).not.toContain(EMAIL);
    expect(JSON.stringify(r.body.decisions)).toContain(MASK);
    const list = await w.call('GET', '/v1/cases?accountId=fl-mask&status=all', undefined, readKey);
    expect(JSON.stringify(list.body)).not.toContain(EMAIL);
  });

  it('reveals the original only to the review scope, and writes who and when to the audit trail', async () => {
    expect((await w.call('POST', `/v1/cases/${caseId}/reveal`, {}, readKey)).status).toBe(403);
    expect((await w.call('POST', `/v1/cases/${caseId}/reveal`, {}, triage.token)).status).toBe(403);
    const before = (await w.call('GET', `/v1/cases/${caseId}`)).body.audit.filter((a: any) => a.action === 'contact_revealed');
    expect(before).toHaveLength(0);

    const t0 = Date.now();
    const r = await w.call('POST', `/v1/cases/${caseId}/reveal`, { reason: 'check the address against the profile' }, reviewer.token);
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.body).toMatchObject({ caseId, text: MESSAGE, contacts: 1 });
    const email = r.body.spans.find((s: any) => s.type === 'contact.email');
    expect(MESSAGE.slice(email.start, email.end)).toBe(EMAIL);

    const trail = (await w.call('GET', `/v1/cases/${caseId}`, undefined, readKey)).body.audit;
    const entry = trail.at(-1);
    expect(entry).toMatchObject({
      action: 'contact_revealed',
      actor: { kind: 'user', id: reviewer.id, name: reviewer.name },
      detail: { reason: 'check the address against the profile', contacts: 1 },
    });
    expect(new Date(entry.at).getTime()).toBeGreaterThanOrEqual(t0 - 5_000);
    // The reveal changes nothing for the next reader.
    expect((await w.call('GET', `/v1/cases/${caseId}`, undefined, readKey)).body.subject.text).not.toContain(EMAIL);
  });

  it('masks a reported subject that no detector has seen, and audits nothing when there is nothing to reveal', async () => {
    // The reporter dealt with both accounts (a stranger's report would wait in report triage).
    for (const who of ['fl-phone', 'fl-plain']) expect((await w.call('POST', '/v1/events', ev.message(who, 'cl-reporter', 'hello'))).status).toBe(201);
    const reported = await w.call('POST', '/v1/reports', {
      reporterId: 'cl-reporter',
      subject: { type: 'profile', id: 'profile-fl-phone', accountId: 'fl-phone', text: `Senior designer. WhatsApp me on ${PHONE} for a discount.` },
      reason: 'offplatform_contact',
    });
    expect(reported.status).toBe(201);
    const kase = (await w.call('GET', '/v1/cases?subjectId=profile-fl-phone')).body.cases[0];
    const detail = (await w.call('GET', `/v1/cases/${kase.id}`, undefined, readKey)).body;
    expect(detail.subject.text).not.toContain('7700');
    expect(detail.subject.text).toContain(MASK);
    expect(detail.subject.spans.some((s: any) => s.type.startsWith('contact.'))).toBe(true);

    const plain = await w.call('POST', '/v1/reports', {
      reporterId: 'cl-reporter',
      subject: { type: 'profile', id: 'profile-fl-plain', accountId: 'fl-plain', text: 'I will do your logo for free, trust me.' },
      reason: 'scam_fraud',
    });
    expect(plain.status).toBe(201);
    const other = (await w.call('GET', '/v1/cases?subjectId=profile-fl-plain')).body.cases[0];
    const shown = await w.call('POST', `/v1/cases/${other.id}/reveal`, {}, reviewer.token);
    expect(shown.body).toMatchObject({ text: 'I will do your logo for free, trust me.', contacts: 0 });
    const trail = (await w.call('GET', `/v1/cases/${other.id}`)).body.audit;
    expect(trail.some((a: any) => a.action === 'contact_revealed')).toBe(false);
  });
});
